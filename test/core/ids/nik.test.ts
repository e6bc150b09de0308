import { dayOf, isoOf, type Day } from "../../../src/core/dates";
import { PROVINCE_CODES } from "../../../src/core/regions/regions";
import { inspectNik, isValidNik, formatNik } from "../../../src/core/ids/nik";
import type { Code } from "../../../src/core/messages";
import { makeNik, randomNikSpec, Rng } from "../../../src/fixtures/identities";

const REF = dayOf(2026, 11, 23) as Day;
const date = (y: number, m: number, d: number): Day => dayOf(y, m, d) as Day;
const codes = (value: unknown, options = {}): Code[] => inspectNik(value, { refDate: REF, ...options }).findings.map((f) => f.code);

// Gambir, Jakarta Pusat: a current district code.
const GAMBIR = 317101;
const man1990 = makeNik({ district: GAMBIR, birth: date(1990, 3, 12), gender: "L", serial: 1 });

describe("a well-formed NIK", () => {
  it("is valid with no findings and yields birth date, gender and district", () => {
    const r = inspectNik(man1990, { refDate: REF });
    expect(man1990).toBe("3171011203900001");
    expect(r.valid).toBe(true);
    expect(r.findings).toEqual([]);
    expect(r.birthDate).toBe(date(1990, 3, 12));
    expect(r.gender).toBe("L");
    expect(r.districtCode).toBe(GAMBIR);
  });

  it("reads a woman's NIK: day of birth plus 40", () => {
    const nik = makeNik({ district: GAMBIR, birth: date(1945, 8, 17), gender: "P", serial: 1 });
    expect(nik.slice(6, 12)).toBe("570845");
    const r = inspectNik(nik, { refDate: REF });
    expect(r.gender).toBe("P");
    expect(r.birthDate).toBe(date(1945, 8, 17));
    expect(r.valid).toBe(true);
  });

  it("accepts spaces, dots and dashes between digit groups, and surrounding spaces", () => {
    for (const text of ["3171 0112 0390 0001", "3171.0112.0390.0001", "317101-120390-0001", "  3171011203900001\u00a0", "3171\u200b011203900001"]) {
      const r = inspectNik(text, { refDate: REF });
      expect(r.nik).toBe(man1990);
      expect(r.valid).toBe(true);
    }
  });

  it("formats as area, birth date and serial groups", () => {
    expect(formatNik(man1990)).toBe("317101 120390 0001");
  });
});

describe("NIK_AS_NUMBER", () => {
  it("reports the number 3522011203900001 held as a JS number", () => {
    // eslint-disable-next-line @typescript-eslint/no-loss-of-precision -- that loss is the point
    expect(codes(3522011203900001)).toEqual(["NIK_AS_NUMBER"]);
    expect(isValidNik(3522011203900001)).toBe(false);
  });
  it("reports any number, even a small one", () => {
    expect(codes(317101)).toEqual(["NIK_AS_NUMBER"]);
  });
  it("reports the text Excel shows for a NIK stored as a number (3,52201E+15), in either decimal mark", () => {
    expect(codes("3,52201E+15")).toEqual(["NIK_AS_NUMBER"]);
    expect(codes("3.522011E+15")).toEqual(["NIK_AS_NUMBER"]);
    expect(codes("3E15")).toEqual(["NIK_AS_NUMBER"]);
    expect(codes("35E+15")).toEqual(["NIK_NOT_DIGITS"]);
  });
});

describe("shape errors", () => {
  it("NIK_LENGTH for 15 and 17 digits", () => {
    expect(codes(man1990.slice(1))).toEqual(["NIK_LENGTH"]);
    expect(codes(man1990 + "1")).toEqual(["NIK_LENGTH"]);
    expect(inspectNik("123", { refDate: REF }).findings[0].params).toEqual({ length: 3 });
  });
  it("NIK_NOT_DIGITS for letters, a leading minus, a trailing dot, booleans and dates", () => {
    for (const v of ["31710112039O0001", "-3171011203900001", "3171011203900001.", "3171/0112/0390/0001", true, new Date()]) {
      expect(codes(v)).toEqual(["NIK_NOT_DIGITS"]);
    }
  });
  it("REQUIRED_MISSING for empty, blank, null and undefined", () => {
    for (const v of ["", "   ", null, undefined]) expect(codes(v)).toEqual(["REQUIRED_MISSING"]);
  });
});

