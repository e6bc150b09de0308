// The one door to Excel. Everything in src/excel runs its batches through an `ExcelHost`: in the add-in
// that is Office.js's `Excel.run`; in the tests it is the test double (test/excel-double), so the tests
// exercise this same adapter code.

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface RunOptions {
  /** Make the batch's changes one step of Excel's undo, where the host supports it. */
  readonly undoGroup?: boolean;
}

export interface ExcelHost {
  run<T>(batch: Batch<T>, options?: RunOptions): Promise<T>;
}

/** The error code Office.js puts on a failed request (OfficeExtension.Error#code), if any. */
export function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/** Excel refused a request or its answer as too large (Excel on the web caps each at 5 MB). */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = errorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" || code === "PayloadTooLarge";
}

type RunWithOptions = <T>(options: Excel.RunOptions & { mergeUndoGroup?: boolean }, batch: Batch<T>) => Promise<T>;

/** Whether the Excel this runs in supports a requirement set (false outside Office). */
export function supports(set: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

/**
 * Office.js's Excel.run, with the options every batch of the add-in wants:
 * - `delayForCellEdit` (ExcelApi 1.11): while the user is typing in a cell, Excel holds the batch until
 *   the edit ends instead of failing it with InvalidOperationInCellEditMode;
 * - `mergeUndoGroup` (RunOptions, ExcelApi 1.20, "Undo grouping"): the whole batch is one Ctrl+Z — asked
 *   for only where the host reports ExcelApi 1.20, since an older host does not know the option.
 * A host that cannot group a step answers UndoNotSupported. The batch runs again ungrouped only if no
 * request of it had reached the workbook yet: after a sync has committed, running it again would apply
 * part of it twice, so the error is reported instead.
 */
export function officeHost(): ExcelHost {
  return {
    async run<T>(batch: Batch<T>, options: RunOptions = {}): Promise<T> {
      const run = Excel.run as unknown as RunWithOptions;
      const grouped = options.undoGroup === true && supports("ExcelApi", "1.20");
      let committed = false;
      const counted: Batch<T> = (context) => {
        const sync = context.sync.bind(context);
        context.sync = (<V>(passThroughValue?: V) =>
          sync(passThroughValue).then((value: V) => {
            committed = true;
            return value;
          })) as typeof context.sync;
        return batch(context);
      };
      try {
        return await run({ delayForCellEdit: true, ...(grouped ? { mergeUndoGroup: true } : {}) }, counted);
      } catch (error) {
        if (grouped && !committed && errorCode(error) === "UndoNotSupported") return run({ delayForCellEdit: true }, batch);
        throw error;
      }
    },
  };
}
