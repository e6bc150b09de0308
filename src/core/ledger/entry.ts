// The data-entry form's rules, apart from the page that shows them: what a NIK typed so far can still
// become, whether a NIK agrees with the birth date and gender typed beside it, which company a known
// NPP belongs to, and the form itself as a state that events change and a view computed from it. The
// task pane (src/taskpane/entry-form.ts) only draws the view and forwards the user's events here, so
// every rule below is unit-tested without a browser.
import { excelSerialOf, formatDayId, parseDate, yearOf, type Day } from "../dates";
import type { Gender } from "../gender";
import { inspectKpj } from "../ids/kpj";
import { compactNik, inspectNik, isValidNik, NIK_LENGTH } from "../ids/nik";
import { inspectNpp, isValidNpp } from "../ids/npp";
import { finding, message, ROLE_LABELS, type Code, type Finding, type Lang, type Severity } from "../messages";
import { ENTRY_WORDS, say, type Said, type Words } from "../words";

export { ENTRY_WORDS };
import type { ColumnRoles, Role } from "./columns";
import { companyKey, type LedgerColumns } from "./ledger";

/** The roles the form offers, in the order a KTP and an enrolment form give them. */
export const ENTRY_ROLES = ["nik", "name", "birthDate", "gender", "npp", "company", "kpj", "startDate", "status"] as const satisfies readonly Role[];
export type EntryRole = (typeof ENTRY_ROLES)[number];
export const ENTRY_DATE_ROLES: ReadonlySet<EntryRole> = new Set<EntryRole>(["birthDate", "startDate"]);
export const ENTRY_DATE_FORMAT = "dd-mm-yyyy";
export const ENTRY_STATUSES = ["Aktif", "Nonaktif"] as const;

const words = (key: keyof typeof ENTRY_WORDS, params?: Said["params"]): Said => (params ? { words: ENTRY_WORDS[key], params } : { words: ENTRY_WORDS[key] });

// ---------------------------------------------------------------------------------------------------
// A NIK while it is typed

/** What the NIK typed so far can still become. */
export type NikProgress =
  | { readonly kind: "empty" }
  /** Fewer than 16 digits, and some way to finish them gives a valid NIK. */
  | { readonly kind: "incomplete"; readonly digits: number }
  /** Fewer than 16 digits that no way of finishing makes valid: the impossible parts, as findings. */
  | { readonly kind: "impossible"; readonly findings: readonly Finding[] }
  /** Sixteen digits, more, or not digits at all: judged as a whole NIK (`inspectNik`). */
  | { readonly kind: "whole" };

/**
 * The groups of `PP KK CC DDMMYY SSSS` (src/core/ids/nik.ts) whose errors do not depend on each other:
 * a prefix can become valid when each group it has started can. Each slot lists the values worth
 * trying (null: every string of its width); months are 01–12 by the calendar, which keeps the search
 * for a date at most 10 × 12 × 100 tries.
 */
interface NikGroup {
  readonly from: number;
  readonly slots: readonly { readonly width: number; readonly values: readonly string[] | null }[];
  /** The error when no completion is valid, named with the digits typed; null: no error possible. */
  readonly problem: ((typed: string) => Finding) | null;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));
const NIK_GROUPS: readonly NikGroup[] = [
  { from: 0, slots: [{ width: 2, values: null }], problem: (typed) => finding("NIK_PROVINCE", { province: typed }) },
  // An unknown district is a warning (SPEC §3 NIK_DISTRICT_UNKNOWN), never a reason the NIK cannot be valid.
  { from: 2, slots: [{ width: 4, values: null }], problem: null },
  { from: 6, slots: [{ width: 2, values: null }, { width: 2, values: MONTHS }, { width: 2, values: null }], problem: (typed) => finding("NIK_DATE", { date: typed }) },
  { from: 12, slots: [{ width: 4, values: null }], problem: () => finding("NIK_SERIAL_ZERO") },
];
/** A valid NIK (src/core/ids/nik.ts's own example) whose digits fill the groups not yet typed. */
const WITNESS = "3171015708450001";

const TRAILING_SEPARATORS = /[\s.\-\u2010-\u2015]+$/;

/** The values of one slot that start with `typed`. */
function slotValues(width: number, values: readonly string[] | null, typed: string): string[] {
  if (typed.length === width) return [typed];
  if (values) return values.filter((v) => v.startsWith(typed));
  const rest = width - typed.length;
  return Array.from({ length: 10 ** rest }, (_, i) => typed + String(i).padStart(rest, "0"));
}

