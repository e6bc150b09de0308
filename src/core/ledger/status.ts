// The one-line status of each data row, as the status column shows it ("OK", or the codes and the
// first message), shared by the add-in's status column and the command line's annotated workbook.
import { CODES, fieldLabels, message, type Code, type Lang, type Severity } from "../messages";
import type { Audit } from "./audit";
import type { Role } from "./columns";
import { deactivationMessage } from "./deactivation";

export type RowSeverity = Severity | "ok";

export interface RowStatus {
  readonly severity: RowSeverity;
  readonly codes: readonly Code[];
  readonly text: string;
}

/** Header of the status column the add-in adds to the right of a ledger. */
export const STATUS_HEADER = { id: "Status Ledger BPJS", en: "Ledger BPJS status" } as const;

const RANK: Record<RowSeverity, number> = { error: 3, warning: 2, info: 1, ok: 0 };
const OK_TEXT = { id: "OK", en: "OK" } as const;

/**
 * The word each status starts with. A status begins with its severity so that a sheet can colour rows
 * with three "begins with" conditional formats, and a user can filter on it, without the add-in
 * formatting cells one by one.
 */
export const STATUS_TAGS: Readonly<Record<Severity, Readonly<Record<Lang, string>>>> = {
  error: { id: "GALAT", en: "ERROR" },
  warning: { id: "PERINGATAN", en: "WARNING" },
  info: { id: "INFO", en: "INFO" },
};
const KEEP_TEXT = { id: "simpan baris", en: "keep row" } as const;

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

/** Every finding of the audit, row by row (in the order of `audit.parsed.columns`). */
export function rowFindings(audit: Audit, lang: Lang): RowFinding[][] {
  const { columns, issues } = audit.parsed;
  const n = columns.count;
  const parts: RowFinding[][] = Array.from({ length: n }, () => []);
  const indexOfRow = new Map<number, number>();
  for (let k = 0; k < n; k++) indexOfRow.set(columns.rows[k], k);

  for (const issue of issues) {
    const k = indexOfRow.get(issue.row)!;
    parts[k].push({ k, severity: issue.severity, code: issue.code, column: issue.column, text: message(issue, lang) });
  }
  // A transfer's old row is on the deactivation list with the same code: named once, there.
  const flagged = new Set(audit.deactivation.map((d) => `${d.k} ${d.code}`));
  for (const g of audit.duplicates) {
    for (const k of g.members) {
      if (k === g.keep || flagged.has(`${k} ${g.code}`)) continue;
      const text = `${message({ code: g.code, params: { score: g.score, npp: columns.npp[g.keep], agreed: fieldLabels(g.agreed, lang) } }, lang)} (${KEEP_TEXT[lang]} ${columns.rows[g.keep]})`;
      parts[k].push({ k, severity: CODES[g.code].severity, code: g.code, column: g.code === "DUPLICATE_KPJ" ? "kpj" : g.code === "DUPLICATE_ROW" || g.code === "POSSIBLE_DUPLICATE" || g.code === "POSSIBLE_DUPLICATE_OTHER_EMPLOYER" ? null : "nik", text });
    }
  }
  for (const d of audit.deactivation) {
    const column: Role | null = d.since !== null ? "endDate" : d.code === "REVIEW_PENSION_AGE" ? "birthDate" : null;
    parts[d.k].push({ k: d.k, severity: CODES[d.code].severity, code: d.code, column, text: deactivationMessage(d, audit.refDate, lang) });
  }
  for (const list of parts) list.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  return parts;
}

/** A status for every data row of the audit, in the order of `audit.parsed.columns`. */
export function rowStatuses(audit: Audit, lang: Lang, findings: RowFinding[][] = rowFindings(audit, lang)): RowStatus[] {
  return findings.map((list) => {
    if (list.length === 0) return { severity: "ok", codes: [], text: OK_TEXT[lang] };
    const codes = list.map((p) => p.code);
    return { severity: list[0].severity, codes, text: `${STATUS_TAGS[list[0].severity][lang]} · ${codes.join(", ")}: ${list[0].text}` };
  });
}
