// What meeting Microsoft's own Excel client showed (issue 12): each case here failed on the adapter as it
// was before, through the same client and host model, and passes now.
import { parseIsoDate, type Day } from "../../src/core/dates";
import { auditReport, runAudit } from "../../src/core/ledger/audit";
import { safeFixes, type CellFix } from "../../src/core/ledger/fixes";
import { WORKBOOK_PROBLEMS } from "../../src/core/messages";
import { appendLedgerRow, applyFixes, archiveRows, officeHost, readLedger, restoreLastArchive, undoLastFixes, writeAudit, type ExcelLedger } from "../../src/excel";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/blocks";
import { ARCHIVE_SHEET, LOG_SHEET } from "../../src/excel/sheet-names";
import { WorkbookModel, type SheetModel } from "../excel-double/excel-double";
import { useWorkbook } from "../excel-double/office-client";

jest.setTimeout(300_000);
const host = officeHost();
const REF_DATE = parseIsoDate("2026-11-30") as Day;

async function read(sourceId: string): Promise<ExcelLedger> {
  const result = await readLedger(host, sourceId);
  if (!result.ok) throw new Error(result.message.en);
  return result.value;
}

/** Every cell of a region: value, value type, number format and formula (the model does not calculate, so a formula cell is its formula). */
function cellsOf(sheet: SheetModel, rows: number, cols: number): unknown[] {
  const out: unknown[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const formula = sheet.formula(r, c);
      out.push(formula ? [r, c, formula, sheet.format(r, c)] : [r, c, sheet.value(r, c), sheet.valueType(r, c), sheet.format(r, c)]);
    }
  return out;
}

const FIXES = 50_000;
const HEADER = ["NIK", "Nama", "Tanggal Lahir", "Telepon", "Catatan", "Usia"];

