// Comparing two participant rows field by field, in the spirit of Splink: each comparison returns a
// level, each level a weight, and the pair's score is their sum. Guards veto a link that strong
// evidence contradicts. Everything said about a pair (what agreed, its score, its message) is computed
// from these levels.
//
// Weights are log2 likelihood ratios, set by hand from how often each level occurs for the same person
// versus for two different people in HR data (the project's own benchmark, src/fixtures/same-person.ts,
// checks them): e.g. two different people share a birth day about once in 20,000 pairs, while a typed
// birth date has one wrong digit in a few percent of duplicate rows. Worked examples at the threshold 9:
// same two-word name and birth day 12; one-word name, birth day, same NPP and gender 10.5; twins (other
// given name, same birth day and NIK region+date) 8; the same name with a one-digit birth-date typo at
// another employer, no NIK: two words 10.5, one word 8.5.
import { tokenWeight } from "../names";

export type NameLevel = "exact" | "exactSingle" | "exactCommon" | "fuzzy" | "initials" | "dropped" | "partial" | "different" | "missing";
export type BirthLevel = "equal" | "swapped" | "oneDigit" | "sameYear" | "different" | "missing";
export type NikLevel = "equal" | "oneDigit" | "transposed" | "first12" | "different" | "missing";
export type SameLevel = "equal" | "different" | "missing";

export interface PairLevels {
  readonly name: NameLevel;
  readonly birthDate: BirthLevel;
  readonly nik: NikLevel;
  readonly gender: SameLevel;
  readonly kpj: SameLevel;
  readonly npp: SameLevel;
}

export const WEIGHTS = {
  // A one-word name (common in Indonesia) says less than two; a name of only very common words less still.
  name: { exact: 7, exactSingle: 5, exactCommon: 4, fuzzy: 4.5, initials: 4, dropped: 4, partial: 0.5, different: -6, missing: 0 },
  birthDate: { equal: 5, swapped: 3, oneDigit: 3, sameYear: 0, different: -5, missing: 0 },
  // Two unrelated NIKs say little against: a NIK mistyped beyond one digit, or typed from another
  // family member's card, is common in hand-kept ledgers; the guard below refuses the clear cases.
  nik: { equal: 10, oneDigit: 6, transposed: 6, first12: 1.5, different: -1, missing: 0 },
  gender: { equal: 0.5, different: -8, missing: 0 },
  // A worker registered twice gets a second KPJ number: a different KPJ is no evidence of two people.
  kpj: { equal: 6, different: 0, missing: 0 },
  npp: { equal: 0.5, different: 0, missing: 0 },
} as const satisfies { [F in keyof PairLevels]: Record<PairLevels[F], number> };

/** A pair scoring at least this is the same person (e.g. same name and birth date: 11). */
export const MATCH_THRESHOLD = 9;

/** The fields whose level counts as agreeing. */
const AGREEING: { [F in keyof PairLevels]: ReadonlySet<string> } = {
  name: new Set(["exact", "exactSingle", "exactCommon", "fuzzy", "initials", "dropped"]),
  birthDate: new Set(["equal", "swapped", "oneDigit"]),
  nik: new Set(["equal", "oneDigit", "transposed"]),
  gender: new Set(["equal"]),
  kpj: new Set(["equal"]),
  npp: new Set(["equal"]),
};

export function pairScore(levels: PairLevels): number {
  return fieldsScore(levels) + (WEIGHTS.name as Record<string, number>)[levels.name];
}

/** The score of every field but the name. */
export function fieldsScore(levels: Omit<PairLevels, "name">): number {
  return (WEIGHTS.birthDate as Record<string, number>)[levels.birthDate] + (WEIGHTS.nik as Record<string, number>)[levels.nik] + (WEIGHTS.gender as Record<string, number>)[levels.gender] + (WEIGHTS.kpj as Record<string, number>)[levels.kpj] + (WEIGHTS.npp as Record<string, number>)[levels.npp];
}

/** The fields that agreed, computed from the levels (never typed as literals). */
export function agreedFields(levels: PairLevels): (keyof PairLevels)[] {
  return (Object.keys(AGREEING) as (keyof PairLevels)[]).filter((f) => AGREEING[f].has(levels[f]));
}

/**
 * Why a pair must not be linked, whatever it scores: another gender (unless the NIK is the same), names
 * that do not agree, two
 * NIKs that differ in both region and birth date (two people, not a typo), two unrelated NIKs at two
 * employers (a transfer keeps its NIK, or a typo of it), or nothing but a name.
 */
export function guardOf(levels: PairLevels, nikA: string | null, nikB: string | null): "gender" | "nik" | "name" | "nameOnly" | null {
  if (levels.gender === "different" && levels.nik !== "equal") return "gender";
  // Twins and siblings registered together have NIKs one serial apart: a NIK that differs by a digit
  // is a typo only when the names agree.
  if (!AGREEING.name.has(levels.name)) return "name";
  if (nikA && nikB && nikA.slice(0, 6) !== nikB.slice(0, 6) && nikA.slice(6, 12) !== nikB.slice(6, 12)) return "nik";
  if (levels.nik === "different" && levels.npp === "different") return "nik";
  const support = AGREEING.birthDate.has(levels.birthDate) || AGREEING.nik.has(levels.nik) || levels.kpj === "equal";
  if (!support) return "nameOnly";
  return null;
}

