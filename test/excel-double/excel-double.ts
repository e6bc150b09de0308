// The host side of the Excel test double: a workbook model that answers the requests Microsoft's own
// Excel JavaScript client (@microsoft/office-js, loaded by office-client.ts in Node and on the page in
// the browser tests) sends, as Excel would answer them. The client builds every request, keeps its own
// proxies, and raises its own PropertyNotLoaded; this file only holds the workbook and Excel's rules.
// Request answering is in host.ts. Pure TypeScript with no Node APIs: the browser test bundles it.
//
// Excel behaviours modelled here, each from Microsoft's documentation or the client's source:
// - Typing (Range.values / Range.formulas, "Set values or formulas", learn.microsoft.com/office/dev/
//   add-ins/excel/excel-add-ins-ranges-set-get-values): in a General cell, text is parsed as if typed —
//   digits become numbers (Excel keeps 15 significant digits, "Excel specifications and limits"),
//   "=…" a formula, "+…"/"-…"/"@…" a formula too (Excel's entry rules), date-like text a date with a
//   date format, "TRUE"/"FALSE" booleans, a leading apostrophe a quote prefix that keeps the rest as text;
//   in a cell formatted "@" text stays text. `null` in a 2-D array leaves that cell (value or format) as
//   it is; "" clears it (Range.values remarks).
// - Tables: header and optional totals row; a write in the row just below or the column just right of
//   a table grows the table (Excel's AutoCorrect "include new rows and columns", applied to API writes:
//   OfficeDev/office-js#3191, #3013, #6745); inserting or deleting cells that cut through a table, a
//   merged area or a filtered range is refused with InsertDeleteConflict, MergedRangeConflict or
//   FilteredRangeConflict (Excel.ErrorCodes).
// - Protection: writes to a protected sheet fail with AccessDenied; adding a sheet to a workbook whose
//   structure is protected fails with AccessDenied (WorkbookProtection, ExcelApi 1.7).
// - Limits (Resource limits for Office Add-ins, learn.microsoft.com/office/dev/add-ins/concepts/
//   resource-limits-and-performance-optimization): a request or response over 5 MB is refused
//   (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), and so is a read of more than
//   5,000,000 cells at once; sizes are the real serialized bodies.
// - Cell-edit mode: a request made while the user edits a cell fails with
//   InvalidOperationInCellEditMode unless the batch asked to wait (Excel.RunOptions.delayForCellEdit,
//   request flag 64 in the client's onBeforeExcelRun).

import { columnLetters } from "../../src/excel/addresses";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export class DoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

type Scalar = string | number | boolean;

