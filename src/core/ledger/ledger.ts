// A ledger read from a sheet region: where its header is, what its columns are, and every data row's
// cells parsed once into columns (typed arrays where the values are numbers), so that validation,
// duplicates, totals and deactivation each read what they need without touching cells again.
import { yearOf, ymdNumber, type Day } from "../dates";
import { parseGender, type Gender } from "../gender";
import { ageFinding, nikCellFindings, nikReading, NO_BIRTH, readNik } from "../ids/nik";
import { memoOfText } from "../memo";
import { inspectNpp } from "../ids/npp";
import { inspectKpj } from "../ids/kpj";
import { inspectJkn } from "../ids/jkn";
import { inspectKk } from "../ids/kk";
import { inspectNpwp } from "../ids/npwp";
import type { IdResult } from "../ids/id-result";
import { isBlank } from "../ids/digits";
import { finding, ROLE_LABELS, type Finding, type LedgerProblem } from "../messages";
import { cellDay, cellText, hasArrears, parseStatus, positiveCount, saysDeceased, UncalculatedFormula, type MembershipStatus } from "./cells";
import { DATE_ROLES, findHeaderRow, rolesOfRow, ROLES, shapeOf, type ColumnRoles, type LedgerShape, type Role } from "./columns";

/** A sheet region as Excel or an .xlsx reader gives it. */
export interface LedgerInput {
  /** Cell values, row by row; values[0] is worksheet row `firstRow`. */
  readonly values: readonly (readonly unknown[])[];
  /** Number formats of the same cells, when known (they tell a date from a number). */
  readonly formats?: readonly (readonly string[])[] | null;
  /** Worksheet row number (1-based) of values[0]. */
  readonly firstRow?: number;
  readonly sheet?: string;
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904?: boolean;
}

export interface LayoutOptions {
  /** Worksheet row of the header, when the user chose it. */
  readonly headerRow?: number;
  /** Column index (within values) of each role, when the user set them; replaces the guess. */
  readonly roles?: ColumnRoles;
  readonly shape?: LedgerShape;
}

export interface LedgerLayout {
  readonly shape: LedgerShape;
  /** Index of the header within values, and its worksheet row. */
  readonly headerIndex: number;
  readonly headerRow: number;
  readonly roles: ColumnRoles;
  /** The header text of each role's column. */
  readonly headers: Partial<Record<Role, string>>;
}

export type LayoutResult = { readonly ok: true; readonly layout: LedgerLayout } | { readonly ok: false; readonly problem: LedgerProblem };

/** Finds the header row and column roles, or says why the region is not a ledger. */
export function layoutOf(input: LedgerInput, options: LayoutOptions = {}): LayoutResult {
  const { values } = input;
  const firstRow = input.firstRow ?? 1;
  if (values.length === 0 || values.every((row) => row.every(isBlank))) return { ok: false, problem: "empty" };
  let headerIndex: number;
  let roles: ColumnRoles;
  if (options.headerRow !== undefined) {
    headerIndex = options.headerRow - firstRow;
    if (headerIndex < 0 || headerIndex >= values.length) return { ok: false, problem: "badHeaderRow" };
    roles = options.roles ?? rolesOfRow(values[headerIndex]);
  } else {
    const guess = findHeaderRow(values);
    if (!guess && !options.roles) return { ok: false, problem: "noHeader" };
    headerIndex = guess?.index ?? 0;
    roles = options.roles ?? guess!.roles;
  }
  const shape = options.shape ?? shapeOf(roles);
  if (!shape) return { ok: false, problem: "noShape" };
  const headers: Partial<Record<Role, string>> = {};
  for (const role of ROLES) {
    const c = roles[role];
    if (c !== undefined) headers[role] = cellText(values[headerIndex][c]);
  }
  return { ok: true, layout: { shape, headerIndex, headerRow: firstRow + headerIndex, roles, headers } };
}

/**
 * The header row's cells as text, every column of the region: the row `layoutOf` finds (a title above
 * the header is not it), or the first non-blank row when the region has no recognisable header.
 */
export function headerCells(input: LedgerInput, options: LayoutOptions = {}): string[] {
  const located = layoutOf(input, options);
  const index = located.ok ? located.layout.headerIndex : input.values.findIndex((row) => row.some((v) => !isBlank(v)));
  return (input.values[index] ?? []).map(cellText);
}

/** Marks an absent day in the typed date columns. */
export const NO_DAY = -2147483648;

/** One issue of SPEC §6: a finding on a worksheet row, in a role's column. */
export interface RowIssue extends Finding {
  readonly row: number;
  readonly column: Role;
}

