// Findings: a code (SPEC §3–§5, the contract) with its parameters, and its message in the user's
// language, filled from the catalogue (src/core/words) by the one `fill`. The catalogue's codes,
// problems and labels are re-exported here for the modules that have always read them from here
// (the task pane among them).
import { CODES, fill, ROLE_LABELS, sayBoth, WORKBOOK_PROBLEMS, type Code, type Lang, type Params, type Words, type WorkbookProblem } from "./words";

export { CODES, LABELS, LEDGER_PROBLEMS, ROLE_LABELS, SEVERITY_WORDS, WORKBOOK_PROBLEMS } from "./words";
export type { Code, Lang, LedgerProblem, Severity, WorkbookProblem } from "./words";

/** A parameter is a value, or words that differ by language (a reason, a field name). */
export type ParamValue = Params[string];
export type FindingParams = Params;

export interface Finding {
  readonly code: Code;
  readonly severity: (typeof CODES)[Code]["severity"];
  readonly params?: FindingParams;
}

export function finding(code: Code, params?: FindingParams): Finding {
  return params ? { code, severity: CODES[code].severity, params } : { code, severity: CODES[code].severity };
}

/** A finding's message: its code's words in `lang`, with the finding's parameters filled in. */
export function message(f: Pick<Finding, "code" | "params">, lang: Lang): string {
  return fill(CODES[f.code][lang], f.params, lang);
}

/** Field names (roles, or "kpj"-like comparison fields) as the user reads them, joined by commas. */
export function fieldLabels(fields: readonly string[], lang: Lang): string {
  return fields.map((f) => (ROLE_LABELS as Record<string, Words>)[f]?.[lang] ?? f).join(", ");
}

/** A workbook problem's message in both languages, with its placeholders filled. */
export function workbookProblem(problem: WorkbookProblem, params: Readonly<Record<string, string>> = {}): Words {
  return sayBoth(WORKBOOK_PROBLEMS[problem], params);
}