export interface Rect {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

export interface ConditionalFormatModel {
  rect: Rect;
  type: string;
  rule?: { operator: string; text: string };
  fill?: string;
  font?: string;
}

export interface ChartModel {
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  position?: [string, string | undefined];
}

const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#BUSY!", "#CONNECT!", "#UNKNOWN!"]);
const SERIAL_OF_1970 = 25569;
const MS_PER_DAY = 86_400_000;

/** The serial of a calendar date in the 1900 date system (Excel's fictitious 29 Feb 1900 included). */
function serialOf(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const d = new Date(time);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return time / MS_PER_DAY + SERIAL_OF_1970;
}

/**
 * Text Excel (en-US, the locale of Excel on the web by default) reads as a date when typed: m/d/yyyy,
 * m-d-yyyy and yyyy-mm-dd. Returns the serial, or null.
 */
function typedDate(text: string): number | null {
  let m = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s*$/.exec(text);
  if (m) return serialOf(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  if (m) return serialOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

export class SheetModel {
  visibility = "Visible";
  protected = false;
  readonly id: string;
  values: (Scalar[] | undefined)[] = [];
  formats: (string[] | undefined)[] = [];
  formulas: (Map<number, string> | undefined)[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  merged: Rect[] = [];
  hiddenRows = new Set<number>();
  /** The AutoFilter's range, and whether a filter is applied (rows hidden by it). */
  autoFilter: { rect: Rect; applied: boolean } | null = null;
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  bold: Rect[] = [];
  charts: ChartModel[] = [];
  constructor(
    public name: string,
    id: number,
  ) {
    this.id = `{00000000-0001-0000-${String(id).padStart(4, "0")}-000000000000}`;
  }

  value(r: number, c: number): Scalar {
    return this.values[r]?.[c] ?? "";
  }
  format(r: number, c: number): string {
    return this.formats[r]?.[c] ?? "General";
  }
  formula(r: number, c: number): string | undefined {
    return this.formulas[r]?.get(c);
  }
  isFormula(r: number, c: number): boolean {
    return this.formula(r, c) !== undefined;
  }
  /** Range.valueTypes: Empty, String, Double, Boolean or Error. */
  valueType(r: number, c: number): string {
    const v = this.value(r, c);
    if (v === "") return "Empty";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    return ERROR_VALUES.has(v) && !this.textCells.has(`${r},${c}`) ? "Error" : "String";
  }
  /** Cells holding text that looks like an error value, stored as text (quote prefix or "@"). */
  private textCells = new Set<string>();

  setFormat(r: number, c: number, format: string): void {
    const row = (this.formats[r] ??= []);
    row[c] = format;
  }

  setRaw(r: number, c: number, value: Scalar, formula?: string): void {
    const row = (this.values[r] ??= []);
    row[c] = value;
    if (formula !== undefined) (this.formulas[r] ??= new Map()).set(c, formula);
    else this.formulas[r]?.delete(c);
    if (typeof value === "string" && ERROR_VALUES.has(value)) this.textCells.delete(`${r},${c}`);
  }

  private setText(r: number, c: number, text: string): void {
    this.setRaw(r, c, text);
    if (ERROR_VALUES.has(text)) this.textCells.add(`${r},${c}`);
  }

  /** A value as Excel stores it when typed into a cell (or set through range.values or range.formulas). */
  typeIn(r: number, c: number, input: unknown): void {
    if (input === null || input === undefined) return; // null leaves the cell as it is
    if (input === "") return this.setRaw(r, c, "");
    if (typeof input === "number" || typeof input === "boolean") return this.setRaw(r, c, input);
    const text = String(input);
    // Excel's quote prefix: what follows the apostrophe is kept as text, whatever the format.
    if (text.startsWith("'")) return this.setText(r, c, text.slice(1));
    if (this.format(r, c) === "@") return this.setText(r, c, text);
    if (/^[=+\-@]./s.test(text)) return this.setRaw(r, c, "#NAME?", text.startsWith("=") ? text : `=${text}`);
    if (/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text)) return this.setRaw(r, c, Number(Number(text).toPrecision(15)));
    if (/^(true|false)$/i.test(text)) return this.setRaw(r, c, text.toLowerCase() === "true");
    if (ERROR_VALUES.has(text.toUpperCase())) return this.setRaw(r, c, text.toUpperCase());
    const serial = typedDate(text);
    if (serial !== null) {
      if (this.format(r, c) === "General") this.setFormat(r, c, "m/d/yyyy");
      return this.setRaw(r, c, serial);
    }
    this.setRaw(r, c, text);
  }

  usedRect(valuesOnly = true): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    const scan = (rows: readonly (readonly unknown[] | undefined)[], empty: (v: unknown) => boolean) => {
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        if (!row) continue;
        for (let c = 0; c < row.length; c++) {
          if (empty(row[c])) continue;
          if (top < 0 || r < top) top = r;
          if (r > bottom) bottom = r;
          if (c < left) left = c;
          if (c > right) right = c;
        }
      }
    };
    scan(this.values, (v) => v === "" || v === undefined);
    if (!valuesOnly) scan(this.formats, (f) => f === undefined || f === "General");
    return top < 0 ? null : { r: top, c: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  widest(): number {
    let w = 0;
    for (const row of this.values) if (row && row.length > w) w = row.length;
    for (const row of this.formats) if (row && row.length > w) w = row.length;
    return w;
  }

  lastRow(): number {
    return Math.max(this.values.length, this.formats.length, this.formulas.length);
  }

  /** Inserts `rect.rows` blank rows at rect.r within the rect's columns, shifting cells down. */
  insertDown(rect: Rect): void {
    if (rect.c === 0 && rect.cols >= this.widest()) {
      const blanks = (n: number) => new Array(n).fill(undefined);
      this.values.splice(rect.r, 0, ...blanks(rect.rows));
      this.formats.splice(rect.r, 0, ...blanks(rect.rows));
      this.formulas.splice(rect.r, 0, ...blanks(rect.rows));
      this.shiftRowSet(rect.r, rect.rows);
      return;
    }
    const last = this.lastRow() - 1;
    for (let r = last; r >= rect.r; r--) this.moveRow(r, r + rect.rows, rect);
    for (let r = rect.r; r < rect.r + rect.rows; r++) this.clearRow(r, rect);
  }

  /** Deletes the rect's cells, shifting the cells below up within its columns. */
  deleteUp(rect: Rect): void {
    // Every column that holds anything shifts: the rows themselves can move (the same result, far faster).
    if (rect.c === 0 && rect.cols >= this.widest()) {
      this.values.splice(rect.r, rect.rows);
      this.formats.splice(rect.r, rect.rows);
      this.formulas.splice(rect.r, rect.rows);
      this.shiftRowSet(rect.r, -rect.rows);
      return;
    }
    const last = this.lastRow() - 1;
    for (let r = rect.r; r <= last; r++) {
      if (r + rect.rows <= last) this.moveRow(r + rect.rows, r, rect);
      else this.clearRow(r, rect);
    }
  }

  private shiftRowSet(from: number, by: number): void {
    const hidden = [...this.hiddenRows];
    this.hiddenRows = new Set(hidden.filter((r) => by > 0 || r < from || r >= from - by).map((r) => (r >= from ? r + by : r)));
  }

  clearRect(rect: Rect, applyTo = "All"): void {
    const last = Math.min(rect.r + rect.rows, this.lastRow());
    for (let r = rect.r; r < last; r++) this.clearRow(r, rect, applyTo);
    if (applyTo === "All" || applyTo === "Formats") {
      this.conditionalFormats = this.conditionalFormats.filter((f) => !intersects(f.rect, rect));
      this.merged = this.merged.filter((m) => !intersects(m, rect));
    }
  }

  private span(rect: Rect): [number, number] {
    return [rect.c, Math.min(rect.c + rect.cols, this.widest())];
  }

  private moveRow(from: number, to: number, rect: Rect): void {
    const [c0, c1] = this.span(rect);
    for (let c = c0; c < c1; c++) {
      const value = this.values[from]?.[c];
      const format = this.formats[from]?.[c];
      const formula = this.formulas[from]?.get(c);
      if (value !== undefined || this.values[to]?.[c] !== undefined) (this.values[to] ??= [])[c] = value as Scalar;
      if (format !== undefined || this.formats[to]?.[c] !== undefined) (this.formats[to] ??= [])[c] = format as string;
      if (formula !== undefined) (this.formulas[to] ??= new Map()).set(c, formula);
      else this.formulas[to]?.delete(c);
      const text = this.textCells.has(`${from},${c}`);
      this.textCells.delete(`${to},${c}`);
      if (text) this.textCells.add(`${to},${c}`);
    }
  }

  private clearRow(r: number, rect: Rect, applyTo = "All"): void {
    const [c0, c1] = this.span(rect);
    for (let c = c0; c < c1; c++) {
      if (applyTo !== "Formats") {
        if (this.values[r]) this.values[r]![c] = "";
        this.formulas[r]?.delete(c);
        this.textCells.delete(`${r},${c}`);
      }
      if (applyTo !== "Contents" && this.formats[r]) delete this.formats[r]![c];
    }
  }
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r >= outer.r && inner.c >= outer.c && inner.r + inner.rows <= outer.r + outer.rows && inner.c + inner.cols <= outer.c + outer.cols;
}

export interface TableModel {
  name: string;
  readonly id: string;
  sheet: SheetModel;
  /** Header row, data body and (when shown) totals row. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style?: string;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Actions in the request (Office.js's own count of operations). */
  readonly operations: number;
  /** Excel refused the request or its response as over 5 MB. */
  readonly refused: boolean;
}

export interface SeedSheet {
  readonly name: string;
  /** Cells from `origin`, row by row; strings are stored as text (as a file holds them). */
  readonly values?: readonly (readonly unknown[])[];
  readonly formats?: readonly (readonly (string | undefined)[])[];
  /** Formulas, by "row,column" (0-based) from the sheet's A1. */
  readonly formulas?: Readonly<Record<string, string>>;
  /** 0-based row and column of values[0][0]. */
  readonly origin?: { readonly row: number; readonly column: number };
  readonly protected?: boolean;
}

/** Requirement sets the modelled Excel supports: Excel on the web and Microsoft 365 today. */
export const CURRENT_EXCEL_SETS: Readonly<Record<string, string>> = { ExcelApi: "1.20", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.4", DelayForCellEdit: "1.1", RibbonApi: "1.1" };

/** The workbook the double holds. Tests seed it, run adapter code against it and look inside. */
export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  active = "";
  selection: { sheet: string; rect: Rect } | null = null;
  syncs: SyncRecord[] = [];
  /** Excel.run batches seen, with the RunOptions each was given (recorded on the way into Microsoft's Excel.run). */
  runs: { undoGroup: boolean; delayForCellEdit: boolean }[] = [];
  /** Review > Protect Workbook (structure): no sheet can be added, removed or renamed. */
  structureProtected = false;
  /** File > Options > Advanced > "Use 1904 date system" (Workbook.use1904DateSystem). */
  use1904DateSystem = false;
  /** The requirement sets this Excel reports through Office.context.requirements. */
  supportedSets: Record<string, string> = { ...CURRENT_EXCEL_SETS };
  private editing: { until: Promise<void>; end: () => void } | null = null;
  /**
   * A refusal the test asks for: after `after` requests that hold an action named `action` (any request,
   * without one), the next such request fails with `code`, changing nothing.
   */
  fault: { after: number; code: string; action?: string } | null = null;
  private nextSheetId = 1;
  private nextTableId = 1;

  constructor(seed: readonly SeedSheet[] = []) {
    for (const s of seed) this.addSheet(s);
  }

  addSheet(seed: SeedSheet): SheetModel {
    const sheet = new SheetModel(seed.name, this.nextSheetId++);
    const r0 = seed.origin?.row ?? 0;
    const c0 = seed.origin?.column ?? 0;
    seed.values?.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined || v === "") return;
        sheet.setRaw(r0 + i, c0 + j, v instanceof Date ? v.toISOString() : (v as Scalar));
      }),
    );
    seed.formats?.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f && f !== "General") sheet.setFormat(r0 + i, c0 + j, f);
      }),
    );
    for (const [key, formula] of Object.entries(seed.formulas ?? {})) {
      const [r, c] = key.split(",").map(Number);
      sheet.setRaw(r, c, 0, formula);
    }
    sheet.protected = seed.protected ?? false;
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet.name;
    return sheet;
  }

  /** A table over `address` of `sheetName` ("A1:D20": header, rows and, with showTotals, a totals row). */
  addTable(sheetName: string, address: string, options: { name?: string; showTotals?: boolean } = {}): TableModel {
    const table: TableModel = { name: options.name ?? `Table${this.nextTableId}`, id: String(this.nextTableId++), sheet: this.sheet(sheetName), rect: parseAddress(address), showHeaders: true, showTotals: options.showTotals ?? false };
    this.tables.push(table);
    return table;
  }

  newTableId(): string {
    return String(this.nextTableId++);
  }

  sheet(name: string): SheetModel {
    const found = this.findSheet(name);
    if (!found) throw new Error(`excel double: no sheet "${name}"`);
    return found;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
  }

  /** The values of a sheet region as the user would see them, for assertions. */
  read(sheetName: string, address: string): Scalar[][] {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    return Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => sheet.value(rect.r + i, rect.c + j)));
  }

  /** The user starts typing in a cell; requests fail, or wait when they asked to, until `endCellEdit`. */
  beginCellEdit(): void {
    let end = () => {};
    const until = new Promise<void>((resolve) => (end = resolve));
    this.editing = { until, end };
  }
  endCellEdit(): void {
    this.editing?.end();
    this.editing = null;
  }
  get cellEditWait(): Promise<void> | null {
    return this.editing?.until ?? null;
  }

  get syncCount(): number {
    return this.syncs.length;
  }
  /** The largest request Excel accepted. */
  get largestRequest(): number {
    return this.syncs.reduce((m, s) => (s.refused ? m : Math.max(m, s.requestBytes)), 0);
  }
  /** The largest response Excel sent. */
  get largestResponse(): number {
    return this.syncs.reduce((m, s) => (s.refused ? m : Math.max(m, s.responseBytes)), 0);
  }
  get refusedCount(): number {
    return this.syncs.filter((s) => s.refused).length;
  }
  resetCounts(): void {
    this.syncs = [];
    this.runs = [];
  }
}

/** "A1", "B2:D10", "2:5" (whole rows), "C:C" (whole columns), or "" (the whole sheet), 0-based. */
export function parseAddress(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  if (local === "") return { r: 0, c: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
  const [a, b = a] = local.replace(/\$/g, "").split(":");
  const cell = (ref: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(ref);
    if (!m) throw new DoubleError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (address ${address}).`);
    return { c: m[1] ? letterIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = cell(a);
  const q = cell(b);
  const r0 = p.r ?? 0;
  const r1 = q.r ?? MAX_ROWS - 1;
  const c0 = p.c ?? 0;
  const c1 = q.c ?? MAX_COLUMNS - 1;
  return { r: Math.min(r0, r1), c: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function addressOf(sheet: string, rect: Rect): string {
  const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = `${columnLetters(rect.c)}${rect.r + 1}`;
  const b = `${columnLetters(rect.c + rect.cols - 1)}${rect.r + rect.rows}`;
  return `${quoted}!${a === b ? a : `${a}:${b}`}`;
}
