// Writing rows of cells in blocks that keep each request under the 5 MB cap, one context.sync per
// block. Every text goes into a cell formatted as text ("@") in the same request, before its value, so
// Excel keeps it as typed: a company named "=SUM(A1)" or a phone "+62 812…" is never read as a formula
// (SPEC §7 "Nothing injected"). Numbers keep the General format, or the one given for their column.
import { blocksByWeight, rowBytes } from "./blocks";

export type CellValue = string | number | boolean | null;

export interface WriteRowsOptions {
  /** Number format of each column's numbers (a date column: "dd-mm-yyyy"); General by default. */
  readonly numberFormats?: readonly (string | undefined)[];
  readonly onBlock?: (rowsWritten: number) => void;
  readonly signal?: AbortSignal;
}

export const TEXT_FORMAT = "@";
const GENERAL = "General";

/**
 * Queues one write of `rows` at (row0, col0), without syncing. With `keepNulls`, a null cell is sent as
 * null, which Excel reads as "leave this cell as it is" (its value and its format); otherwise null is "".
 */
export function queueTextRows(sheet: Excel.Worksheet, row0: number, col0: number, rows: readonly (readonly CellValue[])[], options: { numberFormats?: readonly (string | undefined)[]; keepNulls?: boolean } = {}): void {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (rows.length === 0 || width === 0) return;
  const numberFormats = options.numberFormats ?? [];
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (const row of rows) {
    const v: CellValue[] = new Array(width);
    const f: (string | null)[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const value = row[c] ?? (options.keepNulls ? null : "");
      if (value === null && options.keepNulls) {
        v[c] = null;
        f[c] = null;
        continue;
      }
      v[c] = value === null ? "" : value;
      f[c] = typeof value === "string" ? TEXT_FORMAT : (numberFormats[c] ?? GENERAL);
    }
    values.push(v);
    formats.push(f);
  }
  const range = sheet.getRangeByIndexes(row0, col0, rows.length, width).untrack();
  range.numberFormat = formats as string[][];
  range.values = values as (string | number | boolean)[][];
}

/** Writes `rows` with their top-left cell at (row0, col0), 0-based. Returns false if cancelled. */
export async function writeRows(context: Excel.RequestContext, sheet: Excel.Worksheet, row0: number, col0: number, rows: readonly (readonly CellValue[])[], options: WriteRowsOptions = {}): Promise<boolean> {
  if (rows.length === 0) return true;
  const blocks = blocksByWeight(rows.length, (i) => 2 * rowBytes(rows[i]));
  let written = 0;
  for (const [start, end] of blocks) {
    if (options.signal?.aborted) return false;
    queueTextRows(sheet, row0 + start, col0, rows.slice(start, end), { numberFormats: options.numberFormats });
    await context.sync();
    written = end;
    options.onBlock?.(written);
  }
  return true;
}