/**
 * What a whole column says: formulas never calculated, and identifier columns stored as numbers (half
 * or more of their filled cells, two or more), which a CSV opened in Excel or typing does.
 */
function columnIssuesOf(gathered: readonly { role: Role; formulas: number; numbers: number; filled: number }[]): ColumnIssue[] {
  const out: ColumnIssue[] = [];
  for (const { role, formulas, numbers, filled } of gathered) {
    const field = ROLE_LABELS[role];
    if (formulas > 0) out.push({ ...finding("FORMULA_NOT_CALCULATED", { field, count: formulas }), column: role, count: formulas });
    if (ID_ROLES.includes(role) && numbers >= 2 && numbers * 2 >= filled) out.push({ ...finding("ID_COLUMN_AS_NUMBERS", { field, count: numbers }), column: role, count: numbers });
  }
  return out;
}

/** Every data row's cells, parsed. Index i is the i-th non-blank data row. */
export interface LedgerColumns {
  readonly count: number;
  /** Worksheet row numbers. */
  readonly rows: Int32Array;
  /** Index into input.values of each row. */
  readonly valueIndex: Int32Array;
  /** NIK digits when the cell holds 16 digits of text (valid or not), else null. */
  readonly nik: (string | null)[];
  /** The NIK cell's number when it holds one (NIK_AS_NUMBER), else NaN: equal numbers, one person typed once. */
  readonly nikNumber: Float64Array;
  /** Birth date: the birth-date column, else the NIK's. */
  readonly birth: Int32Array;
  readonly gender: (Gender | null)[];
  /** The name as written (trimmed); normalised only where duplicates need it. */
  readonly name: string[];
  /** NPP digits when valid, else the trimmed text (so totals still group it), "" when empty. */
  readonly npp: string[];
  readonly company: string[];
  readonly ro: string[];
  readonly email: string[];
  /** KPJ digits when valid, else null. */
  readonly kpj: (string | null)[];
  readonly status: MembershipStatus[];
  readonly deceased: Uint8Array;
  readonly arrears: Uint8Array;
  readonly date: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly entry: Int32Array;
  readonly kpjCount: Float64Array;
  /** How many role cells hold something: the "most complete row" of duplicate groups. */
  readonly filled: Uint8Array;
  /** 1 when the row has an error-severity issue. */
  readonly invalid: Uint8Array;
}

export interface ParsedLedger {
  readonly layout: LedgerLayout;
  readonly columns: LedgerColumns;
  readonly issues: RowIssue[];
  /** Findings about a whole column (ID_COLUMN_AS_NUMBERS, FORMULA_NOT_CALCULATED), beside the rows'. */
  readonly columnIssues: ColumnIssue[];
}

export interface ColumnIssue extends Finding {
  readonly column: Role;
  /** How many of the column's cells say so. */
  readonly count: number;
}

/** Identifier columns: a column of them stored as numbers has lost digits (SPEC §3). */
const ID_ROLES: readonly Role[] = ["nik", "kpj", "npp", "kk", "jkn", "npwp"];

const ID_INSPECTORS: ReadonlyArray<readonly [Role, (value: unknown) => IdResult]> = [
  ["npp", inspectNpp],
  ["kpj", inspectKpj],
  ["jkn", inspectJkn],
  ["kk", inspectKk],
  ["npwp", inspectNpwp],
];


export interface ParseOptions {
  readonly refDate: Day;
  /**
   * Called now and then with how far the work is, in rows (done of all: gathering the columns is the
   * first half, checking them the second); returning false stops the work.
   */
  readonly onProgress?: (done: number, total: number) => boolean | void;
}

export class Cancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

function rowIsBlank(row: readonly unknown[] | undefined, roleColumns: readonly number[]): boolean {
  if (!row) return true;
  for (const c of roleColumns) if (!isBlank(row[c])) return false;
  return true;
}

/** The identifier roles, whose cells a footer leaves empty or fills with a count. */
const FOOTER_ID_ROLES: readonly Role[] = ["nik", "npp", "kpj", "jkn", "kk", "npwp"];

/**
 * A footer's label, after case, punctuation and spacing are dropped: "JUMLAH", "Total", "GRAND TOTAL",
 * "Sub-total", "Jumlah peserta:", "Total keseluruhan", "Jml TK", "Jumlah 47 orang".
 */
const FOOTER_LABEL =
  /^(grand total|sub ?total|total|jumlah|jml|sum)( (total|peserta|karyawan|pegawai|tenaga kerja|tk|kpj|kartu|keseluruhan|seluruhnya|semua|akhir|all|participants|employees))*( \d+( orang| peserta| tk)?)?$/;

