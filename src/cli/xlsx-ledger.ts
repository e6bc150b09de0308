// Reading one worksheet of an .xlsx file into the engine's LedgerInput, with exceljs's streaming
// reader: a 100,000-row ledger needs about a fifth of the memory and half the time of loading the
// whole workbook (../shared/TOOLCHAIN.md). The file is only ever opened for reading.
//
// Rows keep their worksheet positions (row 1 is values[0], column A is index 0), so that every row
// number the audit reports is the one Excel shows. Cell values are made plain: what the engine and a
// person see in the cell, not how exceljs models it.
import { ISO_DATE_MARK } from "./exceljs-fixes"; // first: it corrects exceljs's reader as it loads
import * as fs from "node:fs";
import * as ExcelJS from "exceljs";
import { parseDate } from "../core/dates";
import { UncalculatedFormula } from "../core/ledger/cells";
import type { LedgerInput } from "../core/ledger/ledger";
import { CLI_WORDS } from "../core/words";
import { FileError, openFailure, UsageError } from "./io";

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

export interface LedgerSheet {
  readonly input: LedgerInput & { readonly sheet: string; readonly formats: string[][] };
  /** Every sheet of the workbook, in the order Excel shows their tabs. */
  readonly sheetNames: string[];
  /** Columns used by the widest row (1-based count). */
  readonly columnCount: number;
}

export interface ReadLedgerOptions {
  /** Sheet name (as Excel shows it; case is ignored when only one sheet matches); default the first. */
  readonly sheet?: string;
  /** Called now and then with the worksheet row reached. */
  readonly onRow?: (row: number) => void;
}

const EMPTY_ROW: readonly unknown[] = Object.freeze([]);
const EMPTY_FORMATS: string[] = Object.freeze([]) as unknown as string[];
const GENERAL = "General";
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
/** 1900-03-01 UTC: exceljs turns serials before it into dates one day early (Excel's fictitious 29 Feb 1900). */
const FIRST_TRUE_SERIAL_DATE = Date.UTC(1900, 2, 1);
/** A formula whose cached result is an error that exceljs could not keep (see plainCellValue). */
export const FORMULA_ERROR = "#ERROR";
const MS_PER_DAY = 86_400_000;
const SERIAL_OF_1970 = 25569;

/** Reads the chosen worksheet. Throws FileError when the file cannot be read, UsageError for an unknown sheet. */
export async function readLedgerSheet(file: string, options: ReadLedgerOptions = {}): Promise<LedgerSheet> {
  await checkWorkbookFile(file);
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
  } catch (e) {
    if (e instanceof UsageError || e instanceof FileError) throw e;
    if (firstLine(e) === "FILE_ENDED") throw new FileError("truncated", { file });
    throw new FileError("damaged", { file, what: CLI_WORDS.xlsx, detail: firstLine(e) });
  } finally {
    stream.destroy();
  }
}

async function checkWorkbookFile(file: string): Promise<void> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, "r");
  } catch (e) {
    throw openFailure(file, e);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new FileError("isFolder", { file });
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    if (bytesRead === 4 && head.equals(OLE_MAGIC)) {
      throw new FileError("encrypted", { file });
    }
    if (bytesRead < 4 || !head.equals(ZIP_MAGIC)) throw new FileError("notSpreadsheet", { file });
  } finally {
    await handle.close();
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

function pickSheet(file: string, names: string[], worksheets: readonly { name: string; state?: string }[], wanted: string | undefined): string {
  if (wanted !== undefined) {
    if (names.includes(wanted)) return wanted;
    const folded = names.filter((n) => n.toLowerCase() === wanted.toLowerCase());
    if (folded.length === 1) return folded[0];
    throw new UsageError("noSuchSheet", { sheet: wanted, sheets: names.map((n) => `"${n}"`).join(", ") });
  }
  const first = worksheets.find((s) => s.state === undefined || s.state === "visible") ?? worksheets[0];
  if (!first) throw new FileError("noWorksheet", { file });
  return first.name;
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
    if (onRow && ++seen % 2048 === 0) onRow(row.number);
    const cells: unknown[] = [];
    const cellFormats: string[] = [];
    row.eachCell((cell, col) => {
      const value = plainCellValue(cell.value, date1904);
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

/**
 * A cell's value as a person sees it: rich text and hyperlinks as their text, a formula as its cached
 * result, an error as its text ("#N/A"), a date as a JS Date (UTC midnight of the day), and empty as
 * null. Numbers, strings and booleans are kept.
 */
export function plainCellValue(value: unknown, date1904 = false): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.startsWith(ISO_DATE_MARK) ? isoDateValue(value.slice(ISO_DATE_MARK.length)) : value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    // The streaming reader parses a formula's cached error ("#N/A") as a number and gets NaN: the
    // error's own text is lost by then, so say only that it is an error.
    return Number.isFinite(value) ? value : FORMULA_ERROR;
  }
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return null;
    // Before 1 March 1900 exceljs is a day off (it ignores Excel's fictitious 29 Feb 1900): give the
    // engine the serial back, which it reads the way Excel does.
    if (!date1904 && t < FIRST_TRUE_SERIAL_DATE) return Math.round(t / MS_PER_DAY + SERIAL_OF_1970);
    return value;
  }
  if (typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return v.richText.map((run: { text?: unknown }) => (typeof run?.text === "string" ? run.text : "")).join("");
  if ("formula" in v || "sharedFormula" in v || "result" in v) {
    // A shared formula's followers come with an empty formula text; either way the result is the value.
    const result = v.result;
    // Saved without a result (a script's workbook, never opened in Excel): not a value to guess.
    if (result === undefined) return new UncalculatedFormula(typeof v.formula === "string" ? v.formula : "");
    if (result !== null && typeof result === "object" && "error" in result) return String((result as { error: unknown }).error);
    return plainCellValue(result, date1904);
  }
  if ("hyperlink" in v || "text" in v) return plainCellValue(v.text, date1904);
  if ("error" in v) return String(v.error);
  return null;
}

/**
 * An ISO 8601 date cell's text as the day it names (a JS Date at UTC midnight, as other date cells are
 * given), read by the engine's own date rule; text that is no date stays text.
 */
function isoDateValue(text: string): unknown {
  const day = parseDate(text);
  return day === null ? text : new Date(day * MS_PER_DAY);
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0] || "unknown error";
}
