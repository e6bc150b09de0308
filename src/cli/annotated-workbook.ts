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
import * as ExcelJS from "exceljs";
import type { Audit, AuditReport } from "../core/ledger/audit";
import { isDateFormat } from "../core/ledger/cells";
import { UncalculatedFormula } from "../core/ledger/cells";
import { deactivationMessage } from "../core/ledger/deactivation";
import { ACTION_WORDS } from "../core/ledger/review";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../core/sheet-limits";
import { totalsTable } from "../core/ledger/findings-table";
import { rowStatuses, STATUS_HEADER } from "../core/ledger/status";
import { ROLE_LABELS, SEVERITY_WORDS, type Lang } from "../core/messages";
export { SEVERITY_WORDS };
import type { WorklistTable } from "../core/roster/reconcile";
import { CLI_WORDS } from "../core/words";
import { FileError } from "./io";
import type { LedgerSheet } from "./xlsx-ledger";

export { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS };

export const SHEET_NAMES = {
  findings: { id: "Temuan", en: "Findings" },
  duplicates: { id: "Duplikat", en: "Duplicates" },
  totals: { id: "Total per Perusahaan", en: "Totals" },
  deactivation: { id: "Nonaktif", en: "Deactivation" },
  worklist: { id: "Daftar Kerja", en: "Worklist" },
} as const;

const HEADERS = {
  findings: { id: ["Baris", "Kolom", "Kode", "Tingkat", "Pesan"], en: ["Row", "Column", "Code", "Severity", "Message"] },
  duplicates: { id: ["Kode", "Kelompok", "Baris", "Simpan baris", "Skor", "Tindakan", "Alasan"], en: ["Code", "Cluster", "Rows", "Keep row", "Score", "What to do", "Reason"] },
  deactivation: { id: ["Baris", "Kode", "Tanggal keluar", "Lewat batas lapor", "Pesan"], en: ["Row", "Code", "End date", "Overdue", "Message"] },
} as const;


const YES_NO = { yes: { id: "Ya", en: "Yes" }, no: { id: "Tidak", en: "No" } } as const;
const MORE_ROWS = { id: "… {n} baris lagi ada di laporan JSON (--json).", en: "… {n} more rows are in the JSON report (--json)." } as const;

const DATE_FORMAT = "dd-mm-yyyy";
const TEXT_FORMAT = "@";

export interface AnnotatedWorkbookOptions {
  readonly lang: Lang;
  /** The roster worklist (audit --roster), written as its own sheet. */
  readonly worklist?: WorklistTable;
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

  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const names = sheetNamesFor(ledger.input.sheet, lang, report.shape === "participants");
  const total = values.length + report.issues.length + report.duplicates.length + report.totals.length + report.deactivation.length;
  let done = 0;
  const tick = () => {
    if (onProgress && ++done % 4096 === 0) onProgress(done, total);
  };

  // Sheet 1: the ledger as read, each row at its own row number, plus the status column.
  const headerRow = report.headerRow;
  const sheet = book.addWorksheet(names.ledger, { views: [{ state: "frozen", ySplit: headerRow }] });
  sheet.getColumn(statusColumn).width = 60; // before the first row: the streaming writer writes <cols> then
  const statuses = rowStatuses(audit, lang);
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

  // Findings.
  const columnHeader = (role: keyof typeof ROLE_LABELS) => report.columns[role] ?? ROLE_LABELS[role][lang];
  writeTable(book, names.findings, HEADERS.findings[lang], report.issues.length, lang, [8, 22, 26, 12, 100], (i) => {
    tick();
    const issue = report.issues[i];
    return [issue.row, columnHeader(issue.column), issue.code, SEVERITY_WORDS[issue.severity][lang], issue.message];
  });

  // Duplicate groups.
  writeTable(book, names.duplicates, HEADERS.duplicates[lang], report.duplicates.length, lang, [30, 10, 20, 12, 8, 28, 100], (i) => {
    tick();
    const d = report.duplicates[i];
    return [d.code, d.cluster + 1, d.rows.join(", "), d.keep, d.score, ACTION_WORDS[d.action].label[lang], d.reason];
  });

  // Totals per company.
  const totals = totalsTable(report, lang);
  const totalWidths = totals.header.map((_, c) => (c === 1 ? 40 : c === 0 ? 12 : 16));
  writeTable(book, names.totals, totals.header, totals.rows.length, lang, totalWidths, (i) => {
    tick();
    return totals.rows[i];
  }, { textColumns: totals.textColumns.map((c) => c + 1) });

  // Deactivation and reviews (participant ledgers only).
  if (names.deactivation !== null) {
    writeTable(book, names.deactivation, HEADERS.deactivation[lang], audit.deactivation.length, lang, [8, 30, 12, 18, 100], (i) => {
      tick();
      const flag = audit.deactivation[i];
      const d = report.deactivation[i];
      return [d.row, d.code, d.since === null ? null : utcDate(d.since), d.since === null ? null : (d.overdue ? YES_NO.yes : YES_NO.no)[lang], deactivationMessage(flag, audit.refDate, lang)];
    });
  }

  if (options.worklist && names.worklist !== null) {
    const worklist = options.worklist;
    writeTable(book, names.worklist, worklist.header, worklist.rows.length, lang, [30, 10, 10, 18, 30, 12, 16, 12, 10, 14, 14, 10, 100, 8], (i) => {
      // The end date and deadlines as dates (exceljs writes a Date as its serial, styled dd-mm-yyyy), so they sort as dates.
      const row: TableCell[] = [...worklist.rows[i]];
      for (const c of worklist.dateColumns) if (typeof row[c] === "number") row[c] = new Date((row[c] as number) * 86_400_000);
      return row;
    }, { textColumns: [1, 4, 5, 6] });
  }

  onProgress?.(total, total);
  await book.commit();
}

type TableCell = string | number | Date | null;

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

/** A sheet with a bold, frozen header row and one row per item; beyond Excel's last row, a note. */
function writeTable(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  headers: readonly string[],
  count: number,
  lang: Lang,
  widths: readonly number[],
  rowOf: (i: number) => TableCell[],
  formats: { textColumns?: number[] } = {},
): void {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = widths.map((width) => ({ width }));
  const header = sheet.addRow([...headers]);
  header.font = { bold: true };
  header.commit();
  const fits = Math.min(count, EXCEL_MAX_ROWS - 2);
  const textColumns = new Set(formats.textColumns ?? []);
  for (let i = 0; i < fits; i++) {
    const row = sheet.addRow(rowOf(i));
    row.eachCell((cell, c) => {
      cell.style = styleFor(textColumns.has(c) ? TEXT_FORMAT : GENERAL, cell.value);
    });
    row.commit();
  }
  if (fits < count) sheet.addRow([MORE_ROWS[lang].replace("{n}", String(count - fits))]).commit();
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

/** A YYYY-MM-DD day as the JS Date exceljs writes as that day's serial (UTC midnight). */
function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
