// Roster reconciliation (SPEC §5, §1 study 2): the participant ledger against the employer's current
// roster (payroll or HR list). The roster's workers are matched to participants by NIK first, then by
// KPJ, then by normalised name + birth date (a weaker match, flagged as such). Then:
// - DEACT_NOT_IN_ROSTER: an active participant of a roster employer whom no roster worker matches;
// - REGISTER_NEW: a roster worker who matches no participant;
// - DUPLICATE_NIK_OTHER_EMPLOYER: a roster worker still active only under another employer's NPP
//   (a transfer is needed);
// - ARREARS_PREVIOUS_EMPLOYER: a roster worker whose participation at a previous employer carries
//   arrears.
// The audit's own DEACT_LEFT and DEACT_DECEASED of the roster's employers join the worklist: they are
// the same job (report the exit), and a leaver with an end date is one of them rather than "not in
// roster". Each deactivation carries its reporting deadlines: 7 working days for BPJS Ketenagakerjaan, the
// 20th for BPJS Kesehatan, counted from the end date when the ledger has one, else from the reference
// date (the day the absence is found).
import { formatDayId, isoOf, type Day } from "../dates";
import { kesehatanDeadline, ketenagakerjaanDeadline } from "../deadlines";
import { isActiveOn } from "../ledger/activity";
import type { Audit } from "../ledger/audit";
import type { Table } from "../ledger/findings-table";
import { layoutOf, NO_DAY, parseLedger, type LedgerColumns, type LedgerInput } from "../ledger/ledger";
import { message } from "../messages";
import { fill, WORKLIST_HEADER, WORKLIST_WORDS, YES_NO, type Code, type Lang, type LedgerProblem, type Words } from "../words";
import { normaliseName } from "../names";

export type RosterCode = Extract<Code, "DEACT_NOT_IN_ROSTER" | "REGISTER_NEW" | "DUPLICATE_NIK_OTHER_EMPLOYER" | "ARREARS_PREVIOUS_EMPLOYER" | "DEACT_LEFT" | "DEACT_DECEASED">;

/** How a roster worker was found in the ledger. `nameBirth` is the weaker match. */
export type MatchKind = "nik" | "kpj" | "nameBirth";

export interface WorklistItem {
  readonly code: RosterCode;
  /** Worksheet row in the ledger, when the item is about a participant. */
  readonly ledgerRow: number | null;
  /** Worksheet row in the roster, when the item is about a roster worker. */
  readonly rosterRow: number | null;
  readonly nik: string;
  readonly name: string;
  /** The participant's NPP (for a transfer: where the worker is still registered). */
  readonly npp: string;
  readonly match: MatchKind | null;
  readonly since: Day | null;
  /** Days from the end date to the reference date: how long ago the worker left. */
  readonly days: number | null;
  readonly deadlineTk: Day | null;
  readonly deadlineKes: Day | null;
  readonly overdue: boolean;
}

export interface Reconciliation {
  readonly items: WorklistItem[];
  /** Roster rows matched to participants, by how. */
  readonly matched: Readonly<Record<MatchKind, number>>;
  readonly rosterCount: number;
}

export type ReconcileResult = { readonly ok: true; readonly reconciliation: Reconciliation } | { readonly ok: false; readonly problem: LedgerProblem };

/** The `roster` part of the audit JSON (SPEC §6), with the worklist. */
export interface RosterReport {
  readonly notInRoster: number[];
  readonly registerNew: { nik: string; name: string; rosterRow: number }[];
  readonly transfers: number[];
  readonly arrears: number[];
  readonly matched: Readonly<Record<MatchKind, number>>;
  readonly worklist: {
    code: RosterCode;
    ledgerRow: number | null;
    rosterRow: number | null;
    nik: string;
    name: string;
    npp: string;
    match: MatchKind | null;
    since: string | null;
    days: number | null;
    deadlineTk: string | null;
    deadlineKes: string | null;
    overdue: boolean;
    message: string;
  }[];
}

function nameBirthKey(columns: LedgerColumns, k: number): string | null {
  if (columns.birth[k] === NO_DAY) return null;
  const { key } = normaliseName(columns.name[k]);
  return key === "" ? null : `${key}|${columns.birth[k]}`;
}

function indexBy(columns: LedgerColumns, keyOf: (k: number) => string | null): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let k = 0; k < columns.count; k++) {
    const key = keyOf(k);
    if (key === null) continue;
    const list = index.get(key);
    if (list) list.push(k);
    else index.set(key, [k]);
  }
  return index;
}

