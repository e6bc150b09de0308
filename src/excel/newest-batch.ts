// The add-in's archive sheets keep their newest batch on top: rows from row 2 down that carry row 2's
// batch id in column A. Restore and undo read just that batch, in blocks, never the whole archive.
import { rowBytes, rowsPerRead } from "./blocks";

/** The newest batch's first `width` cells per row, and the archive sheet; null when there is none. */
export async function readNewestBatch(context: Excel.RequestContext, sheetName: string, width: number): Promise<{ archive: Excel.Worksheet; rows: unknown[][] } | null> {
  const archive = context.workbook.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  if (archive.isNullObject) return null;
  const used = archive.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  await context.sync();
  const last = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  const rows: unknown[][] = [];
  let batch: unknown = null;
  let heaviest: number | null = null;
  for (let r = 1; r < last; ) {
    const n = Math.min(rowsPerRead(width, heaviest), last - r);
    const range = archive.getRangeByIndexes(r, 0, n, width);
    range.load("values");
    await context.sync();
    for (const row of range.values) {
      batch ??= row[0];
      if (row[0] !== batch || row[0] === "") return rows.length ? { archive, rows } : null;
      rows.push(row);
      heaviest = Math.max(heaviest ?? 0, rowBytes(row));
    }
    r += n;
  }
  return rows.length ? { archive, rows } : null;
}
