// The audit's results in the pane: summary, findings grouped by code with go-to-cell, totals per
// company and the deactivation list (the duplicates review is duplicates-view.ts). Rendering only; the actions are
// callbacks. Long lists are cut (the full list is in the workbook's findings sheet): a pane with
// 100,000 list items would freeze Excel.
import { formatDayId, type Day } from "../core/dates";
import type { Audit, AuditReport } from "../core/ledger/audit";
import { deactivationMessage } from "../core/ledger/deactivation";
import { CODES, ROLE_LABELS, type Code, type Lang } from "../core/messages";
import type { Role } from "../core/ledger/columns";
import { el } from "./dom";
import { STRINGS } from "./strings";

export const MAX_ITEMS_PER_GROUP = 100;
export const MAX_DUPLICATE_GROUPS = 200;

export interface AuditActions {
  goTo(row: number, column: Role | null): void;
}

function t(key: keyof typeof STRINGS, lang: Lang): string {
  return STRINGS[key][lang];
}

/** A count as Indonesians write it: 4.263 (the same in the English pane: the figures are the ledger's). */
export const count = (n: number): string => n.toLocaleString("id-ID");

/** A finding's code, for whoever reports it to support: small secondary text, never the main words. */
const codeNote = (code: string) => el("span", { class: "finding-code", "aria-hidden": "true" }, code);

function summary(report: AuditReport, lang: Lang): HTMLElement {
  const item = (key: keyof typeof STRINGS, value: number, cls: string) =>
    el("div", { class: `stat ${cls}` }, el("span", { class: "stat-value" }, count(value)), el("span", { class: "stat-label" }, t(key, lang)));
  return el(
    "div",
    { class: "stats", id: "audit-summary" },
    item("summaryErrors", report.summary.errors, "stat-error"),
    item("summaryWarnings", report.summary.warnings, "stat-warning"),
    item("summaryDuplicates", report.summary.duplicates, "stat-dup"),
    item("summaryDeactivation", report.summary.deactivation, "stat-deact"),
  );
}

function findings(report: AuditReport, lang: Lang, actions: AuditActions): HTMLElement {
  const section = el("section", { class: "card", id: "findings" }, el("h2", {}, t("findingsHeading", lang)));
  if (report.issues.length === 0) {
    section.append(el("p", { class: "hint" }, t("noFindings", lang)));
    return section;
  }
  const byCode = new Map<Code, AuditReport["issues"]>();
  for (const issue of report.issues) {
    const list = byCode.get(issue.code);
    if (list) list.push(issue);
    else byCode.set(issue.code, [issue]);
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const codes = [...byCode.keys()].sort((a, b) => rank[CODES[a].severity] - rank[CODES[b].severity] || byCode.get(b)!.length - byCode.get(a)!.length);
  for (const code of codes) {
    const list = byCode.get(code)!;
    const group = el(
      "details",
      { class: `finding-group finding-${CODES[code].severity}`, "data-code": code },
      el("summary", {}, el("span", { class: "count" }, `${count(list.length)} ${t("rowsUnit", lang)}`), el("span", { class: "finding-message" }, list[0].message), codeNote(code)),
    );
    const items = el("ul", { class: "finding-rows" });
    for (const issue of list.slice(0, MAX_ITEMS_PER_GROUP)) {
      const go = el("button", { type: "button", class: "link", "data-row": String(issue.row) }, `${t("row", lang)} ${issue.row}`);
      go.setAttribute("aria-label", `${t("goTo", lang)} ${t("row", lang).toLowerCase()} ${issue.row}`);
      go.addEventListener("click", () => actions.goTo(issue.row, issue.column));
      items.append(el("li", {}, go, el("span", { class: "finding-column" }, ROLE_LABELS[issue.column][lang]), el("span", { class: "finding-message" }, issue.message)));
    }
    if (list.length > MAX_ITEMS_PER_GROUP) items.append(el("li", { class: "hint" }, `+${count(list.length - MAX_ITEMS_PER_GROUP)} ${t("more", lang)}`));
    group.append(items);
    section.append(group);
  }
  return section;
}

function table(headers: string[], rows: (string | number)[][], id: string): HTMLTableElement {
  return el(
    "table",
    { class: "data", id },
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", typeof c === "number" ? { class: "num" } : {}, typeof c === "number" ? count(c) : c))))),
  );
}

function totals(report: AuditReport, lang: Lang): HTMLElement {
  const participants = report.shape === "participants";
  const headers = participants ? ["NPP", t("company", lang), t("participants", lang), t("active", lang), t("kpj", lang)] : ["NPP", t("company", lang), t("kpj", lang)];
  const rows = report.totals.map((c) => (participants ? [c.npp, c.company, c.participants ?? 0, c.active ?? 0, c.kpj] : [c.npp, c.company, c.kpj]));
  return el("section", { class: "card", id: "totals" }, el("h2", {}, t("totalsHeading", lang)), el("div", { class: "scroll" }, table(headers, rows, "totals-table")));
}

/**
 * The deactivation list as a person reads it: who, what to do and by when; the code is small secondary
 * text. Built from the audit's own flags, so the words are the engine's (deactivationMessage).
 */
export function renderDeactivation(audit: Audit, lang: Lang, actions: AuditActions): HTMLElement {
  const section = el("section", { class: "card", id: "deactivation" }, el("h2", {}, `${t("deactivationHeading", lang)} (${count(audit.deactivation.length)})`));
  if (audit.deactivation.length === 0) {
    section.append(el("p", { class: "hint" }, t("noDeactivation", lang)));
    return section;
  }
  const { columns } = audit.parsed;
  const list = el("ul", { class: "deact-list" });
  for (const flag of audit.deactivation.slice(0, MAX_DUPLICATE_GROUPS)) {
    const row = columns.rows[flag.k];
    const go = el("button", { type: "button", class: "link", "aria-label": `${t("goTo", lang)} ${t("row", lang).toLowerCase()} ${row}` }, `${t("row", lang)} ${row}`);
    go.addEventListener("click", () => actions.goTo(row, null));
    const name = columns.name[flag.k] || t("noName", lang);
    const deadline = flag.deadlineTk === null ? null : el("p", { class: flag.overdue ? "deadline overdue" : "deadline" }, `${t(flag.overdue ? "deadlinePassed" : "deadline", lang)} ${formatDayId(flag.deadlineTk as Day)}`);
    const item = el("li", { class: `finding-${CODES[flag.code].severity}`, "data-code": flag.code }, el("p", { class: "deact-who" }, el("strong", {}, name), " · ", go), el("p", { class: "deact-what" }, deactivationMessage(flag, audit.refDate, lang)));
    if (deadline) item.append(deadline);
    item.append(codeNote(flag.code));
    list.append(item);
  }
  if (audit.deactivation.length > MAX_DUPLICATE_GROUPS) list.append(el("li", { class: "hint" }, `+${count(audit.deactivation.length - MAX_DUPLICATE_GROUPS)} ${t("more", lang)}`));
  section.append(list);
  return section;
}

/** The audit tab's sections, in reading order: the counts, the findings, the totals per company. */
export function renderAudit(report: AuditReport, lang: Lang, actions: AuditActions): HTMLElement[] {
  return [summary(report, lang), findings(report, lang, actions), totals(report, lang)];
}