/**
 * Whether the roster is the ledger itself: its header on the same worksheet row and the same people on
 * the same rows (NIK, name, NPP), which is what picking one sheet for both gives (or a sheet and its
 * table). Every participant would match themself, and the worklist would say nothing was wrong.
 */
function isTheLedger(audit: Audit, rosterHeaderRow: number, workers: LedgerColumns): boolean {
  const people = audit.parsed.columns;
  if (workers.count === 0 || workers.count !== people.count || rosterHeaderRow !== audit.parsed.layout.headerRow) return false;
  for (let k = 0; k < people.count; k++) {
    if (workers.rows[k] !== people.rows[k] || workers.nik[k] !== people.nik[k] || workers.name[k] !== people.name[k] || workers.npp[k] !== people.npp[k]) return false;
  }
  return true;
}

/** Reconciles the audited ledger with a roster read from a sheet; refuses the ledger as its own roster. */
export function reconcileRoster(audit: Audit, roster: LedgerInput): ReconcileResult {
  const located = layoutOf(roster, { shape: "participants" });
  if (!located.ok) return located;
  const { columns: people } = audit.parsed;
  const workers = parseLedger(roster, located.layout, { refDate: audit.refDate }).columns;
  if (isTheLedger(audit, located.layout.headerRow, workers)) return { ok: false, problem: "rosterIsLedger" };
  const refDate = audit.refDate;
  const rosterHasNpp = located.layout.roles.npp !== undefined;
  const hasArrears = audit.parsed.layout.roles.arrears !== undefined;

  const byNik = indexBy(people, (k) => people.nik[k]);
  const byKpj = indexBy(people, (k) => people.kpj[k]);
  const byNameBirth = indexBy(people, (k) => nameBirthKey(people, k));

  // The employers whose workers the roster lists: all of the ledger's when the roster has no NPP.
  const rosterNpps = new Set<string>();
  if (rosterHasNpp) for (let w = 0; w < workers.count; w++) if (workers.npp[w] !== "") rosterNpps.add(workers.npp[w]);
  const inScope = (k: number) => !rosterHasNpp || rosterNpps.has(people.npp[k]);

  const seen = new Uint8Array(people.count);
  const items: WorklistItem[] = [];
  const matched: Record<MatchKind, number> = { nik: 0, kpj: 0, nameBirth: 0 };
  const item = (code: RosterCode, k: number | null, w: number | null, match: MatchKind | null): WorklistItem => ({
    code,
    ledgerRow: k === null ? null : people.rows[k],
    rosterRow: w === null ? null : workers.rows[w],
    nik: (k !== null ? people.nik[k] : null) ?? (w !== null ? workers.nik[w] : null) ?? "",
    name: k !== null ? people.name[k] : w !== null ? workers.name[w] : "",
    npp: k !== null ? people.npp[k] : w !== null ? workers.npp[w] : "",
    match,
    since: null,
    days: null,
    deadlineTk: null,
    deadlineKes: null,
    overdue: false,
  });

  for (let w = 0; w < workers.count; w++) {
    let found: number[] | undefined;
    let how: MatchKind | null = null;
    const nik = workers.nik[w];
    const kpj = workers.kpj[w];
    const nameBirth = nameBirthKey(workers, w);
    if (nik !== null && (found = byNik.get(nik))) how = "nik";
    else if (kpj !== null && (found = byKpj.get(kpj))) how = "kpj";
    else if (nameBirth !== null && (found = byNameBirth.get(nameBirth))) how = "nameBirth";
    if (!found || how === null) {
      items.push(item("REGISTER_NEW", null, w, null));
      continue;
    }
    matched[how]++;
    for (const k of found) seen[k] = 1;
    if (!rosterHasNpp || workers.npp[w] === "") continue;
    const here = found.filter((k) => people.npp[k] === workers.npp[w] && isActiveOn(people, k, refDate));
    const elsewhere = found.filter((k) => people.npp[k] !== workers.npp[w]);
    if (here.length === 0) {
      for (const k of elsewhere) if (isActiveOn(people, k, refDate)) items.push(item("DUPLICATE_NIK_OTHER_EMPLOYER", k, w, how));
    }
    if (hasArrears) for (const k of elsewhere) if (people.arrears[k]) items.push(item("ARREARS_PREVIOUS_EMPLOYER", k, w, how));
  }

  for (let k = 0; k < people.count; k++) {
    if (seen[k] || !inScope(k) || !isActiveOn(people, k, refDate)) continue;
    const end = people.end[k] !== NO_DAY && people.end[k] <= refDate ? people.end[k] : null;
    const from = end ?? refDate;
    const deadlineTk = ketenagakerjaanDeadline(from);
    items.push({ ...item("DEACT_NOT_IN_ROSTER", k, null, null), since: end, days: end === null ? null : refDate - end, deadlineTk, deadlineKes: kesehatanDeadline(from), overdue: refDate > deadlineTk });
  }

  for (const flag of audit.deactivation) {
    if ((flag.code !== "DEACT_LEFT" && flag.code !== "DEACT_DECEASED") || !inScope(flag.k)) continue;
    items.push({ ...item(flag.code, flag.k, null, null), since: flag.since, days: flag.days, deadlineTk: flag.deadlineTk, deadlineKes: flag.deadlineKes, overdue: flag.overdue });
  }

  items.sort((a, b) => (a.ledgerRow ?? Infinity) - (b.ledgerRow ?? Infinity) || (a.rosterRow ?? Infinity) - (b.rosterRow ?? Infinity) || a.code.localeCompare(b.code));
  return { ok: true, reconciliation: { items, matched, rosterCount: workers.count } };
}