/** Digits for the group that start with what was typed and make a valid NIK with the witness around them; null when none does. */
function completeGroup(group: NikGroup, prefix: string, refYear: number): string | null {
  const slots: string[][] = [];
  let at = group.from;
  for (const slot of group.slots) {
    slots.push(slotValues(slot.width, slot.values, prefix.slice(at, Math.min(at + slot.width, prefix.length))));
    at += slot.width;
  }
  const before = WITNESS.slice(0, group.from);
  const after = WITNESS.slice(at);
  const search = (i: number, sofar: string): string | null => {
    if (i === slots.length) return isValidNik(before + sofar + after, refYear) ? sofar : null;
    for (const value of slots[i]) {
      const found = search(i + 1, sofar + value);
      if (found !== null) return found;
    }
    return null;
  };
  return search(0, "");
}

/**
 * What a NIK typed so far can become, on `refDate` (the century of its birth date). A NIK that is
 * still short is not wrong yet: it is wrong only when the digits already typed rule out every valid
 * NIK (a province that does not exist, a day 32, a month 13). Separators a user types between groups
 * may trail while the next group is still to come.
 */
export function nikProgress(text: string, refDate: Day): NikProgress {
  if (text.trim() === "") return { kind: "empty" };
  const digits = compactNik(text.replace(TRAILING_SEPARATORS, ""));
  if (digits === null || digits.length >= NIK_LENGTH) return { kind: "whole" };
  const refYear = yearOf(refDate);
  const findings: Finding[] = [];
  for (const group of NIK_GROUPS) {
    const width = group.slots.reduce((sum, s) => sum + s.width, 0);
    const typed = digits.slice(group.from, group.from + width);
    if (typed === "" || group.problem === null) continue;
    if (completeGroup(group, digits, refYear) === null) findings.push(group.problem(typed.length < width ? `${typed}…` : typed));
  }
  return findings.length > 0 ? { kind: "impossible", findings } : { kind: "incomplete", digits: digits.length };
}

// ---------------------------------------------------------------------------------------------------
// Does the NIK agree with the birth date and gender typed beside it

export interface NikAgreement {
  /** True when nothing typed contradicts the NIK. */
  readonly agrees: boolean;
  /** What the NIK says. */
  readonly nik: { readonly gender: Gender; readonly birthDate: Day };
  /** What the form says (null where not filled in). */
  readonly typed: { readonly gender: Gender | null; readonly birthDate: Day | null };
  readonly genderDiffers: boolean;
  readonly birthDateDiffers: boolean;
}

/**
 * Compares a NIK with the birth date and gender typed beside it, by the NIK's own rules (the
 * NIK_BIRTHDATE_MISMATCH and NIK_GENDER_MISMATCH findings of `inspectNik`). Null when the NIK gives
 * no birth date to compare (not 16 digits, or digits 7–12 not a date).
 */
export function nikAgreement(nik: string, typed: { readonly birthDate: Day | null; readonly gender: Gender | null }, refDate: Day): NikAgreement | null {
  const result = inspectNik(nik, { refDate, birthDate: typed.birthDate, gender: typed.gender });
  if (result.birthDate === null || result.gender === null) return null;
  const has = (code: Code) => result.findings.some((f) => f.code === code);
  const genderDiffers = has("NIK_GENDER_MISMATCH");
  const birthDateDiffers = has("NIK_BIRTHDATE_MISMATCH");
  return {
    agrees: !genderDiffers && !birthDateDiffers,
    nik: { gender: result.gender, birthDate: result.birthDate },
    typed: { gender: typed.gender, birthDate: typed.birthDate },
    genderDiffers,
    birthDateDiffers,
  };
}

const genderWords = (g: Gender): Words => (g === "P" ? ENTRY_WORDS.female : ENTRY_WORDS.male);

/** Facts in both languages, joined by commas: "perempuan, lahir 12-03-1990". */
function factWords(gender: Gender | null, birthDate: Day | null, bornWord: boolean): Words {
  const part = (lang: Lang) => {
    const parts: string[] = [];
    if (gender !== null) parts.push(genderWords(gender)[lang]);
    if (birthDate !== null) parts.push(bornWord ? say(words("born", { date: formatDayId(birthDate) }), lang) : formatDayId(birthDate));
    return parts.join(", ");
  };
  return { id: part("id"), en: part("en") };
}

