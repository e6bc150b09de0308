// Duplicate participants and receipt rows (SPEC §4), as a pipeline of small stages whose output can be
// inspected: exact keys (NIK, KPJ, receipt row) → blocks of rows sharing birth date and NPP → pairwise
// name comparison inside each block, scored and explained field by field → groups → the row to keep.
//
// Blocking keeps the cost near linear: names are compared only between rows born the same day under
// the same NPP, never all pairs of a million rows.
import type { Code, Lang } from "../messages";
import { normaliseName, tokenWeight, type NormalisedName } from "../names";
import { NO_DAY, type LedgerColumns } from "./ledger";

export interface DuplicateGroup {
  readonly code: Extract<Code, "DUPLICATE_NIK" | "DUPLICATE_NIK_OTHER_EMPLOYER" | "DUPLICATE_KPJ" | "DUPLICATE_ROW" | "POSSIBLE_DUPLICATE">;
  /** Row indices into the ledger's columns, ascending. */
  readonly members: number[];
  /** The member to keep. */
  readonly keep: number;
  /** 1 for exact matches; the name score for possible duplicates. */
  readonly score: number;
  /** The fields that agreed. */
  readonly agreed: readonly string[];
  readonly keepReason: KeepReason;
}

export type KeepReason = "latest" | "complete" | "first";

const KEEP_REASONS: Record<KeepReason, Record<Lang, string>> = {
  latest: { id: "tanggal masuk atau entri paling baru", en: "most recent start or entry date" },
  complete: { id: "data paling lengkap", en: "most complete row" },
  first: { id: "baris pertama", en: "first row" },
};

/** Possible duplicates need a name score of at least this (weighted token overlap, 0–1). */
export const POSSIBLE_DUPLICATE_MIN_SCORE = 0.8;
/** A block larger than this is compared on exact name keys only, to bound the cost. */
const MAX_BLOCK_PAIRWISE = 64;

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

/** Weighted overlap of two token lists: shared weight over the larger side's weight (0–1). */
export function nameScore(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const weigh = (tokens: readonly string[]) => tokens.reduce((sum, t) => sum + tokenWeight(t), 0);
  const rest = [...b];
  let shared = 0;
  for (const t of a) {
    const at = rest.indexOf(t);
    if (at >= 0) {
      shared += tokenWeight(t);
      rest.splice(at, 1);
    }
  }
  return shared / Math.max(weigh(a), weigh(b));
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

  // Stage 3: blocks of rows born the same day (under the same NPP), compared by name. The key is a
  // number (NPP's index × day span + birth day): a million string keys would cost more than the rest.
  const nppIndex = hasNpp ? indexOfEach(columns.npp, n) : new Int32Array(n);
  const blockKey = (k: number) => {
    const birth = columns.birth[k];
    if (birth === NO_DAY || Math.abs(birth) >= DAY_SPAN / 2 || columns.name[k] === "") return null;
    return nppIndex[k] * DAY_SPAN + (birth + DAY_SPAN / 2);
  };
  const blocks = groupBy(n, blockKey);
  for (const block of blocks.values()) {
    for (const members of possibleDuplicatesIn(block, columns)) {
      const { keep, reason } = chooseKeep(members.rows, columns);
      groups.push({ code: "POSSIBLE_DUPLICATE", members: members.rows, keep, score: members.score, agreed: hasNpp ? ["name", "birthDate", "npp"] : ["name", "birthDate"], keepReason: reason });
    }
  }
  return groups;
}

/** Birth days in blocking keys lie within ±DAY_SPAN/2 of 1970 (about ±1,400 years). */
const DAY_SPAN = 1 << 20;

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

/** Clusters a block by name score (single link). */
function possibleDuplicatesIn(block: number[], columns: LedgerColumns): { rows: number[]; score: number }[] {
  // Names are normalised here, for the few rows that share a block, not for every row of the ledger.
  const names = new Map<number, NormalisedName>(block.map((k) => [k, normaliseName(columns.name[k])]));
  const keyOf = (k: number) => names.get(k)!.key;
  const parent = new Map<number, number>(block.map((k) => [k, k]));
  const find = (k: number): number => {
    while (parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  const best = new Map<number, number>();
  const link = (a: number, b: number, score: number) => {
    const ra = find(a);
    const rb = find(b);
    const root = Math.min(ra, rb);
    parent.set(ra, root);
    parent.set(rb, root);
    best.set(root, Math.min(best.get(ra) ?? 1, best.get(rb) ?? 1, score));
  };
  // Rows sharing a NIK are already an exact group; a possible duplicate has different or missing NIKs.
  const eligible = (a: number, b: number) => columns.nik[a] === null || columns.nik[a] !== columns.nik[b];
  if (block.length > MAX_BLOCK_PAIRWISE) {
    for (const members of groupBy(block.length, (i) => keyOf(block[i])).values()) {
      for (let i = 1; i < members.length; i++) if (eligible(block[members[0]], block[members[i]])) link(block[members[0]], block[members[i]], 1);
    }
  } else {
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const a = block[i];
        const b = block[j];
        if (!eligible(a, b)) continue;
        const score = keyOf(a) === keyOf(b) ? 1 : nameScore(names.get(a)!.tokens, names.get(b)!.tokens);
        if (score >= POSSIBLE_DUPLICATE_MIN_SCORE) link(a, b, score);
      }
    }
  }
  const clusters = new Map<number, number[]>();
  for (const k of block) {
    const root = find(k);
    if (root === k && !best.has(k)) continue;
    const list = clusters.get(root);
    if (list) list.push(k);
    else clusters.set(root, [k]);
  }
  return [...clusters.entries()].filter(([, rows]) => rows.length > 1).map(([root, rows]) => ({ rows: rows.sort((x, y) => x - y), score: Math.round((best.get(root) ?? 1) * 100) / 100 }));
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
