// The whole audit of one ledger (SPEC §6 `audit` JSON): layout, row issues, duplicates, totals and
// deactivation, from a 2-D array of cell values plus number formats. The add-in, the command line and
// the library all call this one function.
import { isoOf, today, type Day, refDayOf } from "../dates";
import type { PairLevels } from "../matching/compare";
import { fieldLabels, message } from "../messages";
import { DUPLICATE_WORDS, fill, LEDGER_PROBLEMS, type Code, type Lang, type LedgerProblem, type Severity } from "../words";
import { ROLES, type ColumnRoles, type LedgerShape, type Role } from "./columns";
import { deactivationFlags, type DeactivationFlag } from "./deactivation";
import { duplicateWhat as groupWhat, findDuplicates, keepReasonText, type DuplicateGroup } from "./duplicates";
import { reviewClusters, type ReviewAction, type ReviewCluster } from "./review";
import { rowFindingCounts } from "./status";
import { layoutOf, parseLedger, type LayoutOptions, type LedgerInput, type ParsedLedger } from "./ledger";
import { computeTotals, type Totals } from "./totals";

export interface AuditOptions extends LayoutOptions {
  /** Reference date for ages, centuries and deactivation; default today. */
  readonly refDate?: Day;
  /** Language of the messages in the report; default Indonesian. */
  readonly lang?: Lang;
  readonly onProgress?: (done: number, total: number) => boolean | void;
}

export interface AuditIssue {
  readonly row: number;
  readonly column: Role;
  readonly code: Code;
  readonly severity: Severity;
  readonly message: string;
}

export interface AuditDuplicate {
  readonly code: Code;
  readonly rows: number[];
  readonly keep: number;
  readonly score: number;
  readonly reason: string;
  /** The review cluster this group belongs to (groups sharing a row share one), and what to do with it. */
  readonly cluster: number;
  readonly action: ReviewAction;
  /** For possible duplicates: each linked pair (worksheet rows), its score and every field's level. */
  readonly pairs?: { readonly rows: [number, number]; readonly score: number; readonly levels: PairLevels }[];
}

export interface AuditTotal {
  readonly npp: string;
  readonly company: string;
  readonly participants: number | null;
  readonly active: number | null;
  readonly kpj: number;
  readonly kpjActive: number | null;
  readonly ro?: string;
}

export interface AuditDeactivation {
  readonly row: number;
  readonly code: Code;
  readonly since: string | null;
  readonly overdue: boolean;
}

/** The `audit` JSON of SPEC §6, plus totals per RO and per receipt day and month. */
export interface AuditReport {
  readonly sheet: string | null;
  readonly headerRow: number;
  readonly refDate: string;
  readonly shape: LedgerShape;
  readonly rowCount: number;
  readonly columns: Partial<Record<Role, string>>;
  readonly issues: AuditIssue[];
  /** Findings about a whole column (a column of identifiers stored as numbers, formulas never calculated). */
  readonly columnIssues: { readonly column: Role; readonly header: string; readonly code: Code; readonly severity: Severity; readonly count: number; readonly message: string }[];
  readonly duplicates: AuditDuplicate[];
  readonly totals: AuditTotal[];
  readonly totalsByRo: Totals["byRo"];
  readonly receiptsByDay: Totals["byDay"];
  readonly receiptsByMonth: Totals["byMonth"];
  readonly deactivation: AuditDeactivation[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly duplicates: number; readonly deactivation: number };
}

/** Everything the audit found, before it is turned into JSON: what the surfaces work from. */
export interface Audit {
  readonly parsed: ParsedLedger;
  readonly refDate: Day;
  readonly duplicates: DuplicateGroup[];
  readonly totals: Totals;
  readonly deactivation: DeactivationFlag[];
}

export type AuditResult = { readonly ok: true; readonly audit: Audit } | { readonly ok: false; readonly problem: LedgerProblem };

export function runAudit(input: LedgerInput, options: AuditOptions = {}): AuditResult {
  const located = layoutOf(input, options);
  if (!located.ok) return located;
  const refDate = options.refDate ?? today();
  const parsed = parseLedger(input, located.layout, { refDate, onProgress: options.onProgress });
  const { columns, layout } = parsed;
  const hasNpp = layout.roles.npp !== undefined;
  const duplicates = findDuplicates(columns, layout.shape, hasNpp);
  const totals = computeTotals(columns, layout.shape, refDate, hasNpp);
  const deactivation = layout.shape === "participants" ? deactivationFlags(columns, duplicates, refDate) : [];
  return { ok: true, audit: { parsed, refDate, duplicates, totals, deactivation } };
}

