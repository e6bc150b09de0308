// Answers the requests of Microsoft's Excel JavaScript client against a WorkbookModel, the way Excel's
// host does. The wire format is the client's own (excel-win32-16.01.debug.js in @microsoft/office-js):
// a request body { Actions, ObjectPaths } posted to ".../ProcessQuery?flags=N"; ObjectPathType 1 global
// object, 3 method, 4 property, 5 indexer, 6 reference id; ActionType 1 instantiate, 2 query, 3 method,
// 4 set property. The answer is { Results: [{ ActionId, Value }] } and, when an action fails,
// { Error: { Code, Message, HttpStatusCode, ActionIndex } } beside the results of the actions before it
// (see processResponse and the error branch of ClientRequestContext.processRequestExecutorResponseMessage
// there). Query values are keyed by the PascalCase property names each class's _handleResult reads;
// collection items come as { _Items: [...] }; an instantiated object the client must keep between
// requests (every method-made object not marked "D" — do not keep — and every one it sent _KeepReference
// for) gets a _ReferenceId, and
// a null object answers null (InstantiateActionUpdateObjectPathHandler). Sizes are measured on the
// serialized bodies, and the limits of Excel on the web are enforced on them.
import { addressOf, CELL_READ_LIMIT, contains, DoubleError, intersects, MAX_COLUMNS, MAX_ROWS, parseAddress, PAYLOAD_LIMIT, type ChartModel, type ConditionalFormatModel, type Rect, type SheetModel, type TableModel, type WorkbookModel } from "./excel-double";

interface ArgumentInfo {
  readonly Arguments?: unknown[];
  readonly ReferencedObjectPathIds?: number[];
}
interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
  /** Do not keep a reference (Constants.objectPathInfoDoNotKeepReferenceFieldName): set by range.untrack(). */
  readonly D?: boolean;
}
interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: { readonly Select?: string[]; readonly Expand?: string[] };
}
interface RequestBody {
  readonly Actions?: ActionInfo[];
  readonly ObjectPaths?: Record<string, ObjectPathInfo>;
}

export interface HostRequest {
  readonly url: string;
  readonly body?: unknown;
}
export interface HostResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const INSTANTIATE = 1;
const QUERY = 2;
const METHOD = 3;
const SET = 4;
const DELAY_FOR_CELL_EDIT = 64;

function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) bytes += c > 0x7ff && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/**
 * Range.text: what the cell shows. Numbers in a date format are shown as the date their serial means in
 * the workbook's date system (1904: 1,462 days after the same serial in 1900); enough of Excel's format
 * codes for dates (yyyy, yy, mm, m, dd, d) to tell a date from another.
 */
function shownText(value: unknown, format: string, date1904: boolean): string {
  if (typeof value !== "number" || !/[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""))) return String(value);
  const ms = (Math.floor(value) + (date1904 ? 1462 : 0) - 25569) * 86_400_000;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const two = (n: number) => String(n).padStart(2, "0");
  return format.replace(/yyyy|yy|mm|m|dd|d/gi, (token) => ({ yyyy: String(y), yy: two(y % 100), mm: two(m), m: String(m), dd: two(day), d: String(day) })[token.toLowerCase()] ?? token);
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function fail(code: string, message: string): never {
  throw new DoubleError(code, message);
}

const MESSAGES = {
  itemNotFound: "The requested resource doesn't exist.",
  accessDenied: "The cell or chart you're trying to change is protected and therefore read-only.",
  invalidArgument: "The argument is invalid or missing or has an incorrect format.",
  dimensions: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
} as const;

/** Something a request can name: a workbook, a sheet, a range, a table … */
abstract class HostObject {
  constructor(readonly book: WorkbookModel) {}
  /** A property path (type 4) or a method path (type 3); "" is the indexer (type 5). */
  navigate(name: string, _args: unknown[]): HostObject | null {
    return fail("InvalidArgument", `excel double: ${this.constructor.name}.${name} is not modelled`);
  }
  call(name: string, _args: unknown[]): unknown {
    return fail("InvalidArgument", `excel double: ${this.constructor.name}.${name}() is not modelled`);
  }
  /** Loadable scalar properties, by their camelCase name. */
  protected properties(): Record<string, () => unknown> {
    return {};
  }
  query(select: readonly string[] | undefined): unknown {
    const properties = this.properties();
    const names = select && select.length > 0 ? select : Object.keys(properties);
    const out: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "isNullObject") continue;
      if (name.includes("/")) fail("InvalidArgument", `excel double: loading ${name} is not modelled`);
      const read = properties[name];
      if (!read) fail("InvalidArgument", `excel double: property ${this.constructor.name}.${name} is not modelled`);
      out[pascal(name)] = read();
    }
    return out;
  }
  set(name: string, _value: unknown): void {
    fail("InvalidArgument", `excel double: setting ${this.constructor.name}.${name} is not modelled`);
  }
}

function writable(sheet: SheetModel): SheetModel {
  if (sheet.protected) fail("AccessDenied", MESSAGES.accessDenied);
  return sheet;
}

