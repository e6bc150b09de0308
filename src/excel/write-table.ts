// Writing one of core's tables (src/core/ledger/findings-table.ts: findings, totals, duplicates,
// deactivation; the roster worklist) to a sheet: a bold header, then the rows, in blocks. Days become
// date serials of the workbook's own date system, shown dd-mm-yyyy, so a list sorts by date; every text
// is written as text (write-rows.ts). What the table holds is decided in core, never here.
import { excelSerialOf, type Day } from "../core/dates";
import { DAYS_1900_TO_1904 } from "../core/date-system";
import type { Table } from "../core/ledger/findings-table";
import { EXCEL_MAX_ROWS } from "../core/sheet-limits";
import { writeRows, type CellValue } from "./write-rows";

export const DATE_FORMAT = "dd-mm-yyyy";

export interface WriteTableOptions {
  /** The workbook counts days from 1904 (Excel for Mac's old default). */
  readonly date1904?: boolean;
  /** The line written below the rows that do not fit above Excel's last row, for `n` left out. */
  readonly overflow?: (n: number) => string;
}

/** Writes `table` with its header at (row0, col0), 0-based; returns how many rows did not fit. */
export async function writeTable(context: Excel.RequestContext, sheet: Excel.Worksheet, row0: number, col0: number, table: Table, options: WriteTableOptions = {}): Promise<number> {
  const shift = options.date1904 ? DAYS_1900_TO_1904 : 0;
  const fits = Math.min(table.rows.length, EXCEL_MAX_ROWS - row0 - 2);
  const rows: CellValue[][] = [table.header];
  for (let i = 0; i < fits; i++) {
    const row = table.rows[i];
    if (table.dateColumns.length === 0) {
      rows.push(row);
      continue;
    }
    const out: CellValue[] = [...row];
    for (const c of table.dateColumns) if (typeof row[c] === "number") out[c] = excelSerialOf(row[c] as Day) - shift;
    rows.push(out);
  }
  const left = table.rows.length - fits;
  if (left > 0 && options.overflow) rows.push([options.overflow(left)]);
  const numberFormats: (string | undefined)[] = [];
  for (const c of table.dateColumns) numberFormats[c] = DATE_FORMAT;
  sheet.getRangeByIndexes(row0, col0, 1, table.header.length).format.font.bold = true;
  await writeRows(context, sheet, row0, col0, rows, { numberFormats });
  return left;
}
