// The "audit a ledger" panel: pick the ledger, set the reference date, run the audit with progress
// and Cancel, fix column roles, and follow the results. Excel is reached only through `WorkbookPort`
// (src/taskpane/workbook-port.ts wires it to src/excel); every rule comes from src/core.
import { parseIsoDate, today, type Day } from "../core/dates";
import { auditReport, type Audit, type AuditReport } from "../core/ledger/audit";
import { auditOffThread } from "./audit-runner";
import { ROLES, type ColumnRoles, type Role } from "../core/ledger/columns";
import type { LedgerInput } from "../core/ledger/ledger";
import { LEDGER_PROBLEMS, ROLE_LABELS, type Lang } from "../core/messages";
import type { Reconciliation } from "../core/roster/reconcile";
import { monthLabel, monthOfDay, parseMonth, type RecapMonth } from "../core/recap/recap";
import type { EntryCell, ExcelLedger, LedgerSource, Outcome, Progress, RecapDone, RowToArchive } from "../excel";
import { storedSetting, storeSetting } from "../excel/language";
import { entryForm } from "./entry-form";
import { csvImportPlan, readCsv, type CsvImportPlan } from "../core/ledger/csv";
import { safeFixes, type CellFix } from "../core/ledger/fixes";
import { renderFixes } from "./fixes-view";
import { renderAudit } from "./audit-view";
import { DuplicateReview } from "./duplicates-view";
import { el } from "./dom";
import { STRINGS } from "./strings";

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