/** Jaro-Winkler similarity of two words (0–1), prefix scale 0.1 over at most 4 letters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const isLetter = (t: string) => t >= "a" && t <= "z";
const hasDigit = (t: string) => /\d/.test(t);

/** Words this close are one word typed twice (a letter dropped, doubled or swapped). */
const SAME_WORD = 0.9;

/**
 * Compares two normalised names token by token, order ignored: initials match their word ("S." ~
 * "Sri"), joined and split words match ("Nur Hayati" ~ "Nurhayati"), a dropped middle or last name
 * leaves "dropped", and agreeing only on very common words ("Siti", "Muhammad") says little.
 */
export function compareNames(a: readonly string[], b: readonly string[]): NameLevel {
  if (a.length === 0 || b.length === 0) return "missing";
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === long.length && [...short].sort().join(" ") === [...long].sort().join(" ")) return exactNameLevel(short);
  // Joined or split words: the same letters, spaced differently.
  if (short.join("") === long.join("") || short.slice().sort().join("") === long.slice().sort().join("")) return "fuzzy";
  // A word joined or split and typed slightly differently ("Nurhayati" ~ "Nur Hayaty"): only when the
  // word counts differ; otherwise each word is compared with its own.
  const joinedShort = short.join("");
  const joinedLong = long.join("");
  if (short.length !== long.length && joinedShort.length > 3 && jaroWinkler(joinedShort, joinedLong) >= 0.97) return "fuzzy";

  const used = new Uint8Array(long.length);
  let matchedWeight = 0;
  let totalWeight = 0;
  let initials = 0;
  let fuzzy = 0;
  let uncommonMatched = 0;
  for (const t of short) {
    const w = tokenWeight(t);
    totalWeight += w;
    let best = -1;
    let bestSim = 0;
    let bestInitial = false;
    for (let j = 0; j < long.length; j++) {
      if (used[j]) continue;
      const u = long[j];
      // An initial is a letter; numbers in a name ("Peserta 12") must be equal.
      if (t === u) {
        bestSim = 1;
        best = j;
        bestInitial = false;
        break;
      }
      const initial = (t.length === 1 && isLetter(t) && u.startsWith(t)) || (u.length === 1 && isLetter(u) && t.startsWith(u));
      // Words of very different lengths are not one word typed twice (and cannot reach SAME_WORD).
      const far = !initial && Math.abs(t.length - u.length) > Math.max(2, Math.min(t.length, u.length) / 3);
      const numeric = !initial && !far && (hasDigit(t) || hasDigit(u));
      const sim = initial ? 0.95 : far ? 0 : numeric ? 0 : jaroWinkler(t, u);
      if (sim > bestSim) {
        bestSim = sim;
        best = j;
        bestInitial = initial;
      }
    }
    if (best >= 0 && bestSim >= SAME_WORD) {
      used[best] = 1;
      matchedWeight += w;
      if (bestInitial) initials++;
      else if (bestSim < 1) fuzzy++;
      if (w === 1 && !bestInitial) uncommonMatched++;
    }
  }
  if (matchedWeight === totalWeight && uncommonMatched > 0) {
    if (initials > 0) return "initials";
    if (short.length < long.length) return "dropped";
    return fuzzy > 0 ? "fuzzy" : "exact";
  }
  return matchedWeight > 0 ? "partial" : "different";
}

/** The level of two names with the same words: fewer uncommon words say less. */
export function exactNameLevel(tokens: readonly string[]): NameLevel {
  const uncommon = tokens.filter((t) => tokenWeight(t) === 1).length;
  return uncommon === 0 ? "exactCommon" : tokens.length === 1 ? "exactSingle" : "exact";
}

/** The most a name can add to a pair's score: a pair below the threshold even with it is not compared. */
export const BEST_NAME_WEIGHT = Math.max(...Object.values(WEIGHTS.name));

/** Two texts of digits of one length: how they differ (equal, one digit, two neighbours swapped). */
function digitDifference(a: string, b: string): "equal" | "oneDigit" | "transposed" | "more" {
  if (a === b) return "equal";
  if (a.length !== b.length) return "more";
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return "oneDigit";
  if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) return "transposed";
  return "more";
}

export function compareNiks(a: string | null, b: string | null): NikLevel {
  if (!a || !b) return "missing";
  const d = digitDifference(a, b);
  if (d !== "more") return d;
  return a.slice(0, 12) === b.slice(0, 12) ? "first12" : "different";
}

/** Birth days as (year, month, day): equal, day and month swapped, one digit off, same year. */
export function compareBirthDates(a: { y: number; m: number; d: number } | null, b: { y: number; m: number; d: number } | null): BirthLevel {
  if (!a || !b) return "missing";
  if (a.y === b.y && a.m === b.m && a.d === b.d) return "equal";
  if (a.y === b.y && a.m === b.d && a.d === b.m) return "swapped";
  const text = (x: { y: number; m: number; d: number }) => `${x.y}${String(x.m).padStart(2, "0")}${String(x.d).padStart(2, "0")}`;
  const d = digitDifference(text(a), text(b));
  if (d === "oneDigit" || d === "transposed") return "oneDigit";
  return a.y === b.y ? "sameYear" : "different";
}

export function compareSame(a: string | null, b: string | null): SameLevel {
  if (!a || !b) return "missing";
  return a === b ? "equal" : "different";
}
