// One worksheet of an .xlsx file read with exceljs's streaming reader: the way every .xlsx was read
// before xlsx-scanner.ts, kept for the files the scanner leaves (ZIP64, an encrypted member, a
// worksheet it does not find, a part it cannot parse), so that they are read, or refused, as before.
// Loaded only when needed: exceljs takes half a second to load.
import "./exceljs-fixes"; // first: it corrects exceljs's reader as it loads
import * as fs from "node:fs";
import * as ExcelJS from "exceljs";
import { FileError, UsageError } from "./io";
import { EMPTY_FORMATS, EMPTY_ROW, GENERAL, pickSheet, plainCellValue, ROWS_PER_PROGRESS, type LedgerSheet, type ReadLedgerOptions } from "./xlsx-model";

/** What exceljs's streaming reader has at run time beyond its published types. */
interface StreamingWorkbook {
  model?: { sheets?: { name: string; id: number; state?: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string; Type?: string }[];
  properties?: { model?: { date1904?: boolean } };
}
interface StreamingWorksheet {
  /** The sheet's id from workbook.xml when exceljs matched the sheet file, else the file's number as text. */
  id: number | string;
  name: string;
  /** The raw XML chunks of the sheet: iterated to skip a sheet without parsing it. */
  iterator: AsyncIterable<unknown>;
}

/** Reads the chosen worksheet with exceljs; its own failures are thrown as they come. */
export async function readWithExceljs(file: string, options: ReadLedgerOptions): Promise<LedgerSheet> {
  const stream = fs.createReadStream(file);
  // exceljs pipes the file into its unzipper without listening for the file's own errors.
  const streamFailed = new Promise<never>((_, reject) => stream.once("error", reject));
  try {
    try {
      return await Promise.race([readFromStream(file, stream, options), streamFailed]);
    } catch (e) {
      if (e instanceof UsageError || e instanceof FileError || !(e instanceof TypeError)) throw e;
      // exceljs's streaming reader fails inside itself on some valid part orders (shared strings
      // before the worksheets, workbook.xml last): read the whole workbook instead.
      return await readWhole(file, options);
    }
  } finally {
    stream.destroy();
  }
}

async function readFromStream(file: string, stream: fs.ReadStream, options: ReadLedgerOptions): Promise<LedgerSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache", // number formats tell a date from a number
    hyperlinks: "ignore", // a hyperlink cell then reads as its text
    entries: "ignore",
  });
  const book = reader as unknown as StreamingWorkbook;
  let target: string | null = null;
  let sheetNames: string[] = [];
  let result: LedgerSheet | null = null;

  for await (const worksheet of reader) {
    const sheet = worksheet as unknown as StreamingWorksheet;
    if (target === null) {
      sheetNames = (book.model?.sheets ?? []).map((s) => s.name);
      target = chooseSheet(file, book, sheetNames, options.sheet);
    }
    if (result !== null || sheetNameOf(book, sheet) !== target) {
      // Other sheets are skipped unparsed, but must be read through for the zip to go on.
      for await (const _ of sheet.iterator);
      continue;
    }
    result = await readRows(worksheet, target, book.properties?.model?.date1904 === true, sheetNames, options.onRow);
  }
  if (result !== null) return result;
  if (target === null) throw new FileError("noWorksheet", { file });
  throw new UsageError("notWorksheet", { sheet: target, sheets: sheetNames.map((n) => `"${n}"`).join(", ") });
}

/** The sheet asked for, else the first visible worksheet in tab order. */
function chooseSheet(file: string, book: StreamingWorkbook, names: string[], wanted: string | undefined): string {
  const worksheetRels = new Set((book.workbookRels ?? []).filter((r) => !r.Type || /\/worksheet$/.test(r.Type)).map((r) => r.Id));
  const worksheets = (book.model?.sheets ?? []).filter((s) => worksheetRels.has(s.rId));
  return pickSheet(file, names, worksheets, wanted);
}

/** The slower way, for what the streaming reader cannot read: the whole workbook in memory. */
async function readWhole(file: string, options: ReadLedgerOptions): Promise<LedgerSheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const worksheets = book.worksheets; // in tab order
  const names = worksheets.map((s) => s.name);
  const target = pickSheet(file, names, worksheets, options.sheet);
  const rows: ExcelJS.Row[] = [];
  book.getWorksheet(target)!.eachRow({ includeEmpty: false }, (row) => rows.push(row));
  const date1904 = (book.properties as { date1904?: boolean }).date1904 === true;
  return readRows((async function* () { yield* rows; })(), target, date1904, names, options.onRow);
}

/**
 * A worksheet's name. exceljs names a sheet only when the workbook's relationship target is written
 * relative ("worksheets/sheet1.xml"); some writers use absolute targets ("/xl/worksheets/sheet1.xml"),
 * which exceljs leaves as "Sheet<n>" with the file's number as id.
 */
function sheetNameOf(book: StreamingWorkbook, sheet: StreamingWorksheet): string {
  if (typeof sheet.id === "number") return sheet.name;
  const target = `worksheets/sheet${sheet.id}.xml`;
  const rel = (book.workbookRels ?? []).find((r) => r.Target.replace(/^\/?(xl\/)?/, "") === target);
  return (rel && book.model?.sheets?.find((s) => s.rId === rel.Id)?.name) ?? sheet.name;
}

async function readRows(
  worksheet: AsyncIterable<ExcelJS.Row>,
  sheet: string,
  date1904: boolean,
  sheetNames: string[],
  onRow: ((row: number) => void) | undefined,
): Promise<LedgerSheet> {
  const values: (readonly unknown[])[] = [];
  const formats: string[][] = [];
  let columnCount = 0;
  let seen = 0;
  for await (const row of worksheet) {
    if (onRow && ++seen % ROWS_PER_PROGRESS === 0) onRow(row.number);
    const cells: unknown[] = [];
    const cellFormats: string[] = [];
    row.eachCell((cell, col) => {
      // A formula's value drops a cached result of "" or 0 (exceljs copies only truthy fields); its
      // result does not, and "" or 0 is what the formula gave, not a formula never calculated.
      // (NaN is no result: an empty <v> read as a number, or an error exceljs could not read.)
      const falsyResult = cell.type === ExcelJS.ValueType.Formula && (cell.result === "" || cell.result === 0);
      const value = plainCellValue(falsyResult ? { ...(cell.value as object), result: cell.result } : cell.value, date1904);
      if (value === null) return;
      while (cells.length < col - 1) {
        cells.push(null);
        cellFormats.push(GENERAL);
      }
      cells[col - 1] = value;
      cellFormats[col - 1] = cell.numFmt || GENERAL;
    });
    if (cells.length === 0) continue; // a row with formatting only
    const index = row.number - 1;
    while (values.length < index) {
      values.push(EMPTY_ROW);
      formats.push(EMPTY_FORMATS);
    }
    values[index] = cells;
    formats[index] = cellFormats;
    columnCount = Math.max(columnCount, cells.length);
  }
  return { input: { values, formats, firstRow: 1, sheet, date1904 }, sheetNames, columnCount };
}
