// The hostile workbooks of workbooks.ts through the command line: each gives its findings or a plain
// message, and the annotated copy (--out) holds every text as text — no cell of it is a formula.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { runCli } from "../cli/run-cli";
import type { AuditReport } from "../../src/core/ledger/audit";
import { LEDGER_PROBLEMS } from "../../src/core/messages";
import { FORMULA_TEXTS, HOSTILE_CASES, REF_DATE, SCRIPT_TEXTS, writeHostileWorkbook } from "./workbooks";

jest.setTimeout(60_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-hostile-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, { lang: "en" });

describe.each(HOSTILE_CASES.map((c, i) => [c.name, c, i] as const))("ledger-bpjs audit: %s", (_name, c, i) => {
  const file = path.join(tmp, `case-${i}.xlsx`);
  const json = path.join(tmp, `case-${i}.json`);
  const out = path.join(tmp, `case-${i}-out.xlsx`);
  let result: { code: number; out: string; err: string };

  beforeAll(async () => {
    await writeHostileWorkbook(c, file);
    result = await run(["audit", file, "--sheet", "Peserta", "--ref-date", REF_DATE, "--json", json, "--out", out]);
  });

  if ("problem" in c.expect) {
    const problem = c.expect.problem;
    it("says plainly why the sheet is not a ledger, and writes nothing", () => {
      expect(result.code).not.toBe(0);
      expect(result.err).toContain(LEDGER_PROBLEMS[problem].en);
      expect(fs.existsSync(out)).toBe(false);
    });
    return;
  }
  const expected = c.expect;

  it("finds the header and exactly the planted findings", () => {
    if (expected.noColumnLeft) {
      // The audit is done and its JSON written; only the annotated copy, which needs a column, is refused.
      expect(result.code).not.toBe(0);
      expect(result.err).toContain("no column is left for the status");
      expect(result.err).toContain("run without --out");
    } else {
      expect(result.err).toBe("");
      expect(result.code).toBe(0);
    }
    const report: AuditReport = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(report.headerRow).toBe(expected.headerRow);
    expect(report.rowCount).toBe(expected.rows);
    const errors = new Map<number, string[]>();
    for (const issue of report.issues) if (issue.severity === "error") errors.set(issue.row, [...(errors.get(issue.row) ?? []), issue.code]);
    expect(Object.fromEntries(errors)).toEqual(expected.codes ?? {});
    if (expected.columns) expect(report.columns).toMatchObject(expected.columns);
  });

  it("writes an annotated copy in which no cell is a formula and hostile text is kept as text", async () => {
    if (expected.noColumnLeft) return expect(fs.existsSync(out)).toBe(false);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const texts: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string") texts.push(cell.value);
        }),
      ),
    );
    if (i === 0) for (const text of [...FORMULA_TEXTS, ...SCRIPT_TEXTS]) expect(texts).toContain(text);
  });
});
