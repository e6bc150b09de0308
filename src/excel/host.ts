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

type RunWithOptions = <T>(options: { mergeUndoGroup: boolean }, batch: Batch<T>) => Promise<T>;

/**
 * Office.js's Excel.run. `mergeUndoGroup` (Excel API preview, "undo grouping") makes a whole batch one
 * Ctrl+Z; a host that cannot group a step answers `UndoNotSupported`, and the batch then runs again
 * ungrouped. Our batches are safe to run again: they write the same cells with the same values.
 */
export function officeHost(): ExcelHost {
  return {
    async run<T>(batch: Batch<T>, options: RunOptions = {}): Promise<T> {
      if (!options.undoGroup) return Excel.run(batch);
      try {
        return await (Excel.run as unknown as RunWithOptions)({ mergeUndoGroup: true }, batch);
      } catch (error) {
        if (errorCode(error) === "UndoNotSupported") return Excel.run(batch);
        throw error;
      }
    },
  };
}
