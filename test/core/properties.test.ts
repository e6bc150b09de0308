// Property-based tests (fast-check) for every parser and validator of src/core (SPEC §7): whatever a
// cell holds, they answer with a result or a finding and never throw; validation is idempotent on its
// own compacted output; formatting then parsing gives back what was formatted.
//
// The number of generated cases per property is RUNS (or LONG_RUNS for the cheap ones); fast-check's
// seed is printed on failure, so a failing case can be replayed with `{ seed, path }`.
import fc from "fast-check";
import { dayOf, dayOfExcelSerial, excelSerialOf, formatDayId, isoOf, parseDate, parseIsoDate, ymdNumber, ymdOf, type Day } from "../../src/core/dates";
import { parseGender } from "../../src/core/gender";
import { compactDigits, isBlank } from "../../src/core/ids/digits";
import type { IdResult } from "../../src/core/ids/id-result";
import { inspectJkn, isValidJkn } from "../../src/core/ids/jkn";
import { inspectKk, isValidKk } from "../../src/core/ids/kk";
import { inspectKpj, isValidKpj } from "../../src/core/ids/kpj";
import { formatNik, inspectNik, isValidNik } from "../../src/core/ids/nik";
import { inspectNpp, isValidNpp } from "../../src/core/ids/npp";
import { formatNpwp, inspectNpwp, isValidNpwp } from "../../src/core/ids/npwp";
import { auditReport, runAudit } from "../../src/core/ledger/audit";
import { cellDay, cellText, hasArrears, isDateFormat, parseStatus, positiveCount, saysDeceased } from "../../src/core/ledger/cells";
import { safeFixes } from "../../src/core/ledger/fixes";
import { companyKey } from "../../src/core/ledger/ledger";
import { rowStatuses } from "../../src/core/ledger/status";
import { CODES, message, type Finding } from "../../src/core/messages";
import { normaliseName } from "../../src/core/names";
import { monthlyRecap, parseMonth } from "../../src/core/recap/recap";
import { reconcileRoster } from "../../src/core/roster/reconcile";
import { maskNik, maskNiksIn } from "../../src/core/ids/mask";
import { makeNik, randomNikSpec, Rng } from "../../src/fixtures/identities";

export const RUNS = 2_000;
export const LONG_RUNS = 10_000;
const REF = dayOf(2026, 11, 23)!;

// ---- What a cell can hold -------------------------------------------------------------------------

const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"];
/** Digits of other scripts that look like 0–9 (Arabic-Indic, Devanagari, full-width, mathematical). */
const UNICODE_DIGITS = ["\u0660", "\u0663", "\u06f5", "\u0967", "\uff11", "\uff19", "\u{1d7d8}", "\u09e8"];

const digitString = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });

/** Text shaped like an identifier: digit groups with spaces, dots, dashes, zero-width and other scripts' digits. */
const idLike = fc
  .array(fc.oneof(digitString(1, 8), fc.constantFrom(" ", ".", "-", "\u2013", "\u00a0", ...ZERO_WIDTH, ...UNICODE_DIGITS)), { maxLength: 12 })
  .map((parts) => parts.join(""));

/** A real-looking NIK (valid district, date and serial) from a seed. */
const validNik = fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => makeNik(randomNikSpec(new Rng(seed), 2026)));

const excelError = fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!", "#BUSY!");
const hostileText = fc.constantFrom(
  '=HYPERLINK("http://x.invalid","klik")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "-2+3",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "3,52201E+15",
  "3.17101E+15",
  "'3171015708450001",
);

