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

/** Writes `rows` with their top-left cell at (row0, col0), 0-based. Returns false if cancelled. */
export async function writeRows(context: Excel.RequestContext, sheet: Excel.Worksheet, row0: number, col0: number, rows: readonly (readonly CellValue[])[], options: WriteRowsOptions = {}): Promise<boolean> {
  if (rows.length === 0) return true;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width === 0) return true;
  const numberFormats = options.numberFormats ?? [];
  const blocks = blocksByWeight(rows.length, (i) => 2 * rowBytes(rows[i]));
  let written = 0;
  for (const [start, end] of blocks) {
    if (options.signal?.aborted) return false;
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    for (let i = start; i < end; i++) {
      const row = rows[i];
      const v: CellValue[] = new Array(width);
      const f: string[] = new Array(width);
      for (let c = 0; c < width; c++) {
        const value = row[c] ?? "";
        v[c] = value === null ? "" : value;
        f[c] = typeof value === "string" ? TEXT_FORMAT : (numberFormats[c] ?? GENERAL);
      }
      values.push(v);
      formats.push(f);
    }
    const range = sheet.getRangeByIndexes(row0 + start, col0, end - start, width);
    range.numberFormat = formats;
    range.values = values;
    await context.sync();
    written = end;
    options.onBlock?.(written);
  }
  return true;
}

/**
 * Puts cells back exactly as they were read (`formulas` and `numberFormat` of a range): a formula stays
 * a formula, a constant stays a constant, and text in a text-formatted cell stays text because the
 * format goes in first. Used by the archive, which must give back the original cells exactly.
 */
export async function writeExactCells(context: Excel.RequestContext, sheet: Excel.Worksheet, row0: number, col0: number, formulas: readonly (readonly unknown[])[], formats: readonly (readonly string[])[]): Promise<void> {
  const blocks = blocksByWeight(formulas.length, (i) => rowBytes(formulas[i], formats[i]));
  for (const [start, end] of blocks) {
    const width = formulas[start].length;
    if (width === 0) continue;
    const range = sheet.getRangeByIndexes(row0 + start, col0, end - start, width);
    range.numberFormat = formats.slice(start, end) as string[][];
    range.formulas = formulas.slice(start, end) as unknown[][];
    await context.sync();
  }
}
