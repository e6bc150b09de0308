// The library entry (package.json "main": src/core/index.ts built): checkNik and auditLedger as a
// library user calls them, with the reference date written as they write it.
import { auditLedger, checkNik, dayOf, LedgerError, type Day } from "../../src/core";
import { generateParticipantLedger } from "../../src/fixtures/ledgers";

describe("the library entry", () => {
  const ledger = generateParticipantLedger({ rows: 300, seed: 16 });
  const input = { values: ledger.values, formats: ledger.formats, sheet: "Peserta" };

  it("audits { values, formats } with refDate as YYYY-MM-DD, a Date or a day: one report", () => {
    const byText = auditLedger(input, { refDate: ledger.truth.refDate });
    const [y, m, d] = ledger.truth.refDate.split("-").map(Number);
    expect(auditLedger(input, { refDate: dayOf(y, m, d) as Day })).toEqual(byText);
    expect(auditLedger(input, { refDate: new Date(Date.UTC(y, m - 1, d)) })).toEqual(byText);
    expect(byText).toMatchObject({ refDate: ledger.truth.refDate, sheet: "Peserta", shape: "participants", rowCount: 300 });
    for (const fault of ledger.truth.faults) expect(byText.issues.concat().some((i) => i.row === fault.row)).toBe(true);
  });

  it("speaks the language asked for, and refuses a malformed date or a sheet that is no ledger", () => {
    const en = auditLedger(input, { refDate: ledger.truth.refDate, lang: "en" });
    const id = auditLedger(input, { refDate: ledger.truth.refDate });
    expect(en.issues.length).toBe(id.issues.length);
    expect(en.issues[0].message).not.toBe(id.issues[0].message);
    expect(() => auditLedger(input, { refDate: "30/11/2026" })).toThrow(RangeError);
    expect(() => auditLedger({ values: [["catatan"], ["apa saja"]], formats: [] })).toThrow(LedgerError);
  });

  it("checks a NIK beside it", () => {
    expect(checkNik("3171015708450001", { refDate: "2026-11-23" })).toMatchObject({ valid: true, gender: "P", birthDate: "1945-08-17" });
  });
});
