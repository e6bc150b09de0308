// Every file a user brings, read as a ledger sheet. The file's own bytes say what it is, whatever its
// name ends with (an HTML page saved as .xls is common: web exports do it):
// - .xlsx / .xlsm (a zip with xl/workbook.xml): the lean scanner of the worksheet's XML, or exceljs's
//   streaming reader for what it leaves (xlsx-ledger.ts), bounded memory for a million rows;
// - .xls (BIFF in an OLE file), .xlsb (a zip with xl/workbook.bin), .ods (OpenDocument), SpreadsheetML
//   2003 and HTML tables: SheetJS (@e965/xlsx, SheetJS 0.20.3 republished; `xlsx` 0.18.5 on npm carries
//   CVE-2023-30533 and CVE-2024-22363), which reads each of them whole;
// - CSV and tab-separated text: src/core/ledger/csv.ts, every cell kept as text;
// - a password-protected workbook (an OLE file holding EncryptedPackage) and anything else: refused in
//   one line naming the file, what it is and what to do.
import * as fs from "node:fs";
import * as path from "node:path";
import type * as XLSX from "@e965/xlsx";
import { readCsv } from "../core/ledger/csv";
import { CLI_WORDS } from "../core/words";
import { FileError, openFailure, UsageError } from "./io";
import { readLedgerSheet, type LedgerSheet, type ReadLedgerOptions } from "./xlsx-ledger";
import { FILE_ENDED, readZipEntries } from "./zip-archive";

export type FileKind = "xlsx" | "xlsb" | "ods" | "xls" | "spreadsheetml" | "html" | "csv" | "encrypted" | "unknown";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** What the file is, from its first bytes (and, for a zip, the names of its entries). */
export function fileKind(bytes: Uint8Array, zipNames: readonly string[] = []): FileKind {
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (zipNames.includes("xl/workbook.bin")) return "xlsb";
    if (zipNames.some((n) => /^xl\/workbook\.xml$/i.test(n))) return "xlsx";
    if (zipNames.includes("content.xml") || zipNames.includes("mimetype")) return "ods";
    return "unknown";
  }
  if (startsWith(bytes, OLE_MAGIC)) return utf16Includes(bytes, "EncryptedPackage") ? "encrypted" : "xls";
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1").replace(/^\xEF\xBB\xBF/, "").trimStart().toLowerCase();
  if (head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "spreadsheetml";
  if (/^(<!doctype html|<html|<table)/.test(head) || (head.startsWith("<") && head.includes("<table"))) return "html";
  // Text without NUL bytes (UTF-16 text has them, with its BOM): a CSV.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || !bytes.subarray(0, 65536).includes(0)) return "csv";
  return "unknown";
}

function utf16Includes(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, "utf16le"));
}

/** What to say of a file that is not read, naming it, what it is and what to do. */
function refusal(file: string, kind: FileKind): FileError {
  return new FileError(kind === "encrypted" ? "encrypted" : "notSpreadsheet", { file: path.basename(file) });
}

/** Reads the chosen sheet of any supported file. Throws FileError or UsageError with a plain message. */
export async function readLedgerFile(file: string, options: ReadLedgerOptions = {}): Promise<LedgerSheet> {
  const { head, zipNames } = await sniff(file);
  let kind = fileKind(head, zipNames);
  if (kind === "xlsx") return readLedgerSheet(file, options);
  const bytes = kind === "unknown" ? head : new Uint8Array(await fs.promises.readFile(file));
  // An OLE file's directory may lie anywhere in it: look for the encrypted package in all of it.
  if (kind === "xls") kind = fileKind(bytes);
  if (kind === "encrypted" || kind === "unknown") throw refusal(file, kind);
  if (kind === "csv") {
    const table = readCsv(bytes);
    const sheet = path.basename(file).replace(/\.[^.]*$/, "");
    if (options.sheet !== undefined && options.sheet.toLowerCase() !== sheet.toLowerCase()) throw new UsageError("csvSheet", { file: path.basename(file), sheet });
    return { input: { ...table.input, sheet }, sheetNames: [sheet], columnCount: table.columnCount };
  }
  // SheetJS is loaded only for the files that need it: an .xlsx read does not carry its megabytes.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return readWithSheetJs(require("@e965/xlsx") as typeof XLSX, file, bytes, kind, options);
}

