// Calendar dates as whole days since 1970-01-01 (a `Day`), so that comparing, subtracting and storing
// a million of them costs nothing. No time of day and no time zone: a birth date is a calendar fact.
//
// Dates reach us from Excel as serial numbers, from exceljs as JS Dates, and from people as text:
// `12-03-1990`, `12/03/1990` (day first, as Indonesians write), `1990-03-12`, `12 Maret 1990`,
// `12 Mar 1990`, with the old spellings Pebruari and Nopember and the abbreviations Agt/Agu/Ags.

export type Day = number;

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar, no Date object.
/** The day of a date known to be real (dayOf checks it first). */
export function daysFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day of a calendar date, or null when the date does not exist (31 April, 29 Feb 2001). */
export function dayOf(year: number, month: number, day: number): Day | null {
  return isRealDate(year, month, day) ? daysFromCivil(year, month, day) : null;
}

export function ymdOf(d: Day): Ymd {
  const n = ymdNumber(d);
  return { year: Math.floor(n / 10_000), month: Math.floor(n / 100) % 100, day: n % 100 };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function isoText(d: Day): string {
  const { year, month, day } = ymdOf(d);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// One ISO string per day of 1900–2099 (every birth date a NIK can hold), made when first asked for.
const ISO_FIRST = daysFromCivil(1900, 1, 1);
const ISO_DAYS = daysFromCivil(2100, 1, 1) - ISO_FIRST;
let isoTexts: string[] | null = null;

/** YYYY-MM-DD; the strings of 1900–2099 are made once and shared. */
export function isoOf(d: Day): string {
  const at = d - ISO_FIRST;
  if (!(at >= 0 && at < ISO_DAYS && Number.isInteger(at))) return isoText(d);
  isoTexts ??= new Array<string>(ISO_DAYS).fill("");
  let text = isoTexts[at];
  if (text === "") text = isoTexts[at] = isoText(d);
  return text;
}

/** DD-MM-YYYY, the way dates are written on Indonesian forms. */
export function formatDayId(d: Day): string {
  const { year, month, day } = ymdOf(d);
  return `${pad(day, 2)}-${pad(month, 2)}-${pad(year, 4)}`;
}

/** Parses exactly `YYYY-MM-DD` (the command line's --ref-date); anything else is null. */
export function parseIsoDate(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Whole years between a birth date and a reference date; a 29 Feb birthday counts from 1 March. */
export function ageOn(birth: Day, ref: Day): number {
  // As yyyymmdd numbers, whole years between two dates are the difference's ten-thousands.
  return Math.floor((ymdNumber(ref) - ymdNumber(birth)) / 10_000);
}

export function yearOf(d: Day): number {
  return Math.floor(ymdNumber(d) / 10_000);
}

/** The date as the number yyyymmdd (years 0 to 9999): the calendar arithmetic, without an object for hot loops. */
export function ymdNumber(d: Day): number {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (month <= 2 ? 1 : 0)) * 10_000 + month * 100 + day;
}

/** The calendar date of a JS Date in UTC, which is how exceljs hands over date cells. */
export function dayOfJsDate(date: Date): Day | null {
  const t = date.getTime();
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

// today() is asked for once per NIK checked without a reference date: the answer holds until midnight.
let todayDay = 0;
let todayFrom = 0;
let todayUntil = 0;

/** Today on the machine's own calendar (the surfaces' default reference date). */
export function today(): Day {
  const now = Date.now();
  if (now >= todayFrom && now < todayUntil) return todayDay;
  const date = new Date(now);
  todayDay = daysFromCivil(date.getFullYear(), date.getMonth() + 1, date.getDate());
  todayFrom = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  todayUntil = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  return todayDay;
}

// Excel's 1900 date system counts 1 = 1900-01-01 and, copying Lotus 1-2-3, has a 29 Feb 1900 at
// serial 60 that never existed: serials from 61 on are one day ahead of a true count.
const EXCEL_EPOCH_1900 = daysFromCivil(1899, 12, 31);
const EXCEL_EPOCH_1904 = daysFromCivil(1904, 1, 1);
const EXCEL_MAX_SERIAL = 2_958_465; // 9999-12-31

/** The day of an Excel serial number (time of day dropped), or null for 60 and out-of-range serials. */
export function dayOfExcelSerial(serial: number, date1904 = false): Day | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) return whole >= 0 && whole <= EXCEL_MAX_SERIAL - 1462 ? EXCEL_EPOCH_1904 + whole : null;
  if (whole < 1 || whole > EXCEL_MAX_SERIAL || whole === 60) return null;
  return EXCEL_EPOCH_1900 + (whole > 60 ? whole - 1 : whole);
}

export function excelSerialOf(d: Day): number {
  const n = d - EXCEL_EPOCH_1900;
  return n >= 60 ? n + 1 : n;
}

/** Indonesian and English month names and the abbreviations seen in ledgers, keyed in lower case. */
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agt: 8, agu: 8, ags: 8, agus: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

export interface DateParseOptions {
  /** Two-digit years become 20yy unless that is after this year, then 19yy (as for NIKs). */
  readonly refYear?: number;
  /** The workbook uses the 1904 date system (old Mac workbooks). */
  readonly date1904?: boolean;
}

/** A two-digit year in the century that does not put it after the reference year. */
export function fullYear(yy: number, refYear: number): number {
  return 2000 + yy <= refYear ? 2000 + yy : 1900 + yy;
}

const NUMERIC_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
// Matched on lower-cased text: "t" and "z" are the ISO 8601 time separator and zone.
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/;
const NAMED_DATE = /^(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.,]+(\d{4}|\d{2})$/;
const COMPACT_DATE = /^((?:19|20)\d{2})(\d{2})(\d{2})$/;
/** Excel's text mark, as exports keep it: an apostrophe, or its typographic forms. */
export const LEADING_APOSTROPHE = /^['\u2018\u2019]/;

function yearFrom(text: string, options: DateParseOptions): number {
  const n = Number(text);
  return text.length === 2 ? fullYear(n, options.refYear ?? yearOf(today())) : n;
}

/**
 * The date in a cell, or null when it cannot be read as one. Numbers are Excel serials (the caller
 * decides whether a number belongs in a date column); text is read day first.
 */
export function parseDate(value: unknown, options: DateParseOptions = {}): Day | null {
  if (typeof value === "number") return dayOfExcelSerial(value, options.date1904);
  if (value instanceof Date) return dayOfJsDate(value);
  if (typeof value !== "string") return null;
  // A leading apostrophe kept by an export is Excel's mark for text, not part of the date.
  const text = value.trim().replace(LEADING_APOSTROPHE, "").toLowerCase();
  if (text.length < 6 || text.length > 40) return null;
  let m = ISO_DATE.exec(text);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  // yyyymmdd (exports of SIPP and HR systems): a date only when it is a real day of 1900–2099.
  m = COMPACT_DATE.exec(text);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC_DATE.exec(text);
  if (m) return dayOf(yearFrom(m[3], options), Number(m[2]), Number(m[1]));
  m = NAMED_DATE.exec(text);
  if (m) {
    const month = MONTHS[m[2]];
    return month ? dayOf(yearFrom(m[3], options), month, Number(m[1])) : null;
  }
  return null;
}

/** A reference date given by a caller, as a day; throws on a malformed one (a programmer error). */
export function refDayOf(refDate: string | Date | Day | undefined): Day | undefined {
  if (refDate === undefined) return undefined;
  const day = typeof refDate === "number" ? refDate : typeof refDate === "string" ? parseIsoDate(refDate) : dayOfJsDate(refDate);
  if (day === null || !Number.isInteger(day)) throw new RangeError(`refDate must be a YYYY-MM-DD date, got ${String(refDate)}`);
  return day;
}