describe("NIK_PROVINCE", () => {
  it("rejects province 99 and 20, and reports no district finding then", () => {
    expect(codes("9901011203900001")).toEqual(["NIK_PROVINCE"]);
    expect(codes("2001011203900001")).toEqual(["NIK_PROVINCE"]);
  });
  it("accepts every province code of the law", () => {
    for (const p of [11, 19, 21, 31, 36, 51, 53, 61, 65, 71, 76, 81, 82, 91, 96]) {
      expect(codes(`${p}01011203900001`)).not.toContain("NIK_PROVINCE");
    }
  });
});

describe("NIK_DISTRICT_UNKNOWN", () => {
  it("warns (not errs) for a district code that is not current", () => {
    const r = inspectNik("3199991203900001", { refDate: REF });
    expect(r.findings.map((f) => f.code)).toEqual(["NIK_DISTRICT_UNKNOWN"]);
    expect(r.valid).toBe(true);
  });
  it("accepts a legacy Papua NIK from before the 2022 split (Mimika, 9109xx)", () => {
    const nik = makeNik({ district: 910901, birth: date(1985, 6, 1), gender: "L", serial: 12 });
    expect(codes(nik)).toEqual([]);
  });
  it("accepts a current Papua Tengah NIK (94xx)", () => {
    const nik = makeNik({ district: 940101, birth: date(1995, 1, 2), gender: "P", serial: 7 });
    expect(codes(nik)).toEqual([]);
  });
});

describe("NIK_DATE and the century", () => {
  it("accepts 29 Feb 2000 and rejects 29 Feb 2001", () => {
    const leap = inspectNik("3171012902000001", { refDate: REF });
    expect(leap.valid).toBe(true);
    expect(leap.birthDate).toBe(date(2000, 2, 29));
    expect(codes("3171012902010001")).toEqual(["NIK_DATE"]);
  });
  it("tries the other century for 29 Feb before rejecting", () => {
    // Reference year 1999: 20yy would be after it, so 1900 is chosen first; 1900 is not leap, 2000 is.
    const r = inspectNik("3171012902000001", { refDate: date(1999, 6, 1) });
    expect(r.findings.map((f) => f.code)).not.toContain("NIK_DATE");
    expect(r.birthDate).toBe(date(2000, 2, 29));
  });
  it("chooses 20yy unless it is after the reference year", () => {
    expect(inspectNik("3171010101260001", { refDate: REF }).birthDate).toBe(date(2026, 1, 1));
    expect(inspectNik("3171010101270001", { refDate: REF }).birthDate).toBe(date(1927, 1, 1));
  });
  it("rejects day 00, 32–40, 72+, month 00 and 13, and 31 April", () => {
    for (const ddmmyy of ["000190", "320190", "400190", "720190", "010090", "011390", "310490", "710490"]) {
      expect(codes(`317101${ddmmyy}0001`)).toEqual(["NIK_DATE"]);
    }
  });
  it("accepts day 31 for men and 71 for women", () => {
    expect(inspectNik("3171013101900001", { refDate: REF }).gender).toBe("L");
    expect(inspectNik("3171017101900001", { refDate: REF }).gender).toBe("P");
  });
});

describe("NIK_SERIAL_ZERO", () => {
  it("rejects serial 0000", () => {
    expect(codes("3171011203900000")).toEqual(["NIK_SERIAL_ZERO"]);
  });
  it("reports several structural errors together", () => {
    expect(codes("9901013203900000")).toEqual(["NIK_PROVINCE", "NIK_DATE", "NIK_SERIAL_ZERO"]);
  });
});

describe("comparisons with the ledger", () => {
  it("NIK_BIRTHDATE_MISMATCH when the birth-date column differs", () => {
    expect(codes(man1990, { birthDate: date(1990, 3, 13) })).toEqual(["NIK_BIRTHDATE_MISMATCH"]);
  });
  it("no mismatch when the ledger's century differs from the guessed one", () => {
    // 12-03-25: the NIK guesses 2025, the ledger says 1925; the NIK cannot say which.
    expect(codes("3171011203250001", { birthDate: date(1925, 3, 12), refDate: date(1990, 1, 1) })).not.toContain("NIK_BIRTHDATE_MISMATCH");
  });
  it("NIK_GENDER_MISMATCH when the gender column differs", () => {
    expect(codes(man1990, { gender: "P" })).toEqual(["NIK_GENDER_MISMATCH"]);
    expect(codes(man1990, { gender: "L" })).toEqual([]);
  });
  it("mismatches are warnings: the NIK stays valid", () => {
    expect(inspectNik(man1990, { refDate: REF, birthDate: date(1991, 1, 1), gender: "P" }).valid).toBe(true);
  });
});

