// What scripts' workbooks get wrong (test/corpus/make-openpyxl.py): a whole column tells one story,
// said once for the column, not once per row.
import * as path from "node:path";
import { parseIsoDate, type Day } from "../../src/core/dates";
import { auditReport, runAudit } from "../../src/core/ledger/audit";
import { readLedgerFile } from "../../src/cli/read-file";

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
