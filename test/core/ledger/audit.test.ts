import { dayOf, excelSerialOf, parseIsoDate, type Day } from "../../../src/core/dates";
import { auditLedger, auditReport, runAudit, type AuditReport } from "../../../src/core/ledger/audit";
import { rowFindings, rowStatuses, STATUS_TAGS } from "../../../src/core/ledger/status";
import { generateParticipantLedger, generateReceiptLedger, PARTICIPANT_FAULTS, type GeneratedLedger } from "../../../src/fixtures/ledgers";

function audit(ledger: GeneratedLedger): AuditReport {
  return auditLedger({ values: ledger.values, formats: ledger.formats, sheet: "Peserta" }, { refDate: parseIsoDate(ledger.truth.refDate) as Day });
}

const codesOnRow = (report: AuditReport, row: number) => [
  ...report.issues.filter((i) => i.row === row).map((i) => i.code),
  ...report.duplicates.filter((d) => d.rows.includes(row)).map((d) => d.code),
  ...report.deactivation.filter((d) => d.row === row).map((d) => d.code),
];

describe("audit of a generated 10,000-row participant ledger", () => {
  const ledger = generateParticipantLedger({ rows: 10_000, seed: 20261123 });
  const report = audit(ledger);

  it("injects every kind of fault", () => {
    const injected = new Set([...ledger.truth.faults.map((f) => f.code), ...ledger.truth.duplicates.map((d) => d.code), ...ledger.truth.deactivation.map((d) => d.code)]);
    for (const code of PARTICIPANT_FAULTS.filter((c) => c !== "DEACT_LEFT_RECENT")) expect(injected).toContain(code);
  });

  it("reads the layout", () => {
    expect(report).toMatchObject({ sheet: "Peserta", headerRow: 1, shape: "participants", rowCount: 10_000, refDate: "2026-11-23" });
    expect(report.columns).toMatchObject({ nik: "NIK", name: "Nama Peserta", npp: "NPP", birthDate: "Tanggal Lahir", kpj: "No KPJ", endDate: "Tanggal Keluar" });
  });

  it("finds every injected fault with its code and row", () => {
    const missed = ledger.truth.faults.filter((f) => !codesOnRow(report, f.row).includes(f.code));
    expect(missed).toEqual([]);
  });

  it("finds every injected duplicate group", () => {
    for (const d of ledger.truth.duplicates) {
      expect(report.duplicates).toContainEqual(expect.objectContaining({ code: d.code, rows: expect.arrayContaining(d.rows) }));
    }
  });

  it("raises no error-severity finding on a clean row, and no duplicate that was not injected", () => {
    const clean = new Set(ledger.truth.cleanRows);
    expect(report.issues.filter((i) => i.severity === "error" && clean.has(i.row))).toEqual([]);
    expect(report.duplicates.length).toBe(ledger.truth.duplicates.length);
  });

  it("lists exactly the expected deactivations", () => {
    expect(report.deactivation).toEqual(ledger.truth.deactivation);
  });

  it("totals equal the generator's ground truth exactly", () => {
    expect(report.totals.map(({ npp, company, participants, active, kpj }) => ({ npp, company, participants, active, kpj }))).toEqual(ledger.truth.totals);
  });

  it("keeps the later employer's row in a transfer", () => {
    for (const d of ledger.truth.duplicates.filter((g) => g.code === "DUPLICATE_NIK_OTHER_EMPLOYER")) {
      expect(report.duplicates.find((g) => g.rows.includes(d.rows[0]))?.keep).toBe(d.rows[1]);
    }
  });

  it("summarises: the counts are the findings the status cells show, by severity", () => {
    const result = runAudit({ values: ledger.values, formats: ledger.formats, sheet: "Peserta" }, { refDate: parseIsoDate(ledger.truth.refDate) as Day });
    if (!result.ok) throw new Error(result.problem);
    const shown = rowFindings(result.audit, "id").flat();
    expect(shown.some((f) => f.code === "REVIEW_PENSION_AGE" || f.code === "DUPLICATE_NIK_OTHER_EMPLOYER")).toBe(true);
    expect(report.summary.errors).toBe(shown.filter((f) => f.severity === "error").length + report.columnIssues.filter((i) => i.severity === "error").length);
    expect(report.summary.warnings).toBe(shown.filter((f) => f.severity === "warning").length + report.columnIssues.filter((i) => i.severity === "warning").length);
    expect(report.summary.duplicates).toBe(report.duplicates.length);
    expect(report.summary.deactivation).toBe(report.deactivation.length);
  });
});

describe("the summary and the status cells", () => {
  it("count a pension-age review as the warning its status cell says it is", () => {
    // Born 12 March 1965: 61 on 23 Nov 2026, past the Jaminan Pensiun age of 2026 (59). Nothing else is wrong.
    const values = [
      ["NIK", "Nama", "NPP", "Tanggal Lahir", "Status"],
      ["3171011203650001", "Bambang Sutrisno", "12345678", excelSerialOf(dayOf(1965, 3, 12)!), "Aktif"],
    ];
    const formats = [values[0].map(() => "General"), ["@", "General", "@", "dd-mm-yyyy", "General"]];
    const result = runAudit({ values, formats, sheet: "Peserta" }, { refDate: dayOf(2026, 11, 23)! });
    if (!result.ok) throw new Error(result.problem);
    const [status] = rowStatuses(result.audit, "id");
    expect(status.text.startsWith(`${STATUS_TAGS.warning.id} · REVIEW_PENSION_AGE`)).toBe(true);
    const report = auditReport(result.audit, "Peserta", "id");
    expect(report.issues).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 1, duplicates: 0, deactivation: 1 });
  });
});

