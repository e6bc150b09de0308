// A test double of the part of the Excel JavaScript API that src/excel uses, behaving like Office.js
// where it matters for correctness and scale:
// - proxy objects: reading a property before `load` + `context.sync()` throws PropertyNotLoaded, as
//   Office.js does (office-addin-mock returns a string instead, which lets a forgotten load pass);
// - writes are queued and take effect at `sync`, in order; a failing step rejects the sync and drops
//   the steps after it;
// - every sync is counted with the bytes of its request and response, and a request or response over
//   5 MB is refused as Excel on the web refuses it;
// - text written to a cell that is not formatted as text follows Excel's typing rules: "=…", "+…",
//   "-…" and "@…" become formulas, digits become numbers (15 significant digits, the 16th of a NIK
//   lost), and a leading apostrophe keeps the rest as text — so the adapter's "text stays text" is
//   tested, not assumed;
// - protected sheets refuse writes with AccessDenied; missing items fail with ItemNotFound.
// Pure TypeScript with no Node APIs: the browser test bundles it to stand in for Excel.

import { columnLetters } from "../../src/excel/addresses";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
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

interface Rect {
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

export class SheetModel {
  visibility = "Visible";
  protected = false;
  values: (Scalar[] | undefined)[] = [];
  formats: (string[] | undefined)[] = [];
  formulas: (Map<number, string> | undefined)[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  bold: Rect[] = [];
  charts: ChartModel[] = [];
  constructor(public name: string) {}

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

  setFormat(r: number, c: number, format: string): void {
    const row = (this.formats[r] ??= []);
    row[c] = format;
  }

  setRaw(r: number, c: number, value: Scalar, formula?: string): void {
    const row = (this.values[r] ??= []);
    row[c] = value;
    if (formula !== undefined) (this.formulas[r] ??= new Map()).set(c, formula);
    else this.formulas[r]?.delete(c);
  }

  /** A value as Excel stores it when typed into a cell (or set through range.values). */
  typeIn(r: number, c: number, input: unknown, viaFormulas = false): void {
    if (input === null || input === undefined || input === "") return this.setRaw(r, c, "");
    if (typeof input === "number" || typeof input === "boolean") return this.setRaw(r, c, input);
    const text = String(input);
    if (this.format(r, c) === "@") return this.setRaw(r, c, text);
    // Excel's quote prefix: what follows the apostrophe is kept as text.
    if (text.startsWith("'")) return this.setRaw(r, c, text.slice(1));
    if (/^[=+\-@]./s.test(text) || (viaFormulas && text.startsWith("="))) return this.setRaw(r, c, "#NAME?", text.startsWith("=") ? text : `=${text}`);
    if (/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text)) return this.setRaw(r, c, Number(Number(text).toPrecision(15)));
    if (/^(true|false)$/i.test(text)) return this.setRaw(r, c, text.toLowerCase() === "true");
    this.setRaw(r, c, text);
  }

