// src/excel against the Office.js-like test double: Excel.run is the double's, so these tests run the
// same adapter code (officeHost included) that runs in Excel.
import { parseIsoDate, type Day } from "../../src/core/dates";
import { auditLedger, auditReport, runAudit, type Audit, type AuditReport } from "../../src/core/ledger/audit";
import { STATUS_HEADER, STATUS_TAGS } from "../../src/core/ledger/status";
import { LEDGER_PROBLEMS, WORKBOOK_PROBLEMS } from "../../src/core/messages";
import { archiveRows, listLedgerSources, officeHost, readLedger, restoreLastArchive, writeAudit, type ExcelLedger } from "../../src/excel";
import { ARCHIVE_SHEET, FINDINGS_SHEET, LOG_SHEET } from "../../src/excel/sheet-names";
import { generateParticipantLedger, generateReceiptLedger, type GeneratedLedger } from "../../src/fixtures/ledgers";
import { WorkbookModel } from "../excel-double/excel-double";
import { useWorkbook } from "../excel-double/office-client";

jest.setTimeout(120_000);

const host = officeHost();
let book: WorkbookModel;
function useBook(model: WorkbookModel): WorkbookModel {
  book = model;
  useWorkbook(model);
  return model;
}

const refDateOf = (ledger: GeneratedLedger) => parseIsoDate(ledger.truth.refDate) as Day;

async function read(sourceId: string): Promise<ExcelLedger> {
  const result = await readLedger(host, sourceId);
  if (!result.ok) throw new Error(result.message.en);
  return result.value;
}

function audit(ledger: ExcelLedger, refDate: Day): { audit: Audit; report: AuditReport } {
  const result = runAudit(ledger.input, { refDate });
  if (!result.ok) throw new Error(result.problem);
  return { audit: result.audit, report: auditReport(result.audit, ledger.sheet, "id") };
}

/** 0-based column index of a 1-based worksheet column letter offset: D → 3. */
const D = 3;

