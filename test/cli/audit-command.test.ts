import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { runCli } from "./run-cli";
import { FORMULA_ERROR, plainCellValue, readLedgerSheet } from "../../src/cli/xlsx-ledger";
import { parseIsoDate, type Day } from "../../src/core/dates";
import { auditLedger, runAudit, type AuditReport } from "../../src/core/ledger/audit";
import { findingsTable } from "../../src/core/ledger/findings-table";
import { STATUS_HEADER } from "../../src/core/ledger/status";
import { LEDGER_PROBLEMS } from "../../src/core/messages";
import { writeLedgerWorkbook } from "../../src/fixtures/ledger-workbook";
import { UncalculatedFormula } from "../../src/core/ledger/cells";
import { generateParticipantLedger, generateReceiptLedger, PARTICIPANT_HEADERS, type GeneratedLedger } from "../../src/fixtures/ledgers";

jest.setTimeout(60_000);

const run = runCli;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-audit-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const inTmp = (name: string) => path.join(tmp, name);
const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const readJson = (file: string): AuditReport => JSON.parse(fs.readFileSync(file, "utf8"));

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

const codesOnRow = (report: AuditReport, row: number) => [
  ...report.issues.filter((i) => i.row === row).map((i) => i.code),
  ...report.duplicates.filter((d) => d.rows.includes(row)).map((d) => d.code),
  ...report.deactivation.filter((d) => d.row === row).map((d) => d.code),
];
const totalsOf = (report: AuditReport) => report.totals.map(({ npp, company, participants, active, kpj }) => ({ npp, company, participants, active, kpj }));

/** What the engine says of the same ledger given as values in memory (dates as serials). */
const inMemoryAudit = (ledger: GeneratedLedger, sheet: string) =>
  auditLedger({ values: ledger.values, formats: ledger.formats, sheet }, { refDate: parseIsoDate(ledger.truth.refDate) as Day });