  usedRect(): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    for (let r = 0; r < this.values.length; r++) {
      const row = this.values[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        if (row[c] === "" || row[c] === undefined) continue;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    return top < 0 ? null : { r: top, c: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  widest(): number {
    let w = 0;
    for (const row of this.values) if (row && row.length > w) w = row.length;
    for (const row of this.formats) if (row && row.length > w) w = row.length;
    return w;
  }

  /** Inserts `rect.rows` blank rows at rect.r within the rect's columns, shifting cells down. */
  insertDown(rect: Rect): void {
    if (rect.c === 0 && rect.cols >= MAX_COLUMNS) {
      const blanks = (n: number) => new Array(n).fill(undefined);
      this.values.splice(rect.r, 0, ...blanks(rect.rows));
      this.formats.splice(rect.r, 0, ...blanks(rect.rows));
      this.formulas.splice(rect.r, 0, ...blanks(rect.rows));
      return;
    }
    const last = this.values.length - 1;
    for (let r = last; r >= rect.r; r--) this.moveRow(r, r + rect.rows, rect);
    for (let r = rect.r; r < rect.r + rect.rows; r++) this.clearRow(r, rect);
  }

  /** Deletes the rect's cells, shifting the cells below up within its columns. */
  deleteUp(rect: Rect): void {
    if (rect.c === 0 && rect.cols >= MAX_COLUMNS) {
      this.values.splice(rect.r, rect.rows);
      this.formats.splice(rect.r, rect.rows);
      this.formulas.splice(rect.r, rect.rows);
      return;
    }
    const last = Math.max(this.values.length, this.formats.length) - 1;
    for (let r = rect.r; r <= last; r++) {
      if (r + rect.rows <= last) this.moveRow(r + rect.rows, r, rect);
      else this.clearRow(r, rect);
    }
  }

  clearRect(rect: Rect): void {
    const last = Math.min(rect.r + rect.rows, Math.max(this.values.length, this.formats.length));
    for (let r = rect.r; r < last; r++) this.clearRow(r, rect);
    this.conditionalFormats = this.conditionalFormats.filter((f) => !intersects(f.rect, rect));
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
    }
  }

  private clearRow(r: number, rect: Rect): void {
    const [c0, c1] = this.span(rect);
    for (let c = c0; c < c1; c++) {
      if (this.values[r]) this.values[r]![c] = "";
      if (this.formats[r]) delete this.formats[r]![c];
      this.formulas[r]?.delete(c);
    }
  }
}

function intersects(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  rect: Rect;
  style?: string;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
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

/** The workbook the double holds. Tests seed it, run adapter code against it and look inside. */
export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  active = "";
  selection: { sheet: string; rect: Rect } | null = null;
  syncs: SyncRecord[] = [];
  runs: { undoGroup: boolean }[] = [];

  constructor(seed: readonly SeedSheet[] = []) {
    for (const s of seed) this.addSheet(s);
  }

  addSheet(seed: SeedSheet): SheetModel {
    const sheet = new SheetModel(seed.name);
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

  sheet(name: string): SheetModel {
    const found = this.findSheet(name);
    if (!found) throw new Error(`excel double: no sheet "${name}"`);
    return found;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The values of a sheet region as the user would see them, for assertions. */
  read(sheetName: string, address: string): Scalar[][] {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    return Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => sheet.value(rect.r + i, rect.c + j)));
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

  /** Excel.run: `run(batch)` or `run(options, batch)`; pending steps are synced when the batch ends. */
  run = async <T>(first: unknown, second?: unknown): Promise<T> => {
    const batch = (typeof first === "function" ? first : second) as (context: RequestContext) => Promise<T>;
    const options = (typeof first === "function" ? {} : first) as { mergeUndoGroup?: boolean };
    this.runs.push({ undoGroup: options.mergeUndoGroup === true });
    const context = new RequestContext(this);
    const result = await batch(context);
    if (context.pending.length > 0) await context.sync();
    return result;
  };
}

/** "A1", "B2:D10", "2:5" (whole rows), "C:C" (whole columns), or "" (the whole sheet), 0-based. */
export function parseAddress(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  if (local === "") return { r: 0, c: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
  const [a, b = a] = local.replace(/\$/g, "").split(":");
  const cell = (ref: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(ref);
    if (!m) throw new DoubleError("InvalidArgument", `bad address ${address}`);
    return { c: m[1] ? letterIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = cell(a);
  const q = cell(b);
  const r0 = p.r ?? 0;
  const r1 = q.r ?? MAX_ROWS - 1;
  const c0 = p.c ?? 0;
  const c1 = q.c ?? MAX_COLUMNS - 1;
  return { r: r0, c: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}


function addressOf(sheet: string, rect: Rect): string {
  const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = `${columnLetters(rect.c)}${rect.r + 1}`;
  const b = `${columnLetters(rect.c + rect.cols - 1)}${rect.r + rect.rows}`;
  return `${quoted}!${a === b ? a : `${a}:${b}`}`;
}

interface Step {
  readonly bytes: number;
  /** Applies the step; returns the bytes it adds to the response. */
  run(): number;
}

const STEP_BYTES = 120; // what Office.js's request JSON spends on one action, near enough

function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) bytes += json.charCodeAt(i) > 0x7ff ? 2 : 1;
  return bytes;
}

export class RequestContext {
  pending: Step[] = [];
  private created: ClientObject[] = [];
  readonly workbook: Workbook;

  constructor(readonly model: WorkbookModel) {
    this.workbook = new Workbook(this);
  }

  queue(step: Step): void {
    this.pending.push(step);
  }

  register(object: ClientObject): void {
    this.created.push(object);
  }

  async sync(): Promise<void> {
    const steps = this.pending;
    this.pending = [];
    const requestBytes = steps.reduce((n, s) => n + s.bytes, 200);
    if (requestBytes > PAYLOAD_LIMIT) {
      this.model.syncs.push({ requestBytes, responseBytes: 0, operations: steps.length, refused: true });
      throw new DoubleError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${requestBytes} bytes).`);
    }
    let responseBytes = 200;
    try {
      for (const step of steps) responseBytes += step.run();
      // Null-object checks resolve at every sync, as Office.js reports isNullObject after one.
      for (const object of this.created) object.settle();
    } finally {
      this.model.syncs.push({ requestBytes, responseBytes, operations: steps.length, refused: responseBytes > PAYLOAD_LIMIT });
    }
    if (responseBytes > PAYLOAD_LIMIT) throw new DoubleError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${responseBytes} bytes).`);
    await Promise.resolve();
  }

  trackedObjects = {
    add: () => {},
    remove: () => {},
  };
}

type Loader = () => unknown;

/** A proxy: properties read only after load + sync; writes become steps. */
abstract class ClientObject {
  private loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly context: RequestContext) {
    context.register(this);
  }

  /** Loaders of the properties a test may load. */
  protected abstract loaders(): Record<string, Loader>;
  /** For *OrNullObject proxies: whether the object exists (evaluated at sync). */
  protected exists(): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  settle(): void {
    if (this.nullState !== undefined) return;
    try {
      this.nullState = !this.exists();
    } catch {
      // A getItem() of something missing: not a null object; using it fails with ItemNotFound.
    }
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  protected store(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  load(properties?: string | string[] | { select?: string }): this {
    const list = (typeof properties === "string" ? properties.split(",") : Array.isArray(properties) ? properties : (properties?.select?.split(",") ?? Object.keys(this.loaders())))
      .map((p) => p.trim())
      .filter(Boolean);
    const loaders = this.loaders();
    this.context.queue({
      bytes: STEP_BYTES + jsonBytes(list),
      run: () => {
        // Loading a null object is no error in Office.js; its properties are just not there.
        if (!this.exists()) return 0;
        let bytes = 0;
        for (const p of list) {
          const loader = loaders[p];
          if (!loader) throw new DoubleError("InvalidArgument", `excel double: property ${p} cannot be loaded here`);
          const value = loader();
          this.loaded.set(p, value);
          bytes += jsonBytes(value) + p.length + 4;
        }
        return bytes;
      },
    });
    return this;
  }

  protected step(bytes: number, run: () => void): void {
    this.context.queue({
      bytes: STEP_BYTES + bytes,
      run: () => {
        run();
        return 20;
      },
    });
  }
}

function notLoaded(name: string): DoubleError {
  return new DoubleError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

class Workbook {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  constructor(context: RequestContext) {
    this.worksheets = new WorksheetCollection(context);
    this.tables = new TableCollection(context);
  }
}

class WorksheetCollection extends ClientObject {
  private itemsList: Worksheet[] | null = null;

  protected loaders(): Record<string, Loader> {
    return {};
  }

  override load(properties?: string | string[]): this {
    const list = typeof properties === "string" ? properties.split(",").map((p) => p.trim()) : (properties ?? ["items/name"]);
    const names = list.map((p) => p.replace(/^items\//, ""));
    this.context.queue({
      bytes: STEP_BYTES,
      run: () => {
        this.itemsList = this.context.model.sheets.map((s) => new Worksheet(this.context, () => s));
        for (const w of this.itemsList) w.fill(names);
        return jsonBytes(this.itemsList.map((w) => names.map((n) => w.peek(n))));
      },
    });
    return this;
  }

  get items(): Worksheet[] {
    if (!this.itemsList) throw notLoaded("items");
    return this.itemsList;
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => {
      const found = this.context.model.findSheet(name);
      if (!found) throw new DoubleError("ItemNotFound", `The requested resource doesn't exist (sheet ${name}).`);
      return found;
    });
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.context, () => this.context.model.findSheet(name) ?? null);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.context.model.sheet(this.context.model.active));
  }

  add(name: string): Worksheet {
    let made: SheetModel | null = null;
    this.step(name.length, () => {
      if (this.context.model.findSheet(name)) throw new DoubleError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new DoubleError("InvalidArgument", `Bad sheet name ${name}.`);
      made = this.context.model.addSheet({ name });
    });
    return new Worksheet(this.context, () => made ?? this.context.model.findSheet(name) ?? null);
  }
}

class Worksheet extends ClientObject {
  private resolved: SheetModel | null | undefined;
  readonly protection: WorksheetProtection;
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly charts: ChartCollection;

  constructor(
    context: RequestContext,
    private readonly locate: () => SheetModel | null,
  ) {
    super(context);
    this.protection = new WorksheetProtection(context, () => this.model());
    this.freezePanes = { freezeRows: (n: number) => this.step(8, () => void (this.model().frozenRows = n)) };
    this.charts = new ChartCollection(context, () => this.model());
  }

  /** The sheet this proxy stands for; resolved once, at the first sync that needs it. */
  model(): SheetModel {
    if (this.resolved === undefined) this.resolved = this.locate();
    if (!this.resolved) throw new DoubleError("ItemNotFound", "The requested resource doesn't exist.");
    return this.resolved;
  }

  protected override exists(): boolean {
    if (this.resolved === undefined) this.resolved = this.locate();
    return this.resolved !== null;
  }

  protected loaders(): Record<string, Loader> {
    return {
      name: () => this.model().name,
      visibility: () => this.model().visibility,
    };
  }

  fill(names: string[]): void {
    const loaders = this.loaders();
    for (const n of names) this.store(n, loaders[n]());
  }
  peek(name: string): unknown {
    return this.get(name);
  }

  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }

  activate(): void {
    this.step(8, () => void (this.context.model.active = this.model().name));
  }

  getRange(address = ""): Range {
    return new Range(this.context, () => ({ sheet: this.model(), rect: parseAddress(address) }));
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): Range {
    return new Range(this.context, () => {
      if (row < 0 || column < 0 || rows < 1 || columns < 1 || row + rows > MAX_ROWS || column + columns > MAX_COLUMNS) throw new DoubleError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      return { sheet: this.model(), rect: { r: row, c: column, rows, cols: columns } };
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): Range {
    return new Range(this.context, () => {
      const sheet = this.model();
      const rect = sheet.usedRect();
      return rect ? { sheet, rect } : null;
    });
  }

  getUsedRange(_valuesOnly?: boolean): Range {
    return new Range(this.context, () => {
      const sheet = this.model();
      return { sheet, rect: sheet.usedRect() ?? { r: 0, c: 0, rows: 1, cols: 1 } };
    });
  }
}

class WorksheetProtection extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context);
  }
  protected loaders(): Record<string, Loader> {
    return { protected: () => this.sheet().protected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

interface Place {
  sheet: SheetModel;
  rect: Rect;
}

class Range extends ClientObject {
  private resolved: Place | null | undefined;
  readonly format: RangeFormat;
  readonly conditionalFormats: ConditionalFormatCollection;

  constructor(
    context: RequestContext,
    private readonly locate: () => Place | null,
  ) {
    super(context);
    this.format = new RangeFormat(context, this);
    this.conditionalFormats = new ConditionalFormatCollection(context, this);
  }

  place(): Place {
    if (this.resolved === undefined) this.resolved = this.locate();
    if (!this.resolved) throw new DoubleError("ItemNotFound", "The requested resource doesn't exist.");
    return this.resolved;
  }

  protected override exists(): boolean {
    if (this.resolved === undefined) this.resolved = this.locate();
    return this.resolved !== null;
  }

  private writable(): Place {
    const place = this.place();
    if (place.sheet.protected) throw new DoubleError("AccessDenied", "The cell or chart that you are trying to change is protected.");
    return place;
  }

  private matrix<T>(pick: (sheet: SheetModel, r: number, c: number) => T): T[][] {
    const { sheet, rect } = this.place();
    if (rect.rows * rect.cols > 5_000_000) throw new DoubleError("ResponsePayloadSizeLimitExceeded", "The range is too large to read.");
    const out: T[][] = new Array(rect.rows);
    for (let i = 0; i < rect.rows; i++) {
      const row: T[] = new Array(rect.cols);
      for (let j = 0; j < rect.cols; j++) row[j] = pick(sheet, rect.r + i, rect.c + j);
      out[i] = row;
    }
    return out;
  }

  protected loaders(): Record<string, Loader> {
    return {
      values: () => this.matrix((s, r, c) => s.value(r, c)),
      numberFormat: () => this.matrix((s, r, c) => s.format(r, c)),
      formulas: () => this.matrix((s, r, c) => s.formula(r, c) ?? s.value(r, c)),
      address: () => addressOf(this.place().sheet.name, this.place().rect),
      rowIndex: () => this.place().rect.r,
      columnIndex: () => this.place().rect.c,
      rowCount: () => this.place().rect.rows,
      columnCount: () => this.place().rect.cols,
    };
  }

  get values(): Scalar[][] {
    return this.get("values");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  get formulas(): Scalar[][] {
    return this.get("formulas");
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  private setEach(name: string, input: unknown, apply: (sheet: SheetModel, r: number, c: number, value: unknown) => void): void {
    this.step(jsonBytes(input), () => {
      const { sheet, rect } = this.writable();
      const grid = input as unknown[][];
      if (!Array.isArray(grid) || grid.length !== rect.rows || grid.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
        throw new DoubleError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${name}).`);
      }
      for (let i = 0; i < rect.rows; i++) for (let j = 0; j < rect.cols; j++) apply(sheet, rect.r + i, rect.c + j, grid[i][j]);
    });
  }

  set values(input: unknown[][]) {
    this.setEach("values", input, (s, r, c, v) => s.typeIn(r, c, v));
  }
  set numberFormat(input: unknown[][]) {
    this.setEach("numberFormat", input, (s, r, c, v) => s.setFormat(r, c, String(v)));
  }
  set formulas(input: unknown[][]) {
    this.setEach("formulas", input, (s, r, c, v) => s.typeIn(r, c, v, true));
  }

  insert(shift: string): Range {
    this.step(16, () => {
      if (shift !== "Down") throw new DoubleError("InvalidArgument", `excel double: insert(${shift}) is not modelled`);
      const { sheet, rect } = this.writable();
      sheet.insertDown(rect);
    });
    return this;
  }

  delete(shift: string): void {
    this.step(16, () => {
      if (shift !== "Up") throw new DoubleError("InvalidArgument", `excel double: delete(${shift}) is not modelled`);
      const { sheet, rect } = this.writable();
      sheet.deleteUp(rect);
    });
  }

  clear(_applyTo?: string): void {
    this.step(16, () => {
      const { sheet, rect } = this.writable();
      sheet.clearRect(rect);
    });
  }

  select(): void {
    this.step(8, () => {
      const { sheet, rect } = this.place();
      if (this.context.model.active !== sheet.name) throw new DoubleError("InvalidSelection", "The selection is not on the active sheet.");
      this.context.model.selection = { sheet: sheet.name, rect };
    });
  }

  /** For the adapter's own bookkeeping: the resolved place (sheet, 0-based rect). */
  get resolvedPlace(): Place {
    return this.place();
  }
}

class RangeFormat {
  readonly font: { bold: boolean; color: string };
  readonly fill: { color: string };
  constructor(
    private readonly context: RequestContext,
    private readonly range: Range,
  ) {
    const step = (run: () => void) => context.queue({ bytes: STEP_BYTES, run: () => (run(), 20) });
    const rangeRef = range;
    this.font = {
      set bold(value: boolean) {
        step(() => {
          const { sheet, rect } = rangeRef.resolvedPlace;
          if (value) sheet.bold.push(rect);
        });
      },
      get bold(): boolean {
        throw notLoaded("bold");
      },
      set color(_value: string) {
        step(() => void rangeRef.resolvedPlace);
      },
      get color(): string {
        throw notLoaded("color");
      },
    };
    this.fill = {
      set color(_value: string) {
        step(() => void rangeRef.resolvedPlace);
      },
      get color(): string {
        throw notLoaded("color");
      },
    };
  }

  set columnWidth(width: number) {
    this.context.queue({
      bytes: STEP_BYTES,
      run: () => {
        const { sheet, rect } = this.range.resolvedPlace;
        for (let c = rect.c; c < rect.c + rect.cols; c++) sheet.columnWidths.set(c, width);
        return 20;
      },
    });
  }

  autofitColumns(): void {
    this.context.queue({ bytes: STEP_BYTES, run: () => (void this.range.resolvedPlace, 20) });
  }
}

class ConditionalFormatCollection {
  constructor(
    private readonly context: RequestContext,
    private readonly range: Range,
  ) {}

  add(type: string): ConditionalFormat {
    const model: ConditionalFormatModel = { rect: { r: 0, c: 0, rows: 0, cols: 0 }, type };
    this.context.queue({
      bytes: STEP_BYTES,
      run: () => {
        const { sheet, rect } = this.range.resolvedPlace;
        if (sheet.protected) throw new DoubleError("AccessDenied", "The sheet is protected.");
        model.rect = rect;
        sheet.conditionalFormats.push(model);
        return 20;
      },
    });
    return new ConditionalFormat(this.context, model);
  }

  clearAll(): void {
    this.context.queue({
      bytes: STEP_BYTES,
      run: () => {
        const { sheet, rect } = this.range.resolvedPlace;
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.rect, rect));
        return 20;
      },
    });
  }
}

class ConditionalFormat {
  readonly textComparison: { format: { fill: { color: string }; font: { color: string } }; rule: { operator: string; text: string } };
  constructor(context: RequestContext, model: ConditionalFormatModel) {
    const step = (run: () => void) => context.queue({ bytes: STEP_BYTES, run: () => (run(), 20) });
    this.textComparison = {
      format: {
        fill: {
          set color(value: string) {
            step(() => void (model.fill = value));
          },
          get color(): string {
            throw notLoaded("color");
          },
        },
        font: {
          set color(value: string) {
            step(() => void (model.font = value));
          },
          get color(): string {
            throw notLoaded("color");
          },
        },
      },
      set rule(value: { operator: string; text: string }) {
        step(() => void (model.rule = { ...value }));
      },
      get rule(): { operator: string; text: string } {
        throw notLoaded("rule");
      },
    };
  }
}

class TableCollection extends ClientObject {
  private itemsList: Table[] | null = null;
  protected loaders(): Record<string, Loader> {
    return {};
  }
  override load(_properties?: string | string[]): this {
    this.context.queue({
      bytes: STEP_BYTES,
      run: () => {
        this.itemsList = this.context.model.tables.map((t) => {
          const table = new Table(this.context, () => t);
          table.fill();
          return table;
        });
        return jsonBytes(this.context.model.tables.map((t) => t.name));
      },
    });
    return this;
  }
  get items(): Table[] {
    if (!this.itemsList) throw notLoaded("items");
    return this.itemsList;
  }
  getItemOrNullObject(name: string): Table {
    return new Table(this.context, () => this.context.model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null);
  }

  /** Excel refuses a table over cells of another table. */
  add(address: Range | string, _hasHeaders: boolean): Table {
    const model: TableModel = { name: "", sheet: null as unknown as SheetModel, rect: { r: 0, c: 0, rows: 0, cols: 0 } };
    this.context.queue({
      bytes: STEP_BYTES,
      run: () => {
        if (typeof address === "string") {
          const sheetName = address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'");
          model.sheet = this.context.model.sheet(sheetName);
          model.rect = parseAddress(address);
        } else {
          const place = address.resolvedPlace;
          model.sheet = place.sheet;
          model.rect = place.rect;
        }
        if (model.sheet.protected) throw new DoubleError("AccessDenied", "The sheet is protected.");
        if (this.context.model.tables.some((t) => t.sheet === model.sheet && intersects(t.rect, model.rect))) throw new DoubleError("InvalidOperation", "A table cannot overlap another table.");
        model.name = `Table${this.context.model.tables.length + 1}`;
        this.context.model.tables.push(model);
        return 20;
      },
    });
    return new Table(this.context, () => model);
  }
}

class Table extends ClientObject {
  private resolved: TableModel | null | undefined;
  constructor(
    context: RequestContext,
    private readonly locate: () => TableModel | null,
  ) {
    super(context);
  }
  private model(): TableModel {
    if (this.resolved === undefined) this.resolved = this.locate();
    if (!this.resolved) throw new DoubleError("ItemNotFound", "The requested resource doesn't exist.");
    return this.resolved;
  }
  protected override exists(): boolean {
    if (this.resolved === undefined) this.resolved = this.locate();
    return this.resolved !== null;
  }
  protected loaders(): Record<string, Loader> {
    return { name: () => this.model().name };
  }
  fill(): void {
    this.store("name", this.model().name);
  }
  get name(): string {
    return this.get("name");
  }
  get worksheet(): Worksheet {
    return new Worksheet(this.context, () => this.model().sheet);
  }
  set name(value: string) {
    this.step(value.length, () => {
      if (this.context.model.tables.some((t) => t !== this.model() && t.name.toLowerCase() === value.toLowerCase())) throw new DoubleError("InvalidArgument", `A table named ${value} already exists.`);
      this.model().name = value;
    });
  }
  set style(value: string) {
    this.step(value.length, () => void (this.model().style = value));
  }
  convertToRange(): Range {
    this.step(8, () => {
      const model = this.model();
      this.context.model.tables = this.context.model.tables.filter((t) => t !== model);
    });
    return this.getRange();
  }
  getRange(): Range {
    return new Range(this.context, () => ({ sheet: this.model().sheet, rect: this.model().rect }));
  }
}

class ChartCollection {
  constructor(
    private readonly context: RequestContext,
    private readonly sheet: () => SheetModel,
  ) {}

  add(type: string, source: Range, seriesBy = "Auto"): Chart {
    const model: ChartModel = { name: "", type, source: { r: 0, c: 0, rows: 0, cols: 0 }, seriesBy, title: "" };
    this.context.queue({
      bytes: STEP_BYTES,
      run: () => {
        const sheet = this.sheet();
        if (sheet.protected) throw new DoubleError("AccessDenied", "The sheet is protected.");
        model.source = source.resolvedPlace.rect;
        model.name ||= `Chart ${sheet.charts.length + 1}`;
        sheet.charts.push(model);
        return 20;
      },
    });
    return new Chart(this.context, () => model, this.sheet);
  }

  getItemOrNullObject(name: string): Chart {
    return new Chart(this.context, () => this.sheet().charts.find((c) => c.name === name) ?? null, this.sheet);
  }
}

class Chart extends ClientObject {
  private resolved: ChartModel | null | undefined;
  readonly title: { text: string };
  constructor(
    context: RequestContext,
    private readonly locate: () => ChartModel | null,
    private readonly sheet: () => SheetModel,
  ) {
    super(context);
    const chart = this;
    this.title = {
      set text(value: string) {
        chart.step(value.length, () => void (chart.model().title = value));
      },
      get text(): string {
        throw notLoaded("title");
      },
    };
  }
  model(): ChartModel {
    if (this.resolved === undefined) this.resolved = this.locate();
    if (!this.resolved) throw new DoubleError("ItemNotFound", "The requested resource doesn't exist.");
    return this.resolved;
  }
  protected override exists(): boolean {
    if (this.resolved === undefined) this.resolved = this.locate();
    return this.resolved !== null;
  }
  protected loaders(): Record<string, Loader> {
    return { name: () => this.model().name };
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.step(value.length, () => void (this.model().name = value));
  }
  setData(source: Range, seriesBy = "Auto"): void {
    this.step(16, () => {
      const chart = this.model();
      chart.source = source.resolvedPlace.rect;
      chart.seriesBy = seriesBy;
    });
  }
  setPosition(start: string, end?: string): void {
    this.step(16, () => void (this.model().position = [start, end]));
  }
  delete(): void {
    this.step(8, () => {
      const sheet = this.sheet();
      sheet.charts = sheet.charts.filter((c) => c !== this.model());
    });
  }
}

/** What `Excel.run` is bound to in a test: the double's workbook. */
export function excelNamespace(model: WorkbookModel): { run: WorkbookModel["run"] } {
  return { run: model.run };
}