/** The biggest count a footer can hold: Excel has no more rows to count. */
const FOOTER_MAX_COUNT = 1_048_576;

/**
 * A totals row under the data ("JUMLAH", "TOTAL", "Jumlah peserta", "GRAND TOTAL"), which people add
 * at the bottom of a ledger and which is no participant and no receipt. It is recognised
 * conservatively, by all of:
 * - its first text cell, left to right over the whole row, is such a label and it has no other text:
 *   a name beside it, a gender, a status or an identifier written as text makes it a data row, so a
 *   person named "Jumlah" with a NIK stays a participant;
 * - every other cell is empty or a number (or a sum formula never calculated): the sums and counts;
 * - its identifier cells (NIK, NPP, KPJ, JKN, KK, NPWP) are empty or a count, a whole number no
 *   bigger than Excel's row count — no NIK, KPJ, JKN, KK or NPWP is that short, even stored as a number;
 * - its date cells are empty: nobody sums dates.
 * parseLedger drops such rows only from the end of the data (blank rows between do not count).
 */
export function isFooterRow(row: readonly unknown[] | undefined, roles: ColumnRoles): boolean {
  if (!row) return false;
  let label = false;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (isBlank(value) || typeof value === "number" || value instanceof UncalculatedFormula) continue;
    if (label || typeof value !== "string" || value.length > 60) return false;
    const words = value.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    if (!FOOTER_LABEL.test(words)) return false;
    label = true;
  }
  if (!label) return false;
  for (const role of ROLES) {
    const c = roles[role];
    if (c === undefined) continue;
    const value = row[c];
    if (isBlank(value) || typeof value === "string") continue; // the label itself (any other text was refused above)
    if (DATE_ROLES.has(role)) return false;
    if (FOOTER_ID_ROLES.includes(role) && typeof value === "number" && !(Number.isInteger(value) && value >= 0 && value <= FOOTER_MAX_COUNT)) return false;
  }
  return true;
}

/**
 * The order in which a row's issues are listed: by row, then by these stages (the order the checks
 * were always made in), then as found. The checks run column by column; the issues are put back in
 * this order at the end.
 */
const STAGE = { date: 0, id: 5, name: 10, nik: 11, age: 12, kpjCount: 13, company: 14 } as const;

/** One role's cells, gathered from the rows in one pass: the checks then run down a compact column. */
type Column = unknown[];

