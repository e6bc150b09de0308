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