describe("archive and restore give back exactly what was there", () => {
  it("keeps text constants in General cells as text: a NIK, a phone, formula-like text, date-like text, an error value", async () => {
    const book = new WorkbookModel([
      {
        name: "Peserta",
        values: [
          HEADER,
          ["3171015708450001", "Sari Dewi", 33675, "081234567890", "=HYPERLINK(\"x\")", 0],
          ["3171015708450002", "Budi", "12/03/1990", "0812-3456", "12/03/1990", 0],
          ["3171015708450003", "Joko", 32143, "+62 812", "#N/A", 0],
        ],
        formats: [[], ["@", "General", "dd-mm-yyyy"], [], ["General", "General", "dd-mm-yyyy"]],
      },
    ]);
    const sheet = book.sheet("Peserta");
    sheet.setRaw(2, 5, 36, "=2026-YEAR(C3)");
    sheet.typeIn(3, 4, "#N/A"); // a real error value, as Excel stores it
    useWorkbook(book);
    const before = cellsOf(sheet, 4, 6);
    const ledger = await read("sheet:Peserta");

    expect(await archiveRows(host, ledger, [{ row: 2, reason: "uji" }, { row: 3, reason: "uji" }, { row: 4, reason: "uji" }], "id")).toEqual({ ok: true, value: 3 });
    const archive = book.sheet(ARCHIVE_SHEET);
    // In the archive, each copied cell is what it was: text stays text (not a number, a date or a formula).
    expect([archive.value(1, 6), archive.valueType(1, 6)]).toEqual(["3171015708450001", "String"]);
    expect([archive.value(1, 9), archive.valueType(1, 9)]).toEqual(["081234567890", "String"]);
    expect([archive.value(1, 10), archive.isFormula(1, 10)]).toEqual(["=HYPERLINK(\"x\")", false]);
    expect([archive.value(2, 8), archive.valueType(2, 8)]).toEqual(["12/03/1990", "String"]);
    expect(archive.formula(2, 11)).toBe("=2026-YEAR(C3)");
    expect(archive.valueType(3, 10)).toBe("Error");

    expect(await restoreLastArchive(host, "id")).toEqual({ ok: true, value: 3 });
    expect(cellsOf(sheet, 4, 6)).toEqual(before);
  });

  it("restores 10,000 rows within Excel on the web's limits, each request moving rows and their archive entries together", async () => {
    const rows = 20_000;
    const values: unknown[][] = [HEADER];
    for (let i = 0; i < rows; i++) values.push([`3171015708${String(450000 + i).padStart(6, "0")}`, `Peserta ${i}`, 33675 + (i % 300), `0812${String(i).padStart(8, "0")}`, i % 7 === 0 ? "keluar" : "", i % 60]);
    const book = useWorkbook(new WorkbookModel([{ name: "Peserta", values, formats: [[], ...values.slice(1).map(() => ["@", "General", "dd-mm-yyyy", "@"])] }]));
    const sheet = book.sheet("Peserta");
    const before = cellsOf(sheet, rows + 1, 6);
    const ledger = await read("sheet:Peserta");
    const every = Array.from({ length: 10_000 }, (_, i) => ({ row: 2 + i * 2, reason: "ganda" }));
    book.resetCounts();
    expect(await archiveRows(host, ledger, every, "id")).toEqual({ ok: true, value: 10_000 });
    const archiving = { syncs: book.syncCount, request: book.largestRequest, response: book.largestResponse, refused: book.refusedCount };
    book.resetCounts();
    expect(await restoreLastArchive(host, "id")).toEqual({ ok: true, value: 10_000 });
    const restoring = { syncs: book.syncCount, request: book.largestRequest, response: book.largestResponse, refused: book.refusedCount };
    expect(cellsOf(sheet, rows + 1, 6)).toEqual(before);
    for (const run of [archiving, restoring]) {
      expect(run.refused).toBe(0);
      expect(run.request).toBeLessThan(REQUEST_LIMIT_BYTES);
      expect(run.response).toBeLessThan(REQUEST_LIMIT_BYTES);
    }
    console.log(`archive 10,000 rows: ${JSON.stringify(archiving)}; restore 10,000 rows: ${JSON.stringify(restoring)}`);
  });

  it("leaves no row in both places or in neither when Excel refuses a request halfway", async () => {
    const values: unknown[][] = [HEADER];
    for (let i = 0; i < 6_000; i++) values.push([`3171015708${String(450000 + i).padStart(6, "0")}`, `Peserta ${i}`, 33675, "", "", 1]);
    const book = useWorkbook(new WorkbookModel([{ name: "Peserta", values }]));
    const ledger = await read("sheet:Peserta");
    const rows = Array.from({ length: 3_000 }, (_, i) => ({ row: 2 + i * 2, reason: "ganda" }));
    // The first requests (lookups, the reads, the archive's room) go through; a later block is refused.
    // The rows move in two blocks (2,000 and 1,000 deletes): Excel refuses the second.
    book.fault = { after: 1, code: "GeneralException", action: "Delete" };
    const result = await archiveRows(host, ledger, rows, "id");
    expect(result.ok).toBe(false);
    const archive = book.sheet(ARCHIVE_SHEET);
    const archived = (archive.usedRect()?.rows ?? 1) - 1;
    const left = book.sheet("Peserta").usedRect()!.rows - 1;
    expect(archived).toBeGreaterThan(0);
    expect(archived + left).toBe(6_000);
    // The archive holds exactly the rows that left the ledger, each a real participant.
    for (let r = 1; r <= archived; r++) expect(String(archive.value(r, 6))).toMatch(/^3171015708\d{6}$/);
    if (!result.ok) expect(result.message.id).toContain(`${archived} dari 3000`);
  });
});

