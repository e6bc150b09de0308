// The annotated workbook of `ledger-bpjs audit --out`: a NEW file, never the user's own (SPEC §7
// "Nothing lost"). Sheet 1 is the ledger's rows as read, at their own row numbers, with the status
// column to the right; then the findings, the duplicate groups, the totals per company and, for a
// participant ledger, who must be deactivated or reviewed.
//
// Written with exceljs's streaming writer, so a 100,000-row ledger costs about 150 MB, not 1.3 GB
// (../shared/TOOLCHAIN.md). Every text goes in as a string value, which exceljs always writes as a text
// cell: a name like "=HYPERLINK(…)" or "+62 812…" stays text and never becomes a formula (SPEC §7
// "Nothing injected").
import * as fs from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import type { Audit, AuditReport } from "../core/ledger/audit";
import { isDateFormat } from "../core/ledger/cells";
import { UncalculatedFormula } from "../core/ledger/cells";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../core/sheet-limits";
import { auditTables, type AuditTables, type Table } from "../core/ledger/findings-table";
import { rowFindings, rowStatuses, STATUS_HEADER, type RowFinding } from "../core/ledger/status";
import type { Lang } from "../core/messages";
import { ANNOTATED_SHEETS, CLI_WORDS, fill } from "../core/words";
import { FileError } from "./io";
import type { LedgerSheet } from "./xlsx-ledger";

export { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS };

export const SHEET_NAMES = ANNOTATED_SHEETS;


const DATE_FORMAT = "dd-mm-yyyy";
const TEXT_FORMAT = "@";