/** Anything a cell (from Office.js or exceljs) or a pasted value could be. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  idLike,
  validNik,
  validNik.map((nik) => nik.split("").join(fc.sample(fc.constantFrom(...ZERO_WIDTH), 1)[0])),
  fc.double(),
  fc.integer(),
  fc.integer({ min: 1_000_000_000_000_000, max: 9_999_999_999_999_999 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  excelError,
  excelError.map((error) => ({ error })), // exceljs's error cells
  fc.date({ noInvalidDate: false }),
  fc.constant("x".repeat(30_000)),
  fc.constant("3171015708450001".repeat(1_875)), // 30,000 digits
  hostileText,
  fc.constantFrom(...UNICODE_DIGITS).map((d) => d.repeat(16)),
  fc.object({ maxDepth: 1 }),
  // Found by this suite: a date cell holding an object whose toString is not a function made the
  // DATE_UNPARSEABLE message throw (String(value)). Kept as a fixed case.
  fc.constant({ toString: [] }),
);

// ---- Helpers --------------------------------------------------------------------------------------

function wellFormed(findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(CODES[f.code]).toBeDefined();
    expect(f.severity).toBe(CODES[f.code].severity);
    expect(typeof message(f, "id")).toBe("string");
    expect(typeof message(f, "en")).toBe("string");
  }
}

function wellFormedResult(result: IdResult): void {
  wellFormed(result.findings);
  expect(result.valid).toBe(!result.findings.some((f) => f.severity === "error"));
  if (result.value !== null) expect(result.value).toMatch(/^\d*$/);
}

const IDENTIFIERS = [
  { name: "NPP", inspect: inspectNpp, isValid: isValidNpp },
  { name: "KPJ", inspect: inspectKpj, isValid: isValidKpj },
  { name: "JKN", inspect: inspectJkn, isValid: isValidJkn },
  { name: "KK", inspect: inspectKk, isValid: isValidKk },
  { name: "NPWP", inspect: inspectNpwp, isValid: isValidNpwp },
] as const;

// ---- Never throws -------------------------------------------------------------------------------

describe("every parser and validator answers any cell without throwing", () => {
  it("NIK: inspectNik gives a well-formed result, and isValidNik agrees with it", () => {
    fc.assert(
      fc.property(anyCell, (value) => {
        const result = inspectNik(value, { refDate: REF });
        wellFormed(result.findings);
        expect(result.valid).toBe(!result.findings.some((f) => f.severity === "error"));
        expect(isValidNik(value, 2026)).toBe(result.valid);
      }),
      { numRuns: LONG_RUNS },
    );
  });

  it.each(IDENTIFIERS)("$name: inspect gives a well-formed result, and isValid agrees with it", ({ inspect, isValid }) => {
    fc.assert(
      fc.property(anyCell, (value) => {
        const result = inspect(value);
        wellFormedResult(result);
        expect(isValid(value)).toBe(result.valid);
      }),
      { numRuns: RUNS },
    );
  });

  it("cell readers: text, dates, statuses, yes/no, counts, gender, names, company keys", () => {
    fc.assert(
      fc.property(anyCell, fc.option(fc.constantFrom("General", "@", "dd-mm-yyyy", "m/d/yyyy", "[h]:mm", '"d"0', "0"), { nil: undefined }), (value, format) => {
        expect(typeof cellText(value)).toBe("string");
        expect(typeof isBlank(value)).toBe("boolean");
        const day = cellDay(value, format, 2026);
        expect(day === null || Number.isInteger(day)).toBe(true);
        const parsed = parseDate(value, { refYear: 2026 });
        expect(parsed === null || Number.isInteger(parsed)).toBe(true);
        expect(["active", "inactive", "deceased", null]).toContain(parseStatus(value));
        expect(typeof saysDeceased(value)).toBe("boolean");
        expect(typeof hasArrears(value)).toBe("boolean");
        const count = positiveCount(value);
        expect(count === null || (Number.isSafeInteger(count) && count > 0)).toBe(true);
        expect(["L", "P", null]).toContain(parseGender(value));
        const name = normaliseName(value);
        expect(typeof name.key).toBe("string");
        expect(companyKey(cellText(value))).toMatch(/^[a-z0-9]*$/);
      }),
      { numRuns: RUNS },
    );
  });

  it("text-only readers: digits, number formats, months, formatting", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), idLike, hostileText), (text) => {
        const digits = compactDigits(text);
        expect(digits === null || /^\d*$/.test(digits)).toBe(true);
        expect(typeof isDateFormat(text)).toBe("boolean");
        const month = parseMonth(text);
        expect(month === null || (month.month >= 1 && month.month <= 12)).toBe(true);
        expect(typeof formatNik(text)).toBe("string");
        expect(typeof formatNpwp(text)).toBe("string");
        expect(parseIsoDate(text) === null || Number.isInteger(parseIsoDate(text))).toBe(true);
      }),
      { numRuns: LONG_RUNS },
    );
  });

  it("whole ledgers of any cells: the audit, its report, status column, safe fixes, recap and roster", () => {
    const headers = fc.shuffledSubarray(["NPP", "Nama Perusahaan", "Nama Peserta", "NIK", "Tanggal Lahir", "Jenis Kelamin", "No KPJ", "Tgl Kepesertaan", "Tanggal Keluar", "Status", "Tunggakan", "No KK", "NPWP", "Tanggal", "Jumlah KPJ"], { minLength: 1 });
    const ledger = headers.chain((header) =>
      fc.record({
        header: fc.constant<unknown[]>(header),
        rows: fc.array(fc.array(anyCell, { minLength: header.length, maxLength: header.length }), { maxLength: 8 }),
        above: fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 2 }),
      }),
    );
    fc.assert(
      fc.property(ledger, ({ header, rows, above }) => {
        const input = { values: [...above, header, ...rows] };
        const result = runAudit(input, { refDate: REF });
        if (!result.ok) return;
        const report = auditReport(result.audit, "Peserta", "en");
        expect(report.rowCount).toBeLessThanOrEqual(rows.length);
        for (const issue of report.issues) expect(CODES[issue.code]).toBeDefined();
        expect(rowStatuses(result.audit, "id")).toHaveLength(result.audit.parsed.columns.count);
        for (const fix of safeFixes(input, result.audit.parsed.layout)) expect(typeof fix.row).toBe("number");
        const recap = monthlyRecap(result.audit, { year: 2026, month: 11 });
        expect(recap.companies.every((c) => Number.isFinite(c.active))).toBe(true);
        const roster = reconcileRoster(result.audit, input);
        expect(typeof roster.ok).toBe("boolean");
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- Idempotent on compacted input ------------------------------------------------------------------

describe("validation is idempotent on compacted input", () => {
  it("NIK: the compacted digits validate exactly as the original text", () => {
    fc.assert(
      fc.property(fc.oneof(idLike, validNik, validNik.map(formatNik)), (text) => {
        const first = inspectNik(text, { refDate: REF });
        if (first.nik === null) return;
        const again = inspectNik(first.nik, { refDate: REF });
        expect(again.nik).toBe(first.nik);
        expect(again.valid).toBe(first.valid);
        expect(again.findings.map((f) => f.code)).toEqual(first.findings.map((f) => f.code));
      }),
      { numRuns: LONG_RUNS },
    );
  });

  it.each(IDENTIFIERS)("$name: the compacted value validates exactly as the original", ({ inspect }) => {
    fc.assert(
      fc.property(fc.oneof(idLike, digitString(8, 16)), (text) => {
        const first = inspect(text);
        if (first.value === null || first.value === "") return;
        const again = inspect(first.value);
        expect(again.value).toBe(first.value);
        expect(again.valid).toBe(first.valid);
        expect(again.findings.map((f) => f.code)).toEqual(first.findings.map((f) => f.code));
      }),
      { numRuns: RUNS },
    );
  });

  it("compactDigits is idempotent", () => {
    fc.assert(
      fc.property(idLike, (text) => {
        const once = compactDigits(text);
        if (once !== null) expect(compactDigits(once)).toBe(once);
      }),
      { numRuns: LONG_RUNS },
    );
  });

  it("zero-width and no-break spaces between digit groups change nothing", () => {
    fc.assert(
      fc.property(validNik, fc.constantFrom(" ", "\u00a0", ...ZERO_WIDTH), (nik, space) => {
        const spaced = `${nik.slice(0, 6)}${space}${nik.slice(6, 12)}${space}${nik.slice(12)}`;
        expect(inspectNik(spaced, { refDate: REF }).nik).toBe(nik);
        expect(isValidNik(spaced, 2026)).toBe(isValidNik(nik, 2026));
      }),
      { numRuns: RUNS },
    );
  });

  it("other scripts' digits are never taken for 0–9", () => {
    fc.assert(
      fc.property(validNik, fc.integer({ min: 0, max: 15 }), fc.constantFrom(...UNICODE_DIGITS), (nik, at, digit) => {
        const text = nik.slice(0, at) + digit + nik.slice(at + 1);
        expect(inspectNik(text, { refDate: REF }).valid).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- Round trips ----------------------------------------------------------------------------------

const anyDay = fc.integer({ min: dayOf(1900, 3, 1)!, max: dayOf(2199, 12, 31)! }) as fc.Arbitrary<Day>;

describe("formatting then parsing gives back what was formatted", () => {
  it("NIK: formatNik then inspectNik", () => {
    fc.assert(
      fc.property(fc.oneof(validNik, digitString(16, 16)), (nik) => {
        expect(formatNik(nik)).toMatch(/^\d{6} \d{6} \d{4}$/);
        expect(inspectNik(formatNik(nik), { refDate: REF }).nik).toBe(nik);
      }),
      { numRuns: LONG_RUNS },
    );
  });

  it("NPWP: formatNpwp then inspectNpwp", () => {
    fc.assert(
      fc.property(fc.oneof(digitString(15, 15), digitString(16, 16)), (npwp) => {
        expect(inspectNpwp(formatNpwp(npwp)).value).toBe(npwp);
        expect(isValidNpwp(formatNpwp(npwp))).toBe(isValidNpwp(npwp));
      }),
      { numRuns: RUNS },
    );
  });

  it("dates: ISO, DD-MM-YYYY, Excel serials (1900 and 1904) and year-month-day", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(parseIsoDate(isoOf(day))).toBe(day);
        expect(parseDate(isoOf(day))).toBe(day);
        expect(parseDate(formatDayId(day), { refYear: 2026 })).toBe(day);
        expect(dayOfExcelSerial(excelSerialOf(day))).toBe(day);
        // The 1904 system counts 1,462 days fewer and starts at 1904-01-01.
        expect(dayOfExcelSerial(excelSerialOf(day) - 1462, true)).toBe(day >= dayOf(1904, 1, 1)! ? day : null);
        const { year, month, day: d } = ymdOf(day);
        expect(dayOf(year, month, d)).toBe(day);
        expect(ymdNumber(day)).toBe(year * 10_000 + month * 100 + d);
      }),
      { numRuns: LONG_RUNS },
    );
  });

  it("recap months: YYYY-MM", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(parseMonth(`${year}-${String(month).padStart(2, "0")}`)).toEqual({ year, month });
      }),
      { numRuns: RUNS },
    );
  });
});

describe("NIK masking", () => {
  it("keeps the first four and the last two digits, and masks every 16-digit run in a text", () => {
    expect(maskNik("3522015708450001")).toBe("3522**********01");
    expect(maskNiksIn('{"nik":"3522015708450001","kpj":"12345678901","x":"35220157084500011"}')).toBe('{"nik":"3522**********01","kpj":"12345678901","x":"35220157084500011"}');
    fc.assert(
      fc.property(validNik, fc.string(), fc.string(), (nik, before, after) => {
        const masked = maskNiksIn(`${before} ${nik} ${after}`);
        expect(masked).not.toContain(nik);
        expect(masked).toContain(maskNik(nik));
        expect(maskNiksIn(masked)).toBe(masked); // idempotent
      }),
      { numRuns: RUNS },
    );
  });
});
