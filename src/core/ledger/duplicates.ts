// Duplicate participants and receipt rows (SPEC §4), as a pipeline of small stages whose output can be
// inspected: exact keys (NIK, KPJ, receipt row) → candidate pairs from several blocking rules, unioned
// → each pair compared field by field (src/core/matching/compare.ts: levels, weights, guards) → pairs
// over the threshold linked into groups → the row to keep.
//
// Blocking keeps the cost near linear: only rows that share a block are compared, never all pairs of a
// million rows; a block larger than MAX_BLOCK_PAIRWISE is left to the other rules. The rules, so that
// one typo never hides a pair: birth day + a name initial; the NIK's first 12 digits (region and birth
// date as the NIK encodes them); the name key + birth year; the NPP + the name key.
import { ymdNumber } from "../dates";
import { agreedFields, BEST_NAME_WEIGHT, compareBirthDates, compareNikNumbers, compareNiks, compareSame, guardOf, LOWEST_OTHER_FIELDS, MATCH_THRESHOLD, nikNumbers, pairScore, scoreOfFields, WEIGHTS, type NikLevel, type PairLevels } from "../matching/compare";
import { compareNames, NameTable } from "../matching/name-table";
import { fieldLabels, message } from "../messages";
import { KEEP_REASONS, type Code, type Lang } from "../words";
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

/** Why a row is the one to keep: the latest, the most complete, or the first (words: KEEP_REASONS). */
export type KeepReason = keyof typeof KEEP_REASONS;

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

/**
 * The NPPs a group's worker is still registered under besides the kept row's: for a transfer, the
 * previous employers. The report, the status cells and the deactivation list all name these.
 */
export function previousNpps(group: DuplicateGroup, columns: LedgerColumns): string {
  const keepNpp = columns.npp[group.keep];
  return [...new Set(group.members.filter((k) => k !== group.keep && columns.npp[k] !== keepNpp).map((k) => columns.npp[k]))].join(", ");
}

/** Why a group is a duplicate, in words: its code's message with the group's figures. */
export function duplicateWhat(group: DuplicateGroup, columns: LedgerColumns, lang: Lang): string {
  return message({ code: group.code, params: { score: group.score, npp: previousNpps(group, columns), agreed: fieldLabels(group.agreed, lang) } }, lang);
}

function exactGroup(code: DuplicateGroup["code"], members: number[], agreed: readonly string[], columns: LedgerColumns): DuplicateGroup {
  const { keep, reason } = chooseKeep(members, columns);
  return { code, members, keep, score: 1, agreed, keepReason: reason };
}

function participantDuplicates(columns: LedgerColumns, hasNpp: boolean): DuplicateGroup[] {
  const groups: DuplicateGroup[] = [];
  const keys = identifierKeys(columns);

  // Stage 1: the same NIK. Under different NPPs it is the transfer case. Two cells holding the same
  // number where a NIK should be (NIK_AS_NUMBER) are one NIK typed twice, lost digit and all.
  for (const members of [...rowsSharingKey(keys.nik), ...rowsSharingKey(columns.nikNumber)]) {
    const npps = new Set(members.map((k) => columns.npp[k]).filter((v) => v !== ""));
    const otherEmployer = hasNpp && npps.size > 1;
    groups.push(exactGroup(otherEmployer ? "DUPLICATE_NIK_OTHER_EMPLOYER" : "DUPLICATE_NIK", members, otherEmployer ? ["nik"] : hasNpp ? ["nik", "npp"] : ["nik"], columns));
  }

  // Stage 2: one KPJ number on rows with different NIKs.
  for (const members of rowsSharingKey(keys.kpj)) {
    const niks = new Set(members.map((k) => columns.nik[k] ?? `row${k}`));
    if (niks.size > 1) groups.push(exactGroup("DUPLICATE_KPJ", members, ["kpj"], columns));
  }

  // Stage 3: possible duplicates — candidate pairs from the blocking rules, compared and scored.
  for (const group of possibleDuplicates(columns, hasNpp, keys)) groups.push(group);
  return groups;
}

