// The data-entry form's one write: a new participant row below the ledger's last row, each value in
// its role's column. Texts (NIK, KPJ, NPP, names) go in as text cells; dates as date serials with a
// date format — the two ways a ledger rots, avoided at the source. Cells the form did not fill are left
// as they are (null in the write: Excel keeps their value and format), so a date typed there later is
// still a date and a calculated column keeps its formula. In a ledger that is an Excel table the row is
// added through the table (TableRowCollection.add), so the table and its calculated columns grow with it.
// One undo step and a log line.
import { workbookProblem, type Lang } from "../core/messages";
import { fill, LOG_DETAILS } from "../core/words";
import { EXCEL_MAX_ROWS } from "../core/sheet-limits";
import { DAYS_1900_TO_1904 } from "../core/date-system";
import { isDateFormat } from "../core/ledger/cells";
import type { ExcelHost } from "./host";
import { appendLog } from "./log";
import { failure, hostFailure, success, type Outcome } from "./outcome";
import { writableSheet } from "./own-sheet";
import type { LedgerPlace } from "./read-ledger";
import { queueTextRows, type CellValue } from "./write-rows";

export interface EntryCell {
  /** 0-based column within the ledger. */
  readonly column: number;
  readonly value: CellValue;
  /** For numbers: the number format (a date's "dd-mm-yyyy"). */
  readonly numberFormat?: string;
}


/** Writes the row; returns its worksheet row number. */
export async function appendLedgerRow(host: ExcelHost, place: LedgerPlace, cells: readonly EntryCell[], lang: Lang): Promise<Outcome<number>> {
  const width = Math.max(place.columnCount, ...cells.map((c) => c.column + 1));
  try {
    return await host.run(
      async (context) => {
        const target = await writableSheet(context, place.sheet);
        if (!target.ok) return target;
        const sheet = target.value;
        let row0: number;
        if (place.table) {
          // A new row at the end of the table's body; the table says where that is now.
          const table = context.workbook.tables.getItem(place.table);
          table.rows.add(undefined as unknown as number);
          const body = table.getDataBodyRange();
          body.load("rowIndex,rowCount");
          await context.sync();
          row0 = body.rowIndex + body.rowCount - 1;
        } else {
          // The ledger may have grown since it was read: write below whatever is there now.
          const usedRange = sheet.getUsedRangeOrNullObject(true);
          usedRange.load("rowIndex,rowCount");
          await context.sync();
          const lastUsed = usedRange.isNullObject ? 0 : usedRange.rowIndex + usedRange.rowCount;
          row0 = Math.max(lastUsed, place.firstRow - 1 + place.rowCount);
        }
        if (row0 >= EXCEL_MAX_ROWS) return failure(workbookProblem("sheetFull", { sheet: place.sheet }));
        const values: CellValue[] = new Array(width).fill(null);
        const formats: (string | undefined)[] = new Array(width).fill(undefined);
        for (const cell of cells) {
          // A date's serial counts from 1904 in a 1904 workbook: 1,462 fewer for the same day.
          const inDateSystem = place.date1904 && typeof cell.value === "number" && isDateFormat(cell.numberFormat) ? cell.value - DAYS_1900_TO_1904 : cell.value;
          values[cell.column] = inDateSystem;
          formats[cell.column] = cell.numberFormat;
        }
        queueTextRows(sheet, row0, place.firstColumn, [values], { numberFormats: formats, keepNulls: true });
        await context.sync();
        await appendLog(context, "entry", place.sheet, fill(LOG_DETAILS.entry[lang], { row: row0 + 1 }, lang), lang);
        return success(row0 + 1);
      },
      { undoGroup: true },
    );
  } catch (error) {
    return hostFailure(error, place.sheet);
  }
}
