// Duplicate participants and receipt rows (SPEC §4), as a pipeline of small stages whose output can be
// inspected: exact keys (NIK, KPJ, receipt row) → candidate pairs from several blocking rules, unioned
// → each pair compared field by field (src/core/matching/compare.ts: levels, weights, guards) → pairs
// over the threshold linked into groups → the row to keep.
//
// Blocking keeps the cost near linear: only rows that share a block are compared, never all pairs of a
// million rows; a block larger than MAX_BLOCK_PAIRWISE is left to the other rules. The rules, so that
// one typo never hides a pair: birth day + a name initial; the NIK's first 12 digits (region and birth
// date as the NIK encodes them); the name key + birth year; the NPP + the name key.
import { ymdOf } from "../dates";
import { agreedFields, BEST_NAME_WEIGHT, fieldsScore, compareBirthDates, compareNames, compareNiks, compareSame, exactNameLevel, guardOf, MATCH_THRESHOLD, pairScore, type PairLevels } from "../matching/compare";
import type { Code, Lang } from "../messages";
import { normaliseName, type NormalisedName } from "../names";
import { NO_DAY, type LedgerColumns } from "./ledger";

export interface DuplicateGroup {
  readonly code: Extract<Code, "DUPLICATE_NIK" | "DUPLICATE_NIK_OTHER_EMPLOYER" | "DUPLICATE_KPJ" | "DUPLICATE_ROW" | "POSSIBLE_DUPLICATE" | "POSSIBLE_DUPLICATE_OTHER_EMPLOYER">;
  /** Row indices into the ledger's columns, ascending. */
  readonly members: number[];
  /** The member to keep. */
  readonly keep: number;
  /** 1 for exact matches; the name score for possible duplicates. */
  readonly score: number;
  /** The fields that agreed. */
  readonly agreed: readonly string[];
  readonly keepReason: KeepReason;
  /** For possible duplicates: each linked pair with its score and the level of every field compared. */
  readonly pairs?: readonly MatchedPair[];
}

export interface MatchedPair {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly levels: PairLevels;
}

export type KeepReason = "latest" | "complete" | "first";

const KEEP_REASONS: Record<KeepReason, Record<Lang, string>> = {
  latest: { id: "tanggal masuk atau entri paling baru", en: "most recent start or entry date" },
  complete: { id: "data paling lengkap", en: "most complete row" },
  first: { id: "baris pertama", en: "first row" },
};

/**
 * Rows sharing a key, for keys held by two rows or more. Most keys are unique, so a key gets a list
 * only when it is seen a second time.
 */
function groupBy<K extends string | number>(count: number, keyOf: (k: number) => K | null): Map<K, number[]> {
  const first = new Map<K, number>();
  const groups = new Map<K, number[]>();
  for (let k = 0; k < count; k++) {
    const key = keyOf(k);
    if (key === null) continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, k);
    else {
      const list = groups.get(key);
      if (list) list.push(k);
      else groups.set(key, [seen, k]);
    }
  }
  return groups;
}

/**
 * The row to keep: the latest start or entry date, then the most filled cells, then the first. The
 * reason is the criterion that left a single candidate.
 */
export function chooseKeep(members: readonly number[], columns: LedgerColumns): { keep: number; reason: KeepReason } {
  const narrow = (candidates: readonly number[], score: (k: number) => number) => {
    const top = Math.max(...candidates.map(score));
    return candidates.filter((k) => score(k) === top);
  };
  const byDate = narrow(members, (k) => Math.max(columns.start[k], columns.entry[k]));
  if (byDate.length === 1) return { keep: byDate[0], reason: "latest" };
  const byFill = narrow(byDate, (k) => columns.filled[k]);
  if (byFill.length === 1) return { keep: byFill[0], reason: "complete" };
  return { keep: byFill[0], reason: "first" };
}

export function keepReasonText(reason: KeepReason, lang: Lang): string {
  return KEEP_REASONS[reason][lang];
}

function exactGroup(code: DuplicateGroup["code"], members: number[], agreed: readonly string[], columns: LedgerColumns): DuplicateGroup {
  const { keep, reason } = chooseKeep(members, columns);
  return { code, members, keep, score: 1, agreed, keepReason: reason };
}