/** Why a group is a duplicate, in words (its code's message with the group's figures). */
export function duplicateWhat(g: DuplicateGroup, audit: Audit, lang: Lang): string {
  return groupWhat(g, audit.parsed.columns, lang);
}

/** Why a group is a duplicate and which row to keep, in words. */
function duplicateReason(g: DuplicateGroup, audit: Audit, lang: Lang): string {
  const params = { what: duplicateWhat(g, audit, lang), row: audit.parsed.columns.rows[g.keep], why: keepReasonText(g.keepReason, lang), agreed: fieldLabels(g.agreed, lang) };
  return fill(DUPLICATE_WORDS.reason[lang], params, lang);
}

const ROLE_ORDER = new Map<Role, number>(ROLES.map((r, i) => [r, i]));

export function auditReport(audit: Audit, sheet: string | null, lang: Lang = "id"): AuditReport {
  const { parsed, duplicates, totals, deactivation, refDate } = audit;
  const { columns, layout } = parsed;
  const issues = parsed.issues
    .map((f) => ({ row: f.row, column: f.column, code: f.code, severity: f.severity, message: message(f, lang) }))
    .sort((a, b) => a.row - b.row || ROLE_ORDER.get(a.column)! - ROLE_ORDER.get(b.column)!);
  const hasRo = layout.roles.ro !== undefined;
  const counts = rowFindingCounts(audit);
  const clusterOf: ReviewCluster[] = [];
  for (const c of reviewClusters(audit)) for (const i of c.groups) clusterOf[i] = c;
  return {
    sheet,
    headerRow: layout.headerRow,
    refDate: isoOf(refDate),
    shape: layout.shape,
    rowCount: columns.count,
    columns: layout.headers,
    issues,
    columnIssues: parsed.columnIssues.map((f) => ({ column: f.column, header: layout.headers[f.column] ?? "", code: f.code, severity: f.severity, count: f.count, message: message(f, lang) })),
    duplicates: duplicates.map((g, i) => ({
      code: g.code,
      cluster: clusterOf[i].id,
      action: clusterOf[i].action,
      rows: g.members.map((k) => columns.rows[k]),
      keep: columns.rows[g.keep],
      score: g.score,
      reason: duplicateReason(g, audit, lang),
      ...(g.pairs ? { pairs: g.pairs.map((p) => ({ rows: [columns.rows[p.a], columns.rows[p.b]] as [number, number], score: p.score, levels: p.levels })) } : {}),
    })),
    totals: totals.companies.map((t) => ({ npp: t.npp, company: t.company, participants: t.participants, active: t.active, kpj: t.kpj, kpjActive: t.kpjActive, ...(hasRo ? { ro: t.ro } : {}) })),
    totalsByRo: totals.byRo,
    receiptsByDay: totals.byDay,
    receiptsByMonth: totals.byMonth,
    deactivation: deactivation.map((d) => ({ row: columns.rows[d.k], code: d.code, since: d.since === null ? null : isoOf(d.since), overdue: d.overdue })),
    // Every finding the status cells show (validation, duplicates, deactivation and reviews), counted by
    // severity, plus the findings about whole columns.
    summary: {
      errors: counts.error + parsed.columnIssues.filter((i) => i.severity === "error").length,
      warnings: counts.warning + parsed.columnIssues.filter((i) => i.severity === "warning").length,
      duplicates: duplicates.length,
      deactivation: deactivation.length,
    },
  };
}

/** Thrown by `auditLedger` when the region is not a ledger; `problem` says why, in both languages. */
export class LedgerError extends Error {
  constructor(readonly problem: LedgerProblem) {
    super(LEDGER_PROBLEMS[problem].en);
  }
}

export interface AuditLedgerOptions extends Omit<AuditOptions, "refDate"> {
  /** Reference date as a library user writes it ("2026-11-30"), a Date, or a day number; default today. */
  readonly refDate?: string | Date | Day;
  readonly roles?: ColumnRoles;
}

/**
 * The library's audit: the `audit` JSON of SPEC §6 for a 2-D array of cells (`values`, with `formats`
 * to tell a date from a number). Throws LedgerError when the cells are no ledger, RangeError on a
 * malformed refDate.
 */
export function auditLedger(input: LedgerInput, options: AuditLedgerOptions = {}): AuditReport {
  const result = runAudit(input, { ...options, refDate: refDayOf(options.refDate) });
  if (!result.ok) throw new LedgerError(result.problem);
  return auditReport(result.audit, input.sheet ?? null, options.lang);
}