describe("AGE_IMPLAUSIBLE", () => {
  it("warns under 15 and over 75 at the reference date, not at 15 or 75", () => {
    const born = (y: number, m: number, d: number) => makeNik({ district: GAMBIR, birth: date(y, m, d), gender: "L", serial: 1 });
    expect(codes(born(2011, 11, 24))).toEqual(["AGE_IMPLAUSIBLE"]); // 14 the day before the birthday
    expect(codes(born(2011, 11, 23))).toEqual([]); // 15 today
    expect(codes(born(1951, 11, 23))).toEqual([]); // 75 today
    expect(codes(born(1950, 11, 22))).toEqual(["AGE_IMPLAUSIBLE"]); // 76
  });
  it("uses the birth-date column when there is one", () => {
    expect(codes(man1990, { birthDate: date(1940, 3, 12) })).toEqual(["NIK_BIRTHDATE_MISMATCH", "AGE_IMPLAUSIBLE"]);
  });
});

describe("isValidNik, the fast path", () => {
  it("agrees with inspectNik on generated valid NIKs and their corruptions", () => {
    const rng = new Rng(7);
    for (let i = 0; i < 5000; i++) {
      let nik = makeNik(randomNikSpec(rng, 2026));
      if (i % 2) {
        const at = rng.int(0, 15);
        nik = nik.slice(0, at) + String(rng.int(0, 9)) + nik.slice(at + 1);
      }
      expect(isValidNik(nik, 2026)).toBe(inspectNik(nik, { refDate: REF }).valid);
    }
  });

  it("agrees with the full scan on every kind of date, in either century and any reference year", () => {
    const rng = new Rng(16);
    const two = (n: number) => String(n).padStart(2, "0");
    for (let i = 0; i < 20000; i++) {
      // Every day 00–99 (women's 41–71 included), month 00–13, year 00–99, around 29 February often.
      const feb29 = i % 4 === 0;
      const day = feb29 ? (rng.int(0, 1) ? 29 : 69) : rng.int(0, 99);
      const month = feb29 ? 2 : rng.int(0, 13);
      const serial = i % 50 === 0 ? "0000" : String(rng.int(1, 9999)).padStart(4, "0");
      const nik = `${rng.int(0, 1) ? "3171" : two(rng.int(0, 99)) + "71"}01${two(day)}${two(month)}${two(rng.int(0, 99))}${serial}`;
      const refYear = rng.int(1990, 2099);
      const inspected = inspectNik(nik, { refDate: dayOf(refYear, 6, 30) as Day });
      const full = inspected.valid;
      // The oracle: JavaScript's own calendar, the century of SPEC §3 and its 29 February rule.
      const raw = Number(nik.slice(6, 8));
      const [dd, mm, yy] = [raw > 40 ? raw - 40 : raw, Number(nik.slice(8, 10)), Number(nik.slice(10, 12))];
      const real = (year: number) => {
        const date = new Date(Date.UTC(year, mm - 1, dd));
        return mm >= 1 && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
      };
      let year = 2000 + yy <= refYear ? 2000 + yy : 1900 + yy;
      if (!real(year) && mm === 2 && dd === 29 && real(year >= 2000 ? year - 100 : year + 100)) year = year >= 2000 ? year - 100 : year + 100;
      const oracle = PROVINCE_CODES.includes(Number(nik.slice(0, 2))) && real(year) && Number(nik.slice(8, 10)) <= 12 && !nik.endsWith("0000");
      expect({ nik, refYear, full }).toEqual({ nik, refYear, full: oracle });
      if (real(year)) expect(inspected.birthDate === null ? null : isoOf(inspected.birthDate)).toBe(new Date(Date.UTC(year, mm - 1, dd)).toISOString().slice(0, 10));
      expect({ nik, refYear, fast: isValidNik(nik, refYear) }).toEqual({ nik, refYear, fast: full });
      // The default reference year (today's) gives the same answer, and so does the formatted text.
      expect(isValidNik(nik)).toBe(full);
      expect(isValidNik(`${nik.slice(0, 6)} ${nik.slice(6, 12)} ${nik.slice(12)}`, refYear)).toBe(full);
    }
  });
});