/**
 * Each row's NIK, KPJ and NPP as a number: equal numbers, equal identifiers; NaN for a blank (never
 * equal to anything). A million identifiers are numbers without a map of strings: a NIK as its two
 * exact halves joined (nikNumbers), a text of up to 13 digits as its value and length (leading zeros
 * count), anything else numbered by a map (negative).
 */
interface IdentifierKeys {
  readonly nik: Float64Array;
  /** nikNumbers of each NIK; high −1: none. */
  readonly nikHigh: Float64Array;
  readonly nikLow: Int32Array;
  readonly kpj: Float64Array;
  readonly npp: Float64Array;
}

function identifierKeys(columns: LedgerColumns): IdentifierKeys {
  const count = columns.count;
  const nik = new Float64Array(count).fill(NaN);
  const nikHigh = new Float64Array(count).fill(-1);
  const nikLow = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const text = columns.nik[k];
    if (text === null) continue;
    const { high, low } = nikNumbers(text);
    nikHigh[k] = high;
    nikLow[k] = low;
    // Below 2^53 for every 16 digits: (high − 1.1e11) is within ±9e11, times 10^4.
    nik[k] = (high - 110_000_000_000) * 10_000 + low;
  }
  return { nik, nikHigh, nikLow, kpj: digitKeys(columns.kpj), npp: digitKeys(columns.npp) };
}

function digitKeys(texts: readonly (string | null)[]): Float64Array {
  const out = new Float64Array(texts.length).fill(NaN);
  const others = new Map<string, number>();
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k];
    if (!text) continue;
    const value = digitsValue(text);
    if (value >= 0) out[k] = value * 16 + text.length;
    else {
      let id = others.get(text);
      if (id === undefined) others.set(text, (id = -1 - others.size));
      out[k] = id;
    }
  }
  return out;
}

/** The value of a text of 1 to 13 digits; −1 for any other text. */
function digitsValue(text: string): number {
  if (text.length > 13) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * The rows of each key held by two rows or more, ascending, in order of their first row. The keys are
 * sorted natively to find the shared ones; only their rows are gathered.
 */
function rowsSharingKey(keys: Float64Array): number[][] {
  const sorted = keys.slice().sort(); // NaN (blank) last
  const shared: number[] = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1] && shared[shared.length - 1] !== sorted[i]) shared.push(sorted[i]);
  if (shared.length === 0) return [];
  const lists = new Map<number, number[]>();
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (!(key >= shared[0] && key <= shared[shared.length - 1]) || !sortedHas(shared, key)) continue;
    const list = lists.get(key);
    if (list) list.push(k);
    else lists.set(key, [k]);
  }
  return [...lists.values()];
}

/** Whether ascending `values` holds `value` (binary search). */
function sortedHas(values: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] === value) return true;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Blocks of rows above this size are not compared pairwise (the other rules still reach their pairs). */
const MAX_BLOCK_PAIRWISE = 64;

/** Each row's normalised name, computed once per distinct text, and its number in `table`. */
function normalisedNames(columns: LedgerColumns, table: NameTable): { names: NormalisedName[]; nameId: Int32Array } {
  const memo = new Map<string, number>();
  const names: NormalisedName[] = [];
  const nameId = new Int32Array(columns.count);
  for (let k = 0; k < columns.count; k++) {
    const text = columns.name[k];
    let n = memo.get(text);
    if (n === undefined) {
      const name = normaliseName(text);
      n = table.add(name);
      names[n] = name;
      memo.set(text, n);
    }
    nameId[k] = n;
  }
  return { names, nameId };
}

/**
 * What matching reads of each row, as numbers in typed arrays where it can: the pair loop visits rows
 * in no order, and numbers side by side cost far less to reach than each row's strings and objects.
 * Identifiers are identifierKeys (NaN: blank), so equal numbers are equal texts.
 */
