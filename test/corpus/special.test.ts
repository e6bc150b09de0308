// What scripts' workbooks get wrong (test/corpus/make-openpyxl.py): a whole column tells one story,
// said once for the column, not once per row.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { isoOf, parseIsoDate, type Day } from "../../src/core/dates";
import { writeAnnotatedWorkbook } from "../../src/cli/annotated-workbook";
import { auditReport, runAudit } from "../../src/core/ledger/audit";
import { readLedgerFile } from "../../src/cli/read-file";
import { NO_DAY } from "../../src/core/ledger/ledger";

async function audit(file: string) {
  const sheet = await readLedgerFile(path.join(__dirname, "special", file));
  const result = runAudit(sheet.input, { refDate: parseIsoDate("2026-11-23") as Day });
  if (!result.ok) throw new Error(result.problem);
  return auditReport(result.audit, sheet.input.sheet, "en");
}

it("says once that a column's formulas were never calculated, instead of a flood of empty names", async () => {
  const report = await audit("openpyxl-uncalculated-formulas.xlsx");
  expect(report.columnIssues).toEqual([expect.objectContaining({ column: "name", header: "Nama Peserta", code: "FORMULA_NOT_CALCULATED", count: 3, message: expect.stringContaining("Open and save the file in Excel once") })]);
  expect(report.issues.filter((i) => i.column === "name")).toEqual([]);
  expect(report.summary.errors).toBe(1);
});

it("says once that a NIK column is stored as numbers, beside the rows', and takes one number typed twice for one person", async () => {
  const report = await audit("openpyxl-numeric-niks.xlsx");
  expect(report.columnIssues).toEqual([expect.objectContaining({ column: "nik", code: "ID_COLUMN_AS_NUMBERS", count: 4, message: expect.stringContaining("Format the column as Text") })]);
  expect(report.issues.map((i) => i.code)).toEqual(["NIK_AS_NUMBER", "NIK_AS_NUMBER", "NIK_AS_NUMBER", "NIK_AS_NUMBER"]);
  expect(report.duplicates.map((d) => [d.code, d.rows])).toEqual([["DUPLICATE_NIK", [2, 5]]]);
});

it("keeps a 1904 workbook's cached formula date the day it was, in the engine and in --out", async () => {
  const file = path.join(__dirname, "special", "libreoffice-1904-formula-date.xlsx");
  const sheet = await readLedgerFile(file);
  expect(sheet.input.date1904).toBe(true);
  const result = runAudit(sheet.input, { refDate: parseIsoDate("2026-11-23") as Day });
  if (!result.ok) throw new Error(result.problem);
  expect(isoOf(result.audit.parsed.columns.start[0] as Day)).toBe("2020-01-06");
  expect(isoOf(result.audit.parsed.columns.birth[0] as Day)).toBe("1990-03-12");
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-1904-")), "out.xlsx");
  await writeAnnotatedWorkbook(out, sheet, result.audit, auditReport(result.audit, sheet.input.sheet, "en"), { lang: "en" });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const written = book.getWorksheet(sheet.input.sheet)!;
  const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
  expect([day(written.getCell("D2").value), day(written.getCell("E2").value)]).toEqual(["1990-03-12", "2020-01-06"]);
});

it("takes a formula's cached empty text or zero as its result, not as a formula never calculated", async () => {
  // LibreOffice calculated =IF(E2="Aktif","",DATE(2025,1,31)) and =IF(E2="Aktif",0,150000) and saved
  // their results: "" and 0 for the two active workers, a date and 150000 for the one who left.
  const file = path.join(__dirname, "special", "libreoffice-falsy-formulas.xlsx");
  const sheet = await readLedgerFile(file);
  const result = runAudit(sheet.input, { refDate: parseIsoDate("2026-11-23") as Day });
  if (!result.ok) throw new Error(result.problem);
  const report = auditReport(result.audit, sheet.input.sheet, "en");
  expect(report.columnIssues).toEqual([]);
  const { columns } = result.audit.parsed;
  expect([...columns.arrears]).toEqual([0, 0, 1]);
  expect(Array.from(columns.end, (d) => (d === NO_DAY ? null : isoOf(d as Day)))).toEqual([null, null, "2025-01-31"]);
});
