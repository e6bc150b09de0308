// The lean .xlsx scanner gives the engine exactly what exceljs's reader gives it, cell by cell (values,
// number formats, sheet names, the date system), on every .xlsx of the corpus, on a generated ledger
// and on a workbook written by hand with every kind of cell; and it leaves to exceljs what it does not
// read.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { UncalculatedFormula } from "../../src/core/ledger/cells";
import { readWithExceljs } from "../../src/cli/xlsx-exceljs";
import { readLedgerSheet } from "../../src/cli/xlsx-ledger";
import { readLedgerFile } from "../../src/cli/read-file";
import { scanLedgerSheet } from "../../src/cli/xlsx-scanner";
import { generateParticipantLedger } from "../../src/fixtures/ledgers";
import { writeLedgerWorkbook } from "../../src/fixtures/ledger-workbook";
import { FileError } from "../../src/cli/io";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-scanner-"));
const CORPUS = path.join(__dirname, "..", "corpus");
const corpusFiles = ["files", "special"].flatMap((dir) =>
  fs
    .readdirSync(path.join(CORPUS, dir))
    .filter((f) => /\.xls[xm]$/.test(f))
    .map((f) => path.join(CORPUS, dir, f)),
);

async function expectSameAsExceljs(file: string, options: { sheet?: string } = {}): Promise<void> {
  const scanned = await scanLedgerSheet(file, options);
  expect(scanned).not.toBeNull();
  const exceljs = await readWithExceljs(file, options);
  expect(scanned!.sheetNames).toEqual(exceljs.sheetNames);
  expect(scanned!.columnCount).toBe(exceljs.columnCount);
  expect(scanned!.input.sheet).toBe(exceljs.input.sheet);
  expect(scanned!.input.date1904).toBe(exceljs.input.date1904);
  expect(scanned!.input.values.length).toBe(exceljs.input.values.length);
  // Row by row, so that a difference names its row.
  exceljs.input.values.forEach((row, r) => {
    expect([r + 1, scanned!.input.values[r]]).toEqual([r + 1, row]);
    expect([r + 1, scanned!.input.formats[r]]).toEqual([r + 1, exceljs.input.formats[r]]);
  });
}

describe.each(corpusFiles.map((f) => [path.relative(CORPUS, f), f]))("%s", (_, file) => {
  it("reads the same cells as exceljs", () => expectSameAsExceljs(file));
});

it("reads a generated 3,000-row ledger the same as exceljs", async () => {
  const file = path.join(tmp, "generated.xlsx");
  await writeLedgerWorkbook(generateParticipantLedger({ rows: 3000, seed: 16 }), file);
  await expectSameAsExceljs(file);
});

/** A workbook written part by part, in the order given. */
async function handWritten(file: string, parts: Record<string, string>): Promise<string> {
  const zip = new JSZip();
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
function workbookParts(sheetXml: string, { date1904 = "0", order = "normal" } = {}): Record<string, string> {
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="${date1904}"/><sheets><sheet name="Catatan" sheetId="2" r:id="rId2"/><sheet name="Peserta &amp; Iuran" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml": `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/><numFmt numFmtId="165" formatCode="#,##0 &quot;Rp&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="14"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="49"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    "xl/sharedStrings.xml": `<?xml version="1.0"?><sst xmlns="${MAIN}" count="5" uniqueCount="5"><si><t>NIK</t></si><si><r><rPr><b/></rPr><t>Siti </t></r><r><t xml:space="preserve">Aminah</t></r></si><si><t/></si><si><t>A &amp; B &lt;C&gt; &#233;&#x20AC;</t></si><si><t>3171011203900001</t></si></sst>`,
    "xl/worksheets/sheet2.xml": `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>catatan</t></is></c></row></sheetData></worksheet>`,
    "xl/worksheets/sheet1.xml": sheetXml,
  };
  if (order === "reversed") return Object.fromEntries(Object.entries(parts).reverse());
  return parts;
}