/** "NIK menunjukkan perempuan, lahir 12-03-1990; isian: laki-laki, 12-03-1991": what disagrees. */
export function disagreementWords(a: NikAgreement): Said {
  return words("disagreement", {
    nik: factWords(a.typed.gender === null ? null : a.nik.gender, a.typed.birthDate === null ? null : a.nik.birthDate, true),
    typed: factWords(a.typed.gender, a.typed.birthDate, false),
  });
}

// ---------------------------------------------------------------------------------------------------
// Companies the ledger already knows by NPP

/**
 * The company name of every valid NPP in the ledger that has one: its most frequent spelling (names
 * compared as `companyKey` does; a tie goes to the name seen first), as the totals show it.
 */
export function companiesByNpp(columns: Pick<LedgerColumns, "count" | "npp" | "company">): ReadonlyMap<string, string> {
  const names = new Map<string, Map<string, { name: string; count: number }>>();
  for (let k = 0; k < columns.count; k++) {
    const npp = columns.npp[k];
    const name = columns.company[k].trim();
    if (name === "" || !isValidNpp(npp)) continue;
    let byKey = names.get(npp);
    if (!byKey) names.set(npp, (byKey = new Map()));
    const key = companyKey(name);
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { name, count: 1 });
  }
  const out = new Map<string, string>();
  for (const [npp, byKey] of names) {
    let best = { name: "", count: 0 };
    for (const entry of byKey.values()) if (entry.count > best.count) best = entry;
    out.set(npp, best.name);
  }
  return out;
}

/** The company of a typed NPP (formatting allowed), when the ledger knows it. */
export function knownCompany(companies: ReadonlyMap<string, string>, typedNpp: string): string | null {
  const npp = inspectNpp(typedNpp.trim());
  return npp.valid && npp.value !== null ? (companies.get(npp.value) ?? null) : null;
}

// ---------------------------------------------------------------------------------------------------
// The form as state, events and a view

export type EntryValues = Readonly<Record<EntryRole, string>>;

/** Why a save waits for "Simpan tetap". */
export type EntryDoubt = "invalidNik" | "disagrees";

export type EntryStage =
  | { readonly kind: "editing" }
  /** Save was pressed on these values and something is doubtful: shown, and waiting for "Simpan tetap" or a correction. */
  | { readonly kind: "confirming"; readonly doubts: readonly EntryDoubt[] }
  | { readonly kind: "saving" };

export interface EntryNote {
  readonly said: Said;
  readonly tone: "error" | "warning" | "done";
}

export interface EntryState {
  readonly values: EntryValues;
  /** The NIK field was left since it was last typed in: a short NIK is then an error, not a hint. */
  readonly nikLeft: boolean;
  /** The company name the form filled in from the NPP, as long as the user has not changed it. */
  readonly companyFilled: string | null;
  readonly stage: EntryStage;
  /** Kept as words and parameters, so that it is said in whatever language the form is shown in. */
  readonly note: EntryNote | null;
}

export interface EntryContext {
  /** The ledger's columns for the form's roles; only the roles it has are asked. */
  readonly roles: ColumnRoles;
  /** `companiesByNpp` of the audited ledger. */
  readonly companies: ReadonlyMap<string, string>;
  readonly refDate: Day;
}

export type EntryEvent =
  | { readonly type: "edit"; readonly role: EntryRole; readonly value: string }
  | { readonly type: "leave"; readonly role: EntryRole }
  | { readonly type: "save" }
  | { readonly type: "confirm" }
  /** The row was written on this worksheet row (null: it was not, and whoever wrote said why). */
  | { readonly type: "saved"; readonly row: number | null };

/** One cell of the new row: a text, or a date's Excel serial with its number format. */
export interface EntryCellValue {
  readonly column: number;
  readonly value: string | number;
  readonly numberFormat?: string;
}

export interface EntryStep {
  readonly state: EntryState;
  /** The cells to write now, when the event was a save that may go ahead. */
  readonly write: readonly EntryCellValue[] | null;
}

const BLANK: EntryValues = { nik: "", name: "", birthDate: "", gender: "", npp: "", company: "", kpj: "", startDate: "", status: ENTRY_STATUSES[0] };

export function initialEntryState(): EntryState {
  return { values: BLANK, nikLeft: false, companyFilled: null, stage: { kind: "editing" }, note: null };
}

/** The roles of `ENTRY_ROLES` the ledger has a column for. */
export function entryRoles(roles: ColumnRoles): EntryRole[] {
  return ENTRY_ROLES.filter((r) => roles[r] !== undefined);
}