/**
 * The worklist item's message: the code's, with the days since the worker left (on the reference date),
 * the reporting deadlines after it, the transfer's NPP and the weak-match warning.
 */
export function worklistMessage(item: WorklistItem, lang: Lang): string {
  const days = item.days === null ? "" : String(item.days);
  const base = message({ code: item.code, params: { npp: item.npp, since: item.since === null ? "" : formatDayId(item.since), days } }, lang);
  const withDeadlines = item.deadlineTk === null ? base : fill(WORKLIST_WORDS.deadlines[lang], { message: base, tk: formatDayId(item.deadlineTk), kes: formatDayId(item.deadlineKes!) }, lang);
  return item.match === "nameBirth" ? fill(WORKLIST_WORDS.weakMatch[lang], { message: withDeadlines }, lang) : withDeadlines;
}

export function rosterReport(reconciliation: Reconciliation, lang: Lang): RosterReport {
  const { items } = reconciliation;
  const rowsOf = (code: RosterCode) => items.filter((i) => i.code === code && i.ledgerRow !== null).map((i) => i.ledgerRow!);
  const iso = (d: Day | null) => (d === null ? null : isoOf(d));
  return {
    notInRoster: rowsOf("DEACT_NOT_IN_ROSTER"),
    registerNew: items.filter((i) => i.code === "REGISTER_NEW").map((i) => ({ nik: i.nik, name: i.name, rosterRow: i.rosterRow! })),
    transfers: rowsOf("DUPLICATE_NIK_OTHER_EMPLOYER"),
    arrears: rowsOf("ARREARS_PREVIOUS_EMPLOYER"),
    matched: reconciliation.matched,
    worklist: items.map((i) => ({ ...i, since: iso(i.since), deadlineTk: iso(i.deadlineTk), deadlineKes: iso(i.deadlineKes), message: worklistMessage(i, lang) })),
  };
}

/** The end date and the two deadlines. */
const WORKLIST_DATE_COLUMNS = [7, 9, 10] as const;
const MATCH_WORDS: Readonly<Record<MatchKind, Words>> = { nik: WORKLIST_WORDS.matchNik, kpj: WORKLIST_WORDS.matchKpj, nameBirth: WORKLIST_WORDS.matchNameBirth };

/** The worklist as a table: dates as days in `dateColumns`, NIKs and NPPs as text. */
export type WorklistTable = Table;

/**
 * The worklist as a table the admin works through (a "Selesai" column left empty to tick): the
 * add-in's worklist sheet and the command line's `--out` write it. Dates as days (see `dateColumns`),
 * NIKs and NPPs as text.
 */
export function worklistTable(reconciliation: Reconciliation, lang: Lang): WorklistTable {
  const day = (d: Day | null) => (d === null ? "" : d);
  const rows = reconciliation.items.map((i) => [
    i.code,
    i.ledgerRow ?? "",
    i.rosterRow ?? "",
    i.nik,
    i.name,
    i.npp,
    i.match === null ? "" : MATCH_WORDS[i.match][lang],
    day(i.since),
    i.days ?? "",
    day(i.deadlineTk),
    day(i.deadlineKes),
    i.deadlineTk === null ? "" : (i.overdue ? YES_NO.yes : YES_NO.no)[lang],
    worklistMessage(i, lang),
    "",
  ]);
  return { header: WORKLIST_HEADER.map((h) => h[lang]), rows, textColumns: [0, 3, 4, 5], dateColumns: WORKLIST_DATE_COLUMNS, widths: [30, 10, 10, 18, 30, 12, 16, 12, 10, 14, 14, 10, 100, 8] };
}