const EVERY_KIND = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:M9"/><cols><col min="1" max="3" width="12" style="1"/></cols>
<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>99</v></c></row>
<row r="2" spans="1:9"><c r="A2" t="s" s="2"><v>4</v></c><c r="B2" s="1"><v>32944</v></c><c r="C2" s="4"><v>59</v></c><c r="D2" s="4"><v>61</v></c><c r="E2" s="3"><v>1500000</v></c><c r="F2"><v>-12.5</v></c><c r="G2"><v>1.5E-3</v></c><c r="H2" t="b"><v>1</v></c><c r="I2" t="b"><v>0</v></c></row>
<row r="4"><c r="A4" t="e"><v>#N/A</v></c><c r="B4" t="d" s="1"><v>2026-11-30T00:00:00</v></c><c r="C4" t="d"><v>not a date</v></c><c r="D4" t="inlineStr"><is><t>inline</t></is></c><c r="E4" t="str"><v>teks</v></c><c r="F4"/><c r="G4" s="1"/></row>
<row r="5"><c r="A5"><f>1+1</f><v>2</v></c><c r="B5"><f>A5*0</f><v>0</v></c><c r="C5"><f>D2&amp;" "&amp;E2</f><v></v></c><c r="D5" t="str"><f>"a"</f><v>a</v></c><c r="E5" t="str"><f>""</f><v></v></c><c r="F5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G5" t="b"><f>TRUE</f><v>1</v></c><c r="H5" s="1"><f>DATE(2020,1,6)</f><v>43836</v></c><c r="I5" t="d"><f>TODAY()</f><v>2026-11-30</v></c><c r="J5"><f>NOW()</f></c></row>
<row r="6"><c r="A6"><f t="shared" ref="A6:A8" si="0">B6+1</f><v>3</v></c><c r="B6"><v>2</v></c></row>
<row r="7"><c r="A7"><f t="shared" si="0"/><v>0</v></c><c r="B7"><f t="shared" si="0"/></c><c r="C7"><f t="shared" si="0"/><v></v></c></row>
<row r="8" s="1" customFormat="1"><c r="A8"><v>43836</v></c><c r="B8" s="0"><v>43836</v></c><c r="C8" s="2"><v>43836</v></c><c r="D8" s="77"><v>43836</v></c></row>
<row r="9"><c r="C9"><v>
7</v></c><c r="A9"><v>1</v></c><!-- a comment --><c r="M9"><v>42</v></c></row>
<row r="10" s="1"/>
</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

it("reads every kind of cell as exceljs does, in either date system and any member order", async () => {
  for (const [name, options] of [
    ["kinds-1900.xlsx", {}],
    ["kinds-1904.xlsx", { date1904: "true" }],
    ["kinds-reversed.xlsx", { order: "reversed" }],
  ] as const) {
    const file = await handWritten(path.join(tmp, name), workbookParts(EVERY_KIND, options));
    await expectSameAsExceljs(file);
    await expectSameAsExceljs(file, { sheet: "Peserta & Iuran" });
  }
});

