// The data-entry form's one write: a new participant row below the ledger's last row, each value in
// its role's column. Texts (NIK, KPJ, NPP, names) go in as text cells; dates as date serials with a
// date format — the two ways a ledger rots, avoided at the source. One undo step and a log line.
import type { Lang } from "../core/messages";
import type { ExcelHost } from "./host";
import { appendLog } from "./log";
import { hostFailure, success, type Outcome } from "./outcome";
import { writableSheet } from "./own-sheet";
import type { LedgerPlace } from "./read-ledger";
import { writeRows, type CellValue } from "./write-rows";

export interface EntryCell {
  /** 0-based column within the ledger. */
  readonly column: number;
  readonly value: CellValue;
  /** For numbers: the number format (a date's "dd-mm-yyyy"). */
  readonly numberFormat?: string;
}

const DETAILS = { id: "baris {row} ditambahkan", en: "row {row} added" } as const;

/** Writes the row; returns its worksheet row number. */
export async function appendLedgerRow(host: ExcelHost, place: LedgerPlace, cells: readonly EntryCell[], lang: Lang): Promise<Outcome<number>> {
  const width = Math.max(place.columnCount, ...cells.map((c) => c.column + 1));
  try {
    return await host.run(
      async (context) => {
        const target = await writableSheet(context, place.sheet);
        if (!target.ok) return target;
        const sheet = target.value;
        // The ledger may have grown since it was read: write below whatever is there now.
        const usedRange = sheet.getUsedRangeOrNullObject(true);
        usedRange.load("rowIndex,rowCount");
        await context.sync();
        const lastUsed = usedRange.isNullObject ? 0 : usedRange.rowIndex + usedRange.rowCount;
        const row0 = Math.max(lastUsed, place.firstRow - 1 + place.rowCount);
        const values: CellValue[] = new Array(width).fill("");
        const formats: (string | undefined)[] = new Array(width).fill(undefined);
        for (const cell of cells) {
          values[cell.column] = cell.value;
          formats[cell.column] = cell.numberFormat;
        }
        await writeRows(context, sheet, row0, place.firstColumn, [values], { numberFormats: formats });
        await appendLog(context, "entry", place.sheet, DETAILS[lang].replace("{row}", String(row0 + 1)), lang);
        return success(row0 + 1);
      },
      { undoGroup: true },
    );
  } catch (error) {
    return hostFailure(error, place.sheet);
  }
}