/** The file's first 64 KiB and, for a zip, its entries' names. */
async function sniff(file: string): Promise<{ head: Uint8Array; zipNames: string[] }> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, "r");
  } catch (e) {
    throw openFailure(file, e);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new FileError("isFolder", { file });
    const head = Buffer.alloc(Math.min(stat.size, 65_536));
    await handle.read(head, 0, head.length, 0);
    let zipNames: string[] = [];
    if (startsWith(head, ZIP_MAGIC)) {
      // The names in the zip's directory, read from the end of the file without unpacking anything.
      const entries = await readZipEntries(handle, stat.size).catch((e: unknown) => {
        throw e instanceof Error && e.message === FILE_ENDED ? new FileError("truncated", { file: path.basename(file) }) : e;
      });
      zipNames = entries?.map((e) => e.name) ?? [];
    }
    return { head: new Uint8Array(head.buffer, head.byteOffset, head.length), zipNames };
  } finally {
    await handle.close();
  }
}

/** .xls, .xlsb, .ods, SpreadsheetML and HTML tables through SheetJS: values as Excel holds them. */
function readWithSheetJs(sheetJs: typeof XLSX, file: string, bytes: Uint8Array, kind: FileKind, options: ReadLedgerOptions): LedgerSheet {
  let book: XLSX.WorkBook;
  // SheetJS prints its doubts about a file's number formats on the console ("ODS number format may
  // be incorrect"): words for a developer, not for a user reading the audit.
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    // An HTML table holds text: SheetJS would read "12-03-1990" month first; as text, the engine reads it
    // day first, as Indonesian dates are written.
    book = sheetJs.read(bytes, { type: "array", cellDates: false, cellNF: true, cellFormula: false, dense: true, WTF: false, raw: kind === "html" });
  } catch (e) {
    const what = CLI_WORDS[kind as "xls" | "xlsb" | "ods" | "spreadsheetml" | "html"];
    throw new FileError("damaged", { file: path.basename(file), what, detail: String((e as Error).message).split("\n")[0] });
  } finally {
    console.error = consoleError;
  }
  const names = book.SheetNames;
  let target = names[0];
  if (options.sheet !== undefined) {
    target = names.find((n) => n === options.sheet) ?? names.find((n) => n.toLowerCase() === options.sheet!.toLowerCase()) ?? "";
    if (target === "") throw new UsageError("noSuchSheet", { sheet: options.sheet, sheets: names.map((n) => `"${n}"`).join(", ") });
  }
  const sheet = book.Sheets[target];
  const dense = (sheet as unknown as { "!data"?: (XLSX.CellObject | undefined)[][] })["!data"] ?? [];
  const values: unknown[][] = [];
  const formats: string[][] = [];
  let columnCount = 0;
  dense.forEach((row, r) => {
    if (!row) return;
    const cells: unknown[] = [];
    const cellFormats: string[] = [];
    row.forEach((cell, c) => {
      if (!cell || cell.t === "z") return;
      while (cells.length < c) {
        cells.push(null);
        cellFormats.push("General");
      }
      cells[c] = cell.t === "e" ? (cell.w ?? "#N/A") : cell.v instanceof Date ? cell.v : (cell.v ?? null);
      cellFormats[c] = typeof cell.z === "string" ? cell.z : "General";
    });
    values[r] = cells;
    formats[r] = cellFormats;
    columnCount = Math.max(columnCount, cells.length);
    options.onRow?.(r + 1);
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) (values[r] = []), (formats[r] = []);
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  return { input: { values, formats, firstRow: 1, sheet: target, date1904 }, sheetNames: names, columnCount };
}
