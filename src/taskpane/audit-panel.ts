// The "audit a ledger" panel: pick the ledger, set the reference date, run the audit with progress
// and Cancel, fix column roles, and follow the results. Excel is reached only through `WorkbookPort`
// (src/taskpane/workbook-port.ts wires it to src/excel); every rule comes from src/core.
import { formatDayId, isoOf, parseDate, parseIsoDate, today, type Day } from "../core/dates";
import { auditReport, type Audit, type AuditReport } from "../core/ledger/audit";
import { auditOffThread } from "./audit-runner";
import { ROLES, type ColumnRoles, type Role } from "../core/ledger/columns";
import type { LedgerInput } from "../core/ledger/ledger";
import { LEDGER_PROBLEMS, ROLE_LABELS, type Lang } from "../core/messages";
import type { Reconciliation } from "../core/roster/reconcile";
import { defaultRecapMonth, monthLabel, monthName, monthOfDay, parseMonth, previousMonth, type RecapMonth } from "../core/recap/recap";
import type { EntryCell, ExcelLedger, LedgerSource, Outcome, Progress, RecapDone, RowToArchive } from "../excel";
import { storedSetting, storeSetting } from "../excel/language";
import { entryForm } from "./entry-form";
import { csvImportPlan, readCsv, type CsvImportPlan } from "../core/ledger/csv";
import { companiesByNpp } from "../core/ledger/entry";
import { safeFixes, type CellFix } from "../core/ledger/fixes";
import { renderFixes } from "./fixes-view";
import { count, renderAudit, renderDeactivation } from "./audit-view";
import { renderNikResult } from "./nik-checker";
import { DuplicateReview } from "./duplicates-view";
import { el } from "./dom";
import { STRINGS } from "./strings";
import { DELIMITER_WORDS, say, type Params, type Said } from "../core/words";

export type LoadedLedger = ExcelLedger;


export type { Progress };

/** What the pane needs of the workbook (src/taskpane/workbook-port.ts wires it to src/excel). */
export interface WorkbookPort {
  sources(): Promise<LedgerSource[]>;
  read(sourceId: string, progress: Progress, signal: AbortSignal): Promise<Outcome<ExcelLedger>>;
  write(ledger: ExcelLedger, audit: Audit, report: AuditReport, lang: Lang, progress: Progress, signal: AbortSignal): Promise<Outcome<void>>;
  archive(ledger: ExcelLedger, rows: RowToArchive[], lang: Lang): Promise<Outcome<number>>;
  restore(lang: Lang): Promise<Outcome<number>>;
  goTo(ledger: ExcelLedger, row: number, column: number | null): Promise<void>;
  recap(sourceId: string, month: RecapMonth, lang: Lang, progress: Progress, signal: AbortSignal): Promise<Outcome<RecapDone>>;
  append(ledger: ExcelLedger, cells: EntryCell[], lang: Lang): Promise<Outcome<number>>;
  fix(ledger: ExcelLedger, fixes: CellFix[], lang: Lang): Promise<Outcome<number>>;
  undoFixes(lang: Lang): Promise<Outcome<number>>;
  reconcile(ledgerSourceId: string, rosterSourceId: string, refDate: Day, lang: Lang, progress: Progress, signal: AbortSignal): Promise<Outcome<Reconciliation>>;
  importCsv(fileName: string, plan: CsvImportPlan, lang: Lang, signal: AbortSignal): Promise<Outcome<string>>;
}

const REF_DATE_KEY = "ledger-bpjs.refDate";

/** The pane's jobs, one tab each. */
const TABS = ["check", "dup", "deact", "recap", "add", "fix"] as const;
type TabId = (typeof TABS)[number];
const TAB_WORDS = { check: "tabCheck", dup: "tabDup", deact: "tabDeact", recap: "tabRecap", add: "tabAdd", fix: "tabFix" } as const satisfies Record<TabId, keyof typeof STRINGS>;