/** Parses and validates every data row under the header (SPEC §3 for each role's cells). */
export function parseLedger(input: LedgerInput, layout: LedgerLayout, options: ParseOptions): ParsedLedger {
  const { values } = input;
  const formats = input.formats ?? null;
  const firstRow = input.firstRow ?? 1;
  const { roles, shape } = layout;
  const refYear = yearOf(options.refDate);
  const roleList = ROLES.filter((r) => roles[r] !== undefined);
  const roleColumns = roleList.map((r) => roles[r]!);

  const indices: number[] = [];
  for (let i = layout.headerIndex + 1; i < values.length; i++) if (!rowIsBlank(values[i], roleColumns)) indices.push(i);
  // A totals row at the bottom ("JUMLAH", "GRAND TOTAL") is not a participant or a receipt.
  while (indices.length > 0 && isFooterRow(values[indices[indices.length - 1]], roles)) indices.pop();
  const n = indices.length;

  const dayColumn = () => new Int32Array(n).fill(NO_DAY);
  const columns: LedgerColumns = {
    count: n,
    rows: new Int32Array(indices.map((i) => firstRow + i)),
    valueIndex: new Int32Array(indices),
    nik: new Array(n).fill(null),
    nikNumber: new Float64Array(n).fill(NaN),
    birth: dayColumn(),
    gender: new Array(n).fill(null),
    name: new Array(n).fill(""),
    npp: new Array(n).fill(""),
    company: new Array(n).fill(""),
    ro: new Array(n).fill(""),
    email: new Array(n).fill(""),
    kpj: new Array(n).fill(null),
    status: new Array(n).fill(null),
    deceased: new Uint8Array(n),
    arrears: new Uint8Array(n),
    date: dayColumn(),
    start: dayColumn(),
    end: dayColumn(),
    entry: dayColumn(),
    kpjCount: new Float64Array(n),
    filled: new Uint8Array(n),
    invalid: new Uint8Array(n),
  };

  // One pass over the rows: each role's cells into a column of their own (with their number formats
  // for the date roles), how many role cells each row fills, and what each column holds as a whole.
  const progressEvery = 16384;
  const cells: Partial<Record<Role, Column>> = {};
  const dateFormats: Partial<Record<Role, (string | undefined)[]>> = {};
  for (const role of roleList) {
    cells[role] = new Array(n);
    if (DATE_ROLES.has(role)) dateFormats[role] = new Array(n);
  }
  const gathered = roleList.map((role) => ({ role, c: roles[role]!, column: cells[role]!, formats: dateFormats[role] ?? null, formulas: 0, numbers: 0, filled: 0 }));
  for (let k = 0; k < n; k++) {
    if (options.onProgress && k % progressEvery === 0 && options.onProgress(Math.floor(k / 2), n) === false) throw new Cancelled();
    const i = indices[k];
    const row = values[i];
    let filled = 0;
    for (const g of gathered) {
      const value = row[g.c];
      g.column[k] = value;
      if (g.formats) g.formats[k] = formats?.[i]?.[g.c];
      if (isBlank(value)) continue;
      filled++;
      g.filled++;
      if (typeof value === "number") g.numbers++;
      else if (value instanceof UncalculatedFormula) g.formulas++;
    }
    columns.filled[k] = Math.min(filled, 255);
  }
  const formulaCells = gathered.reduce((sum, g) => sum + g.formulas, 0);
  // Then the checks, a column at a time: the second half of the progress, a step per column.
  let columnsDone = 0;
  const columnDone = () => {
    columnsDone++;
    const done = Math.floor(n / 2 + (n / 2) * Math.min(1, columnsDone / roleList.length));
    if (options.onProgress && options.onProgress(done, n) === false) throw new Cancelled();
  };

  // Issues as found, column by column; each with its place in the old row-by-row order (see STAGE).
  const found: { issue: RowIssue; order: number }[] = [];
  const add = (k: number, column: Role, f: Finding, stage: number) => {
    // A formula saved without its result says nothing of its row: one finding for its column instead.
    if (formulaCells > 0 && cells[column]?.[k] instanceof UncalculatedFormula) return;
    // Spelled out, not spread: a spread copies slowly, and a ledger can have a hundred thousand issues.
    found.push({ issue: { code: f.code, severity: f.severity, params: f.params, row: columns.rows[k], column }, order: k * 16 + stage });
    if (f.severity === "error") columns.invalid[k] = 1;
  };

  const dateTargets: Partial<Record<Role, Int32Array>> = { date: columns.date, startDate: columns.start, endDate: columns.end, entryDate: columns.entry, birthDate: columns.birth };
  ROLES.filter((r) => DATE_ROLES.has(r) && roles[r] !== undefined).forEach((role, stage) => {
    const column = cells[role]!;
    const formatsOf = dateFormats[role]!;
    const target = dateTargets[role];
    for (let k = 0; k < n; k++) {
      const value = column[k];
      if (isBlank(value)) continue;
      const day = cellDay(value, formatsOf[k], refYear, input.date1904);
      if (day === null) add(k, role, finding("DATE_UNPARSEABLE", { field: ROLE_LABELS[role], value: cellText(value).slice(0, 40) || Object.prototype.toString.call(value) }), STAGE.date + stage);
      else if (target) target[k] = day;
    }
    columnDone();
  });

  ID_INSPECTORS.filter(([role]) => roles[role] !== undefined).forEach(([role, inspect], stage) => {
    const column = cells[role]!;
    // NPP columns repeat a few hundred employers over every row: each text is inspected once.
    const inspectText = role === "npp" ? memoOfText(inspect) : inspect;
    for (let k = 0; k < n; k++) {
      const value = column[k];
      if (isBlank(value) && role !== "npp") continue; // only the NPP is required in every ledger
      const result = typeof value === "string" ? inspectText(value) : inspect(value);
      for (const f of result.findings) add(k, role, f, STAGE.id + stage);
      if (role === "npp") columns.npp[k] = result.value ?? cellText(value);
      if (role === "kpj" && result.valid) columns.kpj[k] = result.value;
    }
    columnDone();
  });

  const text = (role: Role, into: string[]) => {
    const column = cells[role];
    if (!column) return;
    for (let k = 0; k < n; k++) into[k] = cellText(column[k]);
    columnDone();
  };
  text("company", columns.company);
  text("ro", columns.ro);
  text("email", columns.email);

  if (shape === "participants") {
    if (cells.gender) for (let k = 0; k < n; k++) columns.gender[k] = parseGender(cells.gender[k]);
    if (cells.name) {
      const names = cells.name;
      for (let k = 0; k < n; k++) {
        if (isBlank(names[k])) add(k, "name", finding("REQUIRED_MISSING", { field: ROLE_LABELS.name }), STAGE.name);
        else columns.name[k] = cellText(names[k]);
      }
    }
    const ref = options.refDate;
    const refYmd = ymdNumber(ref);
    if (cells.nik) {
      const niks = cells.nik;
      const reading = nikReading();
      const findings: Finding[] = [];
      for (let k = 0; k < n; k++) {
        const value = niks[k];
        const ledgerBirth = columns.birth[k] === NO_DAY ? null : columns.birth[k];
        readNik(value, refYear, reading);
        findings.length = 0;
        nikCellFindings(reading, ledgerBirth, columns.gender[k], ref, refYmd, findings);
        for (const f of findings) add(k, f.code === "AGE_IMPLAUSIBLE" && ledgerBirth !== null ? "birthDate" : "nik", f, STAGE.nik);
        columns.nik[k] = reading.digits;
        if (typeof value === "number") columns.nikNumber[k] = value;
        const nikBirth = reading.birth === NO_BIRTH ? null : reading.birth;
        if (ledgerBirth === null && nikBirth !== null) columns.birth[k] = nikBirth;
        // An unreadable NIK says nothing of the age; the birth-date column still does.
        if (nikBirth === null && ledgerBirth !== null) {
          const age = ageFinding(ledgerBirth, ref);
          if (age) add(k, "birthDate", age, STAGE.age);
        }
      }
      columnDone();
    } else {
      for (let k = 0; k < n; k++) {
        if (columns.birth[k] === NO_DAY) continue;
        const age = ageFinding(columns.birth[k], ref);
        if (age) add(k, "birthDate", age, STAGE.age);
      }
    }
    if (cells.status) for (let k = 0; k < n; k++) columns.status[k] = parseStatus(cells.status[k]);
    const exitReasons = cells.exitReason;
    for (let k = 0; k < n; k++) columns.deceased[k] = (exitReasons && saysDeceased(exitReasons[k])) || columns.status[k] === "deceased" ? 1 : 0;
    if (cells.arrears) for (let k = 0; k < n; k++) columns.arrears[k] = hasArrears(cells.arrears[k]) ? 1 : 0;
  } else if (cells.kpjCount) {
    for (let k = 0; k < n; k++) {
      const count = positiveCount(cells.kpjCount[k]);
      if (count === null) add(k, "kpjCount", finding("KPJCOUNT_INVALID"), STAGE.kpjCount);
      else columns.kpjCount[k] = count;
    }
  }
  options.onProgress?.(n, n);
  nppNameConflicts(columns, roles, (k, column, f) => add(k, column, f, STAGE.company));
  // Back in the order of rows, and within a row in the order of the checks (a stable sort).
  found.sort((a, b) => a.order - b.order);
  const issues = found.map((f) => f.issue);
  return { layout, columns, issues, columnIssues: columnIssuesOf(gathered) };
}