interface MatchRows {
  readonly count: number;
  readonly table: NameTable;
  /** Normalised names by name number. */
  readonly names: readonly NormalisedName[];
  readonly nameId: Int32Array;
  /** The number of each row's name key (the same words in any order). */
  readonly nameKey: Int32Array;
  readonly birthDay: Int32Array;
  /** yyyymmdd, 0: unknown. */
  readonly birthYmd: Int32Array;
  readonly nik: readonly (string | null)[];
  readonly keys: IdentifierKeys;
  readonly gender: Int32Array;
  readonly hasNpp: boolean;
  readonly hasGender: boolean;
}

function matchRows(columns: LedgerColumns, hasNpp: boolean, keys: IdentifierKeys): MatchRows {
  const table = new NameTable();
  const { names, nameId } = normalisedNames(columns, table);
  const count = columns.count;
  const nameKey = new Int32Array(count);
  for (let k = 0; k < count; k++) nameKey[k] = table.keyId(nameId[k]);
  const gender = new Int32Array(count);
  for (let k = 0; k < count; k++) gender[k] = columns.gender[k] === "L" ? 1 : columns.gender[k] === "P" ? 2 : 0;
  return {
    count,
    table,
    names,
    nameId,
    nameKey,
    birthDay: columns.birth,
    birthYmd: birthNumbers(columns),
    nik: columns.nik,
    keys,
    gender,
    hasNpp,
    hasGender: gender.some((g) => g !== 0),
  };
}

/**
 * Candidate pairs: every pair of rows sharing a block of any rule, handed to `compare` as each block is
 * found (a block's rows are then compared while their data is in the cache, and no list of millions
 * of pairs is kept). A pair two rules both find is compared twice (a few percent of pairs; cheaper
 * than a set of a million pairs); links are made once.
 *
 * Where the ledger has a gender column, the birth-day and name rules block by gender too: a pair of
 * two genders is never linked (the NIK that could overrule the guard is the same, an exact group).
 * A row of unknown gender joins the blocks of both.
 */
function candidatePairs(rows: MatchRows, compare: (a: number, b: number) => void): void {
  const { count, table, nameId, nameKey, birthDay, birthYmd, gender } = rows;
  const { nikHigh, npp } = rows.keys;
  const named = (k: number) => table.size(nameId[k]) > 0;
  const birthKnown = (k: number) => birthYmd[k] !== 0;
  const each = (members: number[]) => pairsOfBlock(members, compare);
  const entries = new BlockEntries(count);
  /** Adds `key` once per gender the row may have (its own; both if unknown; one if the ledger has none). */
  const byGender = (k: number, key: number) => {
    if (!rows.hasGender) entries.add(key, k);
    else if (gender[k] !== 0) entries.add(key * 4 + gender[k], k);
    else for (let g = 1; g <= 2; g++) entries.add(key * 4 + g, k);
  };
  // Birth day + the initial of any name word: initials, typos after the first letter and word order all share one.
  for (let k = 0; k < count; k++) {
    if (!named(k) || !birthKnown(k)) continue;
    for (let letters = table.initials(nameId[k]); letters !== 0; letters &= letters - 1) byGender(k, birthDay[k] * 64 + 31 - Math.clz32(letters & -letters));
  }
  entries.forEachBlock(each);
  // The NIK's region and birth date: a typo in the serial, or a birth-date column typed wrong.
  for (let k = 0; k < count; k++) if (nikHigh[k] >= 0 && named(k)) entries.add(nikHigh[k], k);
  entries.forEachBlock(each);
  // The name + birth year + the month, or + the day, or + the two as a pair: the day typed wrong, the
  // month typed wrong, or the two swapped (a birth date one digit off in the same year keeps its month
  // or its day). Narrower than the name + year, whose blocks of namesakes are large.
  for (let k = 0; k < count; k++) {
    if (!named(k) || !birthKnown(k)) continue;
    const ymd = birthYmd[k];
    const month = Math.floor(ymd / 100) % 100;
    const day = ymd % 100;
    const base = (nameKey[k] * 10_000 + Math.floor(ymd / 10_000)) * 2048;
    byGender(k, base + month);
    byGender(k, base + 20 + day);
    if (day <= 12 && day !== month) byGender(k, base + 100 + Math.min(day, month) * 32 + Math.max(day, month));
  }
  entries.forEachBlock(each);
  // The NPP + the name, for rows with no usable birth date (pairs of dated rows are the rules above).
  if (rows.hasNpp) {
    for (let k = 0; k < count; k++) if (named(k) && !Number.isNaN(npp[k])) entries.add(npp[k] * ROW_SPACE + nameKey[k], k);
    entries.forEachBlock((members) => {
      const undated = members.filter((k) => !birthKnown(k));
      if (undated.length === 0 || undated.length > MAX_BLOCK_PAIRWISE) return;
      for (const u of undated) for (const m of members) if (m !== u && (birthKnown(m) || u < m)) compare(u, m);
    });
  }
}

