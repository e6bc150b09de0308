// Files written by other software (test/corpus/make-*.{js,py}, each producer's version beside its
// files): every one is read as the same ledger, with every date exactly the day it was written and
// exactly the one finding the ledger holds.
import * as fs from "node:fs";
import * as path from "node:path";
import { isoOf, parseIsoDate, type Day } from "../../src/core/dates";
import { auditReport, runAudit } from "../../src/core/ledger/audit";
import { readLedgerFile } from "../../src/cli/read-file";

const FILES = path.join(__dirname, "files");
const ledger = JSON.parse(fs.readFileSync(path.join(__dirname, "ledger.json"), "utf8")) as { header: string[]; rows: string[][]; findings: { row: number; code: string }[] };
const files = fs.readdirSync(FILES).filter((f) => !f.endsWith(".version")).sort();
const NO_DAY = -2147483648;

describe.each(files)("%s", (file) => {
  it("reads the ledger with every date exact and only the finding it holds", async () => {
    const sheet = await readLedgerFile(path.join(FILES, file));
    const result = runAudit(sheet.input, { refDate: parseIsoDate("2026-11-23") as Day });
    if (!result.ok) throw new Error(`${file}: ${result.problem}`);
    const { columns } = result.audit.parsed;
    const day = (d: number) => (d === NO_DAY ? null : isoOf(d as Day));
    expect(Array.from(columns.birth, day)).toEqual(ledger.rows.map((r) => r[3]));
    expect(Array.from(columns.start, day)).toEqual(ledger.rows.map((r) => r[6]));
    expect(columns.nik).toEqual(ledger.rows.map((r) => r[2]));
    expect(columns.name).toEqual(ledger.rows.map((r) => r[1]));
    const report = auditReport(result.audit, sheet.input.sheet, "en");
    expect(report.issues.map((i) => ({ row: i.row, code: i.code }))).toEqual(ledger.findings);
  });
});

it("has files from every producer", () => {
  for (const producer of ["sheetjs", "openpyxl", "libreoffice"]) expect(files.some((f) => f.startsWith(producer))).toBe(true);
  // The date-system and date-cell cases of issue 14, each from a real producer.
  for (const f of ["libreoffice-1904.xlsx", "openpyxl-1904.xlsx", "sheetjs-1904.xlsx", "openpyxl-iso-dates.xlsx", "sheetjs-iso-dates.xlsx"]) expect(files).toContain(f);
  expect(files.filter((f) => /\.(csv|txt)$/.test(f)).length).toBeGreaterThanOrEqual(4);
});