/** NPP_NAME_CONFLICT on the rows whose company name is not the NPP's most common one. */
function nppNameConflicts(columns: LedgerColumns, roles: ColumnRoles, add: (k: number, column: Role, f: Finding) => void): void {
  if (roles.npp === undefined || roles.company === undefined) return;
  const byNpp = new Map<string, Map<string, number[]>>();
  for (let k = 0; k < columns.count; k++) {
    const npp = columns.npp[k];
    const company = columns.company[k];
    if (npp === "" || company === "") continue;
    const key = companyKey(company);
    let names = byNpp.get(npp);
    if (!names) byNpp.set(npp, (names = new Map()));
    const list = names.get(key);
    if (list) list.push(k);
    else names.set(key, [k]);
  }
  for (const [npp, names] of byNpp) {
    if (names.size < 2) continue;
    const groups = [...names.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
    const shown = groups.slice(0, 4).map((g) => `"${columns.company[g[0]]}"`).join(", ");
    for (const group of groups.slice(1)) for (const k of group) add(k, "company", finding("NPP_NAME_CONFLICT", { npp, names: shown }));
  }
}

const companyKeys = new Map<string, string>();
const COMPANY_KEY_CACHE_LIMIT = 50_000;

/**
 * Company names compared without case, punctuation, spacing or the legal form (PT, CV, Tbk). A ledger
 * repeats a few hundred names over many rows, so keys are remembered.
 */
export function companyKey(name: string): string {
  let key = companyKeys.get(name);
  if (key !== undefined) return key;
  key = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\b(pt|cv|tbk|persero|ud|pd|koperasi|yayasan)\b/g, " ")
    .replace(/\s+/g, "");
  if (companyKeys.size >= COMPANY_KEY_CACHE_LIMIT) companyKeys.clear();
  companyKeys.set(name, key);
  return key;
}