function participantDuplicates(columns: LedgerColumns, hasNpp: boolean): DuplicateGroup[] {
  const groups: DuplicateGroup[] = [];
  const n = columns.count;

  // Stage 1: the same NIK. Under different NPPs it is the transfer case.
  for (const members of groupBy(n, (k) => columns.nik[k]).values()) {
    if (members.length < 2) continue;
    const npps = new Set(members.map((k) => columns.npp[k]).filter((v) => v !== ""));
    const otherEmployer = hasNpp && npps.size > 1;
    groups.push(exactGroup(otherEmployer ? "DUPLICATE_NIK_OTHER_EMPLOYER" : "DUPLICATE_NIK", members, otherEmployer ? ["nik"] : hasNpp ? ["nik", "npp"] : ["nik"], columns));
  }

  // Stage 2: one KPJ number on rows with different NIKs.
  for (const members of groupBy(n, (k) => columns.kpj[k]).values()) {
    if (members.length < 2) continue;
    const niks = new Set(members.map((k) => columns.nik[k] ?? `row${k}`));
    if (niks.size > 1) groups.push(exactGroup("DUPLICATE_KPJ", members, ["kpj"], columns));
  }

  // Stage 3: possible duplicates — candidate pairs from the blocking rules, compared and scored.
  for (const group of possibleDuplicates(columns, hasNpp)) groups.push(group);
  return groups;
}

/** Blocks of rows above this size are not compared pairwise (the other rules still reach their pairs). */
const MAX_BLOCK_PAIRWISE = 64;

/** Each row's normalised name, computed once per distinct text. */
function normalisedNames(columns: LedgerColumns): NormalisedName[] {
  const memo = new Map<string, NormalisedName>();
  const out: NormalisedName[] = new Array(columns.count);
  for (let k = 0; k < columns.count; k++) {
    const text = columns.name[k];
    let n = memo.get(text);
    if (!n) memo.set(text, (n = normaliseName(text)));
    out[k] = n;
  }
  return out;
}

/** Candidate pairs: every pair of rows sharing a block of any rule, each pair once. */
function candidatePairs(columns: LedgerColumns, names: readonly NormalisedName[], hasNpp: boolean): number[] {
  const n = columns.count;
  const seen = new Set<number>();
  /** Flat: a0, b0, a1, b1, … */
  const pairs: number[] = [];
  const add = (x: number, y: number) => {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const key = a * n + b;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push(a, b);
  };
  /** `only`: a pair is wanted only when one of its rows passes (the other rules cover the rest). */
  const addBlock = (members: readonly number[], only?: (k: number) => boolean) => {
    if (members.length > MAX_BLOCK_PAIRWISE && !only) return;
    if (!only) {
      for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) add(members[i], members[j]);
      return;
    }
    const wanted = members.filter(only);
    if (wanted.length === 0 || wanted.length > MAX_BLOCK_PAIRWISE) return;
    for (const w of wanted) for (const m of members) if (m !== w) add(w, m);
  };
  // Keys are numbers (a million string keys would cost more than the comparisons they save).
  const rule = (keysOf: (k: number, emit: (key: number) => void) => void, only?: (k: number) => boolean) => {
    const blocks = new Map<number, number[]>();
    for (let k = 0; k < n; k++) {
      if (names[k].tokens.length === 0) continue;
      keysOf(k, (key) => {
        const list = blocks.get(key);
        if (list === undefined) blocks.set(key, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      });
    }
    for (const members of blocks.values()) if (members.length > 1) addBlock(members, only);
  };
  const nameIndex = indexOfEach(names.map((x) => x.key), n);
  const nppIndex = indexOfEach(columns.npp, n);
  const birthKnown = (k: number) => columns.birth[k] !== NO_DAY;
  // Birth day + the initial of any name word: initials, typos after the first letter and word order all share one.
  rule((k, emit) => {
    if (!birthKnown(k)) return;
    for (const t of names[k].tokens) emit(columns.birth[k] * 64 + (t.charCodeAt(0) & 63));
  });
  // The NIK's region and birth date: a typo in the serial, or a birth-date column typed wrong.
  rule((k, emit) => {
    const nik = columns.nik[k];
    if (nik) emit(Number(nik.slice(0, 12)));
  });
  // The name + birth year: the day or month typed wrong.
  rule((k, emit) => {
    if (birthKnown(k)) emit(nameIndex[k] * 4096 + (ymdOf(columns.birth[k]).year & 4095));
  });
  // The NPP + the name, for rows with no usable birth date (pairs of dated rows are the rules above).
  if (hasNpp) rule((k, emit) => void (columns.npp[k] && emit(nppIndex[k] * 2 ** 24 + nameIndex[k])), (k) => !birthKnown(k));
  return pairs;
}

/** Each distinct text's index in order of first appearance, per row. */
function indexOfEach(texts: readonly string[], count: number): Int32Array {
  const seen = new Map<string, number>();
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    let index = seen.get(texts[k]);
    if (index === undefined) seen.set(texts[k], (index = seen.size));
    out[k] = index;
  }
  return out;
}