describe("safe fixes at scale", () => {
  it("fixes 50,000 cells and undoes them within Excel on the web's limits, the batch's cleanup request included", async () => {
    const header = ["NPP", "Nama Perusahaan", "Nama", "NIK"];
    const values: unknown[][] = [header];
    for (let i = 0; i < FIXES; i++) values.push([1_000_000 + (i % 900_000), "PT Contoh", `Peserta ${i}`, `3171015708${String(450000 + (i % 400_000)).padStart(6, "0")}`]);
    const book = useWorkbook(new WorkbookModel([{ name: "Peserta", values, formats: [[], ...values.slice(1).map(() => ["General", "General", "General", "@"])] }]));
    const sheet = book.sheet("Peserta");
    const before = cellsOf(sheet, FIXES + 1, 4);
    const ledger = await read("sheet:Peserta");
    const audited = runAudit(ledger.input, { refDate: REF_DATE });
    if (!audited.ok) throw new Error(audited.problem);
    const fixes: CellFix[] = safeFixes(ledger.input, audited.audit.parsed.layout);
    expect(fixes).toHaveLength(FIXES);
    book.resetCounts();
    expect(await applyFixes(host, ledger, fixes, "id")).toEqual({ ok: true, value: FIXES });
    const fixing = { syncs: book.syncCount, request: book.largestRequest, response: book.largestResponse, refused: book.refusedCount };
    expect(sheet.value(1, 0)).toBe("01000000");
    book.resetCounts();
    expect(await undoLastFixes(host, "id")).toEqual({ ok: true, value: FIXES });
    const undoing = { syncs: book.syncCount, request: book.largestRequest, response: book.largestResponse, refused: book.refusedCount };
    expect(cellsOf(sheet, FIXES + 1, 4)).toEqual(before);
    for (const run of [fixing, undoing]) {
      expect(run.refused).toBe(0);
      expect(run.request).toBeLessThan(REQUEST_LIMIT_BYTES);
      expect(run.response).toBeLessThan(REQUEST_LIMIT_BYTES);
    }
    console.log(`fixes ${FIXES}: ${JSON.stringify(fixing)}; undo ${FIXES}: ${JSON.stringify(undoing)}`);
  });
});

describe("the entry form", () => {
  it("leaves the cells it did not fill alone: a date format set ahead for the next rows stays", async () => {
    const book = new WorkbookModel([{ name: "Peserta", values: [HEADER, ["3171015708450001", "Sari", 33675, "0812", "", 0]], formats: [[], ["@", "General", "dd-mm-yyyy", "@"], ["General", "General", "dd-mm-yyyy"]] }]);
    const sheet = book.sheet("Peserta");
    sheet.setRaw(1, 5, 34, "=2026-YEAR(C2)");
    useWorkbook(book);
    const ledger = await read("sheet:Peserta");
    const written = await appendLedgerRow(host, { ...ledger.place, rowCount: 2 }, [
      { column: 0, value: "3171015708450009" },
      { column: 1, value: "Budi" },
    ], "id");
    expect(written).toEqual({ ok: true, value: 3 });
    expect([sheet.value(2, 0), sheet.format(2, 0)]).toEqual(["3171015708450009", "@"]);
    expect(sheet.format(2, 2)).toBe("dd-mm-yyyy"); // a date typed here later is still a date
    expect(sheet.value(2, 3)).toBe(""); // nothing written where nothing was filled
    expect(sheet.format(2, 3)).toBe("General");
  });

  it("says a sheet filled to Excel's last row has no row for a new participant", async () => {
    const book = new WorkbookModel([{ name: "Penuh", values: [HEADER] }]);
    book.sheet("Penuh").setRaw(1_048_575, 0, "3171015708450001");
    useWorkbook(book);
    const place = { sourceId: "sheet:Penuh", sheet: "Penuh", table: null, firstRow: 1, firstColumn: 0, rowCount: 1_048_576, columnCount: 6, statusColumn: 6 };
    expect(await appendLedgerRow(host, place, [{ column: 1, value: "Budi" }], "id")).toEqual({ ok: false, message: expect.objectContaining({ en: expect.stringContaining("Excel's last row") }) });
  });

  it("adds the row through the ledger's table, so the table grows with it", async () => {
    const book = new WorkbookModel([{ name: "Peserta", values: [HEADER, ["3171015708450001", "Sari", 33675, "0812", "", 0]] }]);
    const table = book.addTable("Peserta", "A1:F2", { name: "TabelPeserta" });
    useWorkbook(book);
    const ledger = await read("table:TabelPeserta");
    expect(await appendLedgerRow(host, ledger.place, [{ column: 1, value: "Budi" }], "id")).toEqual({ ok: true, value: 3 });
    expect(table.rect.rows).toBe(3);
    expect(book.read("Peserta", "B3")).toEqual([["Budi"]]);
  });
});