describe("audit of a generated receipt ledger", () => {
  const ledger = generateReceiptLedger({ rows: 3000, seed: 5 });
  const report = audit(ledger);
  it("is a receipt ledger", () => {
    expect(report.shape).toBe("receipts");
    expect(report.columns).toEqual({ date: "Tanggal", npp: "NPP", company: "Nama Perusahaan", kpjCount: "Jumlah KPJ" });
  });
  it("finds every injected fault and duplicate row, and no error on clean rows", () => {
    expect(ledger.truth.faults.filter((f) => !codesOnRow(report, f.row).includes(f.code))).toEqual([]);
    for (const d of ledger.truth.duplicates) expect(report.duplicates).toContainEqual(expect.objectContaining({ code: "DUPLICATE_ROW", rows: d.rows }));
    expect(report.duplicates).toHaveLength(ledger.truth.duplicates.length);
    const clean = new Set(ledger.truth.cleanRows);
    expect(report.issues.filter((i) => i.severity === "error" && clean.has(i.row))).toEqual([]);
  });
  it("sums KPJ cards per NPP, per day and per month", () => {
    expect(report.totals.map(({ npp, company, participants, active, kpj }) => ({ npp, company, participants, active, kpj }))).toEqual(ledger.truth.totals);
    const byMonth = report.receiptsByMonth.reduce((sum, t) => sum + t.kpj, 0);
    const byDay = report.receiptsByDay.reduce((sum, t) => sum + t.kpj, 0);
    expect(byDay).toBe(byMonth);
    expect(report.receiptsByMonth.map((t) => t.period)).toEqual(expect.arrayContaining(["2026-08", "2026-09", "2026-10"]));
  });
});

describe("ledgers that are not ledgers", () => {
  it("says why", () => {
    expect(runAudit({ values: [] })).toEqual({ ok: false, problem: "empty" });
    expect(runAudit({ values: [["", null], [null, ""]] })).toEqual({ ok: false, problem: "empty" });
    expect(runAudit({ values: [["a", "b"], [1, 2]] })).toEqual({ ok: false, problem: "noHeader" });
    expect(runAudit({ values: [["Tanggal", "Email"], [1, 2]] })).toEqual({ ok: false, problem: "noShape" });
  });
  it("finds a header on row 12 of a region that starts at row 3", () => {
    const values: unknown[][] = [["Laporan Peserta PT Contoh"], [], [], [], [], [], [], [], [], ["NIK", "Nama"], ["3171011203900001", "Budi"]];
    const result = runAudit({ values, firstRow: 3 }, { refDate: parseIsoDate("2026-11-23") as Day });
    expect(result.ok && result.audit.parsed.layout.headerRow).toBe(12);
    expect(result.ok && [...result.audit.parsed.columns.rows]).toEqual([13]);
  });
});

describe("possible duplicates are looked for only inside one NPP and one birth date", () => {
  const ref = parseIsoDate("2026-11-23") as Day;
  const header = ["NPP", "Nama Peserta", "Tanggal Lahir", "NIK"];
  const possible = (rows: unknown[][]) => {
    const result = runAudit({ values: [header, ...rows] }, { refDate: ref });
    if (!result.ok) throw new Error(result.problem);
    return result.audit.duplicates.filter((g) => g.code === "POSSIBLE_DUPLICATE").map((g) => [...g.members]);
  };
  it("pairs the same name born the same day under one NPP, not under two", () => {
    expect(possible([["12345678", "Budi Santoso", "12-03-1990", ""], ["12345678", "BUDI SANTOSO", "12-03-1990", ""]])).toEqual([[0, 1]]);
    expect(possible([["12345678", "Budi Santoso", "12-03-1990", ""], ["87654321", "Budi Santoso", "12-03-1990", ""]])).toEqual([]);
  });
  it("does not let dates far outside any lifetime share a block with another NPP's rows", () => {
    // Blocking keys are numbers (NPP index × day span + day); a day beyond the span must not wrap
    // into the next NPP's range.
    // 1000-01-01 and 3870-11-27 are exactly 2^20 days apart.
    expect(possible([["11111111", "Ani", "3870-11-27", ""], ["22222222", "Ani", "1000-01-01", ""]])).toEqual([]);
  });
});

describe("cells that are objects", () => {
  it("reports an unreadable date even when the cell's object cannot be turned into text", () => {
    // Found by the property suite: String(value) threw on an object whose toString is not a function.
    const result = runAudit({ values: [["NIK", "Nama Peserta", "Tanggal Lahir"], ["3171015708450001", "Ani", { toString: [] }]] }, { refDate: parseIsoDate("2026-11-23") as Day });
    expect(result.ok && result.audit.parsed.issues.map((i) => i.code)).toContain("DATE_UNPARSEABLE");
  });
});