class WorkbookObject extends HostObject {
  override navigate(name: string): HostObject | null {
    if (name === "Worksheets") return new WorksheetCollectionObject(this.book);
    if (name === "Tables") return new TableCollectionObject(this.book, null);
    if (name === "Protection") return new WorkbookProtectionObject(this.book);
    return super.navigate(name, []);
  }
  protected override properties(): Record<string, () => unknown> {
    return { name: () => "Buku1.xlsx", use1904DateSystem: () => this.book.use1904DateSystem };
  }
}

class WorkbookProtectionObject extends HostObject {
  protected override properties(): Record<string, () => unknown> {
    return { protected: () => this.book.structureProtected };
  }
}

class WorksheetCollectionObject extends HostObject {
  override navigate(name: string, args: unknown[]): HostObject | null {
    const book = this.book;
    switch (name) {
      case "":
      case "GetItem": {
        const sheet = book.findSheet(String(args[0]));
        return sheet ? new WorksheetObject(book, sheet) : fail("ItemNotFound", MESSAGES.itemNotFound);
      }
      case "GetItemOrNullObject": {
        const sheet = book.findSheet(String(args[0]));
        return sheet ? new WorksheetObject(book, sheet) : null;
      }
      case "GetActiveWorksheet":
        return new WorksheetObject(book, book.sheet(book.active));
      case "Add": {
        if (book.structureProtected) fail("AccessDenied", "The workbook's structure is protected: sheets cannot be added.");
        let name = args[0] === null || args[0] === undefined ? "" : String(args[0]);
        if (!name) for (let i = book.sheets.length + 1; !name || book.findSheet(name); i++) name = `Sheet${i}`;
        if (book.findSheet(name)) fail("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
        if (name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) fail("InvalidArgument", MESSAGES.invalidArgument);
        return new WorksheetObject(book, book.addSheet({ name }));
      }
    }
    return super.navigate(name, args);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "GetCount") return this.book.sheets.length;
    return super.call(name, args);
  }
  override query(select: readonly string[] | undefined): unknown {
    return { _Items: this.book.sheets.map((s) => ({ Id: s.id, ...(new WorksheetObject(this.book, s).query(select) as object) })) };
  }
}

class WorksheetObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly sheet: SheetModel,
  ) {
    super(book);
  }
  private live(): SheetModel {
    if (!this.book.sheets.includes(this.sheet)) fail("ItemNotFound", MESSAGES.itemNotFound);
    return this.sheet;
  }
  override navigate(name: string, args: unknown[]): HostObject | null {
    const sheet = this.live();
    const book = this.book;
    switch (name) {
      case "Protection":
        return new WorksheetProtectionObject(book, sheet);
      case "FreezePanes":
        return new FreezePanesObject(book, sheet);
      case "Charts":
        return new ChartCollectionObject(book, sheet);
      case "Tables":
        return new TableCollectionObject(book, sheet);
      case "AutoFilter":
        return new AutoFilterObject(book, sheet);
      case "GetRange":
        return new RangeObject(book, sheet, parseAddress(args[0] === undefined || args[0] === null ? "" : String(args[0])));
      case "GetRangeByIndexes": {
        const [row, column, rows, columns] = args as number[];
        if (row < 0 || column < 0 || rows < 1 || columns < 1 || row + rows > MAX_ROWS || column + columns > MAX_COLUMNS) fail("InvalidArgument", MESSAGES.invalidArgument);
        return new RangeObject(book, sheet, { r: row, c: column, rows, cols: columns });
      }
      case "GetCell":
        return new RangeObject(book, sheet, { r: Number(args[0]), c: Number(args[1]), rows: 1, cols: 1 });
      case "GetUsedRange":
        return new RangeObject(book, sheet, sheet.usedRect(args[0] === true) ?? { r: 0, c: 0, rows: 1, cols: 1 });
      case "GetUsedRangeOrNullObject": {
        const rect = sheet.usedRect(args[0] === true);
        return rect ? new RangeObject(book, sheet, rect) : null;
      }
    }
    return super.navigate(name, args);
  }
  override call(name: string, args: unknown[]): unknown {
    const sheet = this.live();
    if (name === "Activate") {
      this.book.active = sheet.name;
      return null;
    }
    if (name === "Delete") {
      if (this.book.structureProtected) fail("AccessDenied", "The workbook's structure is protected.");
      this.book.sheets = this.book.sheets.filter((s) => s !== sheet);
      return null;
    }
    return super.call(name, args);
  }
  protected override properties(): Record<string, () => unknown> {
    return { name: () => this.live().name, id: () => this.sheet.id, visibility: () => this.live().visibility, position: () => this.book.sheets.indexOf(this.sheet) };
  }
  override set(name: string, value: unknown): void {
    const sheet = this.live();
    if (name === "Name") {
      if (this.book.structureProtected) fail("AccessDenied", "The workbook's structure is protected.");
      sheet.name = String(value);
    } else if (name === "Visibility") sheet.visibility = String(value);
    else super.set(name, value);
  }
}

class WorksheetProtectionObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly sheet: SheetModel,
  ) {
    super(book);
  }
  protected override properties(): Record<string, () => unknown> {
    return { protected: () => this.sheet.protected };
  }
}

class FreezePanesObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly sheet: SheetModel,
  ) {
    super(book);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "FreezeRows") {
      writable(this.sheet).frozenRows = Number(args[0] ?? 1);
      return null;
    }
    if (name === "Unfreeze") {
      writable(this.sheet).frozenRows = 0;
      return null;
    }
    return super.call(name, args);
  }
}

class AutoFilterObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly sheet: SheetModel,
  ) {
    super(book);
  }
  protected override properties(): Record<string, () => unknown> {
    return { enabled: () => this.sheet.autoFilter !== null, isDataFiltered: () => this.sheet.autoFilter?.applied ?? false };
  }
}

/** Cells a 2-D input sets: the same shape as the range, or one value for all of it (Office.js allows both). */
function grid(input: unknown, rect: Rect): (row: number, column: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rect.rows || input.some((row) => !Array.isArray(row) || row.length !== rect.cols)) fail("InvalidArgument", MESSAGES.dimensions);
  return (i, j) => (input as unknown[][])[i][j];
}

class RangeObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly sheet: SheetModel,
    public rect: Rect,
  ) {
    super(book);
  }

  private matrix<T>(pick: (r: number, c: number) => T): T[][] {
    const { rect, sheet } = this;
    if (rect.rows * rect.cols > CELL_READ_LIMIT) fail("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.");
    const out: T[][] = new Array(rect.rows);
    for (let i = 0; i < rect.rows; i++) {
      const row: T[] = new Array(rect.cols);
      for (let j = 0; j < rect.cols; j++) row[j] = pick(rect.r + i, rect.c + j);
      out[i] = row;
    }
    void sheet;
    return out;
  }

  protected override properties(): Record<string, () => unknown> {
    const s = this.sheet;
    return {
      values: () => this.matrix((r, c) => s.value(r, c)),
      numberFormat: () => this.matrix((r, c) => s.format(r, c)),
      formulas: () => this.matrix((r, c) => s.formula(r, c) ?? s.value(r, c)),
      valueTypes: () => this.matrix((r, c) => s.valueType(r, c)),
      text: () => this.matrix((r, c) => shownText(s.value(r, c), s.format(r, c), this.book.use1904DateSystem)),
      address: () => addressOf(s.name, this.rect),
      rowIndex: () => this.rect.r,
      columnIndex: () => this.rect.c,
      rowCount: () => this.rect.rows,
      columnCount: () => this.rect.cols,
      cellCount: () => this.rect.rows * this.rect.cols,
      rowHidden: () => {
        let hidden = 0;
        for (let r = this.rect.r; r < this.rect.r + this.rect.rows; r++) if (s.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === this.rect.rows ? true : null;
      },
    };
  }

  override set(name: string, value: unknown): void {
    const sheet = writable(this.sheet);
    const { rect } = this;
    if (name === "Values" || name === "Formulas") {
      const cell = grid(value, rect);
      for (let i = 0; i < rect.rows; i++) for (let j = 0; j < rect.cols; j++) sheet.typeIn(rect.r + i, rect.c + j, cell(i, j));
      expandTablesAround(this.book, sheet, rect, cell);
      return;
    }
    if (name === "NumberFormat") {
      const cell = grid(value, rect);
      for (let i = 0; i < rect.rows; i++)
        for (let j = 0; j < rect.cols; j++) {
          const f = cell(i, j);
          if (f !== null && f !== undefined) sheet.setFormat(rect.r + i, rect.c + j, String(f));
        }
      return;
    }
    super.set(name, value);
  }

  override navigate(name: string, args: unknown[]): HostObject | null {
    const { book, sheet, rect } = this;
    switch (name) {
      case "Format":
        return new RangeFormatObject(book, this);
      case "ConditionalFormats":
        return new ConditionalFormatCollectionObject(book, this);
      case "Insert":
        insertCells(book, sheet, rect, String(args[0]));
        return new RangeObject(book, sheet, rect);
      case "GetCell":
        return new RangeObject(book, sheet, { r: rect.r + Number(args[0]), c: rect.c + Number(args[1]), rows: 1, cols: 1 });
      case "GetRow":
        return new RangeObject(book, sheet, { r: rect.r + Number(args[0]), c: rect.c, rows: 1, cols: rect.cols });
      case "GetEntireRow":
        return new RangeObject(book, sheet, { r: rect.r, c: 0, rows: rect.rows, cols: MAX_COLUMNS });
      case "GetResizedRange":
        return new RangeObject(book, sheet, { ...rect, rows: rect.rows + Number(args[0]), cols: rect.cols + Number(args[1]) });
      case "GetOffsetRange":
        return new RangeObject(book, sheet, { ...rect, r: rect.r + Number(args[0]), c: rect.c + Number(args[1]) });
      case "GetRowsBelow":
        return new RangeObject(book, sheet, { r: rect.r + rect.rows, c: rect.c, rows: Number(args[0] ?? 1), cols: rect.cols });
      case "GetBoundingRect": {
        // Microsoft's client writes a 2-D array of more than 1,500 cells in chunks of rows, each one
        // getRow(i).getBoundingRect(getRow(j)) (setRangePropertiesInBulk in the client).
        const other = args[0];
        if (!(other instanceof RangeObject) || other.sheet !== sheet) fail("InvalidArgument", MESSAGES.invalidArgument);
        const r0 = Math.min(rect.r, other.rect.r);
        const c0 = Math.min(rect.c, other.rect.c);
        const r1 = Math.max(rect.r + rect.rows, other.rect.r + other.rect.rows);
        const c1 = Math.max(rect.c + rect.cols, other.rect.c + other.rect.cols);
        return new RangeObject(book, sheet, { r: r0, c: c0, rows: r1 - r0, cols: c1 - c0 });
      }
      case "GetMergedAreasOrNullObject": {
        const areas = sheet.merged.filter((m) => intersects(m, rect));
        return areas.length ? new RangeAreasObject(book, sheet, areas) : null;
      }
    }
    return super.navigate(name, args);
  }

  override call(name: string, args: unknown[]): unknown {
    const { book, sheet, rect } = this;
    switch (name) {
      case "Delete":
        deleteCells(book, sheet, rect, String(args[0]));
        return null;
      case "Clear":
        writable(sheet).clearRect(rect, args[0] === undefined || args[0] === null ? "All" : String(args[0]));
        return null;
      case "Select":
        if (book.active !== sheet.name) fail("InvalidSelection", "The current selection is invalid for this operation.");
        book.selection = { sheet: sheet.name, rect };
        return null;
      case "Merge":
        writable(sheet).merged.push(rect);
        return null;
      case "_ValidateArraySize":
        if (Number(args[0]) !== rect.rows || Number(args[1]) !== rect.cols) fail("InvalidArgument", MESSAGES.dimensions);
        return null;
    }
    return super.call(name, args);
  }
}

class RangeAreasObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly sheet: SheetModel,
    readonly areas: Rect[],
  ) {
    super(book);
  }
  protected override properties(): Record<string, () => unknown> {
    return { address: () => this.areas.map((a) => addressOf(this.sheet.name, a)).join(","), areaCount: () => this.areas.length, cellCount: () => this.areas.reduce((n, a) => n + a.rows * a.cols, 0) };
  }
}

/** Tables touched by an insert or delete of `rect` with its cells shifting vertically. */
function checkVerticalShift(book: WorkbookModel, sheet: SheetModel, rect: Rect): TableModel[] {
  const shifted = { r: rect.r, c: rect.c, rows: MAX_ROWS - rect.r, cols: rect.cols };
  const moving: TableModel[] = [];
  for (const table of book.tables) {
    if (table.sheet !== sheet || !intersects(table.rect, shifted)) continue;
    const sameColumns = table.rect.c === rect.c && table.rect.cols === rect.cols;
    const coversColumns = rect.c <= table.rect.c && rect.c + rect.cols >= table.rect.c + table.rect.cols;
    if (!coversColumns && !sameColumns) fail("InsertDeleteConflict", "The insert or delete operation would move cells in a table.");
    moving.push(table);
  }
  for (const area of sheet.merged) {
    if (!intersects(area, shifted)) continue;
    const inside = area.c >= rect.c && area.c + area.cols <= rect.c + rect.cols;
    if (!inside) fail("MergedRangeConflict", "The operation would change only part of a merged cell.");
  }
  const filter = sheet.autoFilter;
  if (filter?.applied && intersects(filter.rect, shifted)) fail("FilteredRangeConflict", "The operation conflicts with a filtered range.");
  return moving;
}

function insertCells(book: WorkbookModel, sheet: SheetModel, rect: Rect, shift: string): void {
  writable(sheet);
  if (shift !== "Down") fail("InvalidArgument", `excel double: insert(${shift}) is not modelled`);
  const tables = checkVerticalShift(book, sheet, rect);
  sheet.insertDown(rect);
  for (const t of tables) {
    const inside = rect.r > t.rect.r && rect.r < t.rect.r + t.rect.rows;
    if (inside) t.rect = { ...t.rect, rows: t.rect.rows + rect.rows };
    else if (rect.r <= t.rect.r) t.rect = { ...t.rect, r: t.rect.r + rect.rows };
  }
  shiftMerged(sheet, rect, rect.rows);
}

function deleteCells(book: WorkbookModel, sheet: SheetModel, rect: Rect, shift: string): void {
  writable(sheet);
  if (shift !== "Up") fail("InvalidArgument", `excel double: delete(${shift}) is not modelled`);
  const tables = checkVerticalShift(book, sheet, rect);
  for (const t of tables) {
    const headerRow = t.rect.r;
    if (t.showHeaders && rect.r <= headerRow && rect.r + rect.rows > headerRow && rect.r + rect.rows < t.rect.r + t.rect.rows) fail("InsertDeleteConflict", "The operation would delete a table's header row.");
  }
  sheet.deleteUp(rect);
  for (const t of tables) {
    const end = t.rect.r + t.rect.rows;
    const overlap = Math.max(0, Math.min(end, rect.r + rect.rows) - Math.max(t.rect.r, rect.r));
    if (overlap === t.rect.rows) book.tables = book.tables.filter((x) => x !== t);
    else if (rect.r < t.rect.r) t.rect = { ...t.rect, r: t.rect.r - Math.min(rect.rows, t.rect.r - rect.r), rows: t.rect.rows - overlap };
    else t.rect = { ...t.rect, rows: t.rect.rows - overlap };
  }
  shiftMerged(sheet, rect, -rect.rows);
}

