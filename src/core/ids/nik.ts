/**
 * NIK (Nomor Induk Kependudukan), the Indonesian population number on every KTP and KK.
 *
 * Sixteen digits `PP KK CC DDMMYY SSSS`: province, regency and district (kecamatan) of first
 * registration, the birth date with 40 added to the day for women, and a serial number that is never
 * 0000 (Permendagri 72/2019 on the NIK structure; Dukcapil). There is no check digit, so a typo that
 * keeps the structure cannot be caught; everything else is checked here.
 *
 *   3171015708450001  → woman, born 17-08-1945, Gambir, Jakarta Pusat, DKI Jakarta
 *   3171 0157 0845 0001, 3171.0157.0845.0001 → the same (formatting between digit groups is accepted)
 *   3171011203900000  → NIK_SERIAL_ZERO
 *   9971011203900001  → NIK_PROVINCE
 *   3171013202900001  → NIK_DATE (32 is neither a man's day 01–31 nor a woman's 41–71)
 *   the number 3171011203900001 → NIK_AS_NUMBER (Excel keeps 15 significant digits)
 *
 * The century is not in the NIK: 20yy unless that is after the reference year, else 19yy; a 29 Feb
 * that does not exist in the chosen year tries the other century before it is rejected (so 290200 is
 * 29 Feb 2000, and 290201 is rejected).
 */
import { ageOn, daysFromCivil, daysInMonth, formatDayId, isLeapYear, today, yearOf, ymdNumber, type Day } from "../dates";
import type { Gender } from "../gender";
import { finding, type Finding } from "../messages";
import { districtStatus, DistrictStatus, isProvinceCode, regionOf, type Region } from "../regions/regions";
import { compactDigits, isBlank } from "./digits";

export const NIK_LENGTH = 16;

/** Worker ages outside this range are flagged (SPEC §3 AGE_IMPLAUSIBLE). */
export const MIN_WORKER_AGE = 15;
export const MAX_WORKER_AGE = 75;

export interface NikOptions {
  /** Reference date for the century and the age; default today. */
  readonly refDate?: Day;
  /** The ledger's birth-date column, when there is one: compared with the NIK and used for the age. */
  readonly birthDate?: Day | null;
  /** The ledger's gender column, when there is one. */
  readonly gender?: Gender | null;
}

export interface NikResult {
  /** The 16 digits when the value was a NIK-shaped text, formatting removed; else null. */
  readonly nik: string | null;
  /** True when no finding is an error (warnings allowed). */
  readonly valid: boolean;
  readonly findings: readonly Finding[];
  readonly birthDate: Day | null;
  readonly gender: Gender | null;
  /** The first six digits as a number (e.g. 317101), when the province is real. */
  readonly districtCode: number | null;
}

// What a NIK cell says is read once, by `readNik`, into problem bits and numbers; every caller
// (inspectNik's findings, checkNik's codes, isValidNik's answer, the audit) builds its answer from them.
export const NIK_AS_NUMBER = 1;
export const NIK_MISSING = 2;
export const NIK_NOT_DIGITS = 4;
export const NIK_BAD_LENGTH = 8;
export const NIK_BAD_PROVINCE = 16;
export const NIK_DISTRICT_UNKNOWN = 32;
export const NIK_BAD_DATE = 64;
export const NIK_SERIAL_ZERO = 128;
/** Problems after which the digits say nothing more (no province, date or serial to read). */
export const NIK_UNREADABLE = NIK_AS_NUMBER | NIK_MISSING | NIK_NOT_DIGITS | NIK_BAD_LENGTH;

/** What `readNik` found, in a record the caller owns and reuses: a million cells read allocate nothing. */
export interface NikReading {
  /** NIK_* bits; 0 for a NIK without a problem. */
  problems: number;
  /** The 16 digits (the cell's own text when it is 16 plain digits), or null when unreadable. */
  digits: string | null;
  /** How many digits the text held, for NIK_BAD_LENGTH. */
  length: number;
  /** The birth date, its yyyymmdd number and the gender, when the date is real (else NO_BIRTH). */
  birth: Day;
  birthYmd: number;
  gender: Gender;
  /** The first six digits (e.g. 317101) when the province is real, else -1. */
  district: number;
}