it("reads the values the engine expects from every kind of cell", async () => {
  const file = await handWritten(path.join(tmp, "kinds.xlsx"), workbookParts(EVERY_KIND));
  const first = (await scanLedgerSheet(file))!;
  expect(first.sheetNames).toEqual(["Catatan", "Peserta & Iuran"]);
  expect(first.input.sheet).toBe("Catatan"); // the first in tab order
  const data = (await scanLedgerSheet(file, { sheet: "peserta & iuran" }))!;
  expect(data.input.sheet).toBe("Peserta & Iuran");
  const [h, r2, , r4, r5, r6, r7, r8, r9] = data.input.values;
  expect(h).toEqual(["NIK", "Siti Aminah", null, "A & B <C> é€"]);
  expect(r2).toEqual(["3171011203900001", new Date("1990-03-12"), 59, new Date("1900-03-01"), 1500000, -12.5, 0.0015, true, false]);
  expect(data.input.formats[1]).toEqual(["@", "dd-mm-yyyy", "mm-dd-yy", "mm-dd-yy", '#,##0 "Rp"', "General", "General", "General", "General"]);
  expect(r4).toEqual(["#N/A", new Date("2026-11-30"), "not a date", "inline", "teks"]);
  // A cached 0 or "" is a result; an empty <v> that is not text (openpyxl's) and no <v> are none.
  expect(r5).toEqual([2, 0, new UncalculatedFormula('D2&" "&E2'), "a", "", "#DIV/0!", 1, 43836, new Date("2026-11-30"), new UncalculatedFormula("NOW()")]);
  expect(r6).toEqual([3, 2]);
  expect(r7).toEqual([0, new UncalculatedFormula(""), "#ERROR"]);
  // A cell without a style of its own takes its row's (s="0" is none); a style that does not exist too.
  expect(r8).toEqual([new Date("2020-01-06"), new Date("2020-01-06"), 43836, new Date("2020-01-06")]);
  expect(data.input.formats[7]).toEqual(["dd-mm-yyyy", "dd-mm-yyyy", "@", "dd-mm-yyyy"]);
  expect(r9).toEqual([1, null, 7, null, null, null, null, null, null, null, null, null, 42]);
  expect(data.input.values).toHaveLength(9); // row 10 has formatting only
  expect(data.columnCount).toBe(13);
});

it("keeps what exceljs loses: every run of an inline string, a string without its phonetic reading, an entity decoded once, CDATA", async () => {
  const sheetXml = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>Budi </t></r><r><rPr><b/></rPr><t>Santoso</t></r></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="str"><v>PT A &amp;amp; B</v></c><c r="D1"><v><![CDATA[42]]></v></c></row></sheetData></worksheet>`;
  const parts = { ...workbookParts(sheetXml), "xl/sharedStrings.xml": `<sst xmlns="${MAIN}"><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si></sst>` };
  const sheet = (await scanLedgerSheet(await handWritten(path.join(tmp, "runs.xlsx"), parts), { sheet: "Peserta & Iuran" }))!;
  expect(sheet.input.values[0]).toEqual(["Budi Santoso", "東京", "PT A &amp; B", 42]);
});

it("reads a worksheet whose elements carry a namespace prefix", async () => {
  const sheetXml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="B1" t="s"><x:v>0</x:v></x:c><x:c r="C1"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  const sheet = (await scanLedgerSheet(await handWritten(path.join(tmp, "prefixed.xlsx"), workbookParts(sheetXml)), { sheet: "Peserta & Iuran" }))!;
  expect(sheet.input.values).toEqual([[null, "NIK", 5]]);
});

it("says a zip cut short ends too soon, small or large (exceljs waited for its end for ever)", async () => {
  const small = fs.readFileSync(path.join(CORPUS, "files", "libreoffice.xlsx"));
  const large = path.join(tmp, "large.xlsx");
  await writeLedgerWorkbook(generateParticipantLedger({ rows: 3000, seed: 7 }), large);
  for (const [name, bytes] of [["cut.xlsx", small], ["cut-large.xlsx", fs.readFileSync(large)]] as const) {
    const cut = path.join(tmp, name);
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(readLedgerSheet(cut)).rejects.toThrow(/the file ends too soon/);
    await expect(readLedgerFile(cut)).rejects.toThrow(/the file ends too soon/);
  }
});

it("leaves to exceljs what it does not read, which still says what is wrong", async () => {
  // No worksheet part where the workbook says: exceljs's own answer.
  const parts = workbookParts("");
  delete (parts as Record<string, string>)["xl/worksheets/sheet1.xml"];
  const missing = await handWritten(path.join(tmp, "missing.xlsx"), parts);
  expect(await scanLedgerSheet(missing, { sheet: "Peserta & Iuran" })).toBeNull();
});
