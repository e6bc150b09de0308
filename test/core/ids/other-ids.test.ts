import { inspectJkn, isValidJkn } from "../../../src/core/ids/jkn";
import { inspectKk, isValidKk } from "../../../src/core/ids/kk";
import { inspectKpj, isValidKpj } from "../../../src/core/ids/kpj";
import { inspectNpp, isValidNpp } from "../../../src/core/ids/npp";
import { formatNpwp, inspectNpwp, isValidNpwp, luhnValid } from "../../../src/core/ids/npwp";
import { message } from "../../../src/core/messages";
import { makeKk, makeNpwp, Rng } from "../../../src/fixtures/identities";

const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

describe("NPP (8 digits)", () => {
  it("accepts 8 digits as text, with or without separators, keeping leading zeros", () => {
    expect(inspectNpp("00012345")).toMatchObject({ valid: true, value: "00012345" });
    expect(inspectNpp("1234-5678").value).toBe("12345678");
  });
  it("NPP_FORMAT for 7 or 9 digits and letters", () => {
    for (const v of ["1234567", "123456789", "1234567A", true]) expect(codes(inspectNpp(v))).toEqual(["NPP_FORMAT"]);
  });
  it("NPP_AS_NUMBER when a number lost its leading zeros; an intact 8-digit number is accepted", () => {
    const lost = inspectNpp(12345);
    expect(codes(lost)).toEqual(["NPP_AS_NUMBER"]);
    expect(lost.findings[0].params).toEqual({ digits: 5 });
    expect(inspectNpp(12345678)).toMatchObject({ valid: true, value: "12345678" });
    expect(codes(inspectNpp(1234.5))).toEqual(["NPP_FORMAT"]);
  });
  it("REQUIRED_MISSING when empty", () => {
    expect(codes(inspectNpp(""))).toEqual(["REQUIRED_MISSING"]);
  });
  it("isValidNpp agrees with inspectNpp", () => {
    for (const v of ["00012345", "1234567", 12345678, 12345, "", null, "12 34 56 78"]) expect(isValidNpp(v)).toBe(inspectNpp(v).valid);
  });
});

describe("KPJ (11 digits)", () => {
  it("accepts 11 digits and rejects other lengths", () => {
    expect(isValidKpj("19012345678")).toBe(true);
    expect(codes(inspectKpj("1901234567"))).toEqual(["KPJ_FORMAT"]);
  });
  it("KPJ_AS_NUMBER when a number has fewer than 11 digits", () => {
    expect(codes(inspectKpj(1234567890))).toEqual(["KPJ_AS_NUMBER"]);
    expect(isValidKpj(19012345678)).toBe(true);
  });
});

describe("JKN/KIS (13 digits)", () => {
  it("accepts 13 digits with leading zeros", () => {
    expect(isValidJkn("0001234567890")).toBe(true);
    expect(codes(inspectJkn("000123456789"))).toEqual(["JKN_FORMAT"]);
  });
  it("JKN_AS_NUMBER for the number 1234567890 (zeros lost)", () => {
    expect(codes(inspectJkn(1234567890))).toEqual(["JKN_AS_NUMBER"]);
  });
});

describe("KK (16 digits, region + registration date + serial)", () => {
  it("accepts generated KK numbers", () => {
    const rng = new Rng(3);
    for (let i = 0; i < 200; i++) expect(isValidKk(makeKk(rng, 317101))).toBe(true);
  });
  it("KK_FORMAT with a reason for length, province, date and serial", () => {
    const reason = (v: string) => message(inspectKk(v).findings[0], "en");
    expect(reason("317101220315000")).toMatch(/16 digits/);
    expect(reason("9901012203150004")).toMatch(/province/);
    expect(reason("3171014203150004")).toMatch(/date/); // no +40 on a family card
    expect(reason("3171012203150000")).toMatch(/0000/);
    expect(codes(inspectKk("3171014203150004"))).toEqual(["KK_FORMAT"]);
  });
  it("accepts 29 Feb when either century is a leap year", () => {
    expect(isValidKk("3171012902000004")).toBe(true);
    expect(isValidKk("3171012902010004")).toBe(false);
  });
  it("KK_AS_NUMBER for any number (16 digits cannot survive Excel)", () => {
    expect(codes(inspectKk(3171012203150004))).toEqual(["KK_AS_NUMBER"]);
  });
});

describe("NPWP", () => {
  it("Luhn over the first nine digits", () => {
    expect(luhnValid("013000666")).toBe(true);
    expect(luhnValid("013000667")).toBe(false);
  });
  it("accepts the formatted 15-digit form and the 16-digit 0-prefixed form", () => {
    const rng = new Rng(11);
    for (let i = 0; i < 200; i++) {
      const npwp = makeNpwp(rng);
      expect(isValidNpwp(npwp)).toBe(true);
      expect(isValidNpwp(formatNpwp(npwp))).toBe(true);
      expect(isValidNpwp("0" + npwp)).toBe(true);
    }
    expect(formatNpwp("013000666091000")).toBe("01.300.066.6-091.000");
  });
  it("accepts a 16-digit NPWP that is a valid NIK and rejects one that is not", () => {
    expect(isValidNpwp("3171011203900001")).toBe(true);
    expect(message(inspectNpwp("3171013203900001").findings[0], "en")).toMatch(/valid NIK/);
  });
  it("NPWP_FORMAT for a wrong check digit or length", () => {
    expect(codes(inspectNpwp("01.300.066.7-091.000"))).toEqual(["NPWP_FORMAT"]);
    expect(codes(inspectNpwp("0130006660910"))).toEqual(["NPWP_FORMAT"]);
  });
  it("NPWP_AS_NUMBER when a number dropped the leading zero; an intact 15-digit number is checked", () => {
    expect(codes(inspectNpwp(13000666091000))).toEqual(["NPWP_AS_NUMBER"]);
    expect(isValidNpwp(213000661091000)).toBe(luhnValid("213000661"));
  });
});
