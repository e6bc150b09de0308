// Writing an audit back to the workbook, as one undo step where Excel supports it:
// - the status column right of the ledger (code + message per row, as text), in blocks;
// - conditional formats on that column that colour errors, warnings and infos — three rules for the
//   whole column, never a formatting call per cell;
// - the findings sheet: every finding one line, and beside it the KPJ totals per company, the duplicate
//   groups and (participant ledgers) who must be deactivated or reviewed — core's tables, as the
//   command line's --out workbook holds them;
// - a line in the log sheet.
// The ledger's own cells are never touched.
import type { Audit, AuditReport } from "../core/ledger/audit";
import { auditTables, type Table } from "../core/ledger/findings-table";
import { rowFindings, rowStatuses, STATUS_HEADER } from "../core/ledger/status";
import { workbookProblem, type Lang, type Severity } from "../core/messages";
import { FINDINGS_SHEET_WORDS, fill, LOG_DETAILS, STATUS_TAGS } from "../core/words";
import { EXCEL_MAX_COLUMNS } from "../core/sheet-limits";
import type { ExcelHost } from "./host";
import { appendLog } from "./log";
import { CANCELLED, failure, hostFailure, success, type Outcome } from "./outcome";
import { ownSheet, writableSheet } from "./own-sheet";
import type { ExcelLedger, Progress } from "./read-ledger";
import { FINDINGS_SHEET } from "./sheet-names";
import { writeRows, type CellValue } from "./write-rows";
import { writeTable } from "./write-table";

/** Fill and font colours of each severity (Excel's own "light red / yellow / blue" presets). */
const SEVERITY_COLOURS: Readonly<Record<Severity, { fill: string; font: string }>> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

/** Width of the status column, in points (about 60 characters). */
const STATUS_WIDTH = 330;



export interface WriteAuditOptions {
  readonly lang: Lang;
  readonly progress?: Progress;
  readonly signal?: AbortSignal;
}

/** Writes the audit of `ledger` to the workbook. */
export async function writeAudit(host: ExcelHost, ledger: ExcelLedger, audit: Audit, report: AuditReport, options: WriteAuditOptions): Promise<Outcome<void>> {
  const { lang, signal } = options;
  const progress = options.progress ?? (() => {});
  const { place } = ledger;
  if (place.statusColumn >= EXCEL_MAX_COLUMNS) return failure(workbookProblem("noColumnLeft"));
  try {
    return await host.run(
      async (context) => {
        const target = await writableSheet(context, place.sheet);
        if (!target.ok) return target;
        const sheet = target.value;

        // The status column: the header, then one line per row below it to the ledger's last row.
        const findings = rowFindings(audit, lang);
        const statuses = rowStatuses(audit, lang, findings);
        const headerRow = audit.parsed.layout.headerRow;
        const lastRow = place.firstRow + place.rowCount - 1;
        const column: CellValue[][] = new Array(lastRow - headerRow + 1);
        column[0] = [STATUS_HEADER[lang]];
        for (let i = 1; i < column.length; i++) column[i] = [""];
        const rowNumbers = audit.parsed.columns.rows;
        for (let k = 0; k < statuses.length; k++) column[rowNumbers[k] - headerRow] = [statuses[k].text];

        const total = column.length + 1;
        progress(0, total);
        const done = await writeRows(context, sheet, headerRow - 1, place.statusColumn, column, {
          signal,
          onBlock: (n) => progress(n, total),
        });
        if (!done) return failure(CANCELLED);

        const header = sheet.getRangeByIndexes(headerRow - 1, place.statusColumn, 1, 1);
        header.format.font.bold = true;
        header.format.columnWidth = STATUS_WIDTH;
        if (column.length > 1) {
          const data = sheet.getRangeByIndexes(headerRow, place.statusColumn, column.length - 1, 1);
          data.conditionalFormats.clearAll();
          for (const severity of ["error", "warning", "info"] as const) {
            const rule = data.conditionalFormats.add("ContainsText");
            rule.textComparison.format.fill.color = SEVERITY_COLOURS[severity].fill;
            rule.textComparison.format.font.color = SEVERITY_COLOURS[severity].font;
            rule.textComparison.rule = { operator: "BeginsWith", text: STATUS_TAGS[severity][lang] };
          }
        }

        await writeFindingsSheet(context, audit, report, lang, findings, ledger.place.date1904 === true);
        const details = fill(LOG_DETAILS.audit[lang], { rows: report.rowCount, ...report.summary }, lang);
        await appendLog(context, "audit", place.sheet, details, lang);
        progress(total, total);
        return success(undefined);
      },
      { undoGroup: true },
    );
  } catch (error) {
    return hostFailure(error, place.sheet);
  }
}

/**
 * The findings sheet, rewritten on each run: the findings from column A, then each other table two
 * columns right of the one before (an empty column between), all headed on row 1.
 */
async function writeFindingsSheet(context: Excel.RequestContext, audit: Audit, report: AuditReport, lang: Lang, findings: ReturnType<typeof rowFindings>, date1904: boolean): Promise<void> {
  const { sheet } = await ownSheet(context, FINDINGS_SHEET);
  sheet.getRange().clear("All");
  const tables = auditTables(audit, report, lang, findings);
  const overflow = (n: number) => fill(FINDINGS_SHEET_WORDS.more[lang], { n }, lang);
  sheet.freezePanes.freezeRows(1);
  let column = 0;
  for (const table of [tables.findings, tables.totals, tables.duplicates, tables.deactivation].filter((t): t is Table => t !== null)) {
    await writeTable(context, sheet, 0, column, table, { date1904, overflow });
    column += table.header.length + 1;
  }
  sheet.getRangeByIndexes(0, 0, 1, column).format.autofitColumns();
}