describe("ledger-bpjs audit of a 10,000-row participant workbook", () => {
  const ledger = generateParticipantLedger({ rows: 10_000, seed: 8042026 });
  const file = inTmp("peserta.xlsx");
  const json = inTmp("peserta.json");
  const out = inTmp("peserta-annotated.xlsx");
  let result: { code: number; out: string; err: string };
  let report: AuditReport;
  let hashBefore: string;
  let seconds: number;

  beforeAll(async () => {
    await writeLedgerWorkbook(ledger, file);
    hashBefore = sha256(file);
    const started = Date.now();
    result = await run(["audit", file, "--json", json, "--ref-date", ledger.truth.refDate, "--out", out]);
    seconds = (Date.now() - started) / 1000;
    report = readJson(json);
  });

  it("runs, prints a summary and writes both files", () => {
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    expect(result.out).toMatch(/^Lembar "Peserta" \(.*peserta\.xlsx\), baris judul 1\n/);
    expect(result.out).toContain("daftar peserta, 10000 baris data, tanggal acuan 23-11-2026");
    expect(result.out).toContain(`Galat ${report.summary.errors} · Peringatan ${report.summary.warnings} · Duplikat ${report.summary.duplicates}`);
    expect(result.out).toMatch(/Temuan \(20 pertama dari \d+\):\n {2}baris \d+/);
    // The totals table of the --out workbook and the add-in, its first rows.
    expect(result.out).toMatch(/Total per perusahaan:\n {2}NPP +Nama Perusahaan +Pembina \(RO\) +Peserta +Aktif +KPJ\n/);
    expect(result.out).toContain(`Laporan JSON ditulis ke ${json}`);
    expect(result.out).toContain(`Buku kerja beranotasi ditulis ke ${out}`);
  });

  it("lines up the columns of the findings and duplicates it prints, whatever the length of a code", () => {
    const section = (title: RegExp) => {
      const lines = result.out.split("\n");
      const from = lines.findIndex((l) => title.test(l)) + 1;
      const to = lines.findIndex((l, i) => i >= from && l === "");
      return lines.slice(from, to);
    };
    const findings = section(/^Temuan/);
    const codes = findings.map((l) => /^ {2}baris \d+ +([A-Z_]+) +/.exec(l)?.[1] ?? "");
    expect(codes.some((c) => c.length > 24)).toBe(true); // a code longer than the old fixed column
    const severityAt = new Set(findings.map((l) => l.search(/ (galat|peringatan|info) /)));
    expect(severityAt.size).toBe(1);
    const arrowAt = new Set(section(/^Duplikat/).map((l) => l.search(/ baris /)));
    expect(arrowAt.size).toBe(1);
  });

  it("takes a few seconds, not minutes", () => {
    expect(seconds).toBeLessThan(15);
  });

  it("writes exactly the engine's report, the same as for the values in memory", () => {
    expect(report).toEqual(JSON.parse(JSON.stringify(inMemoryAudit(ledger, "Peserta"))));
    expect(report).toMatchObject({ sheet: "Peserta", headerRow: 1, shape: "participants", rowCount: 10_000, refDate: ledger.truth.refDate });
  });

  it("finds every injected fault with its code and row, and every injected duplicate group", () => {
    expect(ledger.truth.faults.map((f) => f.code)).toContain("NIK_AS_NUMBER");
    expect(ledger.truth.faults.filter((f) => !codesOnRow(report, f.row).includes(f.code))).toEqual([]);
    for (const d of ledger.truth.duplicates) {
      expect(report.duplicates).toContainEqual(expect.objectContaining({ code: d.code, rows: expect.arrayContaining(d.rows) }));
    }
  });

  it("raises no error-severity issue on a clean row", () => {
    const clean = new Set(ledger.truth.cleanRows);
    expect(report.issues.filter((i) => i.severity === "error" && clean.has(i.row))).toEqual([]);
  });

  it("lists exactly the expected deactivations and totals", () => {
    expect(report.deactivation).toEqual(ledger.truth.deactivation);
    expect(totalsOf(report)).toEqual(ledger.truth.totals);
  });

  it("leaves the input file byte for byte as it was", () => {
    expect(sha256(file)).toBe(hashBefore);
  });

  describe("the annotated workbook", () => {
    let book: ExcelJS.Workbook;
    beforeAll(async () => {
      book = await readBook(out);
    });

    it("has the ledger, findings, duplicates, totals and deactivation sheets", () => {
      expect(book.worksheets.map((s) => s.name)).toEqual(["Peserta", "Temuan", "Duplikat", "Total per Perusahaan", "Nonaktif"]);
      expect(book.getWorksheet("Temuan")!.getRow(1).values).toEqual([undefined, "Baris", "Kolom", "Kode", "Tingkat", "Pesan"]);
      // Every finding, as the add-in's findings sheet lists them: validation, duplicates and deactivation.
      const audited = runAudit({ values: ledger.values, formats: ledger.formats, sheet: "Peserta" }, { refDate: parseIsoDate(ledger.truth.refDate) as Day });
      if (!audited.ok) throw new Error(audited.problem);
      expect(book.getWorksheet("Temuan")!.actualRowCount).toBe(findingsTable(audited.audit, report, "id").rows.length + 1);
      expect(book.getWorksheet("Duplikat")!.actualRowCount).toBe(report.duplicates.length + 1);
      expect(book.getWorksheet("Nonaktif")!.actualRowCount).toBe(report.deactivation.length + 1);
      const totals = book.getWorksheet("Total per Perusahaan")!;
      expect(totals.getRow(1).values).toEqual([undefined, "NPP", "Nama Perusahaan", "Pembina (RO)", "Peserta", "Aktif", "KPJ"]);
      expect(totals.actualRowCount).toBe(report.totals.length + 1);
      const first = report.totals[0];
      expect(totals.getRow(2).values).toEqual([undefined, first.npp, first.company, first.ro, first.participants, first.active, first.kpj]);
    });

    it("keeps the ledger's rows and adds the status column, OK on rows with nothing found", () => {
      const sheet = book.getWorksheet("Peserta")!;
      const statusColumn = PARTICIPANT_HEADERS.length + 1;
      expect(sheet.getCell(1, statusColumn).value).toBe(STATUS_HEADER.id);
      const flagged = new Set([...report.issues.map((i) => i.row), ...report.duplicates.flatMap((d) => d.rows), ...report.deactivation.map((d) => d.row)]);
      const quiet = ledger.truth.cleanRows.filter((row) => !flagged.has(row));
      expect(quiet.length).toBeGreaterThan(8000);
      for (const row of quiet) expect(sheet.getCell(row, statusColumn).value).toBe("OK");
      for (const f of ledger.truth.faults) expect(String(sheet.getCell(f.row, statusColumn).value)).toContain(f.code);
      // Values as read: identifiers as text formatted "@", dates as dates formatted dd-mm-yyyy.
      const nikColumn = PARTICIPANT_HEADERS.indexOf("NIK") + 1;
      const birthColumn = PARTICIPANT_HEADERS.indexOf("Tanggal Lahir") + 1;
      expect(sheet.getCell(2, nikColumn).value).toBe(ledger.values[1][nikColumn - 1]);
      expect(sheet.getCell(2, nikColumn).numFmt).toBe("@");
      expect(sheet.getCell(2, birthColumn).value).toBeInstanceOf(Date);
      expect(sheet.getCell(2, birthColumn).numFmt).toBe("dd-mm-yyyy");
      const asNumber = ledger.truth.faults.find((f) => f.code === "NIK_AS_NUMBER")!;
      expect(typeof sheet.getCell(asNumber.row, nikColumn).value).toBe("number");
    });
  });
});

