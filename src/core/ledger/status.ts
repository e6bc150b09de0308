// The one-line status of each data row, as the status column shows it ("OK", or the codes and the
// first message), shared by the add-in's status column and the command line's annotated workbook.
import { message } from "../messages";
import { CODES, fill, STATUS_TAGS, STATUS_WORDS, type Code, type Lang, type Severity } from "../words";
import type { Audit } from "./audit";
import type { Role } from "./columns";
import { deactivationMessage } from "./deactivation";
import { duplicateWhat } from "./duplicates";

export type RowSeverity = Severity | "ok";

export interface RowStatus {
  readonly severity: RowSeverity;
  readonly codes: readonly Code[];
  readonly text: string;
}

/** Header of the status column the add-in adds to the right of a ledger. */
export const STATUS_HEADER = STATUS_WORDS.header;
/** The word each status starts with (see STATUS_WORDS). */
export { STATUS_TAGS };

const RANK: Record<RowSeverity, number> = { error: 3, warning: 2, info: 1, ok: 0 };

/** One finding on one data row, whatever found it: validation, duplicates or deactivation. */
export interface RowFinding {
  /** Row index into the ledger's columns. */
  readonly k: number;
  readonly severity: Severity;
  readonly code: Code;
  /** The column the finding is about, when there is one. */
  readonly column: Role | null;
  readonly text: string;
}

/** The index of worksheet row `row` in `rows` (ascending, as parseLedger makes them): no map of a million rows. */
function indexOfRow(rows: Int32Array, row: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Visits every finding of the audit on a data row, whatever found it (validation, duplicates,
 * deactivation), each once: the one list the status cells, the findings sheet and the summary's counts
 * all come from, so they cannot disagree. `words` puts a finding in words only when asked.
 */
function eachRowFinding(audit: Audit, visit: (k: number, code: Code, column: Role | null, words: (lang: Lang) => string) => void): void {
  const { columns, issues } = audit.parsed;
  for (const issue of issues) visit(indexOfRow(columns.rows, issue.row), issue.code, issue.column, (lang) => message(issue, lang));
  // A transfer's old row is on the deactivation list with the same code: named once, there.
  const flagged = new Set(audit.deactivation.map((d) => `${d.k} ${d.code}`));
  for (const g of audit.duplicates) {
    const column: Role | null = g.code === "DUPLICATE_KPJ" ? "kpj" : g.code === "DUPLICATE_ROW" || g.code === "POSSIBLE_DUPLICATE" || g.code === "POSSIBLE_DUPLICATE_OTHER_EMPLOYER" ? null : "nik";
    for (const k of g.members) {
      if (k === g.keep || flagged.has(`${k} ${g.code}`)) continue;
      // The group's words, as the report's duplicate says them, and the row to keep.
      visit(k, g.code, column, (lang) => fill(STATUS_WORDS.keepRow[lang], { message: duplicateWhat(g, columns, lang), row: columns.rows[g.keep] }, lang));
    }
  }
  for (const d of audit.deactivation) {
    const column: Role | null = d.since !== null ? "endDate" : d.code === "REVIEW_PENSION_AGE" ? "birthDate" : null;
    visit(d.k, d.code, column, (lang) => deactivationMessage(d, audit.refDate, lang));
  }
}

/** Every finding of the audit, row by row (in the order of `audit.parsed.columns`). */
export function rowFindings(audit: Audit, lang: Lang): RowFinding[][] {
  const parts: RowFinding[][] = Array.from({ length: audit.parsed.columns.count }, () => []);
  eachRowFinding(audit, (k, code, column, words) => parts[k].push({ k, severity: CODES[code].severity, code, column, text: words(lang) }));
  for (const list of parts) list.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  return parts;
}

/**
 * How many findings of each severity the rows carry: what the status cells say, counted. A pension-age
 * review is a warning (SPEC §5), so it counts as one, as its status cell says PERINGATAN.
 */
export function rowFindingCounts(audit: Audit): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  eachRowFinding(audit, (_k, code) => counts[CODES[code].severity]++);
  return counts;
}

/** A status for every data row of the audit, in the order of `audit.parsed.columns`. */
export function rowStatuses(audit: Audit, lang: Lang, findings: RowFinding[][] = rowFindings(audit, lang)): RowStatus[] {
  return findings.map((list) => {
    if (list.length === 0) return { severity: "ok", codes: [], text: STATUS_WORDS.ok[lang] };
    // Each code once: a row with two empty required columns is REQUIRED_MISSING, not twice over.
    const codes = [...new Set(list.map((p) => p.code))];
    return { severity: list[0].severity, codes, text: fill(STATUS_WORDS.line[lang], { tag: STATUS_TAGS[list[0].severity], codes: codes.join(", "), message: list[0].text }, lang) };
  });
}
