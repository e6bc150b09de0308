// The audit as tables of rows and columns, each built once here and only written or printed by the
// surfaces: the add-in's findings sheet, the command line's --out workbook and its terminal summary.
// - findings: every finding one line (whole columns first, then validation, duplicates and
//   deactivation together, by row), the same lines the status cells summarise;
// - totals per company; duplicate groups; who must be deactivated or reviewed.
// The roster worklist is the same kind of table (src/core/roster/reconcile.ts, `worklistTable`).
import { ACTION_WORDS, DEACTIVATION_HEADER, DUPLICATES_HEADER, FINDINGS_HEADER, ROLE_LABELS, SEVERITY_WORDS, TOTALS_HEADER, YES_NO, type Lang } from "../words";
import type { Audit, AuditReport } from "./audit";
import type { Role } from "./columns";
import { deactivationMessage } from "./deactivation";
import { rowFindings, type RowFinding } from "./status";

/** A cell: a value shown as it is, or nothing. Numbers in `dateColumns` are days (`Day`). */
export type TableCell = string | number | null;

export interface Table {
  readonly header: string[];
  readonly rows: TableCell[][];
  /** Columns (0-based) whose cells are identifiers or names: written as text, never as numbers. */
  readonly textColumns: readonly number[];
  /**
   * Columns (0-based) whose numbers are calendar days (`Day`, days since 1970-01-01). Each surface
   * writes them as real dates (an Excel date serial shown dd-mm-yyyy), so a list sorts by date.
   */
  readonly dateColumns: readonly number[];
  /** A width per column, in characters, for a surface that cannot fit columns to their text. */
  readonly widths: readonly number[];
}

/**
 * One line per finding: first what a whole column says (no row: it is the cause of many row findings),
 * then the rows in order, a row's most severe finding first.
 */
export function findingsTable(audit: Audit, report: Pick<AuditReport, "columns" | "columnIssues">, lang: Lang, findings: RowFinding[][] = rowFindings(audit, lang)): Table {
  const rowNumbers = audit.parsed.columns.rows;
  const columnName = (role: Role | null) => (role === null ? "" : (report.columns[role] ?? ROLE_LABELS[role][lang]));
  const rows: TableCell[][] = [];
  for (const c of report.columnIssues) rows.push(["", columnName(c.column), c.code, SEVERITY_WORDS[c.severity][lang], c.message]);
  for (const list of findings) {
    for (const f of list) rows.push([rowNumbers[f.k], columnName(f.column), f.code, SEVERITY_WORDS[f.severity][lang], f.text]);
  }
  return { header: FINDINGS_HEADER.map((h) => h[lang]), rows, textColumns: [1, 2, 3, 4], dateColumns: [], widths: [8, 22, 26, 12, 100] };
}

/** The KPJ totals per company (SPEC §5): participants, active and KPJ, or cards printed for receipts. */
export function totalsTable(report: Pick<AuditReport, "shape" | "columns" | "totals">, lang: Lang): Table {
  const receipts = report.shape === "receipts";
  const hasRo = report.columns.ro !== undefined;
  const header = [
    TOTALS_HEADER.npp[lang],
    TOTALS_HEADER.company[lang],
    ...(hasRo ? [TOTALS_HEADER.ro[lang]] : []),
    ...(receipts ? [TOTALS_HEADER.kpjReceipts[lang]] : [TOTALS_HEADER.participants[lang], TOTALS_HEADER.active[lang], TOTALS_HEADER.kpj[lang]]),
  ];
  const rows = report.totals.map((t) => [t.npp, t.company, ...(hasRo ? [t.ro ?? ""] : []), ...(receipts ? [t.kpj] : [t.participants ?? 0, t.active ?? 0, t.kpj])]);
  const widths = header.map((_, c) => (c === 1 ? 40 : c === 0 ? 12 : 16));
  return { header, rows, textColumns: hasRo ? [0, 1, 2] : [0, 1], dateColumns: [], widths };
}

/** One line per duplicate group: its rows, the row to keep, what to do with the cluster, and why. */
export function duplicatesTable(report: Pick<AuditReport, "duplicates">, lang: Lang): Table {
  const rows = report.duplicates.map((d) => [d.code, d.cluster + 1, d.rows.join(", "), d.keep, d.score, ACTION_WORDS[d.action].label[lang], d.reason]);
  return { header: DUPLICATES_HEADER.map((h) => h[lang]), rows, textColumns: [0, 2, 5, 6], dateColumns: [], widths: [30, 10, 20, 12, 8, 28, 100] };
}

/**
 * Who must be deactivated or reviewed (participant ledgers): the row, the code, the end date (a day),
 * whether the reporting deadline has passed, and the flag's message — the one the status cell shows.
 */
export function deactivationTable(audit: Audit, lang: Lang): Table {
  const { columns } = audit.parsed;
  const rows = audit.deactivation.map((d) => [columns.rows[d.k], d.code, d.since, d.since === null ? null : (d.overdue ? YES_NO.yes : YES_NO.no)[lang], deactivationMessage(d, audit.refDate, lang)]);
  return { header: DEACTIVATION_HEADER.map((h) => h[lang]), rows, textColumns: [1, 3, 4], dateColumns: [2], widths: [8, 30, 12, 18, 100] };
}

/** Every table of one audit, built once: what each surface writes or prints. */
export interface AuditTables {
  readonly findings: Table;
  readonly totals: Table;
  readonly duplicates: Table;
  /** Null for a receipt ledger, which has no one to deactivate. */
  readonly deactivation: Table | null;
}

export function auditTables(audit: Audit, report: AuditReport, lang: Lang, findings: RowFinding[][] = rowFindings(audit, lang)): AuditTables {
  return {
    findings: findingsTable(audit, report, lang, findings),
    totals: totalsTable(report, lang),
    duplicates: duplicatesTable(report, lang),
    deactivation: report.shape === "participants" ? deactivationTable(audit, lang) : null,
  };
}