/** Every pair of a block's rows, unless the block is too large to compare pairwise. */
function pairsOfBlock(members: readonly number[], compare: (a: number, b: number) => void): void {
  if (members.length > MAX_BLOCK_PAIRWISE) return;
  for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) compare(members[i], members[j]);
}

/** Blocking keys are folded below 2^32 (a collision only adds a comparison, never hides a pair). */
const KEY_SPACE = 4_294_967_291; // the largest prime below 2^32
/** Rows are below 2^21, so key × ROW_SPACE + row (a key made of a key and a row) stays exact. */
const ROW_SPACE = 2 ** 21;

/**
 * The (key, row) entries of one blocking rule. Keys are numbers (a million string keys would cost more
 * than the comparisons they save), in typed arrays: no map, and no array per key. A rule adds its
 * entries row by row in ascending order, so a stable sort by key alone leaves each key's rows
 * ascending; the sort is a radix sort of the 32-bit keys in two passes of 16 bits (a native sort of
 * three million numbers takes half a second here).
 */
class BlockEntries {
  private keys: Uint32Array;
  private rows: Int32Array;
  private spareKeys: Uint32Array;
  private spareRows: Int32Array;
  private size = 0;
  private readonly counts = new Uint32Array(65536);

  constructor(rows: number) {
    const capacity = Math.max(16, rows * 2);
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.spareKeys = new Uint32Array(capacity);
    this.spareRows = new Int32Array(capacity);
  }

  add(key: number, row: number): void {
    if (this.size === this.keys.length) this.grow();
    this.keys[this.size] = key >= 0 && key < KEY_SPACE ? key : ((key % KEY_SPACE) + KEY_SPACE) % KEY_SPACE;
    this.rows[this.size++] = row;
  }

  private grow(): void {
    const capacity = this.keys.length * 2;
    const keys = new Uint32Array(capacity);
    const rows = new Int32Array(capacity);
    keys.set(this.keys);
    rows.set(this.rows);
    this.keys = keys;
    this.rows = rows;
    this.spareKeys = new Uint32Array(capacity);
    this.spareRows = new Int32Array(capacity);
  }

  /** Stable counting sort of the entries by 16 bits of their key (`shift` 0: low, 16: high), into the spares; then swaps. */
  private sortBy(shift: number): void {
    const { keys, rows, spareKeys, spareRows, counts, size } = this;
    counts.fill(0);
    for (let e = 0; e < size; e++) counts[(keys[e] >>> shift) & 0xffff]++;
    for (let d = 0, at = 0; d < 65536; d++) {
      const c = counts[d];
      counts[d] = at;
      at += c;
    }
    for (let e = 0; e < size; e++) {
      const to = counts[(keys[e] >>> shift) & 0xffff]++;
      spareKeys[to] = keys[e];
      spareRows[to] = rows[e];
    }
    this.keys = spareKeys;
    this.rows = spareRows;
    this.spareKeys = keys;
    this.spareRows = rows;
  }

  /** Each key's rows, ascending and each once, for keys held by two rows or more; then empties. */
  forEachBlock(visit: (members: number[]) => void): void {
    this.sortBy(0);
    this.sortBy(16);
    const { keys, rows, size } = this;
    const members: number[] = [];
    for (let e = 0; e < size; ) {
      const key = keys[e];
      let end = e + 1;
      while (end < size && keys[end] === key) end++;
      if (end - e > 1) {
        members.length = 0;
        // A row that emits one key twice (the same key for both genders' blocks) counts once.
        for (let i = e; i < end; i++) if (members[members.length - 1] !== rows[i]) members.push(rows[i]);
        if (members.length > 1) visit(members);
      }
      e = end;
    }
    this.size = 0;
  }
}

