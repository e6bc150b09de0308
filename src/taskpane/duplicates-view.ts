// Reviewing duplicates in the pane: one card per cluster (src/core/ledger/review.ts) with its rows side
// by side and each cell marked against the row to keep; a filter by kind, select-all, and every
// cluster reachable (shown a page at a time, so a list of 100,000 never freezes Excel). Only clusters
// of one person can be chosen for the archive; the archive plan is core's, which refuses the rest.
import { duplicateWhat, type Audit } from "../core/ledger/audit";
import type { LedgerInput } from "../core/ledger/ledger";
import { ACTION_WORDS, archivePlan, archiveReason, DUPLICATE_KINDS, keepReasonOf, reviewClusters, reviewTable, type Agreement, type ReviewAction, type ReviewCluster } from "../core/ledger/review";
import { formatNik } from "../core/ids/nik";
import type { Lang } from "../core/messages";
import type { Role } from "../core/ledger/columns";
import { el } from "./dom";
import { AGREEMENT_WORDS } from "../core/words";
import { STRINGS } from "./strings";

/** Clusters rendered at a time; "show more" adds as many again. */
export const CLUSTERS_PER_PAGE = 50;

export interface DuplicateActions {
  goTo(row: number, column: Role | null): void;
  archive(rows: { row: number; reason: string }[]): void;
}

type Filter = ReviewAction | "all";

const MARKS: Record<Agreement, { mark: string; words: Record<Lang, string> }> = {
  same: { mark: "", words: AGREEMENT_WORDS.same },
  close: { mark: "≈ ", words: AGREEMENT_WORDS.close },
  different: { mark: "≠ ", words: AGREEMENT_WORDS.different },
  unknown: { mark: "", words: AGREEMENT_WORDS.unknown },
};

function t(key: keyof typeof STRINGS, lang: Lang): string {
  return STRINGS[key][lang];
}

export class DuplicateReview {
  readonly root: HTMLElement;
  private readonly clusters: ReviewCluster[];
  private filter: Filter = "all";
  private shown = CLUSTERS_PER_PAGE;
  /** Chosen clusters (ids), whether rendered or not. */
  private readonly selected = new Set<number>();
  /** The row to keep per cluster, where the user changed the proposal (worksheet rows). */
  private readonly keepChoice = new Map<number, number>();

  constructor(
    private readonly audit: Audit,
    private readonly input: LedgerInput,
    private readonly lang: Lang,
    private readonly actions: DuplicateActions,
  ) {
    this.clusters = reviewClusters(audit);
    this.root = el("section", { class: "card", id: "duplicates", "aria-labelledby": "duplicates-heading" });
    this.render();
  }

  /** Nothing to review. */
  get empty(): boolean {
    return this.clusters.length === 0;
  }

  private visible(): ReviewCluster[] {
    return this.filter === "all" ? this.clusters : this.clusters.filter((c) => c.action === this.filter);
  }

  private render(): void {
    const lang = this.lang;
    const count = (action: ReviewAction) => this.clusters.filter((c) => c.action === action).length;
    const filter = el("select", { id: "dup-filter" }, el("option", { value: "all" }, `${t("dupFilterAll", lang)} (${this.clusters.length})`));
    for (const action of ["archive", "fixKpj", "transfer"] as const) {
      if (count(action) > 0) filter.append(el("option", { value: action }, `${ACTION_WORDS[action].label[lang]} (${count(action)})`));
    }
    filter.value = this.filter;
    filter.addEventListener("change", () => {
      this.filter = filter.value as Filter;
      this.shown = CLUSTERS_PER_PAGE;
      this.render();
    });

    const visible = this.visible();
    const archivable = visible.filter((c) => c.action === "archive");
    const all = el("input", { type: "checkbox", id: "dup-select-all" });
    all.checked = archivable.length > 0 && archivable.every((c) => this.selected.has(c.id));
    if (archivable.length === 0) all.disabled = true;
    all.addEventListener("change", () => {
      for (const c of archivable) {
        if (all.checked) this.selected.add(c.id);
        else this.selected.delete(c.id);
      }
      this.render();
    });

    const list = el("ol", { class: "dup-clusters", id: "dup-list" });
    for (const cluster of visible.slice(0, this.shown)) list.append(this.card(cluster));
    const rest = visible.length - Math.min(this.shown, visible.length);
    const more = el("button", { type: "button", id: "dup-more" }, `${t("dupShowMore", lang)} (${rest.toLocaleString("id-ID")} ${t("dupLeft", lang)})`);
    more.hidden = rest === 0;
    more.addEventListener("click", () => {
      this.shown += CLUSTERS_PER_PAGE;
      this.render();
      this.root.querySelector<HTMLElement>(`#dup-list > li:nth-child(${this.shown - CLUSTERS_PER_PAGE + 1}) input, #dup-list > li:nth-child(${this.shown - CLUSTERS_PER_PAGE + 1}) button`)?.focus();
    });

    const chosen = [...this.selected].length;
    const archive = el("button", { type: "button", id: "archive-duplicates", class: "primary" }, `${t("archiveSelected", lang)} (${chosen})`);
    if (chosen === 0) archive.setAttribute("disabled", "");
    archive.addEventListener("click", () => this.archiveChosen());

    this.root.replaceChildren(
      el("h2", { id: "duplicates-heading" }, `${t("duplicatesHeading", lang)} (${this.clusters.length.toLocaleString("id-ID")})`),
      el("label", { for: "dup-filter" }, t("dupFilter", lang)),
      filter,
      el("div", { class: "row" }, el("label", { for: "dup-select-all", class: "inline" }, all, ` ${t("dupSelectAll", lang)} (${archivable.length.toLocaleString("id-ID")})`)),
      list,
      more,
      el("div", { class: "row sticky-actions" }, archive),
    );
  }