function shiftMerged(sheet: SheetModel, rect: Rect, by: number): void {
  sheet.merged = sheet.merged
    .filter((m) => by > 0 || !(m.r >= rect.r && m.r + m.rows <= rect.r + rect.rows && m.c >= rect.c && m.c + m.cols <= rect.c + rect.cols))
    .map((m) => (m.r >= rect.r && m.c >= rect.c && m.c + m.cols <= rect.c + rect.cols ? { ...m, r: m.r + by } : m));
}

/** A write in the row just below or the column just right of a table grows it (AutoCorrect's table expansion). */
function expandTablesAround(book: WorkbookModel, sheet: SheetModel, rect: Rect, cell: (i: number, j: number) => unknown): void {
  const written = (i0: number, i1: number, j0: number, j1: number) => {
    for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) if (cell(i - rect.r, j - rect.c) !== null && cell(i - rect.r, j - rect.c) !== "" && cell(i - rect.r, j - rect.c) !== undefined) return true;
    return false;
  };
  for (const t of book.tables) {
    if (t.sheet !== sheet) continue;
    const below = t.rect.r + t.rect.rows;
    if (!t.showTotals && rect.r <= below && rect.r + rect.rows > below) {
      const c0 = Math.max(rect.c, t.rect.c);
      const c1 = Math.min(rect.c + rect.cols, t.rect.c + t.rect.cols);
      if (c1 > c0) {
        let last = below;
        while (last < rect.r + rect.rows && written(last, last + 1, c0, c1)) last++;
        if (last > below) t.rect = { ...t.rect, rows: t.rect.rows + (last - below) };
      }
    }
    const right = t.rect.c + t.rect.cols;
    if (rect.c <= right && rect.c + rect.cols > right) {
      const r0 = Math.max(rect.r, t.rect.r);
      const r1 = Math.min(rect.r + rect.rows, t.rect.r + t.rect.rows);
      if (r1 > r0 && written(r0, r1, right, right + 1)) {
        t.rect = { ...t.rect, cols: t.rect.cols + 1 };
        if (t.showHeaders && sheet.value(t.rect.r, right) === "") sheet.setRaw(t.rect.r, right, `Column${t.rect.cols}`);
      }
    }
  }
}

class RangeFormatObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly range: RangeObject,
  ) {
    super(book);
  }
  override navigate(name: string, args: unknown[]): HostObject | null {
    if (name === "Font") return new StyleObject(this.book, this.range, "font");
    if (name === "Fill") return new StyleObject(this.book, this.range, "fill");
    return super.navigate(name, args);
  }
  override set(name: string, value: unknown): void {
    const sheet = writable(this.range.sheet);
    if (name === "ColumnWidth") {
      for (let c = this.range.rect.c; c < this.range.rect.c + this.range.rect.cols; c++) sheet.columnWidths.set(c, Number(value));
      return;
    }
    if (["WrapText", "HorizontalAlignment", "VerticalAlignment", "RowHeight"].includes(name)) return;
    super.set(name, value);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "AutofitColumns" || name === "AutofitRows") {
      writable(this.range.sheet);
      return null;
    }
    return super.call(name, args);
  }
}

class StyleObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly range: RangeObject,
    readonly part: "font" | "fill",
  ) {
    super(book);
  }
  override set(name: string, value: unknown): void {
    const sheet = writable(this.range.sheet);
    if (this.part === "font" && name === "Bold") {
      if (value) sheet.bold.push(this.range.rect);
      return;
    }
    if (name === "Color" || name === "Italic" || name === "Size") return;
    super.set(name, value);
  }
}

class ConditionalFormatCollectionObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly range: RangeObject,
  ) {
    super(book);
  }
  override navigate(name: string, args: unknown[]): HostObject | null {
    if (name === "Add") {
      const sheet = writable(this.range.sheet);
      const model: ConditionalFormatModel = { rect: this.range.rect, type: String(args[0]) };
      sheet.conditionalFormats.push(model);
      return new ConditionalFormatObject(this.book, model);
    }
    return super.navigate(name, args);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "ClearAll") {
      const sheet = writable(this.range.sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.rect, this.range.rect));
      return null;
    }
    if (name === "GetCount") return this.range.sheet.conditionalFormats.filter((f) => intersects(f.rect, this.range.rect)).length;
    return super.call(name, args);
  }
}

/** A conditional format and the parts of it a request can reach (TextComparison, its Format, Fill, Font). */
class ConditionalFormatObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly model: ConditionalFormatModel,
    readonly part: "root" | "text" | "format" | "fill" | "font" = "root",
  ) {
    super(book);
  }
  override navigate(name: string, args: unknown[]): HostObject | null {
    const next = ({ root: { TextComparison: "text" }, text: { Format: "format" }, format: { Fill: "fill", Font: "font" }, fill: {}, font: {} } as const)[this.part] as Record<string, ConditionalFormatObject["part"]>;
    if (next[name]) return new ConditionalFormatObject(this.book, this.model, next[name]);
    return super.navigate(name, args);
  }
  override set(name: string, value: unknown): void {
    if (this.part === "text" && name === "Rule") {
      const rule = value as { operator: string; text: string };
      this.model.rule = { operator: rule.operator, text: rule.text };
    } else if (name === "Color" && (this.part === "fill" || this.part === "font")) this.model[this.part] = String(value);
    else super.set(name, value);
  }
}

class TableCollectionObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly sheet: SheetModel | null,
  ) {
    super(book);
  }
  private list(): TableModel[] {
    return this.book.tables.filter((t) => this.sheet === null || t.sheet === this.sheet);
  }
  private find(key: unknown): TableModel | undefined {
    const k = String(key).toLowerCase();
    return this.list().find((t) => t.name.toLowerCase() === k || t.id === String(key));
  }
  override navigate(name: string, args: unknown[]): HostObject | null {
    switch (name) {
      case "":
      case "GetItem": {
        const t = this.find(args[0]);
        return t ? new TableObject(this.book, t) : fail("ItemNotFound", MESSAGES.itemNotFound);
      }
      case "GetItemOrNullObject": {
        const t = this.find(args[0]);
        return t ? new TableObject(this.book, t) : null;
      }
      case "Add": {
        const [source, hasHeaders] = args;
        let sheet: SheetModel;
        let rect: Rect;
        if (source instanceof RangeObject) {
          sheet = source.sheet;
          rect = source.rect;
        } else {
          const address = String(source);
          const bang = address.lastIndexOf("!");
          sheet = bang >= 0 ? this.book.sheet(address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : (this.sheet ?? this.book.sheet(this.book.active));
          rect = parseAddress(address);
        }
        writable(sheet);
        if (this.book.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) fail("InvalidOperation", "A table can't overlap another table.");
        if (!hasHeaders) {
          // Excel adds a header row above the data (OfficeDev/office-js#196: by design).
          sheet.insertDown({ r: rect.r, c: rect.c, rows: 1, cols: rect.cols });
          rect = { ...rect, rows: rect.rows + 1 };
          for (let j = 0; j < rect.cols; j++) sheet.setRaw(rect.r, rect.c + j, `Column${j + 1}`);
        }
        const id = this.book.newTableId();
        const table: TableModel = { name: `Table${id}`, id, sheet, rect, showHeaders: true, showTotals: false };
        this.book.tables.push(table);
        return new TableObject(this.book, table);
      }
    }
    return super.navigate(name, args);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "GetCount") return this.list().length;
    return super.call(name, args);
  }
  override query(select: readonly string[] | undefined): unknown {
    return { _Items: this.list().map((t) => ({ Id: t.id, ...(new TableObject(this.book, t).query(select) as object) })) };
  }
}

class TableObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly table: TableModel,
  ) {
    super(book);
  }
  private live(): TableModel {
    if (!this.book.tables.includes(this.table)) fail("ItemNotFound", MESSAGES.itemNotFound);
    return this.table;
  }
  private body(): Rect {
    const t = this.live().rect;
    const top = this.table.showHeaders ? 1 : 0;
    return { r: t.r + top, c: t.c, rows: t.rows - top - (this.table.showTotals ? 1 : 0), cols: t.cols };
  }
  protected override properties(): Record<string, () => unknown> {
    return { name: () => this.live().name, id: () => this.table.id, showTotals: () => this.table.showTotals, showHeaders: () => this.table.showHeaders, style: () => this.table.style ?? "TableStyleMedium2" };
  }
  override navigate(name: string, args: unknown[]): HostObject | null {
    const t = this.live();
    switch (name) {
      case "Worksheet":
        return new WorksheetObject(this.book, t.sheet);
      case "Rows":
        return new TableRowsObject(this.book, this);
      case "GetRange":
        return new RangeObject(this.book, t.sheet, t.rect);
      case "GetDataBodyRange":
        return new RangeObject(this.book, t.sheet, this.body());
      case "GetHeaderRowRange":
        return new RangeObject(this.book, t.sheet, { ...t.rect, rows: 1 });
      case "GetTotalRowRange":
        if (!t.showTotals) fail("InvalidArgument", MESSAGES.invalidArgument);
        return new RangeObject(this.book, t.sheet, { ...t.rect, r: t.rect.r + t.rect.rows - 1, rows: 1 });
      case "ConvertToRange":
        writable(t.sheet);
        this.book.tables = this.book.tables.filter((x) => x !== t);
        return new RangeObject(this.book, t.sheet, t.rect);
    }
    return super.navigate(name, args);
  }
  override set(name: string, value: unknown): void {
    const t = this.live();
    if (name === "Name") {
      const text = String(value);
      if (this.book.tables.some((x) => x !== t && x.name.toLowerCase() === text.toLowerCase())) fail("InvalidArgument", "A table with that name already exists.");
      t.name = text;
    } else if (name === "Style") t.style = String(value);
    else if (name === "ShowTotals") {
      const show = value === true;
      if (show !== t.showTotals) t.rect = { ...t.rect, rows: t.rect.rows + (show ? 1 : -1) };
      t.showTotals = show;
    } else super.set(name, value);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "Delete") {
      const t = this.live();
      writable(t.sheet).clearRect(t.rect);
      this.book.tables = this.book.tables.filter((x) => x !== t);
      return null;
    }
    return super.call(name, args);
  }
  /** TableRowCollection.add: rows inserted at the end of the body (or at `index`), cells shifting down. */
  addRows(index: number | null, values: unknown): void {
    const t = this.live();
    const body = this.body();
    const count = Array.isArray(values) ? values.length : 1;
    const at = index === null || index === undefined ? body.r + body.rows : body.r + index;
    const rect = { r: at, c: t.rect.c, rows: count, cols: t.rect.cols };
    const sheet = writable(t.sheet);
    checkVerticalShift(this.book, sheet, rect);
    sheet.insertDown(rect);
    for (const other of this.book.tables) if (other !== t && other.sheet === sheet && other.rect.r >= at) other.rect = { ...other.rect, r: other.rect.r + count };
    t.rect = { ...t.rect, rows: t.rect.rows + count };
    if (Array.isArray(values)) {
      const cell = grid(values, rect);
      for (let i = 0; i < count; i++) for (let j = 0; j < rect.cols; j++) sheet.typeIn(at + i, rect.c + j, cell(i, j));
    }
  }
  bodyRows(): number {
    return this.body().rows;
  }
}

class TableRowsObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly table: TableObject,
  ) {
    super(book);
  }
  override navigate(name: string, args: unknown[]): HostObject | null {
    if (name === "Add") {
      this.table.addRows(args[0] as number | null, args[1]);
      return this;
    }
    return super.navigate(name, args);
  }
  override call(name: string, args: unknown[]): unknown {
    if (name === "GetCount") return this.table.bodyRows();
    return super.call(name, args);
  }
  protected override properties(): Record<string, () => unknown> {
    return { count: () => this.table.bodyRows() };
  }
}

class ChartCollectionObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly sheet: SheetModel,
  ) {
    super(book);
  }
  override navigate(name: string, args: unknown[]): HostObject | null {
    if (name === "Add") {
      const sheet = writable(this.sheet);
      const source = args[1];
      if (!(source instanceof RangeObject)) fail("InvalidArgument", MESSAGES.invalidArgument);
      const model: ChartModel = { name: `Chart ${sheet.charts.length + 1}`, type: String(args[0]), source: source.rect, seriesBy: String(args[2] ?? "Auto"), title: "" };
      sheet.charts.push(model);
      return new ChartObject(this.book, sheet, model);
    }
    if (name === "GetItemOrNullObject" || name === "GetItem" || name === "") {
      const found = this.sheet.charts.find((c) => c.name === String(args[0]));
      if (found) return new ChartObject(this.book, this.sheet, found);
      return name === "GetItemOrNullObject" ? null : fail("ItemNotFound", MESSAGES.itemNotFound);
    }
    return super.navigate(name, args);
  }
}

class ChartObject extends HostObject {
  constructor(
    book: WorkbookModel,
    readonly sheet: SheetModel,
    readonly chart: ChartModel,
    readonly titlePart = false,
  ) {
    super(book);
  }
  protected override properties(): Record<string, () => unknown> {
    return this.titlePart ? { text: () => this.chart.title } : { name: () => this.chart.name };
  }
  override navigate(name: string, args: unknown[]): HostObject | null {
    if (name === "Title" && !this.titlePart) return new ChartObject(this.book, this.sheet, this.chart, true);
    return super.navigate(name, args);
  }
  override set(name: string, value: unknown): void {
    if (this.titlePart && name === "Text") this.chart.title = String(value);
    else if (!this.titlePart && name === "Name") this.chart.name = String(value);
    else super.set(name, value);
  }
  override call(name: string, args: unknown[]): unknown {
    writable(this.sheet);
    if (name === "SetData") {
      const source = args[0];
      if (source instanceof RangeObject) this.chart.source = source.rect;
      this.chart.seriesBy = String(args[1] ?? "Auto");
      return null;
    }
    if (name === "SetPosition") {
      this.chart.position = [String(args[0]), args[1] === undefined || args[1] === null ? undefined : String(args[1])];
      return null;
    }
    if (name === "Delete") {
      this.sheet.charts = this.sheet.charts.filter((c) => c !== this.chart);
      return null;
    }
    return super.call(name, args);
  }
}

// Objects the client keeps between requests, by the _ReferenceId the host gave them.
const REFERENCES = new WeakMap<WorkbookModel, Map<string, HostObject>>();
const NEXT_REFERENCE = new WeakMap<WorkbookModel, number>();

function referencesOf(book: WorkbookModel): Map<string, HostObject> {
  let refs = REFERENCES.get(book);
  if (!refs) REFERENCES.set(book, (refs = new Map()));
  return refs;
}

function keep(book: WorkbookModel, object: HostObject): string {
  const n = (NEXT_REFERENCE.get(book) ?? 0) + 1;
  NEXT_REFERENCE.set(book, n);
  const id = `{ref-${n}}`;
  referencesOf(book).set(id, object);
  return id;
}

