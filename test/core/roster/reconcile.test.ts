import { dayOf, type Day } from "../../../src/core/dates";
import { runAudit } from "../../../src/core/ledger/audit";
import { LEDGER_PROBLEMS } from "../../../src/core/messages";
import { reconcileRoster, rosterReport, worklistTable } from "../../../src/core/roster/reconcile";
import { generateRosterScenario } from "../../../src/fixtures/roster";

describe("reconciling a ledger with the employer's roster", () => {
  const scenario = generateRosterScenario({ workers: 3_000, seed: 12, refDate: dayOf(2026, 11, 23) as Day });
  const audited = runAudit(scenario.ledger, { refDate: scenario.refDate });
  if (!audited.ok) throw new Error(audited.problem);
  const result = reconcileRoster(audited.audit, scenario.roster);
  if (!result.ok) throw new Error(result.problem);
  const report = rosterReport(result.reconciliation, "id");

  it("lists exactly the active participants missing from the roster, with their deadlines", () => {
    expect(report.notInRoster).toEqual(scenario.truth.notInRoster);
    expect(scenario.truth.notInRoster.length).toBeGreaterThan(100);
    for (const item of report.worklist.filter((i) => i.code === "DEACT_NOT_IN_ROSTER")) {
      expect(item.deadlineTk).toBe("2026-12-02"); // 7 working days after Monday 23 Nov 2026
      expect(item.deadlineKes).toBe("2026-12-20");
      expect(item.overdue).toBe(false);
    }
  });

  it("lists exactly the roster workers to register", () => {
    expect(report.registerNew).toEqual(scenario.truth.registerNew);
  });

  it("lists exactly the transfers and the arrears from the previous employer", () => {
    expect(report.transfers).toEqual(scenario.truth.transfers);
    expect(report.arrears).toEqual(scenario.truth.arrears);
    expect(scenario.truth.arrears.length).toBeGreaterThan(0);
  });

  it("matches by NIK, then KPJ, then name + birth date, and flags the weak matches", () => {
    expect(report.matched.kpj).toBeGreaterThan(0);
    expect(report.matched.nameBirth).toBe(scenario.truth.weakMatches.length);
    expect(report.matched.nik + report.matched.kpj + report.matched.nameBirth + report.registerNew.length).toBe(result.reconciliation.rosterCount);
  });

  it("says why in words, in Indonesian and English", () => {
    const transfer = report.worklist.find((i) => i.code === "DUPLICATE_NIK_OTHER_EMPLOYER")!;
    expect(transfer.message).toContain(`NPP lain (${transfer.npp})`);
    const en = rosterReport(result.reconciliation, "en").worklist.find((i) => i.code === "DEACT_NOT_IN_ROSTER")!;
    expect(en.message).toContain("Report to BPJS Ketenagakerjaan by 02-12-2026");
  });

  it("puts a leaver with an end date on the worklist once, as DEACT_LEFT with its overdue deadline", () => {
    const header = ["NIK", "Nama", "NPP", "Tanggal Keluar", "Status"];
    const serial = (d: number) => d + 25569;
    const ledger = { values: [header, ["3171011203900001", "Budi Santoso", "12345678", serial(dayOf(2026, 11, 2) as number), "Aktif"]], formats: [header.map(() => "General"), ["@", "General", "@", "dd-mm-yyyy", "General"]] };
    const roster = { values: [["NIK", "Nama", "NPP"], ["3171015203920002", "Siti Aminah", "12345678"]] };
    const a = runAudit(ledger, { refDate: dayOf(2026, 11, 23) as Day });
    if (!a.ok) throw new Error(a.problem);
    const r = reconcileRoster(a.audit, roster);
    if (!r.ok) throw new Error(r.problem);
    const [gone, fresh] = rosterReport(r.reconciliation, "en").worklist;
    // Budi has an end date (2 Nov) but is still active: a leaver to report, whose 7 working days ran out on 11 Nov.
    expect(gone).toMatchObject({ code: "DEACT_LEFT", ledgerRow: 2, since: "2026-11-02", days: 21, deadlineTk: "2026-11-11", overdue: true });
    // It says how long ago he left (21 days before 23 Nov), not the 9-day reporting window, and the deadline apart.
    expect(gone.message).toContain("Left on 02-11-2026 (21 days ago)");
    expect(gone.message).toContain("Report to BPJS Ketenagakerjaan by 11-11-2026, BPJS Kesehatan by 20-11-2026.");
    const id = rosterReport(r.reconciliation, "id").worklist[0];
    expect(id.message).toContain("Sudah keluar sejak 02-11-2026 (21 hari)");
    expect(id.message).toContain("Batas lapor BPJS Ketenagakerjaan 11-11-2026");
    const table = worklistTable(r.reconciliation, "id");
    const cell = (name: string) => table.rows[0][table.header.indexOf(name)];
    expect([cell("Tanggal keluar"), cell("Hari sejak keluar"), cell("Batas lapor BPJS TK"), cell("Batas lapor BPJS Kesehatan"), cell("Lewat batas")]).toEqual([dayOf(2026, 11, 2), 21, dayOf(2026, 11, 11), dayOf(2026, 11, 20), "Ya"]);
    // Those three are the table's date columns, which every surface writes as dates.
    expect(table.dateColumns.map((c) => table.header[c])).toEqual(["Tanggal keluar", "Batas lapor BPJS TK", "Batas lapor BPJS Kesehatan"]);
    expect(fresh).toMatchObject({ code: "REGISTER_NEW", rosterRow: 2, nik: "3171015203920002", name: "Siti Aminah" });
  });

  it("refuses the ledger as its own roster, in Indonesian and English", () => {
    expect(reconcileRoster(audited.audit, scenario.ledger)).toEqual({ ok: false, problem: "rosterIsLedger" });
    expect(LEDGER_PROBLEMS.rosterIsLedger.id).toContain("Daftar gaji dan ledger adalah lembar yang sama");
    expect(LEDGER_PROBLEMS.rosterIsLedger.en).toContain("The payroll list and the ledger are the same sheet");
    // A roster that holds the same people on other rows is a roster: nobody is missing from it.
    const [header, ...rows] = scenario.ledger.values;
    const moved = reconcileRoster(audited.audit, { values: [[], header, ...rows] });
    expect(moved.ok).toBe(true);
  });

  it("says when the roster has no recognisable header", () => {
    expect(reconcileRoster(audited.audit, { values: [["a", "b"], [1, 2]] })).toEqual({ ok: false, problem: "noHeader" });
  });
});
