// The command line reads a workbook whatever order its zip holds its parts in. Writers differ: some put
// xl/workbook.xml (the sheet names) last, after the shared strings and the worksheets. exceljs's
// streaming reader then fails inside itself ("Cannot read properties of undefined (reading 'sheets')")
// — found when the hostile-workbook suite's protected sheet came out in that order on a CI machine.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import type { AuditReport } from "../../src/core/ledger/audit";
import { runCli } from "../cli/run-cli";
import { cleanRow, HEADERS, REF_DATE, writeHostileWorkbook } from "./workbooks";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-zip-order-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The same workbook with its parts in the order given (the rest after them, workbook.xml last). */
async function reorder(file: string, first: string[], out: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const order = [...first, ...names.filter((n) => !first.includes(n) && n !== "xl/workbook.xml"), "xl/workbook.xml"];
  const copy = new JSZip();
  for (const name of order) copy.file(name, await zip.file(name)!.async("uint8array"));
  fs.writeFileSync(out, await copy.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

it("audits a workbook whose shared strings come before its worksheets and whose sheet names come last", async () => {
  const file = path.join(tmp, "ordered.xlsx");
  await writeHostileWorkbook({ name: "two sheets", expect: { headerRow: 1, rows: 2 }, build: (sheet) => HEADERS.forEach((h, i) => {
    sheet.getCell(1, i + 1).value = h;
    [cleanRow(1), cleanRow(2)].forEach((row, r) => (sheet.getCell(r + 2, i + 1).value = (row[i] as never)));
  }) }, file);
  const reordered = path.join(tmp, "reordered.xlsx");
  await reorder(file, ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"], reordered);

  const json = path.join(tmp, "r.json");
  const result = await runCli(["audit", reordered, "--sheet", "Peserta", "--ref-date", REF_DATE, "--json", json]);
  expect(result.err).toBe("");
  expect(result.code).toBe(0);
  const report: AuditReport = JSON.parse(fs.readFileSync(json, "utf8"));
  expect([report.sheet, report.headerRow, report.rowCount]).toEqual(["Peserta", 1, 2]);
  // The first sheet is chosen when none is named, as in any other workbook.
  const again = await runCli(["audit", reordered, "--ref-date", REF_DATE, "--json", "-"]);
  expect(JSON.parse(again.out).sheet).toBe("Peserta");
});
