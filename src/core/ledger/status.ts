// The one-line status of each data row, as the status column shows it ("OK", or the codes and the
// first message), shared by the add-in's status column and the command line's annotated workbook.
import { CODES, message, type Code, type Lang, type Severity } from "../messages";
import type { Audit } from "./audit";
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
const KEEP_TEXT = { id: "simpan baris", en: "keep row" } as const;

/** A status for every data row of the audit, in the order of `audit.parsed.columns`. */
export function rowStatuses(audit: Audit, lang: Lang): RowStatus[] {
  const { columns, issues } = audit.parsed;
  const n = columns.count;
  const parts: { severity: RowSeverity; code: Code; text: string }[][] = Array.from({ length: n }, () => []);
  const indexOfRow = new Map<number, number>();
  for (let k = 0; k < n; k++) indexOfRow.set(columns.rows[k], k);

  for (const issue of issues) parts[indexOfRow.get(issue.row)!].push({ severity: issue.severity, code: issue.code, text: message(issue, lang) });
  for (const g of audit.duplicates) {
    for (const k of g.members) {
      if (k === g.keep) continue;
      const severity = CODES[g.code].severity;
      parts[k].push({ severity, code: g.code, text: `${message({ code: g.code, params: { score: g.score, npp: columns.npp[g.keep] } }, lang)} (${KEEP_TEXT[lang]} ${columns.rows[g.keep]})` });
    }
  }
  for (const d of audit.deactivation) {
    parts[d.k].push({ severity: CODES[d.code].severity, code: d.code, text: deactivationMessage(d, audit.refDate, lang) });
  }

  return parts.map((list) => {
    if (list.length === 0) return { severity: "ok", codes: [], text: OK_TEXT[lang] };
    list.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
    const codes = list.map((p) => p.code);
    return { severity: list[0].severity, codes, text: `${codes.join(", ")}: ${list[0].text}` };
  });
}
