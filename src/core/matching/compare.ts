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
  return scoreOfFields(levels.birthDate, levels.nik, levels.gender, levels.kpj, levels.npp);
}

/** fieldsScore of the levels one by one, for the pair loop (no object per pair). */
export function scoreOfFields(birthDate: BirthLevel, nik: NikLevel, gender: SameLevel, kpj: SameLevel, npp: SameLevel): number {
  return WEIGHTS.birthDate[birthDate] + WEIGHTS.nik[nik] + WEIGHTS.gender[gender] + WEIGHTS.kpj[kpj] + WEIGHTS.npp[npp];
}

/** The fields that agreed, computed from the levels (never typed as literals). */
export function agreedFields(levels: PairLevels): (keyof PairLevels)[] {
  return (Object.keys(AGREEING) as (keyof PairLevels)[]).filter((f) => AGREEING[f].has(levels[f]));
}

/**
 * Why a pair must not be linked, whatever it scores: another gender (unless the NIK is the same), names
 * that do not agree, two
 * NIKs that differ in both region and birth date (two people, not a typo), two employers without a NIK
 * that agrees or one KPJ (a transfer keeps its NIK, or a typo of it), or nothing but a name.
 */
export function guardOf(levels: PairLevels, nikA: string | null, nikB: string | null): "gender" | "nik" | "name" | "nameOnly" | null {
  if (levels.gender === "different" && levels.nik !== "equal") return "gender";
  // Twins and siblings registered together have NIKs one serial apart: a NIK that differs by a digit
  // is a typo only when the names agree.
  if (!AGREEING.name.has(levels.name)) return "name";
  if (nikA && nikB && !sameSpan(nikA, nikB, 0, 6) && !sameSpan(nikA, nikB, 6, 12)) return "nik";
  // At two employers, only a NIK that agrees (or one KPJ) makes a transfer: a namesake born about the
  // same day at another company is common in large ledgers, and a false transfer sends the old
  // employer a deactivation to do.
  if (levels.npp === "different" && !AGREEING.nik.has(levels.nik) && levels.kpj !== "equal") return "nik";
  const support = AGREEING.birthDate.has(levels.birthDate) || AGREEING.nik.has(levels.nik) || levels.kpj === "equal";
  if (!support) return "nameOnly";
  return null;
}

// Reused by every call: a million comparisons allocate nothing.
const MATCHED_A = new Uint8Array(64);
const MATCHED_B = new Uint8Array(64);

/** Jaro-Winkler similarity of two words (0–1), prefix scale 0.1 over at most 4 letters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const matchedA = la <= MATCHED_A.length ? MATCHED_A.fill(0, 0, la) : new Uint8Array(la);
  const matchedB = lb <= MATCHED_B.length ? MATCHED_B.fill(0, 0, lb) : new Uint8Array(lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
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
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** The level of two names with the same words: fewer uncommon words say less. */
export function exactNameLevel(tokens: readonly string[]): NameLevel {
  let uncommon = 0;
  for (const t of tokens) if (tokenWeight(t) === 1) uncommon++;
  return uncommon === 0 ? "exactCommon" : tokens.length === 1 ? "exactSingle" : "exact";
}

/** The most a name can add to a pair's score: a pair below the threshold even with it is not compared. */
export const BEST_NAME_WEIGHT = Math.max(...Object.values(WEIGHTS.name));

/** The least the NIK, KPJ and NPP can add together (each at its worst level). */
export const LOWEST_OTHER_FIELDS = Math.min(...Object.values(WEIGHTS.nik)) + Math.min(...Object.values(WEIGHTS.kpj)) + Math.min(...Object.values(WEIGHTS.npp));

type DigitDifference = "equal" | "oneDigit" | "transposed" | "more";

/** How positions `first` < `second` (−1: none) that differ make two values differ. */
function differenceOf(first: number, second: number, swapped: boolean): DigitDifference {
  if (first < 0) return "equal";
  if (second < 0) return "oneDigit";
  return second === first + 1 && swapped ? "transposed" : "more";
}

/**
 * Two numbers of `lowDigits` digits (and, when given, their continuations of `highDigits` more
 * digits before them): how they differ, digits counted from the last.
 */
function numberDifference(aLow: number, bLow: number, lowDigits: number, aHigh = 0, bHigh = 0, highDigits = 0): DigitDifference {
  let first = -1;
  let second = -1;
  let digitsA = 0; // the two differing digits of each, for a swap
  let digitsB = 0;
  let x = aLow;
  let y = bLow;
  for (let i = 0; i < lowDigits + highDigits; i++) {
    if (i === lowDigits) {
      x = aHigh;
      y = bHigh;
    }
    if (x === y) {
      // The rest of this part is equal: go on to the next part, or stop.
      if (i >= lowDigits || aHigh === bHigh) break;
      i = lowDigits - 1;
      continue;
    }
    const dx = x % 10;
    const dy = y % 10;
    x = (x - dx) / 10;
    y = (y - dy) / 10;
    if (dx === dy) continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return "more";
    digitsA = digitsA * 10 + dx;
    digitsB = digitsB * 10 + dy;
  }
  const swapped = second >= 0 && Math.floor(digitsA / 10) === digitsB % 10 && digitsA % 10 === Math.floor(digitsB / 10);
  return differenceOf(first, second, swapped);
}

/** A NIK's first twelve digits (region and birth date) and its last four (serial), as exact numbers. */
export function nikNumbers(nik: string): { high: number; low: number } {
  let high = 0;
  for (let i = 0; i < 12; i++) high = high * 10 + (nik.charCodeAt(i) - 48);
  let low = 0;
  for (let i = 12; i < 16; i++) low = low * 10 + (nik.charCodeAt(i) - 48);
  return { high, low };
}

/** Whether two texts have the same characters from `from` to `to`. */
export function sameSpan(a: string, b: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Two NIKs (16 digits, or null): equal, one digit off, two neighbours swapped, same first 12. */
export function compareNiks(a: string | null, b: string | null): NikLevel {
  if (!a || !b) return "missing";
  const x = nikNumbers(a);
  const y = nikNumbers(b);
  return compareNikNumbers(x.high, x.low, y.high, y.low);
}

/** compareNiks on nikNumbers (high < 0: no NIK), for loops over many rows. */
export function compareNikNumbers(aHigh: number, aLow: number, bHigh: number, bLow: number): NikLevel {
  if (aHigh < 0 || bHigh < 0) return "missing";
  if (aHigh === bHigh && aLow === bLow) return "equal";
  const d = numberDifference(aLow, bLow, 4, aHigh, bHigh, 12);
  if (d !== "more") return d;
  return aHigh === bHigh ? "first12" : "different";
}

/** Birth days as yyyymmdd numbers (0: unknown): equal, day and month swapped, one digit off, same year. */
export function compareBirthDates(a: number, b: number): BirthLevel {
  if (a === 0 || b === 0) return "missing";
  if (a === b) return "equal";
  const year = (x: number) => Math.floor(x / 10_000);
  const month = (x: number) => Math.floor(x / 100) % 100;
  const day = (x: number) => x % 100;
  if (year(a) === year(b) && month(a) === day(b) && day(a) === month(b)) return "swapped";
  const d = numberDifference(a, b, 8);
  if (d === "oneDigit" || d === "transposed") return "oneDigit";
  return year(a) === year(b) ? "sameYear" : "different";
}

/** Two values of one field; a blank ("", null) or 0 (a blank's number) is missing. */
export function compareSame(a: string | number | null, b: string | number | null): SameLevel {
  if (!a || !b) return "missing";
  return a === b ? "equal" : "different";
}
