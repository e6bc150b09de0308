// The hostile workbooks of workbooks.ts through the add-in's Excel code (src/excel) against the Excel
// test double: read, audit, write the status column, findings and log. Each gives its findings or a
// plain message; nothing written turns text into a formula; a refused write changes nothing.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseIsoDate, type Day } from "../../src/core/dates";
import { auditReport, runAudit } from "../../src/core/ledger/audit";
import { LEDGER_PROBLEMS, WORKBOOK_PROBLEMS } from "../../src/core/messages";
import { officeHost, readLedger, writeAudit } from "../../src/excel";
import { FINDINGS_SHEET } from "../../src/excel/sheet-names";
import type { SheetModel, WorkbookModel } from "../excel-double/excel-double";
import { useWorkbook } from "../excel-double/office-client";
import { workbookFromXlsx } from "../excel-double/seed-xlsx";
import { FORMULA_TEXTS, HOSTILE_CASES, REF_DATE, SCRIPT_TEXTS, writeHostileWorkbook } from "./workbooks";

jest.setTimeout(60_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-hostile-double-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const host = officeHost();
const refDate = parseIsoDate(REF_DATE) as Day;

/** Every cell of every sheet: value, number format and formula. */
function snapshot(book: WorkbookModel): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const sheet of book.sheets) {
    const cells: unknown[] = [];
    const rect = sheet.usedRect();
    if (rect) for (let r = 0; r < rect.r + rect.rows; r++) for (let c = 0; c < rect.c + rect.cols; c++) cells.push([r, c, sheet.value(r, c), sheet.format(r, c), sheet.formula(r, c) ?? null]);
    out[sheet.name] = cells;
  }
  return out;
}

function formulaCells(sheet: SheetModel): string[] {
  const found: string[] = [];
  sheet.formulas.forEach((row, r) => row?.forEach((formula, c) => found.push(`${sheet.name}!R${r + 1}C${c + 1}: ${formula}`)));
  return found;
}

function textsOf(sheet: SheetModel): string[] {
  const texts: string[] = [];
  for (const row of sheet.values) for (const v of row ?? []) if (typeof v === "string") texts.push(v);
  return texts;
}

describe.each(HOSTILE_CASES.map((c, i) => [c.name, c, i] as const))("the add-in on %s", (_name, c, i) => {
  let book: WorkbookModel;

  beforeAll(async () => {
    const file = path.join(tmp, `case-${i}.xlsx`);
    await writeHostileWorkbook(c, file);
    book = await workbookFromXlsx(file);
    if (c.protectedSheet) book.sheet("Peserta").protected = true;
    useWorkbook(book);
  });

  it("reads and audits it, or says why not; writes only where it may; never a formula", async () => {
    const before = snapshot(book);
    const read = await readLedger(host, "sheet:Peserta");
    if ("problem" in c.expect) {
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toEqual(LEDGER_PROBLEMS[c.expect.problem]);
      expect(snapshot(book)).toEqual(before);
      return;
    }
    if (!read.ok) throw new Error(read.message.en);
    const audited = runAudit(read.value.input, { refDate });
    if (!audited.ok) throw new Error(audited.problem);
    const report = auditReport(audited.audit, "Peserta", "id");
    expect(report.headerRow).toBe(c.expect.headerRow);
    expect(report.rowCount).toBe(c.expect.rows);
    const errors = new Map<number, string[]>();
    for (const issue of report.issues) if (issue.severity === "error") errors.set(issue.row, [...(errors.get(issue.row) ?? []), issue.code]);
    expect(Object.fromEntries(errors)).toEqual(c.expect.codes ?? {});

    const written = await writeAudit(host, read.value, audited.audit, report, { lang: "id" });
    if (c.protectedSheet || c.expect.noColumnLeft) {
      expect(written.ok).toBe(false);
      if (!written.ok) expect(written.message.en).toBe(c.protectedSheet ? WORKBOOK_PROBLEMS.protected.en.replace("{sheet}", "Peserta") : WORKBOOK_PROBLEMS.noColumnLeft.en);
      expect(snapshot(book)).toEqual(before);
      return;
    }
    expect(written).toEqual({ ok: true, value: undefined });
    for (const sheet of book.sheets) expect(formulaCells(sheet)).toEqual([]);
    if (i === 0) {
      // The hostile names are still text in the ledger, and the findings sheet quotes the company names as text.
      const ledgerTexts = textsOf(book.sheet("Peserta"));
      for (const text of [...FORMULA_TEXTS, ...SCRIPT_TEXTS]) expect(ledgerTexts).toContain(text);
      const findingTexts = textsOf(book.sheet(FINDINGS_SHEET)).join("\n");
      for (const text of SCRIPT_TEXTS) expect(findingTexts).toContain(text);
    }
  });
});
