import { checkNik } from "../../../src/core/reports/nik-report";

describe("checkNik (the `nik` JSON of SPEC §6)", () => {
  it("describes 3171015708450001: a woman born 17-08-1945 in DKI Jakarta", () => {
    expect(checkNik("3171015708450001", { refDate: "2026-11-23" })).toEqual({
      input: "3171015708450001",
      valid: true,
      errors: [],
      warnings: ["AGE_IMPLAUSIBLE"],
      province: "DKI Jakarta",
      regency: "Kota Administrasi Jakarta Pusat",
      district: "Gambir",
      birthDate: "1945-08-17",
      gender: "P",
    });
  });
  it("lists error codes and nulls what it cannot know", () => {
    expect(checkNik(3522011203900001, { refDate: "2026-11-23" })).toEqual({
      input: 3522011203900001, valid: false, errors: ["NIK_AS_NUMBER"], warnings: [],
      province: null, regency: null, district: null, birthDate: null, gender: null,
    });
  });
  it("accepts a Date or nothing as the reference date and rejects a malformed one", () => {
    expect(checkNik("3171011203900001", { refDate: new Date(Date.UTC(2026, 0, 1)) }).valid).toBe(true);
    expect(checkNik("3171011203900001").valid).toBe(true);
    expect(() => checkNik("3171011203900001", { refDate: "23-11-2026" })).toThrow(RangeError);
  });
});

describe("checkNik against inspectNik", () => {
  // checkNik builds its codes from readNik's bits; inspectNik builds findings from the same bits. The
  // report a caller would build from inspectNik's findings is the one checkNik must give.
  const { inspectNik, nikRegion } = require("../../../src/core/ids/nik") as typeof import("../../../src/core/ids/nik");
  const { isoOf, dayOf } = require("../../../src/core/dates") as typeof import("../../../src/core/dates");
  const { Rng, makeNik, randomNikSpec } = require("../../../src/fixtures/identities") as typeof import("../../../src/fixtures/identities");

  function fromInspect(value: unknown, refDate: string) {
    const [y, m, d] = refDate.split("-").map(Number);
    const result = inspectNik(value, { refDate: dayOf(y, m, d)! });
    const region = nikRegion(result);
    return {
      input: value,
      valid: result.valid,
      errors: result.findings.filter((f) => f.severity === "error").map((f) => f.code),
      warnings: result.findings.filter((f) => f.severity === "warning").map((f) => f.code),
      province: region?.province ?? null,
      regency: region?.regency ?? null,
      district: region?.district ?? null,
      birthDate: result.birthDate === null ? null : isoOf(result.birthDate),
      gender: result.gender,
    };
  }

  it("gives the same report on 20,000 cells of every kind, for several reference dates", () => {
    const rng = new Rng(61);
    const refs = ["2026-11-30", "2001-02-28", "2099-12-31", "1999-01-01"];
    for (let i = 0; i < 20000; i++) {
      let nik: unknown = makeNik(randomNikSpec(rng, 2026));
      const kind = i % 10;
      const s = nik as string;
      if (kind === 1) nik = s.slice(0, 15);
      else if (kind === 2) nik = s.slice(0, rng.int(0, 15)) + String(rng.int(0, 9)) + s.slice(rng.int(1, 16));
      else if (kind === 3) nik = `${s.slice(0, 6)}.${s.slice(6, 12)}.${s.slice(12)}`;
      else if (kind === 4) nik = Number(s);
      else if (kind === 5) nik = [" ", "", null, "3,17101E+15", "31710I1203900001", "abc"][rng.int(0, 5)];
      else if (kind === 6) nik = `${String(rng.int(0, 99)).padStart(2, "0")}${s.slice(2, 6)}${String(rng.int(0, 99)).padStart(2, "0")}${String(rng.int(0, 13)).padStart(2, "0")}${s.slice(10, 12)}${rng.chance(0.3) ? "0000" : s.slice(12)}`;
      const refDate = refs[i % refs.length];
      expect(checkNik(nik, { refDate })).toEqual(fromInspect(nik, refDate));
    }
  });

  it("shares frozen code lists and region names between reports", () => {
    const a = checkNik("3171011203900001", { refDate: "2026-11-30" });
    const b = checkNik("3171011506850002", { refDate: "2026-11-30" });
    expect(a.errors).toBe(b.errors);
    expect(Object.isFrozen(a.errors)).toBe(true);
    expect(() => (a.errors as string[]).push("X")).toThrow(TypeError);
    expect(checkNik("3171011203900001", { refDate: "2026-11-30" }).errors).toEqual([]);
  });
});
