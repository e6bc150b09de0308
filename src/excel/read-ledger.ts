// Reading a ledger from the workbook: the used range of a sheet or a table, header anywhere in its
// first 20 rows, in blocks of rows that keep each response under Excel on the web's 5 MB, with the
// number formats that tell a date from a number (range.values gives both as serial numbers). Reading
// never changes the workbook.
import { dateSystemOfShownDate, type DateSystem } from "../core/date-system";
import { isDateFormat } from "../core/ledger/cells";
import type { LedgerInput } from "../core/ledger/ledger";
import { STATUS_HEADER } from "../core/ledger/status";
import { LEDGER_PROBLEMS, workbookProblem } from "../core/messages";
import { rowBytes, rowsPerRead } from "./blocks";
import { isPayloadTooLarge, type ExcelHost } from "./host";
import { CANCELLED, failure, hostFailure, success, type Outcome } from "./outcome";
import { parseSourceId } from "./sources";

/** Where a ledger sits in the workbook. Rows are worksheet rows (1-based), columns 0-based indexes. */
export interface LedgerPlace {
  readonly sourceId: string;
  readonly sheet: string;
  readonly table: string | null;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** The column of the add-in's status: found from an earlier run, else the first one right of the ledger. */
  readonly statusColumn: number;
  /** The workbook counts dates from 1904: date serials read and written here are 1,462 days apart from 1900's. */
  readonly date1904?: boolean;
}

/**
 * The workbook's date system, from the first date cell of the ledger: its serial and the text Excel
 * shows for it (one cell, one request). Office.js's client has no Workbook.use1904DateSystem to ask.
 */
async function dateSystemOf(context: Excel.RequestContext, sheet: Excel.Worksheet, region: Region, values: readonly (readonly unknown[])[], formats: readonly (readonly string[])[]): Promise<DateSystem | null> {
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      if (typeof values[r][c] !== "number" || !isDateFormat(formats[r]?.[c])) continue;
      const cell = sheet.getCell(region.row0 + r, region.col0 + c);
      cell.load("text");
      await context.sync();
      return dateSystemOfShownDate(values[r][c] as number, String(cell.text[0][0]));
    }
  }
  return null;
}

/** A ledger as read: the engine's input, and where it came from so results can be written back. */
export interface ExcelLedger {
  readonly input: LedgerInput;
  readonly sheet: string;
  readonly place: LedgerPlace;
}

export interface Progress {
  (done: number, total: number): void;
}

/** Rows searched for the header, as core's findHeaderRow does. */
const HEADER_SEARCH_ROWS = 20;

const STATUS_HEADERS = new Set<unknown>([STATUS_HEADER.id, STATUS_HEADER.en]);

interface Region {
  sheet: string;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
}

/** The sheet's used range or the table's range, or why there is none. */
async function regionOf(context: Excel.RequestContext, sourceId: string): Promise<Outcome<Region>> {
  const source = parseSourceId(sourceId);
  if (!source) return failure(workbookProblem("sheetGone", { sheet: sourceId }));
  let range: Excel.Range;
  let sheetName: string;
  if (source.kind === "table") {
    const table = context.workbook.tables.getItemOrNullObject(source.name);
    await context.sync();
    if (table.isNullObject) return failure(workbookProblem("sheetGone", { sheet: source.name }));
    range = table.getRange();
    const sheet = table.worksheet;
    sheet.load("name");
    table.load("showTotals");
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    sheetName = sheet.name;
    // A table's totals row ("JUMLAH") is Excel's sum, not a participant.
    if (table.showTotals) return success({ sheet: sheetName, row0: range.rowIndex, col0: range.columnIndex, rows: range.rowCount - 1, cols: range.columnCount });
  } else {
    const sheet = context.workbook.worksheets.getItemOrNullObject(source.name);
    await context.sync();
    if (sheet.isNullObject) return failure(workbookProblem("sheetGone", { sheet: source.name }));
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return failure(LEDGER_PROBLEMS.empty);
    range = used;
    sheetName = source.name;
  }
  return success({ sheet: sheetName, row0: range.rowIndex, col0: range.columnIndex, rows: range.rowCount, cols: range.columnCount });
}

/** The add-in's own status column from an earlier run, by its header, as an index within the region. */
function statusIndexOf(values: readonly (readonly unknown[])[]): number | null {
  const rows = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const c = values[r].findIndex((v) => STATUS_HEADERS.has(v));
    if (c >= 0) return c;
  }
  return null;
}

/** Reads the chosen ledger. */
export async function readLedger(host: ExcelHost, sourceId: string, progress: Progress = () => {}, signal?: AbortSignal): Promise<Outcome<ExcelLedger>> {
  let sheetForMessages = sourceId;
  try {
    return await host.run(async (context) => {
      const found = await regionOf(context, sourceId);
      if (!found.ok) return found;
      const region = found.value;
      sheetForMessages = region.sheet;
      const sheet = context.workbook.worksheets.getItem(region.sheet);
      const values: unknown[][] = [];
      const formats: string[][] = [];
      let heaviest = 0;
      // However wide the used range (up to XFD), no read asks for more than 5,000,000 cells.
      let want = rowsPerRead(region.cols, null);
      let statusIndex: number | null = null;
      progress(0, region.rows);
      for (let r = 0; r < region.rows; ) {
        if (signal?.aborted) return failure(CANCELLED);
        const n = Math.min(want, region.rows - r);
        const block = sheet.getRangeByIndexes(region.row0 + r, region.col0, n, region.cols);
        block.load("values,numberFormat");
        try {
          await context.sync();
        } catch (error) {
          // Our estimate of a block's weight was short (very long texts): halve the block and go on.
          if (isPayloadTooLarge(error) && n > 1) {
            want = Math.ceil(n / 2);
            continue;
          }
          throw error;
        }
        const blockValues = block.values as unknown[][];
        const blockFormats = block.numberFormat as string[][];
        for (let i = 0; i < n; i++) {
          values.push(blockValues[i]);
          formats.push(blockFormats[i]);
          const bytes = rowBytes(blockValues[i], blockFormats[i]);
          if (bytes > heaviest) heaviest = bytes;
        }
        if (r === 0) statusIndex = statusIndexOf(values);
        r += n;
        want = rowsPerRead(region.cols, heaviest);
        progress(r, region.rows);
      }
      const date1904 = (await dateSystemOf(context, sheet, region, values, formats)) === "1904";
      // The status column of an earlier run is the add-in's, not the ledger's: it is not audited.
      if (statusIndex !== null) {
        for (const row of values) row[statusIndex] = "";
      }
      const place: LedgerPlace = {
        sourceId,
        sheet: region.sheet,
        table: parseSourceId(sourceId)?.kind === "table" ? parseSourceId(sourceId)!.name : null,
        firstRow: region.row0 + 1,
        firstColumn: region.col0,
        rowCount: region.rows,
        columnCount: region.cols,
        statusColumn: statusIndex !== null ? region.col0 + statusIndex : region.col0 + region.cols,
        date1904,
      };
      return success({ input: { values, formats, firstRow: place.firstRow, sheet: region.sheet, date1904 }, sheet: region.sheet, place });
    });
  } catch (error) {
    return hostFailure(error, sheetForMessages);
  }
}