/** `birth` of a reading whose NIK has no real date. */
export const NO_BIRTH = -1_073_741_824; // a small integer to V8 (a Smi), so the field stays one

export function nikReading(): NikReading {
  return { problems: 0, digits: null, length: 0, birth: NO_BIRTH, birthYmd: 0, gender: "L", district: -1 };
}

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/**
 * The longest day of each birth month-and-year of a NIK (index month × 100 + yy), 0 for no month.
 * Whether a NIK's date is real does not depend on the reference year: only 29 February could, and the
 * century is chosen so that 29 February is taken in the other century when that one is a leap year
 * (2000 for 00, 1904 or 2004 …).
 */
const LONGEST_DAY = (() => {
  const table = new Uint8Array(1300);
  for (let month = 1; month <= 12; month++) {
    for (let yy = 0; yy < 100; yy++) {
      table[month * 100 + yy] = month === 2 ? (isLeapYear(1900 + yy) || isLeapYear(2000 + yy) ? 29 : 28) : daysInMonth(2001, month);
    }
  }
  return table;
})();

/** The index of `s`'s first character that is not an ASCII digit, or s.length. */
function digitRun(s: string): number {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

// The three structural rules of 16 ASCII digits, each written once: isValidNik's fast path and
// readNik's full reading both ask them.
function provinceDigitsValid(d: string): boolean {
  return isProvinceCode(digitAt(d, 0) * 10 + digitAt(d, 1));
}

/** Digits 7–12 are a real birth date: DD (plus 40 for a woman), MM, YY. */
function birthDigitsValid(d: string): boolean {
  let day = digitAt(d, 6) * 10 + digitAt(d, 7);
  if (day > 40) day -= 40;
  const month = digitAt(d, 8) * 10 + digitAt(d, 9);
  return day >= 1 && month >= 1 && month <= 12 && day <= LONGEST_DAY[month * 100 + digitAt(d, 10) * 10 + digitAt(d, 11)];
}

function serialZero(d: string): boolean {
  return d.charCodeAt(12) === 48 && d.charCodeAt(13) === 48 && d.charCodeAt(14) === 48 && d.charCodeAt(15) === 48;
}

/** True when 16 ASCII digits have a real province, a real birth date and a serial that is not 0000. */
function structureValid(d: string): boolean {
  return provinceDigitsValid(d) && birthDigitsValid(d) && !serialZero(d);
}

/** Reads the structure of 16 ASCII digits into `out` (problems, birth, gender, district). */
function scanDigits(d: string, refYear: number, out: NikReading): void {
  let problems = 0;
  out.digits = d;
  out.length = NIK_LENGTH;
  out.district = -1;
  if (!provinceDigitsValid(d)) problems |= NIK_BAD_PROVINCE;
  else {
    const district = (digitAt(d, 0) * 10 + digitAt(d, 1)) * 10000 + digitAt(d, 2) * 1000 + digitAt(d, 3) * 100 + digitAt(d, 4) * 10 + digitAt(d, 5);
    out.district = district;
    if (districtStatus(district) === DistrictStatus.Unknown) problems |= NIK_DISTRICT_UNKNOWN;
  }
  out.birth = NO_BIRTH;
  if (!birthDigitsValid(d)) problems |= NIK_BAD_DATE;
  else {
    let day = digitAt(d, 6) * 10 + digitAt(d, 7);
    const month = digitAt(d, 8) * 10 + digitAt(d, 9);
    const yy = digitAt(d, 10) * 10 + digitAt(d, 11);
    out.gender = day > 40 ? "P" : "L";
    if (day > 40) day -= 40;
    // The century: 20yy unless that is after the reference year; a 29 February takes the other
    // century when this one has none (birthDigitsValid has made sure one of them does).
    let year = 2000 + yy <= refYear ? 2000 + yy : 1900 + yy;
    if (month === 2 && day === 29 && !isLeapYear(year)) year = year >= 2000 ? year - 100 : year + 100;
    out.birth = daysFromCivil(year, month, day);
    out.birthYmd = year * 10_000 + month * 100 + day;
  }
  if (serialZero(d)) problems |= NIK_SERIAL_ZERO;
  out.problems = problems;
}

const SCIENTIFIC = /^\s*\d(?:[.,]\d+)?E\+?\d{1,2}\s*$/i;

function unreadable(out: NikReading, problems: number, length = 0): void {
  out.problems = problems;
  out.digits = null;
  out.length = length;
  out.birth = NO_BIRTH;
  out.district = -1;
}

/**
 * Reads a NIK cell into `out`: the one reading of SPEC §3's NIK rules. 16 plain digits of text are
 * read in place; formatted text (spaces, dots, dashes) is compacted first; a number is NIK_AS_NUMBER,
 * as is text in the form Excel shows such a number ("3,52201E+15").
 */
export function readNik(value: unknown, refYear: number, out: NikReading): NikReading {
  if (typeof value === "string" && value.length === NIK_LENGTH && digitRun(value) === NIK_LENGTH) {
    scanDigits(value, refYear, out);
    return out;
  }
  if (typeof value === "number" || typeof value === "bigint") unreadable(out, NIK_AS_NUMBER);
  else if (isBlank(value)) unreadable(out, NIK_MISSING);
  else if (typeof value !== "string") unreadable(out, NIK_NOT_DIGITS);
  else if (SCIENTIFIC.test(value)) unreadable(out, NIK_AS_NUMBER);
  else {
    const d = compactNik(value);
    if (d === null) unreadable(out, NIK_NOT_DIGITS);
    else if (d.length !== NIK_LENGTH) unreadable(out, NIK_BAD_LENGTH, d.length);
    else scanDigits(d, refYear, out);
  }
  return out;
}

/** The NIK's digits with formatting removed, or null when the text holds anything but digit groups. */
export function compactNik(text: string): string | null {
  return compactDigits(text);
}

/** `317101 570845 0001`: area, birth date, serial — the groups a reader checks against the KTP. */
export function formatNik(nik: string): string {
  const d = compactNik(nik);
  return d !== null && d.length === NIK_LENGTH ? `${d.slice(0, 6)} ${d.slice(6, 12)} ${d.slice(12)}` : nik;
}

/**
 * True when the value is a text NIK with no error-severity finding: the call for whole columns. The
 * common case, 16 ASCII digits, is checked in place against two small tables (provinces; the longest
 * day of each month and year) and allocates nothing; so is any other run of plain digits (15 digits,
 * 17); formatted text (spaces, dots, dashes) is compacted first. `refYear` is accepted for symmetry
 * with inspectNik; validity does not depend on it.
 */
export function isValidNik(value: unknown, refYear?: number): boolean {
  if (typeof value !== "string") return false;
  const run = digitRun(value);
  if (run === value.length) return run === NIK_LENGTH && structureValid(value);
  const d = compactNik(value);
  return d !== null && d.length === NIK_LENGTH && structureValid(d);
}

/** Whole years from a yyyymmdd birth to a yyyymmdd reference date (a 29 Feb birthday counts from 1 March). */
function yearsBetween(birthYmd: number, refYmd: number): number {
  return Math.floor((refYmd - birthYmd) / 10_000);
}

/** True when a worker of this age is implausible (SPEC §3 AGE_IMPLAUSIBLE). */
export function implausibleAge(age: number): boolean {
  return age < MIN_WORKER_AGE || age > MAX_WORKER_AGE;
}

/** The age a NIK's own birth date gives on `refYmd`, or null when it has none. */
export function nikAge(reading: NikReading, refYmd: number): number | null {
  return reading.birth === NO_BIRTH ? null : yearsBetween(reading.birthYmd, refYmd);
}

const NOTHING: readonly Finding[] = Object.freeze([]);

function result(nik: string | null, findings: readonly Finding[], birthDate: Day | null, gender: Gender | null, districtCode: number | null): NikResult {
  return { nik, valid: !findings.some((f) => f.severity === "error"), findings, birthDate, gender, districtCode };
}

/** The findings of a reading's problem bits, in the order the reports list them. */
export function nikFindings(r: NikReading, into: Finding[]): void {
  const p = r.problems;
  const d = r.digits;
  if (p & NIK_AS_NUMBER) into.push(finding("NIK_AS_NUMBER"));
  if (p & NIK_MISSING) into.push(finding("REQUIRED_MISSING", { field: "NIK" }));
  if (p & NIK_NOT_DIGITS) into.push(finding("NIK_NOT_DIGITS"));
  if (p & NIK_BAD_LENGTH) into.push(finding("NIK_LENGTH", { length: r.length }));
  if (d === null) return;
  if (p & NIK_BAD_PROVINCE) into.push(finding("NIK_PROVINCE", { province: d.slice(0, 2) }));
  if (p & NIK_DISTRICT_UNKNOWN) into.push(finding("NIK_DISTRICT_UNKNOWN", { district: d.slice(0, 6) }));
  if (p & NIK_BAD_DATE) into.push(finding("NIK_DATE", { date: d.slice(6, 12) }));
  if (p & NIK_SERIAL_ZERO) into.push(finding("NIK_SERIAL_ZERO"));
}

/**
 * Every finding of SPEC §3 for a NIK cell read into `r`, pushed onto `into`: the structure's, then how
 * the NIK disagrees with the ledger's birth date and gender, then the age (from the ledger's birth date,
 * else the NIK's). Pushes nothing, and allocates nothing, for a NIK without a problem.
 */
export function nikCellFindings(r: NikReading, ledgerBirth: Day | null, ledgerGender: Gender | null, ref: Day, refYmd: number, into: Finding[]): void {
  if (r.problems !== 0) nikFindings(r, into);
  if (r.problems & NIK_UNREADABLE) return;
  const born = r.birth !== NO_BIRTH;
  if (born && ledgerBirth !== null && r.birthYmd % 1_000_000 !== ymdNumber(ledgerBirth) % 1_000_000) {
    // The NIK stores no century, and a ledger's birth date may carry the other one; day, month and
    // the two-digit year are what the NIK actually says.
    into.push(finding("NIK_BIRTHDATE_MISMATCH", { nikDate: formatDayId(r.birth), birthDate: formatDayId(ledgerBirth) }));
  }
  if (born && ledgerGender !== null && r.gender !== ledgerGender) {
    into.push(finding("NIK_GENDER_MISMATCH", { nikGender: r.gender, gender: ledgerGender }));
  }
  const ageBirthYmd = ledgerBirth !== null ? ymdNumber(ledgerBirth) : born ? r.birthYmd : 0;
  if (ageBirthYmd !== 0 && implausibleAge(yearsBetween(ageBirthYmd, refYmd))) into.push(ageFinding(ledgerBirth ?? r.birth, ref)!);
}

/** Every finding of SPEC §3 for one NIK cell, with what the NIK says about its holder. */
export function inspectNik(value: unknown, options: NikOptions = {}): NikResult {
  const ref = options.refDate ?? today();
  const r = readNik(value, yearOf(ref), nikReading());
  const findings: Finding[] = [];
  nikCellFindings(r, options.birthDate ?? null, options.gender ?? null, ref, ymdNumber(ref), findings);
  if (r.problems & NIK_UNREADABLE) return result(null, findings, null, null, null);
  const birth = r.birth === NO_BIRTH ? null : r.birth;
  return result(r.digits, findings.length ? findings : NOTHING, birth, birth === null ? null : r.gender, r.district < 0 ? null : r.district);
}

/** AGE_IMPLAUSIBLE when a worker born on `birth` is under 15 or over 75 on `ref`, else null. */
export function ageFinding(birth: Day, ref: Day): Finding | null {
  const age = ageOn(birth, ref);
  return implausibleAge(age) ? finding("AGE_IMPLAUSIBLE", { age, refDate: formatDayId(ref) }) : null;
}

/** Province, regency and district names of a NIK's first six digits (null where unknown). */
export function nikRegion(result: NikResult): Region | null {
  return result.districtCode === null ? null : regionOf(result.districtCode);
}