const text = (values: EntryValues, role: EntryRole) => values[role].trim();
/** A typed date, read as Indonesians write it (23-11-2026, 23/11/2026, 23 November 2026) or ISO. */
const dayOfField = (values: EntryValues, role: EntryRole): Day | null => (text(values, role) === "" ? null : parseDate(text(values, role)));
const genderOfField = (values: EntryValues): Gender | null => {
  const g = text(values, "gender");
  return g === "L" || g === "P" ? g : null;
};

/** What the form's NIK, gender and birth date say, for the NIK's rules. */
function nikFacts(state: EntryState, context: EntryContext) {
  const present = new Set(entryRoles(context.roles));
  return {
    birthDate: present.has("birthDate") ? dayOfField(state.values, "birthDate") : null,
    gender: present.has("gender") ? genderOfField(state.values) : null,
  };
}

/** The reasons to ask before saving these values. */
export function entryDoubts(state: EntryState, context: EntryContext): EntryDoubt[] {
  if (context.roles.nik === undefined || text(state.values, "nik") === "") return [];
  const nik = text(state.values, "nik");
  const facts = nikFacts(state, context);
  const doubts: EntryDoubt[] = [];
  if (!inspectNik(nik, { refDate: context.refDate }).valid) doubts.push("invalidNik");
  const agreement = nikAgreement(nik, facts, context.refDate);
  if (agreement && !agreement.agrees) doubts.push("disagrees");
  return doubts;
}

/** The row to write: identifiers and all text as text, dates as Excel serials (1900 system; the adapter moves them for a 1904 workbook) with a date format. */
export function entryCells(values: EntryValues, roles: ColumnRoles): EntryCellValue[] {
  const cells: EntryCellValue[] = [];
  for (const role of entryRoles(roles)) {
    const value = text(values, role);
    if (value === "") continue;
    const column = roles[role]!;
    if (ENTRY_DATE_ROLES.has(role)) {
      const d = dayOfField(values, role);
      if (d !== null) cells.push({ column, value: excelSerialOf(d), numberFormat: ENTRY_DATE_FORMAT });
    } else {
      // Digits stay text: a NIK or KPJ is never handed to Excel as a number.
      cells.push({ column, value: role === "nik" ? (compactNik(value) ?? value) : value });
    }
  }
  return cells;
}

function doubtNote(state: EntryState, doubts: readonly EntryDoubt[], context: EntryContext): EntryNote {
  const parts: Said[] = [];
  if (doubts.includes("invalidNik")) parts.push(words("invalidNik"));
  if (doubts.includes("disagrees")) {
    const agreement = nikAgreement(text(state.values, "nik"), nikFacts(state, context), context.refDate)!;
    parts.push(words("disagrees", { disagreement: { id: say(disagreementWords(agreement), "id"), en: say(disagreementWords(agreement), "en") } }));
  }
  const joined = (lang: Lang) => parts.map((p) => say(p, lang)).join(" ");
  return { said: { words: { id: joined("id"), en: joined("en") } }, tone: doubts.includes("invalidNik") ? "error" : "warning" };
}

/** The form after `event`; a save that may go ahead also gives the cells to write. */
export function entryStep(state: EntryState, event: EntryEvent, context: EntryContext): EntryStep {
  const none = (next: EntryState): EntryStep => ({ state: next, write: null });
  switch (event.type) {
    case "edit": {
      if (state.values[event.role] === event.value) return none(state);
      let values: EntryValues = { ...state.values, [event.role]: event.value };
      let companyFilled = state.companyFilled;
      if (event.role === "npp" && context.roles.company !== undefined) {
        // The company follows the NPP while it is empty or still what the form filled in.
        const mine = values.company.trim() === "" || values.company === state.companyFilled;
        const known = knownCompany(context.companies, event.value);
        if (mine && known !== null) [values, companyFilled] = [{ ...values, company: known }, known];
        else if (mine && companyFilled !== null) [values, companyFilled] = [{ ...values, company: "" }, null];
      }
      if (event.role === "company" && event.value !== state.companyFilled) companyFilled = null;
      // A change makes any earlier answer about the old values stale: it goes, and so does a pending "Simpan tetap".
      const stage: EntryStage = state.stage.kind === "saving" ? state.stage : { kind: "editing" };
      return none({ ...state, values, companyFilled, nikLeft: event.role === "nik" ? false : state.nikLeft, stage, note: null });
    }
    case "leave":
      return none(event.role === "nik" && !state.nikLeft ? { ...state, nikLeft: true } : state);
    case "save": {
      if (state.stage.kind === "saving") return none(state);
      if (text(state.values, "nik") === "" && text(state.values, "name") === "") {
        return none({ ...state, stage: { kind: "editing" }, note: { said: words("empty"), tone: "error" } });
      }
      const doubts = entryDoubts(state, context);
      if (doubts.length > 0) return none({ ...state, nikLeft: true, stage: { kind: "confirming", doubts }, note: doubtNote(state, doubts, context) });
      return { state: { ...state, nikLeft: true, stage: { kind: "saving" }, note: null }, write: entryCells(state.values, context.roles) };
    }
    case "confirm":
      if (state.stage.kind !== "confirming") return none(state);
      return { state: { ...state, stage: { kind: "saving" }, note: null }, write: entryCells(state.values, context.roles) };
    case "saved":
      if (event.row === null) return none({ ...state, stage: { kind: "editing" }, note: null });
      return none({ ...initialEntryState(), note: { said: words("added", { row: event.row }), tone: "done" } });
  }
}

