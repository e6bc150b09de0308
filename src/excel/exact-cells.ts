// Copying cells exactly: the archive moves rows out and back, the fix archive keeps what a fix replaced,
// and each must give back what was there. Range.formulas alone cannot: for a constant it returns the
// value, and writing that back into a General cell makes Excel type it again — text "0812…" becomes a
// number, "=SUM" text a formula, "12/03/1990" a date. So a cell is read with its value, formula, value
// type and number format, and written back as the entry a person would type to get that very cell:
// the formula; text behind Excel's quote prefix (an apostrophe, which Excel keeps out of the value);
// an error constant as itself; a number or boolean as itself. Number formats go in first.
import { blocksOfOperations, rowBytes, rowsPerRead } from "./blocks";

export interface ExactRows {
  /** What to give Range.formulas to recreate each cell. */
  readonly entries: unknown[][];
  readonly formats: string[][];
  /** The cells' values as Excel shows them (for checks that the rows are still what was audited). */
  readonly values: unknown[][];
}

/** The entry that recreates a cell read as (formula, value, value type). */
export function exactEntry(formula: unknown, value: unknown, valueType: unknown): unknown {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  if (valueType === "Empty" || value === "" || value === null || value === undefined) return "";
  if (typeof value === "string") return valueType === "Error" ? value : `'${value}`;
  return value;
}

/** Reads rows [row0, row0 + count) × [col0, col0 + width) exactly, in blocks under Excel's limits. */
export async function readExactRows(context: Excel.RequestContext, sheet: Excel.Worksheet, row0: number, col0: number, count: number, width: number): Promise<ExactRows> {
  const out: ExactRows = { entries: [], formats: [], values: [] };
  let heaviest: number | null = null;
  for (let r = 0; r < count; ) {
    // Four properties of each cell come back: weigh a row four times.
    const n = Math.min(rowsPerRead(width * 4, heaviest === null ? null : heaviest * 4), count - r);
    const range = sheet.getRangeByIndexes(row0 + r, col0, n, width);
    range.load("formulas,values,valueTypes,numberFormat");
    await context.sync();
    for (let i = 0; i < n; i++) {
      const values = range.values[i];
      out.values.push(values);
      out.formats.push(range.numberFormat[i]);
      out.entries.push(values.map((v, c) => exactEntry(range.formulas[i][c], v, range.valueTypes[i][c])));
      heaviest = Math.max(heaviest ?? 0, rowBytes(values, range.numberFormat[i]));
    }
    r += n;
  }
  return out;
}

/** One row to write back exactly: where it goes, and its entries and formats. */
export interface ExactRowWrite {
  readonly sheet: Excel.Worksheet;
  readonly row0: number;
  readonly col0: number;
  readonly entries: readonly unknown[];
  readonly formats: readonly string[];
}

/** Queues the writes of `rows` (formats first, then entries); the caller syncs. */
export function queueExactRows(rows: readonly ExactRowWrite[]): void {
  for (const row of rows) {
    if (row.entries.length === 0) continue;
    const range = row.sheet.getRangeByIndexes(row.row0, row.col0, 1, row.entries.length).untrack();
    range.numberFormat = [row.formats.slice(0, row.entries.length) as string[]];
    range.formulas = [row.entries as unknown[]];
  }
}

/** Writes rows exactly at (row0 + i, col0), in requests under Excel's limits. */
export async function writeExactRows(context: Excel.RequestContext, sheet: Excel.Worksheet, row0: number, col0: number, cells: Pick<ExactRows, "entries" | "formats">): Promise<void> {
  // Consecutive rows of one width go in one range per block.
  const blocks = blocksOfOperations(cells.entries.length, (i) => rowBytes(cells.entries[i], cells.formats[i]));
  for (const [start, end] of blocks) {
    const width = cells.entries[start].length;
    if (width === 0) continue;
    const range = sheet.getRangeByIndexes(row0 + start, col0, end - start, width);
    range.numberFormat = cells.formats.slice(start, end).map((f) => f.slice(0, width));
    range.formulas = cells.entries.slice(start, end).map((e) => e.slice(0, width));
    await context.sync();
  }
}
