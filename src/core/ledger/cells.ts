// Reading the cells of a ledger: text, dates, statuses, counts and yes/no columns as people type them.
import { dayOfExcelSerial, dayOfJsDate, parseDate, type Day } from "../dates";
import { memoOfText } from "../memo";

/**
 * A formula saved without its result (by a program that does not calculate, e.g. a script): the
 * engine does not guess a value; the column gets one FORMULA_NOT_CALCULATED finding instead.
 */
export class UncalculatedFormula {
  constructor(readonly formula: string) {}
}

/** A cell's text, trimmed; numbers are written without exponent; empty, errors and objects give "". */
export function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

const dateFormat = memoOfText((format) => {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare);
});

/** Whether an Excel number format shows a date (d, m, y outside quotes and brackets; not an elapsed time). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  return dateFormat(format);
}

/**
 * The date in a date column's cell. Numbers are Excel serials whatever their format (a date column
 * formatted as General still holds serials); an 8-digit number like 19900312 or 12031990 in a cell not
 * formatted as a date is read as the digits of a date, as pasted from other systems.
 */
export function cellDay(value: unknown, format: string | undefined, refYear: number, date1904 = false): Day | null {
  if (typeof value === "number") {
    if (!isDateFormat(format) && Number.isInteger(value) && value >= 1_000_000 && value <= 99_991_231) {
      const digits = String(value).padStart(8, "0");
      return parseDate(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`) ?? parseDate(`${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4)}`);
    }
    return dayOfExcelSerial(value, date1904);
  }
  if (value instanceof Date) return dayOfJsDate(value);
  return parseDate(value, { refYear });
}

const DECEASED = /\b(meninggal|wafat|almarhum|almarhumah|alm|almh|mati|deceased|died|death)\b/i;
const INACTIVE = /\b(non[\s-]?aktif|tidak aktif|tdk aktif|inactive|keluar|resign|berhenti|phk|pensiun|mutasi|dinonaktifkan|nonactive)\b/i;
const ACTIVE = /\b(aktif|active)\b/i;

export type MembershipStatus = "active" | "inactive" | "deceased" | null;

/**
 * What a status cell says: "Aktif" is active; "Non Aktif", "Keluar", "Resign" are inactive;
 * "Meninggal" alone means the worker died but may still be an active participant; empty or unknown
 * text is null (no status).
 */
export function parseStatus(value: unknown): MembershipStatus {
  const text = cellText(value);
  return text === "" ? null : statusOfText(text);
}

const statusOfText = memoOfText((text): MembershipStatus => {
  if (INACTIVE.test(text)) return "inactive";
  if (DECEASED.test(text)) return "deceased";
  if (ACTIVE.test(text)) return "active";
  return null;
});

const deceasedText = memoOfText((text) => DECEASED.test(text));

export function saysDeceased(value: unknown): boolean {
  const text = cellText(value);
  return text !== "" && deceasedText(text);
}

const NO_ARREARS = /^(-+|0+|tidak|tidak ada|tdk ada|nihil|lunas|no|none|n|t|false|belum ada|tanpa tunggakan)$/i;

/** Whether an arrears cell says there are arrears: "Ada", "Ya", an amount above zero, … */
export function hasArrears(value: unknown): boolean {
  if (typeof value === "number") return value > 0;
  if (typeof value === "boolean") return value;
  const text = cellText(value);
  return text !== "" && arrearsText(text);
}

const arrearsText = memoOfText((trimmed) => {
  const text = trimmed.replace(/[.,]00$/, "");
  if (text === "" || NO_ARREARS.test(text) || /^rp\.?\s*0*$/i.test(text)) return false;
  if (/^(rp\.?\s*)?[\d.,\s]+$/i.test(text)) return /[1-9]/.test(text);
  return true;
});

/** A KPJ card count: a positive whole number (numeric text accepted), else null. */
export function positiveCount(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