export interface AnnotatedWorkbookOptions {
  readonly lang: Lang;
  /** The audit's findings per row and its tables, when the caller has built them already. */
  readonly findings?: RowFinding[][];
  readonly tables?: AuditTables;
  /** The roster worklist (audit --roster), written as its own sheet. */
  readonly worklist?: Table;
  /** Called now and then with rows written and rows in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Writes the annotated workbook to `file`, through a temporary file beside it that is renamed at the
 * end, so that a failed run leaves no half-written workbook behind.
 */
export async function writeAnnotatedWorkbook(file: string, ledger: LedgerSheet, audit: Audit, report: AuditReport, options: AnnotatedWorkbookOptions): Promise<void> {
  if (ledger.columnCount + 1 > EXCEL_MAX_COLUMNS) {
    throw new FileError("noColumnLeft", { file });
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const stream = fs.createWriteStream(temp, { flags: "wx" });
  const streamFailed = new Promise<never>((_, reject) => stream.once("error", reject));
  try {
    await Promise.race([writeWorkbook(stream, ledger, audit, report, options), streamFailed]);
    await fs.promises.rename(temp, file);
  } catch (e) {
    stream.destroy();
    await fs.promises.rm(temp, { force: true });
    if (e instanceof FileError) throw e;
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new FileError("cannotWrite", { file, what: CLI_WORDS.annotatedWorkbook, detail: why });
  }
}

/** Days from the 1900 date system's serials to the 1904 system's (1904-01-01 is 1900 serial 1462). */
const DAYS_1900_TO_1904 = 1462;

async function writeWorkbook(stream: fs.WriteStream, ledger: LedgerSheet, audit: Audit, report: AuditReport, options: AnnotatedWorkbookOptions): Promise<void> {
  const { lang, onProgress } = options;
  const { values, formats } = ledger.input;
  const statusColumn = ledger.columnCount + 1; // 1-based

  // Loaded here, not with the command: exceljs takes half a second to load, which an audit without --out need not wait.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const excelJs = require("exceljs") as typeof ExcelJS;
  const book = new excelJs.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const names = sheetNamesFor(ledger.input.sheet, lang, report.shape === "participants");
  // The same tables, and the same status texts, as the add-in writes (src/core/ledger/findings-table.ts).
  const findings = options.findings ?? rowFindings(audit, lang);
  const tables = options.tables ?? auditTables(audit, report, lang, findings);
  const sheets: [string | null, Table | null | undefined][] = [
    [names.findings, tables.findings],
    [names.duplicates, tables.duplicates],
    [names.totals, tables.totals],
    [names.deactivation, tables.deactivation],
    [names.worklist, options.worklist],
  ];
  const total = values.length + sheets.reduce((n, [, t]) => n + (t ? t.rows.length : 0), 0);
  let done = 0;
  const tick = () => {
    if (onProgress && ++done % 4096 === 0) onProgress(done, total);
  };

  // Sheet 1: the ledger as read, each row at its own row number, plus the status column.
  const headerRow = report.headerRow;
  const sheet = book.addWorksheet(names.ledger, { views: [{ state: "frozen", ySplit: headerRow }] });
  sheet.getColumn(statusColumn).width = 60; // before the first row: the streaming writer writes <cols> then
  const statuses = rowStatuses(audit, lang, findings);
  const statusOfRow = new Map<number, string>();
  audit.parsed.columns.rows.forEach((row, k) => statusOfRow.set(row, statuses[k].text));
  for (let i = 0; i < values.length; i++) {
    tick();
    const cells = values[i];
    const rowNumber = i + 1;
    const status = rowNumber === headerRow ? STATUS_HEADER[lang] : statusOfRow.get(rowNumber);
    if (cells.length === 0 && status === undefined) continue;
    const row = sheet.getRow(rowNumber);
    const rowFormats = formats[i];
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      if (value === null || value === undefined) continue;
      const cell = row.getCell(c + 1);
      // A formula saved without its result is written back as the formula, for Excel to calculate.
      // The written workbook uses the 1900 date system: a date serial of a 1904 workbook (a formula's
      // cached date; other date cells arrive as dates) moves by the 1,462 days between the systems.
      const shifted = ledger.input.date1904 && typeof value === "number" && isDateFormat(rowFormats[c]) ? value + DAYS_1900_TO_1904 : value;
      cell.value = shifted instanceof UncalculatedFormula ? { formula: shifted.formula, date1904: false } : (shifted as ExcelJS.CellValue);
      cell.style = styleFor(rowFormats[c] ?? GENERAL, value);
    }
    if (status !== undefined) {
      const cell = row.getCell(statusColumn);
      cell.value = status;
      cell.style = rowNumber === headerRow ? { font: { bold: true } } : styleFor(GENERAL, status);
    }
    row.commit();
  }
  sheet.commit();

  for (const [name, table] of sheets) if (name !== null && table) writeTable(book, name, table, lang, tick);

  onProgress?.(total, total);
  await book.commit();
}

const GENERAL = "General";
const sharedStyles = new Map<string, Partial<ExcelJS.Style>>();

/**
 * One style object per number format, shared by every cell that has it. exceljs's writer remembers a
 * style object it has seen and otherwise renders each cell's style to XML to look it up: per cell,
 * that was a third of the time of writing a 100,000-row ledger. A date always gets a date format
 * (exceljs would otherwise pick mm-dd-yy, and the shared object must not depend on the value's type).
 */
function styleFor(format: string, value: unknown): Partial<ExcelJS.Style> {
  const numFmt = value instanceof Date && !isDateFormat(format) ? DATE_FORMAT : format;
  let style = sharedStyles.get(numFmt);
  if (!style) sharedStyles.set(numFmt, (style = numFmt === GENERAL ? {} : { numFmt }));
  return style;
}

/**
 * A core table as a sheet: a bold, frozen header row and one row per item; beyond Excel's last row, a
 * note. Days become dates (exceljs writes a Date as its serial, styled dd-mm-yyyy), so they sort as dates.
 */
function writeTable(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, table: Table, lang: Lang, tick: () => void): void {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.widths.map((width) => ({ width }));
  const header = sheet.addRow([...table.header]);
  header.font = { bold: true };
  header.commit();
  const fits = Math.min(table.rows.length, EXCEL_MAX_ROWS - 2);
  const textColumns = new Set(table.textColumns.map((c) => c + 1));
  const dateColumns = new Set(table.dateColumns);
  for (let i = 0; i < fits; i++) {
    tick();
    const cells: ExcelJS.CellValue[] = table.rows[i].map((value, c) => (value === "" ? null : dateColumns.has(c) && typeof value === "number" ? new Date(value * 86_400_000) : value));
    const row = sheet.addRow(cells);
    row.eachCell((cell, c) => {
      cell.style = styleFor(textColumns.has(c) ? TEXT_FORMAT : GENERAL, cell.value);
    });
    row.commit();
  }
  if (fits < table.rows.length) sheet.addRow([fill(ANNOTATED_SHEETS.moreRows[lang], { n: table.rows.length - fits }, lang)]).commit();
  sheet.commit();
}

/** The sheet names, made unique against the ledger's own (Excel compares them without case). */
function sheetNamesFor(ledgerSheet: string, lang: Lang, participants: boolean) {
  const used = new Set([ledgerSheet.toLowerCase()]);
  const unique = (wanted: string) => {
    let name = wanted;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
    used.add(name.toLowerCase());
    return name;
  };
  return {
    ledger: ledgerSheet,
    findings: unique(SHEET_NAMES.findings[lang]),
    duplicates: unique(SHEET_NAMES.duplicates[lang]),
    totals: unique(SHEET_NAMES.totals[lang]),
    deactivation: participants ? unique(SHEET_NAMES.deactivation[lang]) : null,
    worklist: participants ? unique(SHEET_NAMES.worklist[lang]) : null,
  };
}
