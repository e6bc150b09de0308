// A CSV export as a ledger (SPEC §6: SIPP, e-Dabu and HR systems export CSV). A CSV is the one place a
// 16-digit NIK survives whole, so nothing here turns text into numbers: every cell stays the text the
// file holds, and the engine reads identifiers, dates and counts from text as it does from any cell.
//
// What exports do, each handled here: a byte-order mark; UTF-8, or Windows-1252 from older Windows
// programs (the bytes are not valid UTF-8); `,` or `;` (Indonesian Excel writes `;`, since `,` is its
// decimal separator) or tab as the delimiter; quoted fields with doubled quotes and line breaks; and
// Excel's `="…"` escape, written by exports that want Excel to keep a number as text.
import { parse } from "csv-parse/sync";
import { excelSerialOf, parseDate } from "../dates";
import type { LedgerProblem } from "../messages";
import { DATE_ROLES, type Role } from "./columns";
import { layoutOf, type LedgerInput } from "./ledger";

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
export type CsvDelimiter = "," | ";" | "\t";

export interface CsvTable {
  readonly input: LedgerInput & { readonly formats: string[][] };
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly columnCount: number;
}

// TextDecoder is a global of every runtime the engine runs in (browsers, workers, Node); declared here
// so that the engine needs no DOM or Node types.
interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}
type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** The file's text and the encoding it was read in: a BOM says; else UTF-8 when valid, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new Decoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new Decoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new Decoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new Decoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new Decoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t"];

/**
 * The delimiter: the one that splits the first lines (up to 20) into the same number of fields, more
 * than one; ties go to the one giving more fields. Quoted text is not counted.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = logicalLines(text, 20);
  let best: CsvDelimiter = ",";
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, d));
    if (counts.length === 0) continue;
    const fields = Math.min(...counts) + 1;
    // Every line agreeing counts most; then how many fields.
    const consistent = counts.every((c) => c === counts[0]) ? 1 : 0;
    const score = fields > 1 ? consistent * 1000 + fields : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The first `max` non-empty lines, a quoted line break kept inside its line. */
function logicalLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length < max && start < text.length) lines.push(text.slice(start));
  return lines.filter((l) => l.trim() !== "");
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === d) n++;
  }
  return n;
}

/** A CSV field as a cell: `="0812"` is the text 0812; empty is no value; anything else is its text. */
export function csvCell(field: string): string | null {
  const escaped = /^="(.*)"$/s.exec(field);
  const text = escaped ? escaped[1].replace(/""/g, '"') : field;
  return text === "" ? null : text;
}

/** The CSV file's rows as a ledger region starting at row 1 (every cell text, formatted as text). */
export function readCsv(bytes: Uint8Array): CsvTable {
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  const records: string[][] = parse(text, {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  const values: unknown[][] = [];
  const formats: string[][] = [];
  let columnCount = 0;
  for (const record of records) {
    const row = record.map(csvCell);
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    values.push(row);
    formats.push(row.map(() => "@"));
    columnCount = Math.max(columnCount, row.length);
  }
  return { input: { values, formats, firstRow: 1 }, encoding, delimiter, columnCount };
}

export interface CsvImportPlan {
  /** The rows to write, from the file's first row: identifiers and all other text as text, dates as Excel serials. */
  readonly rows: (string | number | null)[][];
  /** Number format per column: a date column's, else none (text cells are written as text). */
  readonly numberFormats: (string | undefined)[];
  /** Each column's header and the role the audit will give it (null: not used). */
  readonly columns: { readonly header: string; readonly role: Role | null }[];
  readonly headerRow: number;
  readonly dataRows: number;
}

/** The date format imported dates get: how Indonesian ledgers write them. */
export const IMPORT_DATE_FORMAT = "dd-mm-yyyy";

/**
 * How a CSV becomes a sheet: the header found as the audit finds it, date columns' cells as dates
 * (a cell that is no date stays its text, for the audit to name), everything else text.
 */
export function csvImportPlan(table: CsvTable, refYear: number): CsvImportPlan | { problem: LedgerProblem } {
  const located = layoutOf(table.input);
  if (!located.ok) return { problem: located.problem };
  const { layout } = located;
  const roleOf = new Map<number, Role>();
  for (const [role, c] of Object.entries(layout.roles) as [Role, number][]) roleOf.set(c, role);
  const dateColumn = (c: number) => DATE_ROLES.has(roleOf.get(c) as Role);
  const rows = table.input.values.map((row, i) =>
    (row as (string | null)[]).map((cell, c) => {
      if (cell === null || i <= layout.headerIndex || !dateColumn(c)) return cell;
      const day = parseDate(cell, { refYear });
      return day === null ? cell : excelSerialOf(day);
    }),
  );
  const header = (table.input.values[layout.headerIndex] ?? []) as (string | null)[];
  const width = table.columnCount;
  return {
    rows,
    numberFormats: Array.from({ length: width }, (_, c) => (dateColumn(c) ? IMPORT_DATE_FORMAT : undefined)),
    columns: Array.from({ length: width }, (_, c) => ({ header: header[c] ?? "", role: roleOf.get(c) ?? null })),
    headerRow: layout.headerRow,
    dataRows: rows.length - layout.headerIndex - 1,
  };
}
