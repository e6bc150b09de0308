// The demo's sample workbook (src/demo/sample-workbook.ts): every flow of the task pane must have
// something to find in it, on any day the demo is opened.
import { dayOf, type Day } from "../../src/core/dates";
import { readCsv } from "../../src/core/ledger/csv";
import { auditReport, runAudit } from "../../src/core/ledger/audit";
import { reconcileRoster } from "../../src/core/roster/reconcile";
import { LEDGER_SHEET, ROSTER_SHEET, sampleCsv, sampleWorkbook } from "../../src/demo/sample-workbook";
import { shownText } from "../../src/demo/workbook-view";

describe.each([dayOf(2026, 12, 2) as Day, dayOf(2027, 3, 31) as Day, dayOf(2028, 2, 29) as Day])("the demo's sample workbook on day %i", (refDate) => {
  const { sheets, employerNpp } = sampleWorkbook(refDate);
  const [ledger, roster] = sheets;
  const audited = runAudit({ ...ledger, sheet: ledger.name }, { refDate });
  if (!audited.ok) throw new Error(`the sample ledger is not a ledger: ${audited.problem}`);

  it("holds the ledger below a title (header on row 3) and the payroll roster, in that order", () => {
    expect(sheets.map((s) => s.name)).toEqual([LEDGER_SHEET, ROSTER_SHEET]);
    expect(audited.audit.parsed.layout.headerRow).toBe(3);
    expect(audited.audit.parsed.layout.shape).toBe("participants");
  });

  it("gives the audit errors, warnings, duplicates of each kind and deactivations to show", () => {
    const report = auditReport(audited.audit, ledger.name);
    expect(report.summary.errors).toBeGreaterThan(5);
    expect(report.summary.warnings).toBeGreaterThan(0);
    const codes = new Set(report.duplicates.map((d) => d.code));
    for (const code of ["DUPLICATE_NIK", "DUPLICATE_KPJ"]) expect(codes).toContain(code);
    expect(report.deactivation.length).toBeGreaterThan(0);
    expect(report.totals.length).toBeGreaterThanOrEqual(3);
  });

  it("gives the roster comparison leavers, new workers and transfers", () => {
    const result = reconcileRoster(audited.audit, roster);
    if (!result.ok) throw new Error(`the sample roster is not a roster: ${result.problem}`);
    const count = (code: string) => result.reconciliation.items.filter((i) => i.code === code).length;
    expect(count("DEACT_NOT_IN_ROSTER")).toBeGreaterThan(0);
    expect(count("REGISTER_NEW")).toBe(5);
    expect(count("DUPLICATE_NIK_OTHER_EMPLOYER")).toBeGreaterThanOrEqual(2);
    expect(roster.values.slice(1).every((row) => row[5] === employerNpp)).toBe(true);
  });

  it("offers a CSV to import whose NIKs are 16-digit text, one of them with an impossible birth date", () => {
    const csv = readCsv(new TextEncoder().encode(sampleCsv(refDate, employerNpp)));
    expect(csv).toMatchObject({ encoding: "utf-8", delimiter: ";" });
    const audit = runAudit(csv.input, { refDate });
    if (!audit.ok) throw new Error(`the sample CSV is not a ledger: ${audit.problem}`);
    const report = auditReport(audit.audit, null);
    expect(report.rowCount).toBe(6);
    expect(report.issues.filter((i) => i.code === "NIK_DATE").map((i) => i.row)).toEqual([7]);
  });
});

describe("a cell as the demo's grid shows it", () => {
  it("shows a NIK stored as a number the way Excel's General format does, its 16th digit gone", () => {
    expect(shownText(3171011203900000, "General")).toBe("3.17101E+15");
    expect(shownText(3100000000000000, "General")).toBe("3.1E+15");
  });
  it("shows text, small numbers, booleans and dates in their format", () => {
    expect(shownText("3171011203900001", "@")).toBe("3171011203900001");
    expect(shownText(42, "General")).toBe("42");
    expect(shownText(true, "General")).toBe("TRUE");
    expect(shownText(32944, "dd-mm-yyyy")).toBe("12-03-1990");
    expect(shownText(32944, "m/d/yyyy")).toBe("3/12/1990");
    expect(shownText(31482, "dd-mm-yyyy", true)).toBe("12-03-1990");
    expect(shownText("", "General")).toBe("");
  });
});