describe("a 10,000-row participant ledger at D12 of a workbook", () => {
  const ledger = generateParticipantLedger({ rows: 10_000, seed: 3_2026 });
  const firstRow = 12; // the header's worksheet row
  const width = ledger.values[0].length;
  const statusColumn = D + width;
  const rowOf = (dataIndex: number) => firstRow + 1 + dataIndex;
  let excel: ExcelLedger;
  let result: { audit: Audit; report: AuditReport };

  beforeAll(async () => {
    useBook(
      new WorkbookModel([
        { name: "Catatan", values: [["Catatan HR"]] },
        { name: "Peserta", values: [["Daftar Peserta BPJS Ketenagakerjaan — PT Contoh"]], origin: { row: 9, column: D } },
      ]),
    );
    const sheet = book.sheet("Peserta");
    ledger.values.forEach((row, i) => row.forEach((v, c) => v !== null && v !== "" && sheet.setRaw(firstRow - 1 + i, D + c, v as string | number)));
    ledger.formats.forEach((row, i) => row.forEach((f, c) => f && f !== "General" && sheet.setFormat(firstRow - 1 + i, D + c, f)));
    book.active = "Peserta";
    excel = await read("sheet:Peserta");
    result = audit(excel, refDateOf(ledger));
  });

  it("offers the active sheet first", async () => {
    const sources = await listLedgerSources(host);
    expect(sources.map((s) => s.id)).toEqual(["sheet:Peserta", "sheet:Catatan"]);
  });

  it("finds the header below the title and reads every row where it is", () => {
    expect(excel.place).toMatchObject({ sheet: "Peserta", firstRow: 10, firstColumn: D, statusColumn });
    expect(result.report.headerRow).toBe(firstRow);
    expect(result.report.rowCount).toBe(10_000);
  });

  it("audits exactly as the engine does on the same cells", () => {
    const direct = auditLedger({ values: ledger.values, formats: ledger.formats, sheet: "Peserta", firstRow }, { refDate: refDateOf(ledger) });
    expect(result.report).toEqual(direct);
  });

  it("writes a status for every row, the codes of every injected fault, and OK on clean rows", async () => {
    book.resetCounts();
    const written = await writeAudit(host, excel, result.audit, result.report, { lang: "id" });
    expect(written).toEqual({ ok: true, value: undefined });
    const sheet = book.sheet("Peserta");
    expect(sheet.value(firstRow - 1, statusColumn)).toBe(STATUS_HEADER.id);
    for (const fault of ledger.truth.faults) expect(String(sheet.value(fault.row - 1 + (firstRow - 1), statusColumn))).toContain(fault.code);
    const faulty = new Set(ledger.truth.faults.map((f) => f.row));
    const flagged = new Set([...result.report.issues.map((i) => i.row), ...result.report.deactivation.map((d) => d.row), ...result.report.duplicates.flatMap((d) => d.rows.filter((r) => r !== d.keep))]);
    let okRows = 0;
    for (let i = 0; i < 10_000; i++) {
      const row = rowOf(i);
      const status = String(sheet.value(row - 1, statusColumn));
      if (!flagged.has(row)) {
        expect(status).toBe("OK");
        okRows++;
      } else expect(status).toMatch(/^(GALAT|PERINGATAN|INFO) · [A-Z_]+/);
      // Every status is text, so a message can never turn into a formula.
      expect(sheet.format(row - 1, statusColumn)).toBe("@");
      expect(sheet.isFormula(row - 1, statusColumn)).toBe(false);
    }
    expect(okRows).toBeGreaterThan(5_000);
    expect(faulty.size).toBeGreaterThan(0);
    // The ledger's own cells are untouched.
    ledger.values.forEach((row, i) => row.forEach((v, c) => expect(sheet.value(firstRow - 1 + i, D + c)).toBe(v === null ? "" : v)));
  });

  it("colours the status column with three rules, not cell by cell, as one undo step", () => {
    const rules = book.sheet("Peserta").conditionalFormats;
    expect(rules).toHaveLength(3);
    expect(rules.map((r) => r.rule?.text)).toEqual([STATUS_TAGS.error.id, STATUS_TAGS.warning.id, STATUS_TAGS.info.id]);
    for (const r of rules) expect(r.rect).toEqual({ r: firstRow, c: statusColumn, rows: 10_000, cols: 1 });
    expect(book.runs).toMatchObject([{ undoGroup: true }]);
  });

  it("lists every finding on the findings sheet, with the totals per company beside them", () => {
    const findings = book.sheet(FINDINGS_SHEET);
    expect(findings.value(0, 0)).toBe("Baris");
    // A transfer's old row is listed once, with its deactivation, not again with its group.
    const flagged = new Set(result.report.deactivation.map((d) => `${d.row} ${d.code}`));
    const duplicateLines = result.report.duplicates.reduce((n, d) => n + d.rows.filter((r) => r !== d.keep && !flagged.has(`${r} ${d.code}`)).length, 0);
    const lines = result.report.issues.length + result.report.deactivation.length + duplicateLines;
    expect(findings.usedRect()!.rows).toBe(Math.max(lines, result.report.totals.length) + 1);
    const codes = new Set<string>();
    for (let r = 1; r <= lines; r++) codes.add(String(findings.value(r, 2)));
    for (const f of ledger.truth.faults) expect(codes).toContain(f.code);
    const totalsAt = 6;
    expect(findings.value(0, totalsAt)).toBe("NPP");
    let kpjAt = totalsAt;
    while (findings.value(0, kpjAt) !== "KPJ") kpjAt++;
    const totals = result.report.totals.map((_, i) => [findings.value(i + 1, totalsAt), findings.value(i + 1, totalsAt + 1), findings.value(i + 1, kpjAt)]);
    expect(totals).toEqual(ledger.truth.totals.map((t) => [t.npp, t.company, t.kpj]));
  });

  it("logs the run", () => {
    const log = book.sheet(LOG_SHEET);
    expect(log.value(0, 0)).toBe("Waktu");
    expect(log.value(1, 1)).toBe("Periksa ledger");
    expect(log.value(1, 2)).toBe("Peserta");
    expect(String(log.value(1, 3))).toContain("10000 baris");
  });

  it("re-uses its status column on the next run, without auditing it", async () => {
    const again = await read("sheet:Peserta");
    expect(again.place.statusColumn).toBe(statusColumn);
    const second = audit(again, refDateOf(ledger));
    expect(second.report).toEqual(result.report);
    const written = await writeAudit(host, again, second.audit, second.report, { lang: "en" });
    expect(written.ok).toBe(true);
    expect(book.sheet("Peserta").value(firstRow - 1, statusColumn + 1)).toBe("");
    expect(book.sheet("Peserta").value(firstRow - 1, statusColumn)).toBe(STATUS_HEADER.en);
    expect(book.sheet("Peserta").conditionalFormats).toHaveLength(3);
    expect(book.sheet(LOG_SHEET).value(2, 1)).toBe("Audit ledger");
  });
});

