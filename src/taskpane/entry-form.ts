// The data-entry form: a new participant typed into the pane, checked as it is typed, then written as
// one row into the ledger's own columns. Every rule — what a short NIK can still become, whether the
// NIK agrees with the typed birth date and gender, the company of a known NPP, when a save must be
// confirmed with "Simpan tetap" — is in src/core/ledger/entry.ts; this file draws its view and hands
// it the user's events. Text reaches the page only through textContent.
import { today } from "../core/dates";
import type { ColumnRoles } from "../core/ledger/columns";
import {
  ENTRY_DATE_ROLES,
  ENTRY_STATUSES,
  entryStep,
  entryView,
  initialEntryState,
  type EntryContext,
  type EntryEvent,
  type EntryRole,
  type EntryState,
  type EntryView,
  type FindingView,
} from "../core/ledger/entry";
import { LABELS, type Lang } from "../core/messages";
import type { EntryCell } from "../excel";
import { el } from "./dom";
import { renderNikResult } from "./nik-checker";

export interface EntryFormHandlers {
  /**
   * Writes the row; resolves with its worksheet row (the form then clears and says so), or null when
   * it was not written (the caller said why; the form keeps what was typed). Nothing: not known, so
   * the form keeps what was typed.
   */
  save(cells: EntryCell[]): Promise<number | null | void>;
}

function findingItems(findings: readonly FindingView[]): HTMLElement[] {
  return findings.map((f) => el("p", { class: `finding finding-${f.severity}`, "data-code": f.code }, `${f.code}: ${f.text}`));
}

/**
 * The form for a ledger whose columns have these roles: only the roles it has are asked. `companies`
 * (`companiesByNpp` of the audited ledger's columns) fills the company of an NPP the ledger knows.
 */
export function entryForm(roles: ColumnRoles, lang: Lang, handlers: EntryFormHandlers, companies: ReadonlyMap<string, string> = new Map()): HTMLElement {
  const context: EntryContext = { roles, companies, refDate: today() };
  let state: EntryState = initialEntryState();

  const inputs = new Map<EntryRole, HTMLInputElement | HTMLSelectElement>();
  const checks = new Map<EntryRole, HTMLElement>();
  const first = entryView(state, context, lang);
  const fields: HTMLElement[] = [];
  for (const field of first.fields) {
    const { role } = field;
    const id = `entry-${role}`;
    let input: HTMLInputElement | HTMLSelectElement;
    if (role === "gender") {
      input = el("select", { id }, el("option", { value: "" }, "—"), el("option", { value: "L" }, `L · ${LABELS.male[lang]}`), el("option", { value: "P" }, `P · ${LABELS.female[lang]}`));
    } else if (role === "status") {
      input = el("select", { id }, ...ENTRY_STATUSES.map((s) => el("option", { value: s }, s)));
    } else {
      // Dates are typed dd-mm-yyyy, as on an Indonesian form (a browser date picker shows the machine's locale).
      const date: Record<string, string> = ENTRY_DATE_ROLES.has(role) ? { inputmode: "numeric", placeholder: "hh-bb-tttt" } : {};
      input = el("input", { id, type: "text", autocomplete: "off", spellcheck: "false", ...date, ...(role === "nik" ? { inputmode: "numeric", maxlength: "64" } : {}) });
    }
    input.value = field.value;
    const edit = () => dispatch({ type: "edit", role, value: input.value });
    input.addEventListener("input", edit);
    input.addEventListener("change", edit);
    input.addEventListener("blur", () => dispatch({ type: "leave", role }));
    inputs.set(role, input);
    const check = el("div", { id: `${id}-check`, class: "entry-check", "aria-live": "polite" });
    checks.set(role, check);
    fields.push(el("label", { for: id }, field.label), input, check);
  }

  const save = el("button", { type: "button", id: "entry-save", class: "primary" }, first.saveLabel);
  const confirm = el("button", { type: "button", id: "entry-confirm", hidden: "" }, first.confirm.label);
  const note = el("p", { id: "entry-message", class: "notice", role: "status", hidden: "" });

  const render = (view: EntryView) => {
    for (const field of view.fields) {
      const input = inputs.get(field.role)!;
      // Only values the form changed itself (the company of a known NPP, the reset after a save) are written back.
      if (input.value !== field.value) input.value = field.value;
      const box = checks.get(field.role)!;
      if (field.role === "nik") renderNik(box, view);
      else box.replaceChildren(...findingItems(field.findings), ...(field.hint === null ? [] : [el("p", { class: "hint" }, field.hint)]));
    }
    save.textContent = view.saveLabel;
    if (view.saving) save.setAttribute("disabled", "");
    else save.removeAttribute("disabled");
    confirm.textContent = view.confirm.label;
    confirm.hidden = !view.confirm.shown;
    note.hidden = view.note === null;
    note.textContent = view.note?.text ?? "";
    note.dataset.tone = view.note?.tone ?? "";
  };

  const renderNik = (box: HTMLElement, view: EntryView) => {
    const nik = view.nik;
    if (nik.kind === "verdict") renderNikResult(box, nik.value, lang, { birthDate: nik.birthDate, gender: nik.gender });
    else if (nik.kind === "hint") box.replaceChildren(el("p", { class: "hint", "data-state": "typing" }, nik.text));
    else if (nik.kind === "impossible") box.replaceChildren(el("p", { class: "verdict verdict-error" }, nik.verdict), ...findingItems(nik.findings));
    else box.replaceChildren();
  };

  let shown: EntryState | null = null;
  function dispatch(event: EntryEvent): void {
    const step = entryStep(state, event, context);
    state = step.state;
    if (state !== shown) {
      shown = state;
      render(entryView(state, context, lang));
    }
    if (step.write) void write(step.write.map((c) => ({ ...c })));
  }

  async function write(cells: EntryCell[]): Promise<void> {
    let row: number | null = null;
    try {
      row = (await handlers.save(cells)) ?? null;
    } finally {
      dispatch({ type: "saved", row });
    }
  }

  save.addEventListener("click", () => dispatch({ type: "save" }));
  confirm.addEventListener("click", () => dispatch({ type: "confirm" }));

  // The first card of the Tambah tab, always open.
  const form = el(
    "section",
    { class: "card entry", id: "entry" },
    el("h2", {}, first.heading),
    el("p", { class: "hint" }, first.hint),
    ...fields,
    el("div", { class: "row" }, save, confirm),
    note,
  );
  render(first);
  return form;
}