const DELIMITER_WORDS = {
  ",": { id: "koma", en: "comma" },
  ";": { id: "titik koma", en: "semicolon" },
  "\t": { id: "tab", en: "tab" },
} as const;

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
  readonly root: HTMLElement;

  constructor(
    private readonly port: WorkbookPort | null,
    lang: Lang,
  ) {
    this.lang = lang;
    this.root = el("section", { class: "card", id: "ledger", "aria-labelledby": "ledger-heading" });
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
    const refDate = el("input", { type: "date", id: "ref-date", value: this.storedRefDate() });
    refDate.addEventListener("change", () => storeSetting(REF_DATE_KEY, refDate.value));
    const source = el("select", { id: "ledger-source" });
    const refresh = el("button", { type: "button", id: "ledger-refresh", class: "link" }, t("refresh", lang));
    refresh.addEventListener("click", () => void this.loadSources());
    const run = el("button", { type: "button", id: "audit-run", class: "primary" }, t("audit", lang));
    run.addEventListener("click", () => void this.runFromWorkbook());
    const cancel = el("button", { type: "button", id: "audit-cancel", hidden: "" }, t("cancel", lang));
    cancel.addEventListener("click", () => this.running?.abort());
    this.root.replaceChildren(
      el("h2", { id: "ledger-heading" }, t("ledgerHeading", lang)),
      el("label", { for: "ledger-source" }, t("source", lang)),
      el("div", { class: "row" }, source, refresh),
      el("label", { for: "ref-date" }, t("refDate", lang)),
      refDate,
      el("p", { class: "hint" }, t("refDateHint", lang)),
      el("div", { class: "row" }, run, cancel),
      el("div", { id: "audit-progress", class: "progress", hidden: "" }, el("progress", { id: "audit-progress-bar", max: "100", value: "0" }), el("span", { id: "audit-progress-text" })),
      el("p", { id: "audit-message", class: "notice", role: "status", hidden: "" }),
      el("div", { id: "ledger-layout" }),
      this.importControls(),
      this.rosterControls(),
      this.recapControls(),
      el("div", { id: "audit-results" }),
    );
    if (!this.port) {
      run.setAttribute("disabled", "");
      this.say({ id: STRINGS.noExcel.id, en: STRINGS.noExcel.en });
    }
  }

  private importControls(): HTMLElement {
    const lang = this.lang;
    const file = el("input", { type: "file", id: "import-file", accept: ".csv,.txt,.tsv,text/csv,text/plain" });
    file.addEventListener("change", () => void this.previewCsv(file.files?.[0] ?? null));
    if (!this.port) file.setAttribute("disabled", "");
    return el(
      "details",
      { class: "import", id: "import" },
      el("summary", {}, t("importHeading", lang)),
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
    if ("problem" in plan) return void preview.replaceChildren(el("p", { class: "notice", role: "status" }, LEDGER_PROBLEMS[plan.problem][lang]));
    const roleText = (role: Role | null) => (role === null ? "—" : ROLE_LABELS[role][lang]);
    const run = el("button", { type: "button", id: "import-run", class: "primary" }, t("importRun", lang));
    run.addEventListener("click", () => void this.importCsv(file.name, plan));
    preview.replaceChildren(
      el("p", { id: "import-summary" }, `${plan.dataRows.toLocaleString("id-ID")} ${t("importPreview", lang)} ${plan.headerRow} · ${table.encoding.toUpperCase()} · ${t("importSeparator", lang)} ${DELIMITER_WORDS[table.delimiter][lang]}`),
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
      if (!result.ok) return this.say(result.message);
      sheet = result.value;
    } finally {
      this.running = null;
      this.setRunning(false);
    }
    await this.loadSources(`sheet:${sheet}`);
    await this.runFromWorkbook({ id: `${STRINGS.importDone.id} "${sheet}".`, en: `${STRINGS.importDone.en} "${sheet}".` });
  }

  private rosterControls(): HTMLElement {
    const lang = this.lang;
    const run = el("button", { type: "button", id: "roster-run" }, t("rosterRun", lang));
    run.addEventListener("click", () => void this.reconcile());
    if (!this.port) run.setAttribute("disabled", "");
    return el(
      "details",
      { class: "roster", id: "roster" },
      el("summary", {}, t("rosterHeading", lang)),
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
      if (!result.ok) return this.say(result.message);
      const n = result.value.items.length;
      this.say({ id: `${n} ${STRINGS.rosterDone.id}.`, en: `${n} ${STRINGS.rosterDone.en}.` });
    } finally {
      this.running = null;
      this.setRunning(false);
    }
  }

  private recapControls(): HTMLElement {
    const lang = this.lang;
    const month = el("input", { type: "month", id: "recap-month", value: monthLabel(monthOfDay(today())) });
    const run = el("button", { type: "button", id: "recap-run" }, t("recapRun", lang));
    run.addEventListener("click", () => void this.makeRecap());
    if (!this.port) run.setAttribute("disabled", "");
    return el(
      "details",
      { class: "recap", id: "recap" },
      el("summary", {}, t("recapHeading", lang)),
      el("p", { class: "hint" }, t("recapHint", lang)),
      el("label", { for: "recap-month" }, t("recapMonth", lang)),
      el("div", { class: "row" }, month, run),
    );
  }

  /** The Make recap button: the chosen ledger and month into `Rekap YYYY-MM`. */
  async makeRecap(): Promise<void> {
    if (!this.port || this.running) return;
    const month = parseMonth(this.find<HTMLInputElement>("recap-month").value) ?? monthOfDay(today());
    const sourceId = this.find<HTMLSelectElement>("ledger-source").value;
    const controller = new AbortController();
    this.running = controller;
    this.setRunning(true);
    this.say(null);
    try {
      const result = await this.port.recap(sourceId, month, this.lang, this.progress("reading", 0, 90), controller.signal);
      if (!result.ok) return this.say(result.message);
      const sheet = result.value.sheet;
      this.say({ id: `${STRINGS.recapDone.id} "${sheet}".`, en: `${STRINGS.recapDone.en} "${sheet}".` });
    } finally {
      this.running = null;
      this.setRunning(false);
    }
  }

  /** Re-renders in another language, keeping the results. */
  setLang(lang: Lang): void {
    this.lang = lang;
    const chosen = this.root.querySelector<HTMLSelectElement>("#ledger-source")?.value;
    this.build();
    void this.loadSources(chosen);
    if (this.report && this.audit) this.show();
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

  private storedRefDate(): string {
    return storedSetting(REF_DATE_KEY);
  }

  private refDate(): Day {
    const value = this.find<HTMLInputElement>("ref-date").value;
    return (value && parseIsoDate(value)) || today();
  }

  private say(text: Readonly<Record<Lang, string>> | null): void {
    const node = this.find("audit-message");
    node.hidden = text === null;
    node.textContent = text ? text[this.lang] : "";
  }

  private progress(stage: keyof typeof STRINGS, from: number, to: number): Progress {
    return (done, total) => {
      const share = total > 0 ? done / total : 1;
      this.find<HTMLProgressElement>("audit-progress-bar").value = Math.round(from + (to - from) * share);
      this.find("audit-progress-text").textContent = `${t(stage, this.lang)} ${done.toLocaleString("id-ID")} / ${total.toLocaleString("id-ID")}`;
    };
  }

  private setRunning(running: boolean): void {
    this.find("audit-cancel").hidden = !running;
    this.find("audit-progress").hidden = !running;
    const run = this.find("audit-run");
    if (running) run.setAttribute("disabled", "");
    else run.removeAttribute("disabled");
  }

  /** Reads the chosen ledger, audits it and writes the status column: the Audit button. */
  async runFromWorkbook(afterwards?: Readonly<Record<Lang, string>>): Promise<void> {
    if (!this.port || this.running) return;
    const sourceId = this.find<HTMLSelectElement>("ledger-source").value;
    this.roles = undefined;
    const controller = new AbortController();
    this.running = controller;
    this.setRunning(true);
    this.say(null);
    try {
      const read = await this.port.read(sourceId, this.progress("reading", 0, 45), controller.signal);
      if (controller.signal.aborted) return this.say(STRINGS.cancelled);
      if (!read.ok) return this.say(read.message);
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

  private async auditAndWrite(controller: AbortController, afterwards?: Readonly<Record<Lang, string>>): Promise<void> {
    const ledger = this.ledger!;
    this.progress("checking", 45, 60)(0, ledger.input.values.length);
    await nextFrame();
    const result = await auditOffThread(ledger.input, { refDate: this.refDate(), roles: this.roles, lang: this.lang }, this.progress("checking", 45, 60), controller.signal);
    if (result === "cancelled") return this.say(STRINGS.cancelled);
    if (!result.ok) {
      this.audit = null;
      this.report = null;
      this.find("audit-results").replaceChildren();
      return this.say(LEDGER_PROBLEMS[result.problem]);
    }
    this.audit = result.audit;
    this.report = auditReport(result.audit, ledger.sheet, this.lang);
    this.show();
    const written = await this.port!.write(ledger, result.audit, this.report, this.lang, this.progress("writing", 60, 100), controller.signal);
    if (controller.signal.aborted) return this.say(STRINGS.cancelled);
    if (!written.ok) return this.say(written.message);
    this.say(afterwards ?? { id: `${STRINGS.done.id}.`, en: `${STRINGS.done.en}.` });
  }

  private show(): void {
    const report = this.report!;
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
        el("dd", { id: "fact-rows" }, report.rowCount.toLocaleString("id-ID")),
      ),
      this.rolesEditor(),
    );
    const review = new DuplicateReview(this.audit!, this.ledger!.input, lang, {
      goTo: (row, column) => void this.goTo(row, column),
      archive: (rows) => void this.archive(rows),
    });
    this.find("audit-results").replaceChildren(...renderAudit(report, lang, { goTo: (row, column) => void this.goTo(row, column) }, review.empty ? null : review.root), this.restoreButton());
    const fixes = safeFixes(this.ledger!.input, this.audit!.parsed.layout);
    this.find("audit-results").prepend(
      renderFixes(fixes, lang, {
        apply: () => void this.afterWrite(() => this.port!.fix(this.ledger!, fixes, this.lang), "fixesDone"),
        undo: () => void this.afterWrite(() => this.port!.undoFixes(this.lang), "fixesUndone"),
      }),
    );
    if (report.shape === "participants") {
      this.find("audit-results").prepend(
        entryForm(this.audit!.parsed.layout.roles, lang, {
          save: async (cells) => {
            if (!this.port || !this.ledger) return;
            const added = await this.port.append(this.ledger, cells, this.lang);
            if (!added.ok) return this.say(added.message);
            await this.runFromWorkbook({ id: `${STRINGS.entryAdded.id} ${added.value}.`, en: `${STRINGS.entryAdded.en} ${added.value}.` });
          },
        }),
      );
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
    const result = await this.port.archive(this.ledger, rows, this.lang);
    if (!result.ok) return this.say(result.message);
    // The rows moved: audit again so every row number shown is true.
    await this.runFromWorkbook({ id: `${result.value} ${STRINGS.archived.id}`, en: `${result.value} ${STRINGS.archived.en}` });
  }

  /** Runs a write, then audits again so what the pane shows is the workbook as it is now. */
  private async afterWrite(write: () => Promise<Outcome<number>>, done: "fixesDone" | "fixesUndone"): Promise<void> {
    if (!this.port || this.running) return;
    const result = await write();
    if (!result.ok) return this.say(result.message);
    await this.runFromWorkbook({ id: `${result.value} ${STRINGS[done].id}`, en: `${result.value} ${STRINGS[done].en}` });
  }

  private restoreButton(): HTMLElement {
    const button = el("button", { type: "button", id: "restore-archived" }, t("restoreLast", this.lang));
    button.addEventListener("click", async () => {
      if (!this.port) return;
      const result = await this.port.restore(this.lang);
      if (!result.ok) return this.say(result.message);
      await this.runFromWorkbook({ id: `${result.value} ${STRINGS.restored.id}`, en: `${result.value} ${STRINGS.restored.en}` });
    });
    return el("div", { class: "row" }, button);
  }
}