/**
 * What a message bar says: the adapter's words (both languages), or phrases of the pane's catalogue
 * with their parameters — kept unsaid until shown, so a language switch says them again.
 */
type Message = Readonly<Record<Lang, string>> | Said | readonly Said[];

const said = (key: keyof typeof STRINGS, params?: Params): Said => ({ words: STRINGS[key], params });

function spoken(text: Message, lang: Lang): string {
  if (Array.isArray(text)) return (text as readonly Said[]).map((s) => say(s, lang)).join(" ");
  if ("words" in text) return say(text as Said, lang);
  return (text as Readonly<Record<Lang, string>>)[lang];
}

/** A message bar's intent, as Fluent's MessageBar has them; the icon says it without colour too. */
export type Intent = "success" | "info" | "warning" | "error";
const INTENT_ICONS: Record<Intent, string> = { success: "✓", info: "ℹ", warning: "⚠", error: "✕" };

/** A Fluent button; `appearance` as Fluent names them (accent = the primary action). */
function button(id: string, text: string, appearance: "accent" | "neutral" | "stealth" = "neutral"): HTMLElement {
  return el("fluent-button", { id, appearance }, text);
}

function t(key: keyof typeof STRINGS, lang: Lang): string {
  return STRINGS[key][lang];
}

/** Lets the browser paint between steps, so progress shows and Cancel can be clicked. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class AuditPanel {
  private lang: Lang;
  private ledger: LoadedLedger | null = null;
  private audit: Audit | null = null;
  private report: AuditReport | null = null;
  private roles: ColumnRoles | undefined;
  private running: AbortController | null = null;
  private activeTab = "tab-check";
  private message: { text: Message; intent: Intent } | null = null;
  private nikText = "";
  readonly root: HTMLElement;

  constructor(
    private readonly port: WorkbookPort | null,
    lang: Lang,
  ) {
    this.lang = lang;
    this.root = el("section", { id: "ledger", "aria-label": STRINGS.ledgerHeading[lang] });
    this.build();
  }

  /** An element of this panel (which may not be in the document yet). */
  private find<T extends HTMLElement = HTMLElement>(id: string): T {
    const node = this.root.querySelector<T>(`#${id}`);
    if (!node) throw new Error(`audit panel: #${id} is missing`);
    return node;
  }

  private build(): void {
    const lang = this.lang;
    const refDate = el("input", { type: "text", id: "ref-date", inputmode: "numeric", autocomplete: "off", placeholder: t("refDatePlaceholder", lang), value: this.storedRefDate() });
    refDate.addEventListener("change", () => {
      // Read as typed (dd-mm-yyyy), kept as ISO, shown back as dd-mm-yyyy.
      const day = refDate.value.trim() === "" ? null : parseDate(refDate.value);
      storeSetting(REF_DATE_KEY, day === null ? "" : isoOf(day));
      if (day !== null) refDate.value = formatDayId(day);
      refDate.setAttribute("aria-invalid", String(refDate.value.trim() !== "" && day === null));
    });
    const source = el("select", { id: "ledger-source", "aria-label": t("source", lang) });
    const refresh = button("ledger-refresh", t("refresh", lang));
    refresh.addEventListener("click", () => void this.loadSources());
    const run = button("audit-run", t("audit", lang), "accent");
    run.addEventListener("click", () => void this.runFromWorkbook());
    const cancel = button("audit-cancel", t("cancel", lang));
    cancel.hidden = true;
    cancel.addEventListener("click", () => this.running?.abort());
    const choice = el(
      "div",
      { id: "ledger-choice" },
      el("label", { for: "ledger-source" }, t("source", lang)),
      el("div", { class: "row" }, source, refresh),
      el("div", { class: "row ref-date-row" }, el("label", { for: "ref-date", class: "inline" }, t("refDate", lang)), refDate),
      el("p", { class: "hint", id: "ref-date-hint" }, t("refDateHint", lang)),
    );
    const sticky = el(
      "div",
      { class: "sticky", id: "ledger-bar" },
      el("div", { class: "row" }, run, cancel),
      el(
        "div",
        { id: "audit-progress", class: "progress", hidden: "" },
        // The native bar, styled as Fluent's: Fluent's own sets its width through a style attribute, which
        // the pane's Content-Security-Policy (style-src 'self') rightly refuses.
        el("progress", { id: "audit-progress-bar", max: "100", value: "0", "aria-labelledby": "audit-progress-text" }),
        el("span", { id: "audit-progress-text", "aria-live": "polite" }),
      ),
      el("div", { id: "audit-message", class: "message-bar", tabindex: "-1", hidden: "" }),
    );
    const tabs = el("fluent-tabs", { id: "tabs", activeid: this.activeTab });
    const panels: Record<TabId, HTMLElement> = {
      check: el("div", { id: "ledger-layout" }),
      dup: el("div", { id: "duplicates-panel" }),
      deact: el("div", { id: "deactivation-panel" }),
      recap: this.recapControls(),
      add: el("div", { id: "add-panel" }),
      fix: el("div", { id: "fix-panel" }),
    };
    for (const id of TABS) {
      tabs.append(el("fluent-tab", { id: `tab-${id}` }, t(TAB_WORDS[id], lang)));
    }
    for (const id of TABS) tabs.append(el("fluent-tab-panel", { id: `panel-${id}` }, panels[id]));
    tabs.addEventListener("change", () => {
      const active = (tabs as HTMLElement & { activeid?: string }).activeid;
      if (active) this.activeTab = active;
    });
    panels.check.after(el("div", { id: "audit-results" }));
    panels.deact.after(this.rosterControls());
    panels.add.append(el("div", { id: "entry-slot" }), this.nikControls(), this.importControls());
    this.root.replaceChildren(choice, sticky, tabs);
    this.renderPanels();
    if (!this.port) {
      run.setAttribute("disabled", "");
      this.say(said("noExcel"), "info", false);
    } else if (this.message) {
      this.say(this.message.text, this.message.intent, false);
    }
  }

  /** The NIK checker: type or paste one NIK and read the verdict as you type (no ledger needed). */
  private nikControls(): HTMLElement {
    const lang = this.lang;
    const input = el("input", { id: "nik-input", type: "text", inputmode: "numeric", autocomplete: "off", spellcheck: "false", maxlength: "64", placeholder: t("nikPlaceholder", lang) });
    const result = el("div", { id: "nik-result", "aria-live": "polite" });
    input.value = this.nikText;
    input.addEventListener("input", () => {
      this.nikText = input.value;
      renderNikResult(result, input.value, this.lang);
    });
    renderNikResult(result, input.value, lang);
    return el(
      "section",
      { class: "card", "aria-labelledby": "nik-heading" },
      el("h2", { id: "nik-heading" }, t("nikHeading", lang)),
      el("label", { for: "nik-input" }, t("nikLabel", lang)),
      input,
      el("p", { class: "hint" }, t("nikHint", lang)),
      result,
      el("p", { class: "hint" }, t("functionsText", lang)),
    );
  }

  /** Fills the panels that need an audit, or says what to do first. */
  private renderPanels(): void {
    if (this.report && this.audit) return this.show();
    for (const id of ["duplicates-panel", "deactivation-panel", "fix-panel"]) this.find(id).replaceChildren(el("p", { class: "hint empty-tab" }, t("auditFirst", this.lang)));
  }

  private importControls(): HTMLElement {
    const lang = this.lang;
    const file = el("input", { type: "file", id: "import-file", accept: ".csv,.txt,.tsv,text/csv,text/plain" });
    file.addEventListener("change", () => void this.previewCsv(file.files?.[0] ?? null));
    if (!this.port) file.setAttribute("disabled", "");
    return el(
      "section",
      { class: "card import", id: "import" },
      el("h2", {}, t("importHeading", lang)),
      el("p", { class: "hint" }, t("importHint", lang)),
      el("label", { for: "import-file" }, t("importFile", lang)),
      file,
      el("div", { id: "import-preview" }),
    );
  }

  /** Reads the chosen CSV in the pane (nothing leaves the machine) and shows what the import will write. */
  private async previewCsv(file: File | null): Promise<void> {
    const preview = this.find("import-preview");
    preview.replaceChildren();
    if (!file) return;
    const lang = this.lang;
    const table = readCsv(new Uint8Array(await file.arrayBuffer()));
    const plan = csvImportPlan(table, new Date().getFullYear());
    if ("problem" in plan) return void preview.replaceChildren(el("p", { class: "message-bar", "data-intent": "error", role: "alert" }, LEDGER_PROBLEMS[plan.problem][lang]));
    const roleText = (role: Role | null) => (role === null ? "—" : ROLE_LABELS[role][lang]);
    const run = button("import-run", t("importRun", lang), "accent");
    run.addEventListener("click", () => void this.importCsv(file.name, plan));
    preview.replaceChildren(
      el("p", { id: "import-summary" }, `${count(plan.dataRows)} ${t("importPreview", lang)} ${plan.headerRow} · ${table.encoding.toUpperCase()} · ${t("importSeparator", lang)} ${DELIMITER_WORDS[table.delimiter][lang]}`),
      el(
        "table",
        { class: "data", id: "import-columns" },
        el("thead", {}, el("tr", {}, el("th", {}, t("importColumn", lang)), el("th", {}, t("importRole", lang)))),
        el("tbody", {}, ...plan.columns.map((c) => el("tr", {}, el("td", {}, c.header), el("td", {}, roleText(c.role))))),
      ),
      el("div", { class: "row" }, run),
    );
  }

  private async importCsv(fileName: string, plan: CsvImportPlan): Promise<void> {
    if (!this.port || this.running) return;
    const controller = new AbortController();
    this.running = controller;
    this.setRunning(true);
    this.say(null);
    let sheet: string | null = null;
    try {
      const result = await this.port.importCsv(fileName, plan, this.lang, controller.signal);
      if (!result.ok) return this.refuse(result.message);
      sheet = result.value;
    } finally {
      this.running = null;
      this.setRunning(false);
    }
    await this.loadSources(`sheet:${sheet}`);
    await this.runFromWorkbook(said("importDone", { sheet: sheet ?? "" }));
  }

  private rosterControls(): HTMLElement {
    const lang = this.lang;
    const run = button("roster-run", t("rosterRun", lang), "accent");
    run.addEventListener("click", () => void this.reconcile());
    if (!this.port) run.setAttribute("disabled", "");
    return el(
      "section",
      { class: "card roster", id: "roster" },
      el("h2", {}, t("rosterHeading", lang)),
      el("p", { class: "hint" }, t("rosterHint", lang)),
      el("label", { for: "roster-source" }, t("rosterSource", lang)),
      el("div", { class: "row" }, el("select", { id: "roster-source" }), run),
    );
  }

  /** The Compare button: the chosen ledger against the chosen roster, into the worklist sheet. */
  async reconcile(): Promise<void> {
    if (!this.port || this.running) return;
    const ledgerSource = this.find<HTMLSelectElement>("ledger-source").value;
    const rosterSource = this.find<HTMLSelectElement>("roster-source").value;
    const controller = new AbortController();
    this.running = controller;
    this.setRunning(true);
    this.say(null);
    try {
      const result = await this.port.reconcile(ledgerSource, rosterSource, this.refDate(), this.lang, this.progress("reading", 0, 90), controller.signal);
      if (!result.ok) return this.refuse(result.message);
      this.say(said("rosterDone", { n: count(result.value.items.length) }));
    } finally {
      this.running = null;
      this.setRunning(false);
    }
  }

  private recapControls(): HTMLElement {
    const lang = this.lang;
    // The last 24 months by name; in the first days of a month, the month that just ended is chosen.
    const month = el("select", { id: "recap-month" });
    let m = monthOfDay(today());
    for (let i = 0; i < 24; i++, m = previousMonth(m)) month.append(el("option", { value: monthLabel(m) }, monthName(m, lang)));
    month.value = monthLabel(defaultRecapMonth(today()));
    const run = button("recap-run", t("recapRun", lang), "accent");
    run.addEventListener("click", () => void this.makeRecap());
    if (!this.port) run.setAttribute("disabled", "");
    return el(
      "section",
      { class: "card", id: "recap" },
      el("h2", {}, t("recapHeading", lang)),
      el("p", { class: "hint" }, t("recapHint", lang)),
      el("label", { for: "recap-month" }, t("recapMonth", lang)),
      el("div", { class: "row" }, month, run),
    );
  }

  /** The Make recap button: the chosen ledger and month into `Rekap YYYY-MM`. */
  async makeRecap(): Promise<void> {
    if (!this.port || this.running) return;
    const month = parseMonth(this.find<HTMLSelectElement>("recap-month").value) ?? defaultRecapMonth(today());
    const sourceId = this.find<HTMLSelectElement>("ledger-source").value;
    const controller = new AbortController();
    this.running = controller;
    this.setRunning(true);
    this.say(null);
    try {
      const result = await this.port.recap(sourceId, month, this.lang, this.progress("reading", 0, 90), controller.signal);
      if (!result.ok) return this.refuse(result.message);
      const sheet = result.value.sheet;
      this.say(said("recapDone", { sheet }));
    } finally {
      this.running = null;
      this.setRunning(false);
    }
  }

  /** Re-renders in another language, keeping the results. */
  setLang(lang: Lang): void {
    this.lang = lang;
    const chosen = this.root.querySelector<HTMLSelectElement>("#ledger-source")?.value;
    // The report's words are in the language it was made in: make it again in the new one.
    if (this.audit && this.ledger) this.report = auditReport(this.audit, this.ledger.sheet, lang);
    this.build();
    void this.loadSources(chosen);
  }

  async loadSources(prefer?: string): Promise<void> {
    if (!this.port) return;
    const select = this.find<HTMLSelectElement>("ledger-source");
    const sources = await this.port.sources();
    select.replaceChildren(...sources.map((s) => el("option", { value: s.id }, s.label)));
    if (prefer && sources.some((s) => s.id === prefer)) select.value = prefer;
    // The roster is another sheet: offer the second source first.
    const roster = this.find<HTMLSelectElement>("roster-source");
    roster.replaceChildren(...sources.map((s) => el("option", { value: s.id }, s.label)));
    if (sources.length > 1) roster.value = sources[1].id;
  }

  /** The stored reference date (ISO), shown as Indonesians write it. */
  private storedRefDate(): string {
    const day = parseIsoDate(storedSetting(REF_DATE_KEY));
    return day === null ? "" : formatDayId(day);
  }

  private refDate(): Day {
    const value = this.find<HTMLInputElement>("ref-date").value;
    return (value.trim() !== "" && parseDate(value)) || today();
  }

  /**
   * The answer to the last action, in the message bar under the action buttons (always in view: the
   * bar sticks to the top of the pane). Kept as words, so a language switch says it again.
   */
  private say(text: Message | null, intent: Intent = "success", focus = true): void {
    const node = this.find("audit-message");
    this.message = text === null ? null : { text, intent };
    node.hidden = text === null;
    node.dataset.intent = intent;
    node.setAttribute("role", intent === "error" || intent === "warning" ? "alert" : "status");
    node.replaceChildren();
    if (!text) return;
    node.append(el("span", { class: "message-icon", "aria-hidden": "true" }, INTENT_ICONS[intent]), el("span", { class: "message-text" }, spoken(text, this.lang)));
    // Focus lands on the answer, so a keyboard or screen-reader user hears it.
    if (focus) node.focus();
  }

  /** An outcome's refusal, said as the error it is. */
  private refuse(words: Readonly<Record<Lang, string>>): void {
    this.say(words, "error");
  }

  private progress(stage: keyof typeof STRINGS, from: number, to: number): Progress {
    return (done, total) => {
      const share = total > 0 ? done / total : 1;
      const percent = Math.round(from + (to - from) * share);
      this.find("audit-progress-bar").setAttribute("value", String(percent));
      this.find("audit-progress-text").textContent = `${t(stage, this.lang)} ${count(done)} / ${count(total)} · ${percent}%`;
    };
  }

  private setRunning(running: boolean): void {
    this.find("audit-cancel").hidden = !running;
    this.find("audit-progress").hidden = !running;
    if (running) this.find("audit-progress-text").textContent = "";
    if (running) this.find("audit-progress-bar").setAttribute("value", "0");
    // One long action at a time: every button that starts one waits for it.
    for (const id of ["audit-run", "recap-run", "roster-run", "import-run"]) {
      const node = this.root.querySelector(`#${id}`);
      if (running) node?.setAttribute("disabled", "");
      else if (this.port) node?.removeAttribute("disabled");
    }
  }

  /** Reads the chosen ledger, audits it and writes the status column: the Audit button. */
  async runFromWorkbook(afterwards?: Said): Promise<void> {
    if (!this.port || this.running) return;
    const sourceId = this.find<HTMLSelectElement>("ledger-source").value;
    this.roles = undefined;
    const controller = new AbortController();
    this.running = controller;
    this.setRunning(true);
    this.say(null);
    try {
      const read = await this.port.read(sourceId, this.progress("reading", 0, 45), controller.signal);
      if (controller.signal.aborted) return this.say(STRINGS.cancelled, "warning");
      if (!read.ok) return this.refuse(read.message);
      this.ledger = read.value;
      await this.auditAndWrite(controller, afterwards);
    } finally {
      this.running = null;
      this.setRunning(false);
    }
  }

  /** Audits the loaded ledger again with the roles the user set (no new read). */
  private async rerun(): Promise<void> {
    if (!this.port || this.running || !this.ledger) return;
    const controller = new AbortController();
    this.running = controller;
    this.setRunning(true);
    try {
      await this.auditAndWrite(controller);
    } finally {
      this.running = null;
      this.setRunning(false);
    }
  }

  private async auditAndWrite(controller: AbortController, afterwards?: Said): Promise<void> {
    const ledger = this.ledger!;
    this.progress("checking", 45, 60)(0, ledger.input.values.length);
    await nextFrame();
    const result = await auditOffThread(ledger.input, { refDate: this.refDate(), roles: this.roles, lang: this.lang }, this.progress("checking", 45, 60), controller.signal);
    if (result === "cancelled") return this.say(STRINGS.cancelled, "warning");
    if (!result.ok) {
      this.audit = null;
      this.report = null;
      this.find("audit-results").replaceChildren();
      return this.refuse(LEDGER_PROBLEMS[result.problem]);
    }
    this.audit = result.audit;
    this.report = auditReport(result.audit, ledger.sheet, this.lang);
    this.show();
    const written = await this.port!.write(ledger, result.audit, this.report, this.lang, this.progress("writing", 60, 100), controller.signal);
    if (controller.signal.aborted) return this.say(STRINGS.cancelled, "warning");
    if (!written.ok) return this.refuse(written.message);
    const { errors, warnings } = this.report!.summary;
    const found = said("auditFound", { errors: count(errors), warnings: count(warnings), sheet: ledger.sheet });
    this.say(afterwards ? [afterwards, found] : found, errors > 0 ? "warning" : "success");
  }

  private show(): void {
    const report = this.report!;
    const audit = this.audit!;
    const lang = this.lang;
    const layout = this.find("ledger-layout");
    const shape = report.shape === "participants" ? t("shapeParticipants", lang) : t("shapeReceipts", lang);
    layout.replaceChildren(
      el(
        "dl",
        { class: "facts", id: "ledger-facts" },
        el("dt", {}, t("headerRow", lang)),
        el("dd", { id: "fact-header-row" }, String(report.headerRow)),
        el("dt", {}, t("shape", lang)),
        el("dd", { id: "fact-shape" }, shape),
        el("dt", {}, t("rows", lang)),
        el("dd", { id: "fact-rows" }, count(report.rowCount)),
      ),
      this.rolesEditor(),
    );
    const actions = { goTo: (row: number, column: Role | null) => void this.goTo(row, column) };
    this.find("audit-results").replaceChildren(...renderAudit(report, lang, actions));
    const review = new DuplicateReview(audit, this.ledger!.input, lang, {
      goTo: (row, column) => void this.goTo(row, column),
      archive: (rows) => void this.archive(rows),
    });
    this.find("duplicates-panel").replaceChildren(review.empty ? el("p", { class: "hint empty-tab" }, t("noDuplicates", lang)) : review.root);
    this.find("deactivation-panel").replaceChildren(report.shape === "participants" ? renderDeactivation(audit, lang, actions) : el("p", { class: "hint empty-tab" }, t("receiptsNoDeactivation", lang)));
    const fixes = safeFixes(this.ledger!.input, audit.parsed.layout);
    this.find("fix-panel").replaceChildren(
      renderFixes(fixes, lang, {
        apply: () => void this.afterWrite(() => this.port!.fix(this.ledger!, fixes, this.lang), "fixesDone"),
        undo: () => void this.afterWrite(() => this.port!.undoFixes(this.lang), "fixesUndone"),
      }),
      this.restoreButton(),
    );
    this.setTabCounts(report);
    const slot = this.find("entry-slot");
    slot.replaceChildren();
    if (report.shape === "participants") {
      slot.append(
        entryForm(audit.parsed.layout.roles, lang, {
          save: async (cells) => {
            if (!this.port || !this.ledger) return;
            const ledger = this.ledger;
            const added = await this.busy("adding", () => this.port!.append(ledger, cells, this.lang));
            if (!added.ok) return this.refuse(added.message);
            await this.runFromWorkbook(said("entryAdded", { row: added.value }));
          },
        }, companiesByNpp(audit.parsed.columns)),
      );
    }
  }

  /** Each tab says how much it holds, so the user knows where to look without opening it. */
  private setTabCounts(report: AuditReport): void {
    const fixes = this.root.querySelectorAll("#fixes .fix-preview > li:not(.hint)").length;
    const counts: Partial<Record<TabId, number>> = { check: report.issues.length, dup: report.summary.duplicates, deact: report.summary.deactivation, fix: fixes };
    for (const id of TABS) {
      const tab = this.find(`tab-${id}`);
      const n = counts[id];
      tab.replaceChildren(t(TAB_WORDS[id], this.lang));
      if (n !== undefined && n > 0) tab.append(el("span", { class: "tab-count" }, count(n)));
    }
  }

  private rolesEditor(): HTMLElement {
    const lang = this.lang;
    const { input, parsed } = { input: this.ledger!.input, parsed: this.audit!.parsed };
    const header = input.values[parsed.layout.headerIndex] ?? [];
    const roleOfColumn = new Map<number, Role>();
    for (const role of ROLES) {
      const c = parsed.layout.roles[role];
      if (c !== undefined) roleOfColumn.set(c, role);
    }
    const rows: HTMLElement[] = [];
    header.forEach((cell, c) => {
      const text = typeof cell === "string" || typeof cell === "number" ? String(cell) : "";
      if (text === "" && !roleOfColumn.has(c)) return;
      const select = el("select", { "data-column": String(c), "aria-label": text }, el("option", { value: "" }, t("noRole", lang)), ...ROLES.map((r) => el("option", { value: r }, ROLE_LABELS[r][lang])));
      select.value = roleOfColumn.get(c) ?? "";
      select.addEventListener("change", () => this.changeRole(c, select.value as Role | ""));
      rows.push(el("tr", {}, el("td", { class: "header-text" }, text), el("td", {}, select)));
    });
    return el(
      "details",
      { class: "roles", id: "roles" },
      el("summary", {}, t("columnsHeading", lang)),
      el("p", { class: "hint" }, t("columnsHint", lang)),
      el("table", { class: "data" }, el("tbody", {}, ...rows)),
    );
  }

  private changeRole(column: number, role: Role | ""): void {
    const roles: ColumnRoles = { ...this.audit!.parsed.layout.roles };
    for (const r of ROLES) if (roles[r] === column) delete roles[r];
    if (role !== "") roles[role] = column;
    this.roles = roles;
    void this.rerun();
  }

  private async goTo(row: number, column: Role | null): Promise<void> {
    if (!this.port || !this.ledger || !this.audit) return;
    const c = column === null ? null : (this.audit.parsed.layout.roles[column] ?? null);
    await this.port.goTo(this.ledger, row, c);
  }

  private async archive(rows: RowToArchive[]): Promise<void> {
    if (!this.port || !this.ledger || this.running) return;
    const ledger = this.ledger;
    const result = await this.busy("archiving", () => this.port!.archive(ledger, rows, this.lang));
    if (!result.ok) return this.say(result.message, result.nothing ? "info" : "error");
    // The rows moved: audit again so every row number shown is true.
    await this.runFromWorkbook(said("archived", { n: count(result.value) }));
  }

  /**
   * A workbook write that Excel does in a few large requests: the progress bar runs without a figure,
   * labelled with what is being done, and no Cancel (a write stopped halfway would leave the ledger
   * half moved; each of these is undone from its own button instead).
   */
  private async busy<T>(stage: "adding" | "archiving" | "restoring" | "fixing" | "undoing", work: () => Promise<T>): Promise<T> {
    const controller = new AbortController();
    this.running = controller;
    this.setRunning(true);
    this.find("audit-cancel").hidden = true;
    this.find("audit-progress-bar").removeAttribute("value"); // an indeterminate bar
    this.find("audit-progress-text").textContent = `${t(stage, this.lang)}…`;
    this.say(null);
    try {
      return await work();
    } finally {
      this.running = null;
      this.setRunning(false);
    }
  }

  /** Runs a write, then audits again so what the pane shows is the workbook as it is now. */
  private async afterWrite(write: () => Promise<Outcome<number>>, done: "fixesDone" | "fixesUndone"): Promise<void> {
    if (!this.port || this.running) return;
    const result = await this.busy(done === "fixesDone" ? "fixing" : "undoing", write);
    if (!result.ok) return this.say(result.message, result.nothing ? "info" : "error");
    await this.runFromWorkbook(said(done, { n: count(result.value) }));
  }

  private restoreButton(): HTMLElement {
    const button = el("fluent-button", { id: "restore-archived" }, t("restoreLast", this.lang));
    button.addEventListener("click", async () => {
      if (!this.port || this.running) return;
      const result = await this.busy("restoring", () => this.port!.restore(this.lang));
      if (!result.ok) return this.say(result.message, result.nothing ? "info" : "error");
      await this.runFromWorkbook(said("restored", { n: count(result.value) }));
    });
    return el("section", { class: "card", id: "restore" }, el("h2", {}, t("restoreHeading", this.lang)), el("p", { class: "hint" }, t("restoreHint", this.lang)), el("div", { class: "row" }, button));
  }
}
