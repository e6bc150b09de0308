// The data-entry form: a new participant typed into the pane, checked as it is typed (the NIK parsed
// to birth date, gender and region; mismatches with the typed birth date and gender shown; NPP and KPJ
// checked), then written as one row into the ledger's own columns — identifiers as text, dates as real
// dates. An invalid NIK is written only when the user ticks "save anyway".
import { excelSerialOf, parseIsoDate, type Day } from "../core/dates";
import type { Gender } from "../core/gender";
import { inspectKpj } from "../core/ids/kpj";
import { inspectNpp } from "../core/ids/npp";
import type { ColumnRoles, Role } from "../core/ledger/columns";
import { LABELS, message, ROLE_LABELS, type Lang } from "../core/messages";
import type { EntryCell } from "../excel";
import { el } from "./dom";
import { renderNikResult } from "./nik-checker";
import { STRINGS } from "./strings";

/** The roles the form offers, in the order a KTP and an enrolment form give them. */
const ENTRY_ROLES = ["nik", "name", "birthDate", "gender", "npp", "company", "kpj", "startDate", "status"] as const satisfies readonly Role[];
type EntryRole = (typeof ENTRY_ROLES)[number];
const DATE_ROLES = new Set<EntryRole>(["birthDate", "startDate"]);
const DATE_FORMAT = "dd-mm-yyyy";

export interface EntryFormHandlers {
  save(cells: EntryCell[]): Promise<void>;
}

function t(key: keyof typeof STRINGS, lang: Lang): string {
  return STRINGS[key][lang];
}

/** The form for a ledger whose columns have these roles; only the roles the ledger has are asked. */
export function entryForm(roles: ColumnRoles, lang: Lang, handlers: EntryFormHandlers): HTMLElement {
  const present = ENTRY_ROLES.filter((r) => roles[r] !== undefined);
  const inputs = new Map<EntryRole, HTMLInputElement | HTMLSelectElement>();
  const fields: HTMLElement[] = [];
  for (const role of present) {
    const id = `entry-${role}`;
    let input: HTMLInputElement | HTMLSelectElement;
    if (role === "gender") {
      input = el("select", { id }, el("option", { value: "" }, "—"), el("option", { value: "L" }, `L · ${LABELS.male[lang]}`), el("option", { value: "P" }, `P · ${LABELS.female[lang]}`));
    } else if (role === "status") {
      input = el("select", { id }, el("option", { value: "Aktif" }, "Aktif"), el("option", { value: "Nonaktif" }, "Nonaktif"));
    } else {
      input = el("input", { id, type: DATE_ROLES.has(role) ? "date" : "text", autocomplete: "off", spellcheck: "false", ...(role === "nik" ? { inputmode: "numeric", maxlength: "64" } : {}) });
    }
    inputs.set(role, input);
    fields.push(el("label", { for: id }, ROLE_LABELS[role][lang]), input, el("div", { id: `${id}-check`, class: "entry-check", "aria-live": "polite" }));
  }

  const confirm = el("input", { type: "checkbox", id: "entry-confirm" });
  const confirmRow = el("label", { for: "entry-confirm", class: "entry-confirm", hidden: "" }, confirm, ` ${t("entryConfirm", lang)}`);
  const save = el("button", { type: "button", id: "entry-save", class: "primary" }, t("entrySave", lang));
  const note = el("p", { id: "entry-message", class: "notice", role: "status", hidden: "" });

  const text = (role: EntryRole) => (inputs.get(role)?.value ?? "").trim();
  const day = (role: EntryRole): Day | null => (text(role) === "" ? null : parseIsoDate(text(role)));
  let nikValid = false;

  const check = () => {
    const nikBox = form.querySelector<HTMLElement>("#entry-nik-check");
    if (nikBox) {
      const gender = text("gender");
      nikValid = renderNikResult(nikBox, text("nik"), lang, { birthDate: day("birthDate"), gender: gender === "L" || gender === "P" ? (gender as Gender) : null });
    }
    for (const [role, inspect] of [["npp", inspectNpp], ["kpj", inspectKpj]] as const) {
      const box = form.querySelector<HTMLElement>(`#entry-${role}-check`);
      if (!box) continue;
      const value = text(role);
      const findings = value === "" ? [] : inspect(value).findings;
      box.replaceChildren(...findings.map((f) => el("p", { class: `finding finding-${f.severity}`, "data-code": f.code }, `${f.code}: ${message(f, lang)}`)));
    }
    confirmRow.hidden = nikValid || text("nik") === "";
  };
  for (const input of inputs.values()) input.addEventListener("input", check);
  for (const input of inputs.values()) input.addEventListener("change", check);

  const say = (words: string | null) => {
    note.hidden = words === null;
    note.textContent = words ?? "";
  };

  save.addEventListener("click", async () => {
    check();
    if (text("nik") === "" && text("name") === "") return say(t("entryEmpty", lang));
    if (roles.nik !== undefined && !nikValid && !confirm.checked) {
      confirmRow.hidden = false;
      return say(t("entryInvalidNik", lang));
    }
    const cells: EntryCell[] = [];
    for (const role of present) {
      const value = text(role);
      if (value === "") continue;
      if (DATE_ROLES.has(role)) {
        const d = day(role);
        if (d !== null) cells.push({ column: roles[role]!, value: excelSerialOf(d), numberFormat: DATE_FORMAT });
      } else {
        // Digits stay text: a NIK or KPJ is never handed to Excel as a number.
        cells.push({ column: roles[role]!, value: role === "nik" ? value.replace(/[\s.-]/g, "") : value });
      }
    }
    say(null);
    save.setAttribute("disabled", "");
    try {
      await handlers.save(cells);
    } finally {
      save.removeAttribute("disabled");
    }
  });

  const form = el(
    "details",
    { class: "card entry", id: "entry" },
    el("summary", {}, t("entryHeading", lang)),
    el("p", { class: "hint" }, t("entryHint", lang)),
    ...fields,
    confirmRow,
    el("div", { class: "row" }, save),
    note,
  );
  return form;
}
