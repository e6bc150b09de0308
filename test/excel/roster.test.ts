// Roster reconciliation in the workbook, through the Excel test double, against the generator's truth.
import { dayOf, excelSerialOf, type Day } from "../../src/core/dates";
import { LEDGER_PROBLEMS } from "../../src/core/messages";
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
    for (const line of byCode.get("DEACT_NOT_IN_ROSTER") ?? []) expect([line[8], line[9], line[10], line[11]]).toEqual(["", excelSerialOf(dayOf(2026, 12, 2)!), excelSerialOf(dayOf(2026, 12, 20)!), "Tidak"]);
    // The deadlines are dates Excel sorts, shown as 02-12-2026.
    let deadlines = 0;
    for (let r = 1; r < rows; r++) {
      if (!String(sheet.value(r, 0)).startsWith("DEACT_")) continue;
      deadlines++;
      for (const c of [9, 10]) expect([sheet.valueType(r, c), sheet.format(r, c)]).toEqual(["Double", "dd-mm-yyyy"]);
    }
    expect(deadlines).toBeGreaterThan(100);
    // Roster rows are worksheet rows of the roster sheet, which starts on row 3 here.
    expect((byCode.get("REGISTER_NEW") ?? []).map((l) => [l[2], l[3], l[4]])).toEqual(scenario.truth.registerNew.map((r) => [r.rosterRow + 2, r.nik, r.name]));
    expect((byCode.get("DUPLICATE_NIK_OTHER_EMPLOYER") ?? []).map((l) => l[1])).toEqual(scenario.truth.transfers);
    expect((byCode.get("ARREARS_PREVIOUS_EMPLOYER") ?? []).map((l) => l[1])).toEqual(scenario.truth.arrears);
    // NIKs stay text, all 16 digits.
    for (const line of byCode.get("REGISTER_NEW") ?? []) expect(String(line[3])).toMatch(/^\d{16}$/);
    expect(book.runs.filter((r) => r.undoGroup)).toHaveLength(1);
    expect(book.sheet("Log Ledger BPJS").value(1, 1)).toBe("Rekonsiliasi daftar karyawan");
  });

  it("writes a leaver's end date and deadlines as dates of a 1904 workbook", async () => {
    // Budi left on 2 Nov 2026: serial 46328 in 1900, 44866 in 1904; 7 working days run out on 11 Nov.
    const book = new WorkbookModel([
      { name: "Peserta", values: [["NIK", "Nama", "NPP", "Tanggal Keluar", "Status"], ["3171011203900001", "Budi Santoso", "12345678", 44866, "Aktif"]], formats: [[], ["@", "General", "@", "dd-mm-yyyy", "General"]] },
      { name: "Gaji", values: [["NIK", "Nama", "NPP"], ["3171015203920002", "Siti Aminah", "12345678"]], formats: [[], ["@", "General", "@"]] },
    ]);
    book.use1904DateSystem = true;
    useWorkbook(book);
    const result = await reconcileInWorkbook(officeHost(), { ledgerSourceId: "sheet:Peserta", rosterSourceId: "sheet:Gaji", refDate: dayOf(2026, 11, 23) as Day, lang: "en" });
    expect(result.ok).toBe(true);
    const line = book.read(WORKLIST_SHEET, "A2:N2")[0];
    expect([line[0], line[7], line[8], line[9], line[10]]).toEqual(["DEACT_LEFT", 44866, 21, excelSerialOf(dayOf(2026, 11, 11)!) - 1462, excelSerialOf(dayOf(2026, 11, 20)!) - 1462]);
    expect([7, 9, 10].map((c) => book.sheet(WORKLIST_SHEET).format(1, c))).toEqual(["dd-mm-yyyy", "dd-mm-yyyy", "dd-mm-yyyy"]);
  });

  it("refuses to compare the ledger sheet with itself, and writes nothing", async () => {
    const book = new WorkbookModel([{ name: "Peserta", values: scenario.ledger.values, formats: scenario.ledger.formats }]);
    useWorkbook(book);
    const result = await reconcileInWorkbook(officeHost(), { ledgerSourceId: "sheet:Peserta", rosterSourceId: "sheet:Peserta", refDate: scenario.refDate, lang: "id" });
    expect(result).toEqual({ ok: false, message: LEDGER_PROBLEMS.rosterIsLedger });
    expect(book.findSheet(WORKLIST_SHEET)).toBeUndefined();
  });
});