export interface FindingView {
  readonly code: string;
  readonly severity: Severity;
  readonly text: string;
}

/** What the box under the NIK shows. */
export type NikView =
  | { readonly kind: "none" }
  | { readonly kind: "hint"; readonly text: string }
  /** The digits typed so far cannot become a valid NIK. */
  | { readonly kind: "impossible"; readonly verdict: string; readonly findings: readonly FindingView[] }
  /** The whole NIK's verdict, facts and findings against the typed birth date and gender. */
  | { readonly kind: "verdict"; readonly value: string; readonly birthDate: Day | null; readonly gender: Gender | null };

export interface FieldView {
  readonly role: EntryRole;
  readonly label: string;
  /** What the input must hold (the form may fill the company in). */
  readonly value: string;
  readonly findings: readonly FindingView[];
  readonly hint: string | null;
}

export interface EntryView {
  readonly heading: string;
  readonly hint: string;
  readonly fields: readonly FieldView[];
  readonly nik: NikView;
  readonly saveLabel: string;
  readonly saving: boolean;
  /** "Simpan tetap", shown while a save waits for it. */
  readonly confirm: { readonly shown: boolean; readonly label: string };
  readonly note: { readonly text: string; readonly tone: EntryNote["tone"] } | null;
}

const findingView = (f: Finding, lang: Lang): FindingView => ({ code: f.code, severity: f.severity, text: message(f, lang) });

function nikView(state: EntryState, context: EntryContext, lang: Lang): NikView {
  const value = state.values.nik;
  const progress = nikProgress(value, context.refDate);
  const facts = nikFacts(state, context);
  if (progress.kind === "empty") return { kind: "none" };
  if (progress.kind === "whole" || state.nikLeft) return { kind: "verdict", value, ...facts };
  if (progress.kind === "impossible") return { kind: "impossible", verdict: ENTRY_WORDS.nikInvalid[lang], findings: progress.findings.map((f) => findingView(f, lang)) };
  return { kind: "hint", text: say(words("nikTyping", { digits: progress.digits, length: NIK_LENGTH }), lang) };
}

/** The form as it must look now, in `lang`. */
export function entryView(state: EntryState, context: EntryContext, lang: Lang): EntryView {
  const fields = entryRoles(context.roles).map((role): FieldView => {
    const value = state.values[role];
    let findings: readonly Finding[] = [];
    if (role === "npp" && value.trim() !== "") findings = inspectNpp(value.trim()).findings;
    if (role === "kpj" && value.trim() !== "") findings = inspectKpj(value.trim()).findings;
    const npp = inspectNpp(state.values.npp.trim()).value;
    const hint = role === "company" && state.companyFilled !== null && value === state.companyFilled ? say(words("companyKnown", { npp: npp ?? state.values.npp }), lang) : null;
    return { role, label: ROLE_LABELS[role][lang], value, findings: findings.map((f) => findingView(f, lang)), hint };
  });
  const stage = state.stage;
  return {
    heading: ENTRY_WORDS.heading[lang],
    hint: ENTRY_WORDS.hint[lang],
    fields,
    nik: context.roles.nik === undefined ? { kind: "none" } : nikView(state, context, lang),
    saveLabel: (stage.kind === "saving" ? ENTRY_WORDS.saving : ENTRY_WORDS.save)[lang],
    saving: stage.kind === "saving",
    confirm: { shown: stage.kind === "confirming", label: ENTRY_WORDS.confirm[lang] },
    note: state.note === null ? null : { text: say(state.note.said, lang), tone: state.note.tone },
  };
}
