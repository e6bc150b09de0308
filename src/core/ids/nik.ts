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
import { ageOn, dayOf, daysInMonth, formatDayId, isLeapYear, isRealDate, today, yearOf, ymdNumber, type Day } from "../dates";
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

// Bits of the structural check; one function decides them for every caller.
const BAD_PROVINCE = 1;
const BAD_DATE = 2;
const SERIAL_ZERO = 4;
const DISTRICT_UNKNOWN = 8;
const ERRORS = BAD_PROVINCE | BAD_DATE | SERIAL_ZERO;

/** Scratch output of `scanNik`, reused so that validating a million NIKs allocates nothing. */
interface Scan {
  birth: Day;
  gender: Gender;
}

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** Checks the structure of 16 ASCII digits; returns the problem bits and fills `out` when the date is real. */
function scanNik(d: string, refYear: number, out: Scan): number {
  let problems = 0;
  const province = digitAt(d, 0) * 10 + digitAt(d, 1);
  if (!isProvinceCode(province)) problems |= BAD_PROVINCE;
  else {
    const district = province * 10000 + digitAt(d, 2) * 1000 + digitAt(d, 3) * 100 + digitAt(d, 4) * 10 + digitAt(d, 5);
    if (districtStatus(district) === DistrictStatus.Unknown) problems |= DISTRICT_UNKNOWN;
  }

  let day = digitAt(d, 6) * 10 + digitAt(d, 7);
  const month = digitAt(d, 8) * 10 + digitAt(d, 9);
  const yy = digitAt(d, 10) * 10 + digitAt(d, 11);
  let gender: Gender = "L";
  if (day > 40) {
    day -= 40;
    gender = "P";
  }
  let year = 2000 + yy <= refYear ? 2000 + yy : 1900 + yy;
  if (!isRealDate(year, month, day) && month === 2 && day === 29) {
    const other = year >= 2000 ? year - 100 : year + 100;
    if (isRealDate(other, month, day)) year = other;
  }
  const birth = dayOf(year, month, day);
  if (birth === null) problems |= BAD_DATE;
  else {
    out.birth = birth;
    out.gender = gender;
  }

  if (d.charCodeAt(12) === 48 && d.charCodeAt(13) === 48 && d.charCodeAt(14) === 48 && d.charCodeAt(15) === 48) {
    problems |= SERIAL_ZERO;
  }
  return problems;
}

const scratch: Scan = { birth: 0, gender: "L" };

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
 * The longest day of each birth month-and-year of a NIK (index month × 100 + yy), 0 for no month.
 * Whether a NIK's date is real does not depend on the reference year: only 29 February could, and the
 * scan takes the other century for it when that one is a leap year (2000 for 00, 1904 or 2004 …).
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

/**
 * True when the value is a text NIK with no error-severity finding: the call for whole columns. The
 * common case, 16 ASCII digits, is checked in place against two small tables (provinces; the longest
 * day of each month and year) and allocates nothing; formatted text (spaces, dots, dashes) takes the
 * full scan. `refYear` is accepted for symmetry with inspectNik; validity does not depend on it.
 */
export function isValidNik(value: unknown, refYear?: number): boolean {
  if (typeof value !== "string") return false;
  if (value.length === NIK_LENGTH) {
    let digits = true;
    for (let i = 0; i < NIK_LENGTH; i++) {
      const c = value.charCodeAt(i) - 48;
      if (c < 0 || c > 9) {
        digits = false;
        break;
      }
    }
    if (digits) {
      if (!isProvinceCode(digitAt(value, 0) * 10 + digitAt(value, 1))) return false;
      let day = digitAt(value, 6) * 10 + digitAt(value, 7);
      if (day > 40) day -= 40;
      const month = digitAt(value, 8) * 10 + digitAt(value, 9);
      if (day < 1 || month > 12 || day > LONGEST_DAY[month * 100 + digitAt(value, 10) * 10 + digitAt(value, 11)]) return false;
      return value.charCodeAt(12) !== 48 || value.charCodeAt(13) !== 48 || value.charCodeAt(14) !== 48 || value.charCodeAt(15) !== 48;
    }
  }
  const d = compactNik(value);
  if (d === null || d.length !== NIK_LENGTH) return false;
  return (scanNik(d, refYear ?? yearOf(today()), scratch) & ERRORS) === 0;
}

