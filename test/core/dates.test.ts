import { ageOn, dayOf, dayOfExcelSerial, excelSerialOf, isoOf, parseDate, parseIsoDate, type Day } from "../../src/core/dates";

const date = (y: number, m: number, d: number): Day => dayOf(y, m, d) as Day;

describe("calendar days", () => {
  it("round-trips every day from 1900 to 2100 through ISO text", () => {
    for (let d = date(1900, 1, 1); d <= date(2100, 12, 31); d += 1) expect(parseIsoDate(isoOf(d))).toBe(d);
  });
  it("rejects dates that do not exist", () => {
    expect(dayOf(2001, 2, 29)).toBeNull();
    expect(dayOf(1900, 2, 29)).toBeNull();
    expect(dayOf(2000, 2, 29)).not.toBeNull();
    expect(dayOf(2024, 4, 31)).toBeNull();
  });
  it("counts age in whole years; a 29 Feb birthday turns over on 1 March", () => {
    expect(ageOn(date(1990, 3, 12), date(2026, 3, 11))).toBe(35);
    expect(ageOn(date(1990, 3, 12), date(2026, 3, 12))).toBe(36);
    expect(ageOn(date(2000, 2, 29), date(2021, 2, 28))).toBe(20);
    expect(ageOn(date(2000, 2, 29), date(2021, 3, 1))).toBe(21);
  });
});

describe("Excel serial numbers", () => {
  it("maps serial 1 to 1900-01-01 and skips the fictitious 29 Feb 1900", () => {
    expect(isoOf(dayOfExcelSerial(1) as Day)).toBe("1900-01-01");
    expect(isoOf(dayOfExcelSerial(59) as Day)).toBe("1900-02-28");
    expect(dayOfExcelSerial(60)).toBeNull();
    expect(isoOf(dayOfExcelSerial(61) as Day)).toBe("1900-03-01");
    expect(isoOf(dayOfExcelSerial(45000) as Day)).toBe("2023-03-15");
    expect(isoOf(dayOfExcelSerial(45000.75) as Day)).toBe("2023-03-15");
  });
  it("round-trips serials", () => {
    for (const s of [1, 59, 61, 32874, 45000, 2958465]) expect(excelSerialOf(dayOfExcelSerial(s) as Day)).toBe(s);
  });
  it("reads the 1904 date system", () => {
    expect(isoOf(dayOfExcelSerial(0, true) as Day)).toBe("1904-01-01");
  });
  it("rejects serials out of range", () => {
    for (const s of [0, -1, 2958466, NaN, Infinity]) expect(dayOfExcelSerial(s)).toBeNull();
  });
});

describe("parseDate", () => {
  const iso = (v: unknown) => {
    const d = parseDate(v, { refYear: 2026 });
    return d === null ? null : isoOf(d);
  };
  it("reads the forms of SPEC §3, day first", () => {
    expect(iso("12-03-1990")).toBe("1990-03-12");
    expect(iso("12/03/1990")).toBe("1990-03-12");
    expect(iso("12.03.1990")).toBe("1990-03-12");
    expect(iso("1990-03-12")).toBe("1990-03-12");
    expect(iso("12 Maret 1990")).toBe("1990-03-12");
    expect(iso("12 Mar 1990")).toBe("1990-03-12");
    expect(iso(" 1 januari 2001 ")).toBe("2001-01-01");
  });
  it("knows the old spellings and abbreviations", () => {
    expect(iso("5 Pebruari 1980")).toBe("1980-02-05");
    expect(iso("5 Februari 1980")).toBe("1980-02-05");
    expect(iso("10 Nopember 1945")).toBe("1945-11-10");
    expect(iso("10 November 1945")).toBe("1945-11-10");
    for (const m of ["Agt", "Agu", "Ags", "Agustus", "Aug"]) expect(iso(`17 ${m} 1945`)).toBe("1945-08-17");
    expect(iso("1 Okt 2020")).toBe("2020-10-01");
    expect(iso("25 Des 2020")).toBe("2020-12-25");
  });
  it("takes two-digit years by the reference year", () => {
    expect(iso("12-03-90")).toBe("1990-03-12");
    expect(iso("12-03-05")).toBe("2005-03-12");
  });
  it("reads Excel serials and JS dates", () => {
    expect(iso(32944)).toBe("1990-03-12");
    expect(iso(new Date(Date.UTC(1990, 2, 12)))).toBe("1990-03-12");
  });
  it("returns null for anything that is not a date", () => {
    for (const v of ["31-04-1990", "29-02-2001", "12 Maretz 1990", "1990", "", "abc", true, null, undefined, {}, 60, "x".repeat(30000), new Date(NaN)]) {
      expect(iso(v)).toBeNull();
    }
  });
});
