import { excelSerialOf, dayOf, type Day } from "../../src/core/dates";
import { makeNik, makeNpwp, randomNikSpec, Rng } from "../../src/fixtures/identities";
import { installCustomFunctionsFake, isCellError } from "./custom-functions-fake";

installCustomFunctionsFake();
// Imported after the fake is installed, as Excel's runtime exists before the add-in's script runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const WOMAN_1945 = "3171015708450001";
const MAN_1990 = "3171011203900001";
const date = (y: number, m: number, d: number): Day => dayOf(y, m, d) as Day;

describe("VALIDNIK", () => {
  it("spills TRUE/FALSE in the input's shape, empty for empty cells (0 on desktop, null on the web)", () => {
    // eslint-disable-next-line @typescript-eslint/no-loss-of-precision
    expect(fns.validNik([[MAN_1990], ["3171011203900000"], [3522011203900001], [null], [0], [""]])).toEqual([[true], [false], [false], [""], [""], [""]]);
    expect(fns.validNik([[MAN_1990, "x"]])).toEqual([[true, false]]);
  });
  it("reads an entity or data-type cell by the value it shows, not as [object Object]", () => {
    const entity = { type: "Entity", text: MAN_1990, basicValue: MAN_1990, properties: {} };
    expect(fns.validNik([[entity]])).toEqual([[true]]);
    expect(fns.cekNik([[{ type: "String", basicValue: "x" }]])[0][0]).not.toMatch(/object Object/);
  });
  it("accepts a literal scalar argument", () => {
    expect(fns.validNik(MAN_1990 as unknown as unknown[][])).toEqual([[true]]);
  });
  it("checks a 100,000-cell column in one call", () => {
    const rng = new Rng(1);
    const column = Array.from({ length: 100_000 }, (_, i) => [i % 10 === 0 ? "bad" : makeNik(randomNikSpec(rng, 2026))]);
    const out = fns.validNik(column);
    expect(out).toHaveLength(100_000);
    expect(out.every((row) => row.length === 1)).toBe(true);
    expect(out.filter((row) => row[0] === false)).toHaveLength(10_000);
  });
});

describe("CEKNIK", () => {
  it("says OK, or the first finding's message", () => {
    expect(fns.cekNik([[MAN_1990]])).toEqual([["OK"]]);
    expect(fns.cekNik([["3171011203900000"]])[0][0]).toMatch(/0000/);
    // eslint-disable-next-line @typescript-eslint/no-loss-of-precision
    expect(fns.cekNik([[3522011203900001]])[0][0]).toMatch(/angka/);
  });
  it("compares with a birth date (a date serial) and a gender, broadcast or of the same size", () => {
    const serial = excelSerialOf(date(1990, 3, 13));
    expect(fns.cekNik([[MAN_1990]], [[serial]])[0][0]).toMatch(/Tanggal lahir di NIK/);
    expect(fns.cekNik([[MAN_1990], [MAN_1990]], [["12-03-1990"], ["13-03-1990"]], [["L"]])).toEqual([["OK"], [expect.stringMatching(/Tanggal lahir/)]]);
    expect(fns.cekNik([[MAN_1990]], null as unknown as unknown[][], [["Perempuan"]])[0][0]).toMatch(/Jenis kelamin/);
  });
  it("refuses an optional range of another size with #VALUE!", () => {
    expect(() => fns.cekNik([[MAN_1990], [MAN_1990]], [["12-03-1990"], ["x"], ["y"]])).toThrow();
  });
});

describe("NIKINFO", () => {
  it("spills province, regency, district, birth date, gender and age for each NIK", () => {
    const out = fns.nikInfo([[WOMAN_1945], [MAN_1990], [""]]);
    expect(out).toHaveLength(3);
    expect(out[0].slice(0, 5)).toEqual(["DKI Jakarta", "Kota Administrasi Jakarta Pusat", "Gambir", "1945-08-17", "P"]);
    expect(typeof out[0][5]).toBe("number");
    expect(out[2]).toEqual(["", "", "", "", "", ""]);
  });
  it("fills an invalid NIK's row with #VALUE! errors carrying the reason", () => {
    const [row] = fns.nikInfo([["9901011203900001"]]);
    expect(row).toHaveLength(6);
    expect(isCellError(row[0]) && row[0].message).toMatch(/provinsi/i);
  });
});

describe("NIKLAHIR, NIKKELAMIN, NIKUSIA", () => {
  it("gives the birth date as a date serial, the gender and the age", () => {
    expect(fns.nikLahir([[WOMAN_1945]])).toEqual([[excelSerialOf(date(1945, 8, 17))]]);
    expect(fns.nikKelamin([[WOMAN_1945], [MAN_1990]])).toEqual([["P"], ["L"]]);
    expect(fns.nikUsia([[MAN_1990]], "2026-03-12")).toEqual([[36]]);
    expect(fns.nikUsia([[MAN_1990]], excelSerialOf(date(2026, 3, 11)))).toEqual([[35]]);
  });
  it("gives #VALUE! for a NIK stored as a number", () => {
    // eslint-disable-next-line @typescript-eslint/no-loss-of-precision
    const [[cell]] = fns.nikLahir([[3522011203900001]]);
    expect(isCellError(cell)).toBe(true);
  });
});

describe("the other identifiers", () => {
  it("VALIDNPP, VALIDKPJ, VALIDJKN, VALIDKK, VALIDNPWP", () => {
    expect(fns.validNpp([["00012345"], ["1234567"], [12345]])).toEqual([[true], [false], [false]]);
    expect(fns.validKpj([["19012345678"], ["1"]])).toEqual([[true], [false]]);
    expect(fns.validJkn([["0001234567890"], [1234567890]])).toEqual([[true], [false]]);
    expect(fns.validKk([["3171012203150004"], ["3171012203150000"]])).toEqual([[true], [false]]);
    const npwp = makeNpwp(new Rng(5));
    expect(fns.validNpwp([[npwp], ["01.300.066.7-091.000"]])).toEqual([[true], [false]]);
  });
});

describe("NORMNAMA and USIAPENSIUN", () => {
  it("NORMNAMA gives the comparison key in capitals", () => {
    expect(fns.normNama([["Drs. H. Moch. Soeharto, S.H."], ["Suharto Muhammad"], [null]])).toEqual([["MUHAMMAD SUHARTO"], ["MUHAMMAD SUHARTO"], [""]]);
  });
  it("USIAPENSIUN takes years or dates", () => {
    expect(fns.usiaPensiun([[2018, 2019, 2025, 2043]])).toEqual([[56, 57, 59, 65]]);
    expect(fns.usiaPensiun([[excelSerialOf(date(2028, 6, 1))]])).toEqual([[60]]);
    expect(isCellError(fns.usiaPensiun([["abc"]])[0][0])).toBe(true);
  });
});