/** Runs one request against the workbook; what Excel would do with it, and its answer. */
function process(book: WorkbookModel, body: RequestBody): { results: { ActionId: number; Value?: unknown }[]; error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex: number } } {
  const paths = body.ObjectPaths ?? {};
  const resolved = new Map<number, HostObject | null>();
  const kept = new Set<number>();
  const root = new WorkbookObject(book);
  const refs = referencesOf(book);

  const argumentsOf = (info: ArgumentInfo | undefined): unknown[] => {
    const args = info?.Arguments ?? [];
    const referenced = info?.ReferencedObjectPathIds ?? [];
    return args.map((a, i) => (referenced[i] ? resolve(referenced[i]) : a));
  };
  const resolve = (id: number): HostObject | null => {
    if (resolved.has(id)) return resolved.get(id)!;
    const info = paths[String(id)];
    if (!info) fail("InvalidObjectPath", `excel double: no object path ${id}`);
    let object: HostObject | null;
    if (info.ObjectPathType === 1) object = root;
    else if (info.ObjectPathType === 6) {
      const found = refs.get(info.Name);
      if (!found) fail("InvalidObjectPath", "The object path is not working for what you're trying to do.");
      object = found;
    } else {
      const parent = resolve(info.ParentObjectPathId!);
      const args = argumentsOf(info.ArgumentInfo);
      object = parent === null ? null : parent.navigate(info.ObjectPathType === 5 ? "" : info.Name, args);
    }
    resolved.set(id, object);
    return object;
  };

  const results: { ActionId: number; Value?: unknown }[] = [];
  const actions = body.Actions ?? [];
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index];
    try {
      const object = resolve(action.ObjectPathId);
      const info = paths[String(action.ObjectPathId)];
      switch (action.ActionType) {
        case INSTANTIATE:
          if (object === null) results.push({ ActionId: action.Id, Value: null });
          else if ((info.ObjectPathType === 3 && !info.D) || kept.has(action.ObjectPathId)) results.push({ ActionId: action.Id, Value: { _ReferenceId: keep(book, object) } });
          break;
        case QUERY:
          results.push({ ActionId: action.Id, Value: object === null ? null : object.query(action.QueryInfo?.Select) });
          break;
        case METHOD: {
          const args = argumentsOf(action.ArgumentInfo);
          if (action.Name === "_KeepReference") kept.add(action.ObjectPathId);
          else if (action.Name === "_RemoveReference") refs.delete(String(args[0]));
          else if (object !== null) {
            const value = object.call(action.Name, args);
            if (value !== null && value !== undefined) results.push({ ActionId: action.Id, Value: value });
          }
          break;
        }
        case SET:
          if (object !== null) object.set(action.Name, argumentsOf(action.ArgumentInfo)[0]);
          break;
        default:
          fail("InvalidArgument", `excel double: action type ${action.ActionType} is not modelled`);
      }
    } catch (error) {
      const code = error instanceof DoubleError ? error.code : "GeneralException";
      const message = error instanceof Error ? error.message : String(error);
      return { results, error: { Code: code, Message: message, HttpStatusCode: code === "ItemNotFound" ? 404 : code === "AccessDenied" ? 403 : 400, ActionIndex: index } };
    }
  }
  return { results };
}

function answer(statusCode: number, payload: unknown): HostResponse {
  return { statusCode, headers: { "content-type": "application/json" }, body: JSON.stringify(payload) };
}

/** The host's answer to one request of Microsoft's client (what HttpUtility's send function returns). */
export async function answerRequest(book: WorkbookModel, request: HostRequest): Promise<HostResponse> {
  const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body ?? {});
  const body = (typeof request.body === "string" ? JSON.parse(request.body) : request.body) as RequestBody;
  const requestBytes = utf8Bytes(text);
  const operations = body.Actions?.length ?? 0;
  const flags = Number(/[?&]flags=(\d+)/.exec(request.url)?.[1] ?? 0);
  if (requestBytes > PAYLOAD_LIMIT) {
    book.syncs.push({ requestBytes, responseBytes: 0, operations, refused: true });
    return answer(200, { Error: { Code: "RequestPayloadSizeLimitExceeded", Message: `The request payload size has exceeded the limit (${requestBytes} bytes).`, HttpStatusCode: 413 } });
  }
  const editing = book.cellEditWait;
  const removesReferencesOnly = (body.Actions ?? []).every((a) => a.ActionType === INSTANTIATE || a.Name === "_RemoveReference");
  if (editing && !removesReferencesOnly) {
    if ((flags & DELAY_FOR_CELL_EDIT) === 0) {
      book.syncs.push({ requestBytes, responseBytes: 0, operations, refused: false });
      return answer(200, { Error: { Code: "InvalidOperationInCellEditMode", Message: "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.", HttpStatusCode: 400 } });
    }
    await editing;
  }
  const faulted = book.fault && !removesReferencesOnly && (!book.fault.action || (body.Actions ?? []).some((a) => a.Name === book.fault!.action));
  if (faulted && book.fault!.after-- <= 0) {
    const code = book.fault!.code;
    book.fault = null;
    book.syncs.push({ requestBytes, responseBytes: 0, operations, refused: false });
    return answer(200, { Error: { Code: code, Message: `Excel refused the request (${code}).`, HttpStatusCode: 400 } });
  }
  const { results, error } = process(book, body);
  const response = JSON.stringify(error ? { Results: results, Error: error } : { Results: results });
  const responseBytes = utf8Bytes(response);
  if (responseBytes > PAYLOAD_LIMIT) {
    book.syncs.push({ requestBytes, responseBytes, operations, refused: true });
    return answer(200, { Error: { Code: "ResponsePayloadSizeLimitExceeded", Message: `The response payload size has exceeded the limit (${responseBytes} bytes).`, HttpStatusCode: 413 } });
  }
  book.syncs.push({ requestBytes, responseBytes, operations, refused: false });
  return { statusCode: 200, headers: { "content-type": "application/json" }, body: response };
}
