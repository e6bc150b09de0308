// The `nik` JSON of SPEC §6: what `ledger-bpjs nik --json` prints and what the library's `checkNik`
// returns, one object per input. Built straight from `readNik`'s reading, so that checking a million
// NIKs makes one object each: the code lists, region records and ISO dates are shared and frozen.
import { isoOf, refDayOf, today, ymdNumber, type Day } from "../dates";
import type { Gender } from "../gender";
import {
  implausibleAge,
  nikAge,
  nikReading,
  NIK_AS_NUMBER,
  NIK_BAD_DATE,
  NIK_BAD_LENGTH,
  NIK_BAD_PROVINCE,
  NIK_DISTRICT_UNKNOWN,
  NIK_MISSING,
  NIK_NOT_DIGITS,
  NIK_SERIAL_ZERO,
  NO_BIRTH,
  readNik,
} from "../ids/nik";
import { CODES, type Code } from "../messages";
import { regionOf } from "../regions/regions";

export interface NikReport {
  readonly input: unknown;
  readonly valid: boolean;
  /** Shared between reports and frozen: copy before changing. */
  readonly errors: readonly Code[];
  readonly warnings: readonly Code[];
  readonly province: string | null;
  readonly regency: string | null;
  readonly district: string | null;
  readonly birthDate: string | null;
  readonly gender: Gender | null;
}

export interface CheckNikOptions {
  /** Reference date (YYYY-MM-DD, a Date, or a day number) for the century and the age; default today. */
  readonly refDate?: string | Date | Day;
}

export { refDayOf };

/** The bit of the age finding beside readNik's bits (readNik does not know the reference date). */
const AGE = 1 << 8;

/** Each problem bit's code, in the order the reports list them (inspectNik's order). */
const CODE_OF_BIT: readonly (readonly [number, Code])[] = [
  [NIK_AS_NUMBER, "NIK_AS_NUMBER"],
  [NIK_MISSING, "REQUIRED_MISSING"],
  [NIK_NOT_DIGITS, "NIK_NOT_DIGITS"],
  [NIK_BAD_LENGTH, "NIK_LENGTH"],
  [NIK_BAD_PROVINCE, "NIK_PROVINCE"],
  [NIK_DISTRICT_UNKNOWN, "NIK_DISTRICT_UNKNOWN"],
  [NIK_BAD_DATE, "NIK_DATE"],
  [NIK_SERIAL_ZERO, "NIK_SERIAL_ZERO"],
  [AGE, "AGE_IMPLAUSIBLE"],
];

/** The error and warning codes of every set of problem bits, as frozen lists indexed by the set. */
const CODE_LISTS = (() => {
  const lists = (severity: "error" | "warning") =>
    Array.from({ length: AGE * 2 }, (_, problems) =>
      Object.freeze(CODE_OF_BIT.filter(([bit, code]) => (problems & bit) !== 0 && CODES[code].severity === severity).map(([, code]) => code)),
    );
  return { errors: lists("error"), warnings: lists("warning") };
})();

/** The reference date of the last call, as given, and as a yyyymmdd number. */
let lastRef: string | Date | Day | undefined;
let lastRefYmd = 0;
const reading = nikReading();

function refYmdOf(refDate: string | Date | Day | undefined): number {
  if (refDate === undefined) return ymdNumber(today());
  if (refDate !== lastRef || typeof refDate === "object") {
    lastRefYmd = ymdNumber(refDayOf(refDate)!);
    lastRef = refDate;
  }
  return lastRefYmd;
}

export function checkNik(value: unknown, options: CheckNikOptions = {}): NikReport {
  const refYmd = refYmdOf(options.refDate);
  const r = readNik(value, Math.floor(refYmd / 10_000), reading);
  let problems = r.problems;
  const age = nikAge(r, refYmd);
  if (age !== null && implausibleAge(age)) problems |= AGE;
  const region = r.district < 0 ? null : regionOf(r.district);
  const born = r.birth !== NO_BIRTH && r.digits !== null;
  const errors = CODE_LISTS.errors[problems];
  return {
    input: value,
    valid: errors.length === 0,
    errors,
    warnings: CODE_LISTS.warnings[problems],
    province: region?.province ?? null,
    regency: region?.regency ?? null,
    district: region?.district ?? null,
    birthDate: born ? isoOf(r.birth) : null,
    gender: born ? r.gender : null,
  };
}