/** Each row's birth day as yyyymmdd, 0 when unknown. */
function birthNumbers(columns: LedgerColumns): Int32Array {
  const out = new Int32Array(columns.count);
  for (let k = 0; k < columns.count; k++) if (columns.birth[k] !== NO_DAY) out[k] = ymdNumber(columns.birth[k]);
  return out;
}

/** The level of every field for two rows (the name's even when it does not agree), for showing a pair. */
export function compareRows(columns: LedgerColumns, a: number, b: number): PairLevels {
  const birth = (k: number) => (columns.birth[k] === NO_DAY ? 0 : ymdNumber(columns.birth[k]));
  return {
    name: compareNames(normaliseName(columns.name[a]).tokens, normaliseName(columns.name[b]).tokens),
    birthDate: compareBirthDates(birth(a), birth(b)),
    nik: compareNiks(columns.nik[a], columns.nik[b]),
    gender: compareSame(columns.gender[a], columns.gender[b]),
    kpj: compareSame(columns.kpj[a], columns.kpj[b]),
    npp: compareSame(columns.npp[a], columns.npp[b]),
  };
}

function possibleDuplicates(columns: LedgerColumns, hasNpp: boolean, keys: IdentifierKeys): DuplicateGroup[] {
  const rows = matchRows(columns, hasNpp, keys);
  const parent = new Int32Array(columns.count).map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]];
    return k;
  };
  const linked: MatchedPair[] = [];
  const linkedKeys = new Set<number>();
  candidatePairs(rows, (x, y) => {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    // Rows sharing a NIK are already an exact group; a possible duplicate has different or missing NIKs.
    if (keys.nik[a] === keys.nik[b] || columns.nikNumber[a] === columns.nikNumber[b]) return; // NaN, a blank, is never equal
    // Another gender rules the pair out (the NIKs differ here).
    const gender = compareSame(rows.gender[a], rows.gender[b]);
    if (gender === "different") return;
    // A pair that could not reach the threshold even with the best name is never compared by name
    // (the costly part). When the birth date and gender alone make sure it can (the same birth day),
    // the other fields wait until the names agree: most pairs of a block of one birth day do not.
    const birthDate = compareBirthDates(rows.birthYmd[a], rows.birthYmd[b]);
    const sure = WEIGHTS.birthDate[birthDate] + WEIGHTS.gender[gender] + LOWEST_OTHER_FIELDS + BEST_NAME_WEIGHT >= MATCH_THRESHOLD;
    let nik: NikLevel | null = null;
    if (!sure) {
      nik = compareNikNumbers(keys.nikHigh[a], keys.nikLow[a], keys.nikHigh[b], keys.nikLow[b]);
      if (scoreOfFields(birthDate, nik, gender, compareSame(keys.kpj[a], keys.kpj[b]), compareSame(keys.npp[a], keys.npp[b])) + BEST_NAME_WEIGHT < MATCH_THRESHOLD) return;
    }
    // Names that do not agree block the link whatever the rest (guardOf): their level is not needed.
    const name = rows.table.level(rows.nameId[a], rows.nameId[b], false);
    if (name === null) return;
    nik ??= compareNikNumbers(keys.nikHigh[a], keys.nikLow[a], keys.nikHigh[b], keys.nikLow[b]);
    const kpj = compareSame(keys.kpj[a], keys.kpj[b]);
    const npp = compareSame(keys.npp[a], keys.npp[b]);
    const levels: PairLevels = { name, birthDate, nik, gender, kpj, npp };
    if (guardOf(levels, rows.nik[a], rows.nik[b]) !== null) return;
    const score = pairScore(levels);
    if (score < MATCH_THRESHOLD) return;
    const key = a * columns.count + b;
    if (linkedKeys.has(key)) return;
    linkedKeys.add(key);
    linked.push({ a, b, score, levels });
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  });
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