describe("a workbook in the 1904 date system", () => {
  it("reads its dates as the days they are, and writes a new participant's birth date in its system", async () => {
    // Born 12 March 1992: serial 33675 in 1900, 32213 in 1904. The NIK says the same day.
    const book = new WorkbookModel([{ name: "Peserta", values: [["NIK", "Nama", "Tanggal Lahir"], ["3171011203920001", "Budi", 32213]], formats: [[], ["@", "General", "dd-mm-yyyy"]] }]);
    book.use1904DateSystem = true;
    useWorkbook(book);
    const ledger = await read("sheet:Peserta");
    expect(ledger.place.date1904).toBe(true);
    const audited = runAudit(ledger.input, { refDate: REF_DATE });
    if (!audited.ok) throw new Error(audited.problem);
    expect(auditReport(audited.audit, "Peserta", "id").issues.map((i) => i.code)).not.toContain("NIK_BIRTHDATE_MISMATCH");
    expect(await appendLedgerRow(host, ledger.place, [{ column: 0, value: "3171015708450001" }, { column: 2, value: 33675, numberFormat: "dd-mm-yyyy" }], "id")).toEqual({ ok: true, value: 3 });
    expect(book.sheet("Peserta").value(2, 2)).toBe(32213);
  });

  it("keeps reading 1900 workbooks as 1900", async () => {
    useWorkbook(new WorkbookModel([{ name: "Peserta", values: [["NIK", "Nama", "Tanggal Lahir"], ["3171011203920001", "Budi", 33675]], formats: [[], ["@", "General", "dd-mm-yyyy"]] }]));
    const ledger = await read("sheet:Peserta");
    expect(ledger.place.date1904).toBe(false);
  });
});

describe("ledgers that are Excel tables", () => {
  it("writes the status column as a column of the table, audits again without reading it, and archives table rows", async () => {
    const values: unknown[][] = [["NIK", "Nama", "NPP"]];
    for (let i = 0; i < 40; i++) values.push([`3171015708${String(450000 + (i % 30)).padStart(6, "0")}`, `Peserta ${i}`, "12345678"]);
    const book = new WorkbookModel([{ name: "Peserta", values, formats: values.map(() => ["@", "General", "@"]) }]);
    const table = book.addTable("Peserta", "A1:C41", { name: "TabelPeserta" });
    useWorkbook(book);
    const ledger = await read("table:TabelPeserta");
    const audited = runAudit(ledger.input, { refDate: REF_DATE });
    if (!audited.ok) throw new Error(audited.problem);
    const report = auditReport(audited.audit, "Peserta", "id");
    expect((await writeAudit(host, ledger, audited.audit, report, { lang: "id" })).ok).toBe(true);
    // Written beside the table, the status becomes its fourth column: it sorts and filters with its row.
    expect(table.rect.cols).toBe(4);
    const again = await read("table:TabelPeserta");
    expect(auditReport((runAudit(again.input, { refDate: REF_DATE }) as { ok: true; audit: typeof audited.audit }).audit, "Peserta", "id").summary).toEqual(report.summary);
    const rows = report.duplicates.flatMap((d) => d.rows.filter((r) => r !== d.keep)).map((row) => ({ row, reason: "ganda" }));
    expect(rows.length).toBe(10);
    expect(await archiveRows(host, again, rows, "id")).toEqual({ ok: true, value: 10 });
    expect(table.rect.rows).toBe(31);
    expect(await restoreLastArchive(host, "id")).toEqual({ ok: true, value: 10 });
    expect(table.rect.rows).toBe(41);
  });

  it("never counts a totals row as a participant", async () => {
    const book = new WorkbookModel([{ name: "Peserta", values: [["NIK", "Nama", "NPP"], ["3171015708450001", "Sari", "12345678"], ["3171015708450002", "Budi", "12345678"], ["JUMLAH", "", ""]] }]);
    book.addTable("Peserta", "A1:C4", { name: "TabelPeserta", showTotals: true });
    useWorkbook(book);
    const ledger = await read("table:TabelPeserta");
    const audited = runAudit(ledger.input, { refDate: REF_DATE });
    if (!audited.ok) throw new Error(audited.problem);
    const report = auditReport(audited.audit, "Peserta", "id");
    expect(report.rowCount).toBe(2);
    expect(report.issues.filter((i) => i.row === 4)).toEqual([]);
  });
});

