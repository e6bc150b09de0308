// What the two .xlsx readers share (xlsx-scanner.ts, the lean one, and xlsx-exceljs.ts, exceljs's
// streaming reader for what the lean one leaves): the sheet they return, how the sheet is chosen, and
// what a cell's value becomes. Both must give the engine the same values and formats for a file
// (test/cli/xlsx-scanner.test.ts compares them cell by cell).
import { parseDate } from "../core/dates";
import { UncalculatedFormula } from "../core/ledger/cells";
import type { LedgerInput } from "../core/ledger/ledger";
import { FileError, UsageError } from "./io";

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

export const GENERAL = "General";
export const EMPTY_ROW: readonly unknown[] = Object.freeze([]);
export const EMPTY_FORMATS: string[] = Object.freeze([]) as unknown as string[];
/** Progress is reported every this many worksheet rows. */
export const ROWS_PER_PROGRESS = 2048;

/** Starts the text of a cell that held an ISO 8601 date (a character no cell text begins with). */
export const ISO_DATE_MARK = "\u0000iso-date:";
/** A formula whose cached result is an error that exceljs could not keep (see plainCellValue). */
export const FORMULA_ERROR = "#ERROR";
/** 1900-03-01 UTC: exceljs turns serials before it into dates one day early (Excel's fictitious 29 Feb 1900). */
const FIRST_TRUE_SERIAL_DATE = Date.UTC(1900, 2, 1);
const MS_PER_DAY = 86_400_000;
const SERIAL_OF_1970 = 25569;
/** Days from 1900-01-00 to 1904-01-01 in Excel's count: a 1904 workbook's serial 0 is 1 January 1904. */
const DAYS_1900_TO_1904 = 1462;

/** The sheet asked for, else the first visible worksheet in tab order. */
export function pickSheet(file: string, names: string[], worksheets: readonly { name: string; state?: string }[], wanted: string | undefined): string {
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

/**
 * A cell's value as a person sees it: rich text and hyperlinks as their text, a formula as its cached
 * result, an error as its text ("#N/A"), a date as a JS Date (UTC midnight of the day), and empty as
 * null. Numbers, strings and booleans are kept. `value` is what exceljs's cell holds.
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
    const day = plainDate(value.getTime(), date1904);
    return day instanceof Date ? value : day;
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
 * A date-formatted number as exceljs makes it a date (utils.excelToDate), then made plain: the
 * millisecond rounded as exceljs rounds it, null for no number.
 */
export function serialDateValue(serial: number, date1904: boolean): unknown {
  return plainDate(Math.round((serial - SERIAL_OF_1970 + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY), date1904);
}

function plainDate(t: number, date1904: boolean): unknown {
  if (Number.isNaN(t)) return null;
  // Before 1 March 1900 exceljs is a day off (it ignores Excel's fictitious 29 Feb 1900): give the
  // engine the serial back, which it reads the way Excel does.
  if (!date1904 && t < FIRST_TRUE_SERIAL_DATE) return Math.round(t / MS_PER_DAY + SERIAL_OF_1970);
  return new Date(t);
}

/**
 * An ISO 8601 date cell's text as the day it names (a JS Date at UTC midnight, as other date cells are
 * given), read by the engine's own date rule; text that is no date stays text.
 */
export function isoDateValue(text: string): unknown {
  const day = parseDate(text);
  return day === null ? text : new Date(day * MS_PER_DAY);
}

/**
 * exceljs's test of a date format (utils.isDateFmt), kept as it is so that both readers tell dates
 * alike: any of y m d h s b outside brackets and quotes.
 */
export function isExceljsDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