describe("removing duplicates through the archive", () => {
  it("moves the duplicate rows to the archive and restores the original cells exactly", async () => {
    const ledger = generateParticipantLedger({ rows: 2_000, seed: 77 });
    useBook(new WorkbookModel([{ name: "Peserta", values: ledger.values as unknown[][], formats: ledger.formats }]));
    // A formula beside the data, in the ledger's columns, and a note right of the ledger that must stay put.
    const sheet = book.sheet("Peserta");
    const width = ledger.values[0].length;
    sheet.setRaw(5, 1, "Sari Dewi", "=PROPER(\"sari dewi\")");
    const before = book.read("Peserta", `A1:Z${ledger.values.length + 1}`).map((r) => [...r]);
    const formatsBefore = Array.from({ length: ledger.values.length }, (_, r) => Array.from({ length: width }, (_, c) => sheet.format(r, c)));

    const excel = await read("sheet:Peserta");
    const { report } = audit(excel, refDateOf(ledger));
    const rows = report.duplicates.flatMap((d) => d.rows.filter((r) => r !== d.keep).map((row) => ({ row, reason: `${d.code}: ${d.reason}` })));
    expect(rows.length).toBeGreaterThan(5);
    const afterAudit = await writeAudit(host, excel, audit(excel, refDateOf(ledger)).audit, report, { lang: "id" });
    expect(afterAudit.ok).toBe(true);
    const withStatus = book.read("Peserta", `A1:Z${ledger.values.length + 1}`).map((r) => [...r]);

    const archived = await archiveRows(host, excel, rows, "id");
    expect(archived).toEqual({ ok: true, value: new Set(rows.map((r) => r.row)).size });
    const archive = book.sheet(ARCHIVE_SHEET);
    const archivedRows = new Set(rows.map((r) => r.row));
    expect(archive.usedRect()!.rows).toBe(archivedRows.size + 1);
    const originalRows = Array.from({ length: archivedRows.size }, (_, i) => archive.value(i + 1, 2));
    expect(originalRows).toEqual([...archivedRows].sort((a, b) => a - b));
    // The ledger lost exactly those rows.
    expect(book.sheet("Peserta").usedRect()!.rows).toBe(ledger.values.length - archivedRows.size);
    const kept = withStatus.filter((_, i) => !archivedRows.has(i + 1));
    expect(book.read("Peserta", `A1:Z${kept.length}`)).toEqual(kept.map((r) => r.slice(0, 26)));

    // Auditing the archived rows' ledger again: stale row numbers are refused, not guessed.
    const stale = await archiveRows(host, excel, rows.slice(0, 1), "id");
    expect(stale).toEqual({ ok: false, message: WORKBOOK_PROBLEMS.ledgerChanged });

    const restored = await restoreLastArchive(host, "id");
    expect(restored).toEqual({ ok: true, value: archivedRows.size });
    expect(book.read("Peserta", `A1:Z${ledger.values.length + 1}`)).toEqual(withStatus);
    expect(book.sheet("Peserta").formula(5, 1)).toBe("=PROPER(\"sari dewi\")");
    formatsBefore.forEach((row, r) => row.forEach((f, c) => expect(book.sheet("Peserta").format(r, c)).toBe(f)));
    expect(book.sheet(ARCHIVE_SHEET).usedRect()!.rows).toBe(1);
    // Nothing to restore is said as information, not as a failure.
    expect(await restoreLastArchive(host, "id")).toEqual({ ok: false, message: WORKBOOK_PROBLEMS.nothingToRestore, nothing: true });
    void before;
  });
});