/** The levels of every field for two rows. */
export function compareRows(columns: LedgerColumns, names: readonly NormalisedName[], a: number, b: number): PairLevels {
  return { ...fieldLevels(columns, a, b), name: nameLevel(names, a, b) };
}

function nameLevel(names: readonly NormalisedName[], a: number, b: number): PairLevels["name"] {
  return names[a].key !== "" && names[a].key === names[b].key ? exactNameLevel(names[a].tokens) : compareNames(names[a].tokens, names[b].tokens);
}

function fieldLevels(columns: LedgerColumns, a: number, b: number): Omit<PairLevels, "name"> {
  const ymd = (k: number) => {
    if (columns.birth[k] === NO_DAY) return null;
    const { year, month, day } = ymdOf(columns.birth[k]);
    return { y: year, m: month, d: day };
  };
  return {
    birthDate: columns.birth[a] === columns.birth[b] && columns.birth[a] !== NO_DAY ? "equal" : compareBirthDates(ymd(a), ymd(b)),
    nik: compareNiks(columns.nik[a], columns.nik[b]),
    gender: compareSame(columns.gender[a], columns.gender[b]),
    kpj: compareSame(columns.kpj[a], columns.kpj[b]),
    npp: compareSame(columns.npp[a] || null, columns.npp[b] || null),
  };
}

function possibleDuplicates(columns: LedgerColumns, hasNpp: boolean): DuplicateGroup[] {
  const names = normalisedNames(columns);
  const parent = new Int32Array(columns.count).map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]];
    return k;
  };
  const linked: MatchedPair[] = [];
  const candidates = candidatePairs(columns, names, hasNpp);
  for (let i = 0; i < candidates.length; i += 2) {
    const a = candidates[i];
    const b = candidates[i + 1];
    // Rows sharing a NIK are already an exact group; a possible duplicate has different or missing NIKs.
    if (columns.nik[a] !== null && columns.nik[a] === columns.nik[b]) continue;
    // The other fields first: a pair that another gender rules out, or that could not reach the
    // threshold even with the best name, is never compared by name (the costly part).
    const fields = fieldLevels(columns, a, b);
    if (fields.gender === "different" && fields.nik !== "equal") continue;
    if (fieldsScore(fields) + BEST_NAME_WEIGHT < MATCH_THRESHOLD) continue;
    const levels: PairLevels = { ...fields, name: nameLevel(names, a, b) };
    if (guardOf(levels, columns.nik[a], columns.nik[b]) !== null) continue;
    const score = pairScore(levels);
    if (score < MATCH_THRESHOLD) continue;
    linked.push({ a, b, score, levels });
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const clusters = new Map<number, { rows: number[]; pairs: MatchedPair[] }>();
  for (const pair of linked) {
    const root = find(pair.a);
    let c = clusters.get(root);
    if (!c) clusters.set(root, (c = { rows: [], pairs: [] }));
    c.pairs.push(pair);
  }
  const groups: DuplicateGroup[] = [];
  for (const c of clusters.values()) {
    const rows = [...new Set(c.pairs.flatMap((p) => [p.a, p.b]))].sort((x, y) => x - y);
    const { keep, reason } = chooseKeep(rows, columns);
    const npps = new Set(rows.map((k) => columns.npp[k]).filter((v) => v !== ""));
    const weakest = c.pairs.reduce((m, p) => (p.score < m.score ? p : m));
    groups.push({
      code: hasNpp && npps.size > 1 ? "POSSIBLE_DUPLICATE_OTHER_EMPLOYER" : "POSSIBLE_DUPLICATE",
      members: rows,
      keep,
      score: weakest.score,
      agreed: agreedFields(weakest.levels),
      keepReason: reason,
      pairs: c.pairs,
    });
  }
  return groups;
}

function receiptDuplicates(columns: LedgerColumns): DuplicateGroup[] {
  const groups: DuplicateGroup[] = [];
  // Rows whose date or count is unreadable are already errors; comparing them says nothing more.
  const key = (k: number) => (columns.npp[k] === "" || columns.date[k] === NO_DAY || columns.kpjCount[k] === 0 ? null : `${columns.date[k]}|${columns.npp[k]}|${columns.kpjCount[k]}`);
  for (const members of groupBy(columns.count, key).values()) {
    if (members.length > 1) groups.push(exactGroup("DUPLICATE_ROW", members, ["date", "npp", "kpjCount"], columns));
  }
  return groups;
}

export function findDuplicates(columns: LedgerColumns, shape: "participants" | "receipts", hasNpp: boolean): DuplicateGroup[] {
  const groups = shape === "participants" ? participantDuplicates(columns, hasNpp) : receiptDuplicates(columns);
  return groups.sort((a, b) => a.members[0] - b.members[0] || a.code.localeCompare(b.code));
}