  private card(cluster: ReviewCluster): HTMLElement {
    const lang = this.lang;
    const table = reviewTable(this.audit, this.input, cluster, lang, this.keepChoice.get(cluster.id));
    const archivable = cluster.action === "archive";
    const keepRow = table.keep;
    const proposal = this.audit.parsed.columns.rows[cluster.keep];
    const id = `dup-${cluster.id}`;
    const title = cluster.codes.map((c) => DUPLICATE_KINDS[c][lang]).join(" · ");
    const head: (Node | string)[] = [];
    if (archivable) {
      const box = el("input", { type: "checkbox", id, "data-cluster": String(cluster.id) });
      box.checked = this.selected.has(cluster.id);
      box.addEventListener("change", () => {
        if (box.checked) this.selected.add(cluster.id);
        else this.selected.delete(cluster.id);
        this.render();
        this.root.querySelector<HTMLInputElement>(`#${id}`)?.focus();
      });
      head.push(el("label", { for: id, class: "inline dup-title" }, box, ` ${title}`));
    } else head.push(el("p", { class: "dup-title" }, title));

    // Side by side: a column per ledger row, a line per field.
    const headerCells = table.rows.map((row) => {
      const go = el("button", { type: "button", class: "link", "data-row": String(row) }, `${t("row", lang)} ${row}`);
      go.addEventListener("click", () => this.actions.goTo(row, cluster.action === "fixKpj" ? "kpj" : null));
      const cell = el("th", { scope: "col" }, go);
      if (archivable) {
        const radio = el("input", { type: "radio", name: `keep-${cluster.id}`, id: `keep-${cluster.id}-${row}`, value: String(row), "aria-label": `${t("keep", lang)} ${row}` });
        radio.checked = row === keepRow;
        radio.addEventListener("change", () => {
          this.keepChoice.set(cluster.id, row);
          this.render();
          this.root.querySelector<HTMLInputElement>(`#keep-${cluster.id}-${row}`)?.focus();
        });
        cell.append(el("label", { for: `keep-${cluster.id}-${row}`, class: "inline keep-choice" }, radio, ` ${t("keepShort", lang)}`));
      } else if (row === keepRow && cluster.action === "transfer") cell.append(el("span", { class: "hint" }, ` ${t("dupCurrent", lang)}`));
      return cell;
    });
    const lines = table.lines.map((line) =>
      el(
        "tr",
        {},
        el("th", { scope: "row" }, line.label),
        ...line.cells.map((cell) => {
          const mark = MARKS[cell.agreement];
          // A NIK in its three parts (region, birth date, serial): easier to compare, and it wraps.
          const text = line.field === "nik" ? formatNik(cell.text) : cell.text;
          return el("td", { class: `agree-${cell.agreement} field-${line.field}`, title: mark.words[lang] }, mark.mark, text || "—");
        }),
      ),
    );
    const grid = el("table", { class: "data side-by-side" }, el("thead", {}, el("tr", {}, el("th", {}), ...headerCells)), el("tbody", {}, ...lines));
    const reasons = cluster.groups.map((g) => el("p", { class: "finding-message" }, duplicateWhat(this.audit.duplicates[g], this.audit, lang)));
    const keepWhy = archivable ? el("p", { class: "hint" }, `${t("dupProposal", lang)} ${proposal}: ${keepReasonOf(cluster, lang)}.`) : "";
    return el(
      "li",
      { class: `dup-cluster dup-${cluster.action}`, "data-action": cluster.action, "data-codes": cluster.codes.join(" ") },
      ...head,
      el("div", { class: "scroll" }, grid),
      keepWhy,
      el("p", { class: "dup-todo" }, ACTION_WORDS[cluster.action].todo[lang]),
      ...reasons,
    );
  }

  private archiveChosen(): void {
    const chosen = new Map<number, number | null>([...this.selected].map((id) => [id, this.keepChoice.get(id) ?? null]));
    const plan = archivePlan(this.audit, this.clusters, chosen);
    if (plan.rows.length === 0) return;
    this.actions.archive(plan.rows.map((r) => ({ row: r.row, reason: archiveReason(r.codes, r.keep, this.lang) })));
  }
}
