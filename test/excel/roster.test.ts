// Roster reconciliation in the workbook, through the Excel test double, against the generator's truth.
import { dayOf, type Day } from "../../src/core/dates";
import { officeHost, reconcileInWorkbook } from "../../src/excel";
import { WORKLIST_SHEET } from "../../src/excel/sheet-names";
import { generateRosterScenario } from "../../src/fixtures/roster";
import { WorkbookModel } from "../excel-double/excel-double";
import { useWorkbook } from "../excel-double/office-client";

describe("reconciling the ledger with a roster sheet", () => {
  const scenario = generateRosterScenario({ workers: 1_500, seed: 8, refDate: dayOf(2026, 11, 23) as Day });

  it("writes the worklist sheet that equals the generator's truth, with deadlines, as one undo step", async () => {
    const book = new WorkbookModel([
      { name: "Peserta", values: scenario.ledger.values, formats: scenario.ledger.formats },
      { name: "Gaji November", values: scenario.roster.values, formats: scenario.roster.formats, origin: { row: 2, column: 1 } },
    ]);
    useWorkbook(book);
    const result = await reconcileInWorkbook(officeHost(), { ledgerSourceId: "sheet:Peserta", rosterSourceId: "sheet:Gaji November", refDate: scenario.refDate, lang: "id" });
    expect(result.ok).toBe(true);
    const sheet = book.sheet(WORKLIST_SHEET);
    const rows = sheet.usedRect()!.rows;
    const byCode = new Map<string, unknown[][]>();
    for (let r = 1; r < rows; r++) {
      const line = book.read(WORKLIST_SHEET, `A${r + 1}:N${r + 1}`)[0];
      byCode.set(String(line[0]), [...(byCode.get(String(line[0])) ?? []), line]);
    }
    expect((byCode.get("DEACT_NOT_IN_ROSTER") ?? []).map((l) => l[1])).toEqual(scenario.truth.notInRoster);
    for (const line of byCode.get("DEACT_NOT_IN_ROSTER") ?? []) expect([line[8], line[9], line[10], line[11]]).toEqual(["", "02-12-2026", "20-12-2026", "Tidak"]);
    // Roster rows are worksheet rows of the roster sheet, which starts on row 3 here.
    expect((byCode.get("REGISTER_NEW") ?? []).map((l) => [l[2], l[3], l[4]])).toEqual(scenario.truth.registerNew.map((r) => [r.rosterRow + 2, r.nik, r.name]));
    expect((byCode.get("DUPLICATE_NIK_OTHER_EMPLOYER") ?? []).map((l) => l[1])).toEqual(scenario.truth.transfers);
    expect((byCode.get("ARREARS_PREVIOUS_EMPLOYER") ?? []).map((l) => l[1])).toEqual(scenario.truth.arrears);
    // NIKs stay text, all 16 digits.
    for (const line of byCode.get("REGISTER_NEW") ?? []) expect(String(line[3])).toMatch(/^\d{16}$/);
    expect(book.runs.filter((r) => r.undoGroup)).toHaveLength(1);
    expect(book.sheet("Log Ledger BPJS").value(1, 1)).toBe("Rekonsiliasi daftar karyawan");
  });
});
