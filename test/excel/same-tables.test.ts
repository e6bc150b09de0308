// One audit, two surfaces: the add-in's findings sheet (written through Microsoft's Excel client to the
// test double) and the command line's --out workbook (read back with exceljs) hold the same tables —
// findings, totals, duplicates, deactivation — and the same status cells, row for row, because both
// write what src/core/ledger/findings-table.ts builds.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { parseIsoDate, type Day } from "../../src/core/dates";
import { auditReport, runAudit } from "../../src/core/ledger/audit";
import { auditTables } from "../../src/core/ledger/findings-table";
import { officeHost, readLedger, writeAudit } from "../../src/excel";
import { FINDINGS_SHEET } from "../../src/excel/sheet-names";
import { writeLedgerWorkbook } from "../../src/fixtures/ledger-workbook";
import { generateParticipantLedger, generateReceiptLedger, type GeneratedLedger } from "../../src/fixtures/ledgers";
import { runCli } from "../cli/run-cli";
import { WorkbookModel } from "../excel-double/excel-double";
import { useWorkbook } from "../excel-double/office-client";

jest.setTimeout(120_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-same-tables-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Cell = string | number;
/** An empty cell is "" on both sides; a date is its 1900-system serial (exceljs reads a Date). */
const cell = (v: unknown): Cell => (v === null || v === undefined ? "" : v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : (v as Cell));
const trimRow = (row: Cell[]) => {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
};

/** The add-in's findings sheet split into its tables: each starts at a header cell right of an empty column. */
function addinTables(book: WorkbookModel): Cell[][][] {
  const sheet = book.sheet(FINDINGS_SHEET);
  const used = sheet.usedRect()!;
  const tables: Cell[][][] = [];
  let c = 0;
  while (c < used.c + used.cols) {
    let width = 0;
    while (cell(sheet.value(0, c + width)) !== "") width++;
    const rows: Cell[][] = [];
    for (let r = 0; r < used.r + used.rows; r++) {
      const row = Array.from({ length: width }, (_, i) => cell(sheet.value(r, c + i)));
      if (row.every((v) => v === "")) break;
      rows.push(trimRow(row));
    }
    tables.push(rows);
    c += width + 1;
  }
  return tables;
}

function cliTable(book: ExcelJS.Workbook, name: string): Cell[][] {
  const sheet = book.getWorksheet(name)!;
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push(trimRow(Array.from((row.values as unknown[]).slice(1), cell))));
  return rows;
}

async function bothSurfaces(ledger: GeneratedLedger, sheetName: string) {
  const refDate = parseIsoDate(ledger.truth.refDate) as Day;
  // The add-in: the ledger in a workbook, read, audited and written back as the task pane does.
  const model = new WorkbookModel([{ name: sheetName, values: ledger.values as unknown[][], formats: ledger.formats }]);
  useWorkbook(model);
  const host = officeHost();
  const read = await readLedger(host, `sheet:${sheetName}`);
  if (!read.ok) throw new Error(read.message.en);
  const audited = runAudit(read.value.input, { refDate, lang: "id" });
  if (!audited.ok) throw new Error(audited.problem);
  const report = auditReport(audited.audit, sheetName, "id");
  expect(await writeAudit(host, read.value, audited.audit, report, { lang: "id" })).toEqual({ ok: true, value: undefined });
  // The command line: the same ledger as an .xlsx file, audited with --out.
  const file = path.join(tmp, `${sheetName}.xlsx`);
  const out = path.join(tmp, `${sheetName}-annotated.xlsx`);
  await writeLedgerWorkbook(ledger, file, { sheet: sheetName });
  const run = await runCli(["audit", file, "--ref-date", ledger.truth.refDate, "--out", out]);
  expect(run).toMatchObject({ code: 0, err: "" });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  return { model, book, audit: audited.audit, report, width: ledger.values[0].length };
}

describe("the findings sheet of the add-in and the --out workbook of the command line", () => {
  it("hold the same findings, totals, duplicates and deactivation rows for a participant ledger", async () => {
    const ledger = generateParticipantLedger({ rows: 1_500, seed: 15_2026 });
    const { model, book, audit, report, width } = await bothSurfaces(ledger, "Peserta");
    const [findings, totals, duplicates, deactivation] = addinTables(model);
    expect(findings).toEqual(cliTable(book, "Temuan"));
    expect(totals).toEqual(cliTable(book, "Total per Perusahaan"));
    expect(duplicates).toEqual(cliTable(book, "Duplikat"));
    expect(deactivation).toEqual(cliTable(book, "Nonaktif"));
    // And they are core's tables: every kind of finding, each line once.
    const tables = auditTables(audit, report, "id");
    expect(findings).toHaveLength(tables.findings.rows.length + 1);
    expect(new Set(findings.slice(1).map((r) => r[2]))).toEqual(new Set([...report.issues.map((i) => i.code), ...report.deactivation.map((d) => d.code), ...report.duplicates.map((d) => d.code)]));
    expect(deactivation).toHaveLength(report.deactivation.length + 1);
    expect(duplicates).toHaveLength(report.duplicates.length + 1);
    // The status cells agree too.
    const ledgerSheet = book.getWorksheet("Peserta")!;
    for (let r = 0; r < ledger.values.length; r++) expect(cell(ledgerSheet.getCell(r + 1, width + 1).value)).toBe(cell(model.sheet("Peserta").value(r, width)));
  });

  it("hold the same rows for a receipt ledger whose NPP column is stored as numbers", async () => {
    const ledger = generateReceiptLedger({ rows: 400, seed: 15 });
    // Most NPPs typed as numbers: a finding about the whole column, listed first on both.
    const values = ledger.values.map((row, i) => (i > 0 && i % 3 !== 0 && /^[1-9]\d{7}$/.test(String(row[1])) ? [row[0], Number(row[1]), ...row.slice(2)] : [...row]));
    const formats = ledger.formats.map((row, i) => (i > 0 && typeof values[i][1] === "number" ? [row[0], "General", ...row.slice(2)] : row));
    const { model, book, report } = await bothSurfaces({ ...ledger, values, formats } as GeneratedLedger, "Tanda Terima");
    expect(report.columnIssues.map((c) => c.code)).toContain("ID_COLUMN_AS_NUMBERS");
    const tables = addinTables(model);
    expect(tables).toHaveLength(3);
    const [findings, totals, duplicates] = tables;
    expect(findings[1]).toEqual(["", "NPP", "ID_COLUMN_AS_NUMBERS", "galat", report.columnIssues[0].message]);
    expect(findings).toEqual(cliTable(book, "Temuan"));
    expect(totals).toEqual(cliTable(book, "Total per Perusahaan"));
    expect(duplicates).toEqual(cliTable(book, "Duplikat"));
    expect(book.getWorksheet("Nonaktif")).toBeUndefined();
  });
});
