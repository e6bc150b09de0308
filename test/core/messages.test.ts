import { CODES, finding, message, type Code } from "../../src/core/messages";

const SPEC_CODES = [
  "NIK_AS_NUMBER", "NIK_LENGTH", "NIK_NOT_DIGITS", "NIK_PROVINCE", "NIK_DISTRICT_UNKNOWN", "NIK_DATE", "NIK_SERIAL_ZERO",
  "NIK_BIRTHDATE_MISMATCH", "NIK_GENDER_MISMATCH", "AGE_IMPLAUSIBLE", "NPP_FORMAT", "NPP_NAME_CONFLICT", "KPJ_FORMAT",
  "JKN_FORMAT", "KK_FORMAT", "NPWP_FORMAT", "REQUIRED_MISSING", "DATE_UNPARSEABLE", "KPJCOUNT_INVALID", "DUPLICATE_NIK",
  "DUPLICATE_NIK_OTHER_EMPLOYER", "DUPLICATE_KPJ", "DUPLICATE_ROW", "POSSIBLE_DUPLICATE", "DEACT_LEFT", "DEACT_DECEASED",
  "DEACT_NOT_IN_ROSTER", "REGISTER_NEW", "ARREARS_PREVIOUS_EMPLOYER", "REVIEW_PENSION_AGE", "CONTRACT_ENDING",
  "NPP_AS_NUMBER", "KPJ_AS_NUMBER", "JKN_AS_NUMBER", "KK_AS_NUMBER", "NPWP_AS_NUMBER",
];

describe("the message catalogue", () => {
  it("has every SPEC code with a severity and both languages", () => {
    for (const code of SPEC_CODES) {
      const info = CODES[code as Code];
      expect(info).toBeDefined();
      expect(["error", "warning", "info"]).toContain(info.severity);
      expect(info.id.length).toBeGreaterThan(10);
      expect(info.en.length).toBeGreaterThan(10);
      expect(info.id).not.toBe(info.en);
    }
  });
  it("uses the same placeholders in both languages", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const info of Object.values(CODES)) expect(names(info.id)).toEqual(names(info.en));
  });
  it("fills placeholders, including words that differ by language", () => {
    const f = finding("KK_FORMAT", { reason: { id: "nomor urut 0000", en: "the serial number is 0000" } });
    expect(message(f, "id")).toBe("Nomor KK tidak sah: nomor urut 0000.");
    expect(message(f, "en")).toBe("Invalid KK number: the serial number is 0000.");
    expect(message(finding("NIK_LENGTH", { length: 15 }), "en")).toBe("A NIK has 16 digits; this one has 15.");
  });
  it("takes the severity from the catalogue", () => {
    expect(finding("NIK_DISTRICT_UNKNOWN").severity).toBe("warning");
    expect(finding("NIK_AS_NUMBER").severity).toBe("error");
  });
});