const NOTHING: readonly Finding[] = Object.freeze([]);
const SCIENTIFIC = /^\s*\d(?:[.,]\d+)?E\+?\d{1,2}\s*$/i;

function result(nik: string | null, findings: readonly Finding[], birthDate: Day | null, gender: Gender | null, districtCode: number | null): NikResult {
  return { nik, valid: !findings.some((f) => f.severity === "error"), findings, birthDate, gender, districtCode };
}

/** Every finding of SPEC §3 for one NIK cell, with what the NIK says about its holder. */
export function inspectNik(value: unknown, options: NikOptions = {}): NikResult {
  if (typeof value === "number" || typeof value === "bigint") {
    return result(null, [finding("NIK_AS_NUMBER")], null, null, null);
  }
  if (isBlank(value)) return result(null, [finding("REQUIRED_MISSING", { field: "NIK" })], null, null, null);
  if (typeof value !== "string") return result(null, [finding("NIK_NOT_DIGITS")], null, null, null);
  // "3,52201E+15" is how Excel shows a NIK stored as a number; copied as text it keeps that form, and
  // the digits past the 15th are gone just the same.
  if (SCIENTIFIC.test(value)) return result(null, [finding("NIK_AS_NUMBER")], null, null, null);

  const d = compactNik(value);
  if (d === null) return result(null, [finding("NIK_NOT_DIGITS")], null, null, null);
  if (d.length !== NIK_LENGTH) return result(null, [finding("NIK_LENGTH", { length: d.length })], null, null, null);

  const ref = options.refDate ?? today();
  const scan: Scan = { birth: 0, gender: "L" };
  const problems = scanNik(d, yearOf(ref), scan);
  const hasDate = (problems & BAD_DATE) === 0;
  const birth = hasDate ? scan.birth : null;
  const gender = hasDate ? scan.gender : null;
  const districtCode = (problems & BAD_PROVINCE) === 0 ? Number(d.slice(0, 6)) : null;

  const findings: Finding[] = [];
  if (problems & BAD_PROVINCE) findings.push(finding("NIK_PROVINCE", { province: d.slice(0, 2) }));
  if (problems & DISTRICT_UNKNOWN) findings.push(finding("NIK_DISTRICT_UNKNOWN", { district: d.slice(0, 6) }));
  if (problems & BAD_DATE) findings.push(finding("NIK_DATE", { date: d.slice(6, 12) }));
  if (problems & SERIAL_ZERO) findings.push(finding("NIK_SERIAL_ZERO"));

  const ledgerBirth = options.birthDate ?? null;
  if (birth !== null && ledgerBirth !== null && !sameDayMonthAndYy(birth, ledgerBirth)) {
    findings.push(finding("NIK_BIRTHDATE_MISMATCH", { nikDate: formatDayId(birth), birthDate: formatDayId(ledgerBirth) }));
  }
  const ledgerGender = options.gender ?? null;
  if (gender !== null && ledgerGender !== null && gender !== ledgerGender) {
    findings.push(finding("NIK_GENDER_MISMATCH", { nikGender: gender, gender: ledgerGender }));
  }
  const ageBirth = ledgerBirth ?? birth;
  const age = ageBirth === null ? null : ageFinding(ageBirth, ref);
  if (age) findings.push(age);
  return result(d, findings.length ? findings : NOTHING, birth, gender, districtCode);
}

/** AGE_IMPLAUSIBLE when a worker born on `birth` is under 15 or over 75 on `ref`, else null. */
export function ageFinding(birth: Day, ref: Day): Finding | null {
  const age = ageOn(birth, ref);
  return age < MIN_WORKER_AGE || age > MAX_WORKER_AGE ? finding("AGE_IMPLAUSIBLE", { age, refDate: formatDayId(ref) }) : null;
}

// The NIK stores no century, and a ledger's birth date may carry the other one; day, month and the
// two-digit year are what the NIK actually says.
function sameDayMonthAndYy(nikBirth: Day, ledgerBirth: Day): boolean {
  return ymdNumber(nikBirth) % 1_000_000 === ymdNumber(ledgerBirth) % 1_000_000; // yymmdd
}

/** Province, regency and district names of a NIK's first six digits (null where unknown). */
export function nikRegion(result: NikResult): Region | null {
  return result.districtCode === null ? null : regionOf(result.districtCode);
}