describe("the first read of a wide sheet", () => {
  it("never asks for more than 5,000,000 cells, however wide the used range", async () => {
    const values: unknown[][] = [["NIK", "Nama"]];
    for (let i = 0; i < 350; i++) values.push([`3171015708${String(450000 + i).padStart(6, "0")}`, `P ${i}`]);
    const book = new WorkbookModel([{ name: "Lebar", values }]);
    book.sheet("Lebar").setRaw(0, 16_383, "catatan di XFD1");
    useWorkbook(book);
    const ledger = await read("sheet:Lebar");
    expect(ledger.input.values).toHaveLength(351); // 351 × 16,384 cells: more than one read may hold
  });
});

describe("undo grouping", () => {
  it("asks for one undo step only where the host has ExcelApi 1.20", async () => {
    const book = new WorkbookModel([{ name: "Peserta", values: [HEADER, ["3171015708450001", "Sari", 33675, "0812", "", 0]] }]);
    book.supportedSets = { ...book.supportedSets, ExcelApi: "1.19" };
    useWorkbook(book);
    const ledger = await read("sheet:Peserta");
    expect((await appendLedgerRow(host, ledger.place, [{ column: 1, value: "Budi" }], "id")).ok).toBe(true);
    expect(book.runs.at(-1)).toMatchObject({ undoGroup: false });
    book.supportedSets = { ...book.supportedSets, ExcelApi: "1.20" };
    useWorkbook(book);
    expect((await appendLedgerRow(host, ledger.place, [{ column: 1, value: "Joko" }], "id")).ok).toBe(true);
    expect(book.runs.at(-1)).toMatchObject({ undoGroup: true });
  });

  it("never runs a batch again after some of its requests reached the workbook", async () => {
    const values: unknown[][] = [HEADER];
    for (let i = 0; i < 50; i++) values.push([`3171015708${String(450000 + i).padStart(6, "0")}`, `P ${i}`, 33675, "", "", 1]);
    const book = useWorkbook(new WorkbookModel([{ name: "Peserta", values }]));
    const ledger = await read("sheet:Peserta");
    const audited = runAudit(ledger.input, { refDate: REF_DATE });
    if (!audited.ok) throw new Error(audited.problem);
    // Excel refuses to group a late step of the audit's write, after the status column was written.
    book.fault = { after: 4, code: "UndoNotSupported" };
    const runsBefore = book.runs.length;
    const written = await writeAudit(host, ledger, audited.audit, auditReport(audited.audit, "Peserta", "id"), { lang: "id" });
    expect(written.ok).toBe(false);
    expect(book.runs.length - runsBefore).toBe(1);
  });
});

describe("what the user is doing and what is protected", () => {
  it("waits for the user to finish typing in a cell instead of failing", async () => {
    const book = useWorkbook(new WorkbookModel([{ name: "Peserta", values: [HEADER, ["3171015708450001", "Sari", 33675, "0812", "", 0]] }]));
    book.beginCellEdit();
    const reading = readLedger(host, "sheet:Peserta");
    setTimeout(() => book.endCellEdit(), 30);
    expect((await reading).ok).toBe(true);
  });

  it("names the add-in's own protected sheet, and a protected workbook structure, as what they are", async () => {
    const book = new WorkbookModel([{ name: "Peserta", values: [HEADER, ["3171015708450001", "Sari", 33675, "0812", "", 0]] }, { name: LOG_SHEET, protected: true }]);
    useWorkbook(book);
    const ledger = await read("sheet:Peserta");
    const audited = runAudit(ledger.input, { refDate: REF_DATE });
    if (!audited.ok) throw new Error(audited.problem);
    const report = auditReport(audited.audit, "Peserta", "id");
    const onLog = await writeAudit(host, ledger, audited.audit, report, { lang: "id" });
    expect(onLog.ok).toBe(false);
    if (!onLog.ok) expect(onLog.message.en).toContain(`Ledger BPJS's sheet "${LOG_SHEET}" is protected`);

    const locked = new WorkbookModel([{ name: "Peserta", values: [HEADER, ["3171015708450001", "Sari", 33675, "0812", "", 0]] }]);
    locked.structureProtected = true;
    useWorkbook(locked);
    const again = await writeAudit(host, await read("sheet:Peserta"), audited.audit, report, { lang: "id" });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.message.en).toContain("workbook's structure is protected");
    expect(WORKBOOK_PROBLEMS.structureProtected.id).toContain("Proteksi Buku Kerja");
  });
});