describe("workbooks that are not ready", () => {
  it("says a sheet is protected and writes nothing", async () => {
    const ledger = generateParticipantLedger({ rows: 50, seed: 5 });
    useBook(new WorkbookModel([{ name: "Peserta", values: ledger.values as unknown[][], formats: ledger.formats, protected: true }]));
    const excel = await read("sheet:Peserta");
    const { audit: a, report } = audit(excel, refDateOf(ledger));
    const written = await writeAudit(host, excel, a, report, { lang: "id" });
    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.message.id).toContain("dilindungi");
    expect(book.findSheet(FINDINGS_SHEET)).toBeUndefined();
  });

  it("says an empty sheet is empty", async () => {
    useBook(new WorkbookModel([{ name: "Kosong" }]));
    expect(await readLedger(host, "sheet:Kosong")).toEqual({ ok: false, message: LEDGER_PROBLEMS.empty });
  });

  it("says a sheet that is gone is gone", async () => {
    useBook(new WorkbookModel([{ name: "Data" }]));
    const result = await readLedger(host, "sheet:Hilang");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.en).toContain('"Hilang" is no longer there');
  });

  it("reads a sheet without a recognisable header, and the engine says so", async () => {
    useBook(new WorkbookModel([{ name: "Data", values: [["apa", "ini"], [1, 2]] }]));
    const excel = await read("sheet:Data");
    expect(runAudit(excel.input)).toEqual({ ok: false, problem: "noHeader" });
  });

  it("keeps a company named like a formula as text everywhere it writes it", async () => {
    const ledger = generateReceiptLedger({ rows: 200, seed: 9 });
    const values = ledger.values.map((r) => [...r]);
    const npp = values[1][1];
    for (const row of values) if (row[1] === npp) row[2] = "=SUM(A1)";
    useBook(new WorkbookModel([{ name: "Tanda Terima", values, formats: ledger.formats }]));
    const excel = await read("sheet:Tanda Terima");
    const { audit: a, report } = audit(excel, refDateOf(ledger));
    expect((await writeAudit(host, excel, a, report, { lang: "id" })).ok).toBe(true);
    const findings = book.sheet(FINDINGS_SHEET);
    const used = findings.usedRect()!;
    let seen = 0;
    for (let r = 0; r < used.rows; r++) {
      for (let c = 0; c < used.cols; c++) {
        expect(findings.isFormula(r, c)).toBe(false);
        if (findings.value(r, c) === "=SUM(A1)") seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("reads a table by name", async () => {
    const ledger = generateParticipantLedger({ rows: 30, seed: 11 });
    useBook(new WorkbookModel([{ name: "Data", values: [["Judul"]] }]));
    const sheet = book.sheet("Data");
    ledger.values.forEach((row, i) => row.forEach((v, c) => v !== null && v !== "" && sheet.setRaw(4 + i, 1 + c, v as string | number)));
    book.addTable("Data", `B5:${String.fromCharCode(65 + ledger.values[0].length)}${4 + ledger.values.length}`, { name: "TabelPeserta" });
    expect((await listLedgerSources(host)).map((s) => s.id)).toContain("table:TabelPeserta");
    const excel = await read("table:TabelPeserta");
    expect(excel.place).toMatchObject({ sheet: "Data", table: "TabelPeserta", firstRow: 5, firstColumn: 1 });
    expect(audit(excel, refDateOf(ledger)).report.rowCount).toBe(30);
  });

  it("halves a block Excel refuses as too large, and stops when cancelled", async () => {
    const long = "x".repeat(30_000);
    const values: unknown[][] = [["NIK", "Nama"]];
    for (let i = 0; i < 400; i++) values.push([`31710157084500${String(i % 100).padStart(2, "0")}`, long]);
    useBook(new WorkbookModel([{ name: "Panjang", values }]));
    const excel = await read("sheet:Panjang");
    expect(excel.input.values).toHaveLength(401);
    expect(book.refusedCount).toBeGreaterThan(0);
    expect(book.largestResponse).toBeLessThanOrEqual(5 * 1024 * 1024);
    const controller = new AbortController();
    controller.abort();
    expect(await readLedger(host, "sheet:Panjang", () => {}, controller.signal)).toEqual({ ok: false, message: WORKBOOK_PROBLEMS.cancelled });
  });
});