describe("ledger-bpjs audit of a receipt workbook", () => {
  const ledger = generateReceiptLedger({ rows: 3000, seed: 11 });
  const file = inTmp("tanda-terima.xlsx");
  const json = inTmp("tanda-terima.json");
  const out = inTmp("tanda-terima-annotated.xlsx");
  let report: AuditReport;
  let code: number;

  beforeAll(async () => {
    await writeLedgerWorkbook(ledger, file, { sheet: "Tanda Terima" });
    ({ code } = await run(["audit", file, "--json", json, "--out", out, "--ref-date", ledger.truth.refDate], { lang: "en" }));
    report = readJson(json);
  });

  it("finds every injected fault and duplicate row, no error on clean rows, and the exact totals", () => {
    expect(code).toBe(0);
    expect(report).toMatchObject({ sheet: "Tanda Terima", shape: "receipts", rowCount: 3000 });
    expect(report).toEqual(JSON.parse(JSON.stringify(auditLedger({ values: ledger.values, formats: ledger.formats, sheet: "Tanda Terima" }, { refDate: parseIsoDate(ledger.truth.refDate) as Day, lang: "en" }))));
    expect(ledger.truth.faults.filter((f) => !codesOnRow(report, f.row).includes(f.code))).toEqual([]);
    for (const d of ledger.truth.duplicates) expect(report.duplicates).toContainEqual(expect.objectContaining({ code: "DUPLICATE_ROW", rows: d.rows }));
    expect(report.duplicates).toHaveLength(ledger.truth.duplicates.length);
    const clean = new Set(ledger.truth.cleanRows);
    expect(report.issues.filter((i) => i.severity === "error" && clean.has(i.row))).toEqual([]);
    expect(report.deactivation).toEqual(ledger.truth.deactivation);
    expect(totalsOf(report)).toEqual(ledger.truth.totals);
  });

  it("writes English sheets, with no deactivation sheet for receipts", async () => {
    const book = await readBook(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Tanda Terima", "Findings", "Duplicates", "Totals"]);
    expect(book.getWorksheet("Totals")!.getRow(1).values).toEqual([undefined, "NPP", "Company", "KPJ cards printed"]);
    expect(book.getWorksheet("Tanda Terima")!.getCell(1, 5).value).toBe(STATUS_HEADER.en);
    const flagged = new Set([...report.issues.map((i) => i.row), ...report.duplicates.flatMap((d) => d.rows)]);
    const quiet = ledger.truth.cleanRows.filter((row) => !flagged.has(row));
    expect(quiet.length).toBeGreaterThan(2000);
    for (const row of quiet) expect(book.getWorksheet("Tanda Terima")!.getCell(row, 5).value).toBe("OK");
  });
});

describe("text in the annotated workbook", () => {
  it("stays text: a name that looks like a formula is written as a string cell, never a formula", async () => {
    const ledger = generateParticipantLedger({ rows: 12, seed: 3, faultRate: 0 });
    const planted = ['=HYPERLINK("http://x")', "+cmd", "-2+3", "@SUM(A1:A2)", "=1+1"];
    const nameColumn = PARTICIPANT_HEADERS.indexOf("Nama Peserta");
    const file = inTmp("injection.xlsx");
    const out = inTmp("injection-annotated.xlsx");
    await writeLedgerWorkbook(ledger, file, { override: (k, c, v) => (c === nameColumn && k < planted.length ? planted[k] : v) });
    expect((await run(["audit", file, "--out", out, "--ref-date", ledger.truth.refDate])).code).toBe(0);
    const sheet = (await readBook(out)).getWorksheet("Peserta")!;
    planted.forEach((text, k) => {
      const cell = sheet.getCell(k + 2, nameColumn + 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    });
  });
});

describe("choosing and reading the worksheet", () => {
  const ledger = generateParticipantLedger({ rows: 30, seed: 9 });
  const file = inTmp("two-sheets.xlsx");
  beforeAll(() =>
    writeLedgerWorkbook(ledger, file, {
      sheetsBefore: [{ name: "Catatan", rows: [["Daftar ini diperbarui tiap bulan"]] }],
      titleRows: [["Daftar Peserta PT Contoh"], []],
      extraSheets: [{ name: "Kosong", rows: [] }],
    }),
  );

  it("reads rows at their worksheet positions, columns by their sheet column", async () => {
    const sheet = await readLedgerSheet(file, { sheet: "Peserta" });
    expect(sheet.sheetNames).toEqual(["Catatan", "Peserta", "Kosong"]);
    expect(sheet.input.values[0]).toEqual(["Daftar Peserta PT Contoh"]);
    expect(sheet.input.values[1]).toEqual([]);
    expect(sheet.input.values[2]).toEqual([...PARTICIPANT_HEADERS]);
    expect(sheet.input.values).toHaveLength(33);
    expect(sheet.input.formats[3][PARTICIPANT_HEADERS.indexOf("NIK")]).toBe("@");
    expect(sheet.columnCount).toBe(PARTICIPANT_HEADERS.length);
    expect(sheet.input.date1904).toBe(false);
  });

  it("audits the first worksheet by default, and says in one line when it is not a ledger", async () => {
    const { code, err } = await run(["audit", file]);
    expect(code).toBe(1);
    // The workbook's other sheets are named, with how to choose one.
    expect(err).toBe(`ledger-bpjs: ${file}, lembar "Catatan": ${LEDGER_PROBLEMS.noHeader.id} Lembar lain di file ini: "Peserta", "Kosong"; pilih dengan --sheet, mis. --sheet "Peserta"\n`);
    const empty = await run(["audit", file, "--sheet", "Kosong"], { lang: "en" });
    expect(empty.err).toBe(`ledger-bpjs: ${file}, sheet "Kosong": ${LEDGER_PROBLEMS.empty.en} Other sheets in this file: "Catatan", "Peserta"; choose one with --sheet, e.g. --sheet "Catatan"\n`);
  });

  it("audits the sheet named by --sheet (case aside), with the header found on row 3", async () => {
    const { code, out } = await run(["audit", file, "--sheet", "peserta", "--json", "-", "--ref-date", ledger.truth.refDate]);
    expect(code).toBe(0);
    const report = JSON.parse(out) as AuditReport;
    expect(report).toMatchObject({ sheet: "Peserta", headerRow: 3, rowCount: 30 });
    expect(report.deactivation).toEqual(ledger.truth.deactivation.map((d) => ({ ...d, row: d.row + 2 })));
  });
});

describe("bad usage and unreadable input", () => {
  const ledger = generateParticipantLedger({ rows: 5, seed: 4 });
  const file = inTmp("small.xlsx");
  const text = inTmp("notes.txt");
  const damaged = inTmp("damaged.xlsx");
  const picture = inTmp("photo.xlsx");
  beforeAll(async () => {
    await writeLedgerWorkbook(ledger, file);
    fs.writeFileSync(text, "NIK;Nama\n3171011203900001;Budi\n");
    fs.writeFileSync(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    fs.writeFileSync(damaged, fs.readFileSync(file).subarray(0, 900));
  });

  it("reads a text file of ;-separated columns as the CSV it is, the NIK kept whole", async () => {
    const { code, out } = await run(["audit", text, "--ref-date", "2026-11-23"]);
    expect(code).toBe(0);
    expect(out).toContain('"notes" (');
    expect(out).toMatch(/(Galat|Errors) 0 /);
  });

  it.each([
    ["no file", ["audit"], /give one ledger file/, /berikan satu file ledger/],
    ["a missing file", ["audit", inTmp("nope.xlsx")], /nope\.xlsx: no such file/, /nope\.xlsx: file tidak ada/],
    ["a folder", ["audit", tmp], /is a folder/, /ini folder, bukan buku kerja/],
    ["a file that is no spreadsheet", ["audit", picture], /photo\.xlsx: not a spreadsheet Ledger BPJS can read .*save it as an Excel Workbook/, /photo\.xlsx: bukan lembar kerja yang bisa dibaca Ledger BPJS .*simpan sebagai Buku Kerja Excel/],
    ["a damaged workbook", ["audit", damaged], /damaged\.xlsx: /, /damaged\.xlsx: /],
    ["a bad --ref-date", ["audit", file, "--ref-date", "31-02-2026"], /--ref-date must be a date written DD-MM-YYYY or YYYY-MM-DD, got "31-02-2026"/, /--ref-date harus tanggal/],
    ["an unknown --sheet", ["audit", file, "--sheet", "Data"], /no sheet named "Data"; sheets: "Peserta"/, /tidak ada lembar bernama "Data"; lembar yang ada: "Peserta"/],
    ["--out on the input", ["audit", file, "--out", file], /--out must not be the input file/, /--out tidak boleh file masukan/],
    ["--out not .xlsx", ["audit", file, "--out", inTmp("x.csv")], /--out must name an \.xlsx file/, /--out harus menyebut file \.xlsx/],
    ["--json on the input", ["audit", file, "--json", file], /--json must not be the input file/, /--json tidak boleh file masukan/],
    ["--roster with a missing roster file", ["audit", file, "--roster", "roster.xlsx"], /roster\.xlsx: no such file/, /roster\.xlsx: file tidak ada/],
    ["an unknown option", ["audit", file, "--bogus"], /unknown option --bogus; see ledger-bpjs --help/, /opsi --bogus tidak dikenal/],
    ["an option without its value", ["audit", file, "--sheet"], /option --sheet needs a value/, /opsi --sheet perlu nilai/],
    ["two files", ["audit", file, file], /exactly one/, /tepat satu file/],
  ])("exits 1 with a one-line reason, in either language, on %s", async (_, args, reasonEn, reasonId) => {
    const before = sha256(file);
    for (const [lang, reason] of [["en", reasonEn], ["id", reasonId]] as const) {
      const { code, out, err } = await run(args as string[], { lang });
      expect(code).toBe(1);
      expect(out).toBe("");
      expect(err.trim().split("\n")).toHaveLength(1);
      expect(err).toMatch(/^ledger-bpjs: /);
      expect(err).toMatch(reason);
    }
    expect(sha256(file)).toBe(before);
  });

  it("takes the reference date as Indonesians write it, or as ISO", async () => {
    const iso = await run(["audit", file, "--ref-date", "2026-11-23", "--json", "-"]);
    const typed = await run(["audit", file, "--ref-date", "23-11-2026", "--json", "-"]);
    expect(typed.code).toBe(0);
    expect(JSON.parse(typed.out).refDate).toBe("2026-11-23");
    expect(typed.out).toBe(iso.out);
  });

  it("leaves no half-written file when --out cannot be written", async () => {
    const { code, err } = await run(["audit", file, "--out", path.join(tmp, "no-such-folder", "out.xlsx")], { lang: "en" });
    expect(code).toBe(1);
    expect(err).toMatch(/^ledger-bpjs: .*out\.xlsx: cannot write the annotated workbook/);
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("output", () => {
  const ledger = generateParticipantLedger({ rows: 40, seed: 12 });
  const file = inTmp("forty.xlsx");
  beforeAll(() => writeLedgerWorkbook(ledger, file));

  it("with --json - prints only the JSON", async () => {
    const { code, out, err } = await run(["audit", file, "--json", "-", "--ref-date", ledger.truth.refDate]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(inMemoryAudit(ledger, "Peserta"))));
  });

  it("prints the summary in English when asked", async () => {
    const { out } = await run(["audit", file, "--ref-date", ledger.truth.refDate], { lang: "en" });
    expect(out).toMatch(/^Sheet "Peserta" \(.*\), header row 1\nparticipant ledger, 40 data rows, reference date 23-11-2026\n/);
    expect(out).toContain("Totals per company:");
  });

  it("draws a progress bar on a terminal and wipes it, and nothing elsewhere", async () => {
    const terminal = await run(["audit", file, "--ref-date", ledger.truth.refDate, "--out", inTmp("forty-out.xlsx")], { interactive: true });
    expect(terminal.code).toBe(0);
    expect(terminal.err).toMatch(/^\rMembaca baris/);
    expect(terminal.err).toContain("Memeriksa [");
    expect(terminal.err).toContain("Menulis [");
    expect(terminal.err).not.toContain("\n");
    expect(terminal.err).toMatch(/\r {10,}\r$/);
    const piped = await run(["audit", file, "--ref-date", ledger.truth.refDate]);
    expect(piped.err).toBe("");
  });
});

describe("plain cell values", () => {
  it("turns exceljs's cell objects into what the cell shows", () => {
    expect(plainCellValue({ richText: [{ text: "Siti " }, { font: { bold: true }, text: "Aminah" }] })).toBe("Siti Aminah");
    expect(plainCellValue({ text: "PT Maju", hyperlink: "mailto:hrd@maju.co.id" })).toBe("PT Maju");
    expect(plainCellValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "http://x" })).toBe("ab");
    expect(plainCellValue({ formula: "A1&\"\"", result: "3171011203900001" })).toBe("3171011203900001");
    expect(plainCellValue({ formula: "", result: 7 })).toBe(7); // a shared formula's follower
    expect(plainCellValue({ sharedFormula: "B2", result: 8 })).toBe(8);
    // Saved without a result: not a value to guess, but a formula the column finding names.
    expect(plainCellValue({ formula: "NOW()" })).toEqual(new UncalculatedFormula("NOW()"));
    expect(plainCellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(plainCellValue({ formula: "VLOOKUP(A1,B:B,1,0)", result: NaN })).toBe(FORMULA_ERROR);
    expect(plainCellValue({ error: "#N/A" })).toBe("#N/A");
    expect(plainCellValue(3171011203900001)).toBe(3171011203900001);
    expect(plainCellValue(true)).toBe(true);
    expect(plainCellValue("  Budi ")).toBe("  Budi ");
    expect(plainCellValue(null)).toBeNull();
    expect(plainCellValue(undefined)).toBeNull();
    const day = new Date(Date.UTC(1990, 2, 12));
    expect(plainCellValue(day)).toBe(day);
  });

  it("gives early-1900 dates back as serials, which the engine reads as Excel does", () => {
    // exceljs reads serial 59 (28 Feb 1900) as 27 Feb: it ignores Excel's fictitious 29 Feb 1900.
    expect(plainCellValue(new Date(Date.UTC(1900, 1, 27)))).toBe(59);
    expect(plainCellValue(new Date(Date.UTC(1900, 2, 1)))).toEqual(new Date(Date.UTC(1900, 2, 1)));
    expect(plainCellValue(new Date(Date.UTC(1900, 1, 27)), true)).toEqual(new Date(Date.UTC(1900, 1, 27)));
  });
});

describe("the installed command", () => {
  const root = path.join(__dirname, "../..");
  it("audits examples/peserta-contoh.xlsx from the built package", () => {
    const r = spawnSync(process.execPath, [path.join(root, "bin/ledger-bpjs.js"), "audit", path.join(root, "examples/peserta-contoh.xlsx"), "--json", "-", "--ref-date", "2026-11-23"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toMatchObject({ shape: "participants", headerRow: 1, rowCount: 300 });
  });
  it("exits 1 with one line on a missing file, in the language of LANG", () => {
    const run = (LANG: string) => spawnSync(process.execPath, [path.join(root, "bin/ledger-bpjs.js"), "audit", "no-such-file.xlsx"], { encoding: "utf8", env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG } });
    const id = run("id_ID.UTF-8");
    expect(id.status).toBe(1);
    expect(id.stderr).toBe("ledger-bpjs: no-such-file.xlsx: file tidak ada\n");
    expect(run("en_US.UTF-8").stderr).toBe("ledger-bpjs: no-such-file.xlsx: no such file\n");
    // No locale at all: Indonesian, the users' language.
    expect(run("").stderr).toBe(id.stderr);
  });
});
