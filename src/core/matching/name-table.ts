// Names compared by the numbers of their words. A ledger of a million rows holds a few thousand
// distinct words; each gets a number once, and each distinct name becomes a run of word numbers in one
// flat array. Comparing two names then reads a few numbers and the (few, often used) word texts,
// rather than following each row's name object, its array and its strings through memory.
import { nameOfTokens, tokenWeight, type NormalisedName } from "../names";
import { exactNameLevel, jaroWinkler, type NameLevel } from "./compare";

/** Words this close are one word typed twice (a letter dropped, doubled or swapped). */
const SAME_WORD = 0.9;
/** A joined name this close to the other's is the same letters spaced differently, with a typo. */
const SAME_JOINED = 0.97;

const INITIAL = 1; // a single letter
const NUMERIC = 2; // holds a digit ("Peserta 12")

export class NameTable {
  private readonly idOfWord = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly wordWeight: number[] = [];
  private readonly wordFlags: number[] = [];
  /** Bit c: the word holds letter c (a = 0). */
  private readonly wordLetters: number[] = [];
  private readonly wordLength: number[] = [];
  /** Each word's first character: initials are compared without reaching the words' text. */
  private readonly wordFirst: number[] = [];
  /** Bit c: a word of the name begins with letter or digit c (a = 0, digits after z). */
  private readonly initialsOf: number[] = [];
  /** Numbers of the names' keys (sorted words): equal keys, equal numbers. */
  private readonly idOfKey = new Map<string, number>();
  /** Name n's words are wordsOfNames[start[n]] … wordsOfNames[start[n + 1] - 1]. */
  private readonly start: number[] = [0];
  private readonly wordsOfNames: number[] = [];
  private readonly keyOf: number[] = [];
  private readonly joined: string[] = [];
  private readonly joinedLetters: number[] = [];
  private readonly joinedLength: number[] = [];
  private readonly sortedJoined: string[] = [];
  /** Hashes of the joined forms, in order and sorted: different hashes, different texts. */
  private readonly joinedHash: number[] = [];
  private readonly sortedJoinedHash: number[] = [];
  private readonly exact: NameLevel[] = [];

  /** Adds a normalised name; returns its number. */
  add(name: NormalisedName): number {
    const id = this.keyOf.length;
    let initials = 0;
    for (const word of name.tokens) {
      this.wordsOfNames.push(this.wordId(word));
      initials |= 1 << initialBit(word);
    }
    this.initialsOf.push(initials);
    this.start.push(this.wordsOfNames.length);
    let key = this.idOfKey.get(name.key);
    if (key === undefined) this.idOfKey.set(name.key, (key = this.idOfKey.size));
    this.keyOf.push(key);
    this.joined.push(name.joined);
    this.joinedLetters.push(lettersOf(name.joined));
    this.joinedLength.push(name.joined.length);
    this.sortedJoined.push(name.sortedJoined);
    this.joinedHash.push(hashOf(name.joined));
    this.sortedJoinedHash.push(hashOf(name.sortedJoined));
    this.exact.push(name.tokens.length === 0 ? "missing" : exactNameLevel(name.tokens));
    return id;
  }

  /** The number of the name's key: names with the same words in any order share it. */
  keyId(n: number): number {
    return this.keyOf[n];
  }

  /** The first letters of the name's words, one bit each (a = bit 0; a digit is bit 26 + its value /2). */
  initials(n: number): number {
    return this.initialsOf[n];
  }

  /** How many words the name has. */
  size(n: number): number {
    return this.start[n + 1] - this.start[n];
  }

  private wordId(word: string): number {
    let id = this.idOfWord.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.idOfWord.set(word, id);
      this.words.push(word);
      this.wordWeight.push(tokenWeight(word));
      this.wordFlags.push((word.length === 1 && word >= "a" && word <= "z" ? INITIAL : 0) | (/\d/.test(word) ? NUMERIC : 0));
      this.wordLetters.push(lettersOf(word));
      this.wordLength.push(word.length);
      this.wordFirst.push(word.charCodeAt(0));
    }
    return id;
  }

  /**
   * Compares two names word by word, order ignored: initials match their word ("S." ~ "Sri"), joined
   * and split words match ("Nur Hayati" ~ "Nurhayati"), a dropped middle or last name leaves
   * "dropped", and agreeing only on very common words ("Siti", "Muhammad") says little. With
   * `full` false, null as soon as a word of the shorter name matches none of the other's (names
   * that do not agree block a link whatever their level: see guardOf), so the level is not computed.
   */
  level(x: number, y: number, full = true): NameLevel | null {
    const sx = this.size(x);
    const sy = this.size(y);
    if (sx === 0 || sy === 0) return full ? "missing" : null;
    if (this.keyOf[x] === this.keyOf[y]) return this.exact[x];
    const short = sx <= sy ? x : y;
    const long = sx <= sy ? y : x;
    const shortSize = Math.min(sx, sy);
    const longSize = Math.max(sx, sy);
    // Joined or split words: the same letters, spaced differently.
    const sameJoined = this.joinedHash[short] === this.joinedHash[long] && this.joined[short] === this.joined[long];
    const sameSorted = this.sortedJoinedHash[short] === this.sortedJoinedHash[long] && this.sortedJoined[short] === this.sortedJoined[long];
    if (sameJoined || sameSorted) return "fuzzy";
    // A word joined or split and typed slightly differently ("Nurhayati" ~ "Nur Hayaty"): only when the
    // word counts differ; otherwise each word is compared with its own.
    if (shortSize !== longSize && this.joinedLength[short] > 3 && this.joinedClose(short, long)) return "fuzzy";

    const longFrom = this.start[long];
    const longTo = Math.min(this.start[long + 1], longFrom + 31); // bit j of `used`: word j matched
    let used = 0;
    let matchedWeight = 0;
    let totalWeight = 0;
    let initials = 0;
    let fuzzy = 0;
    let uncommonMatched = 0;
    for (let i = this.start[short]; i < this.start[short + 1]; i++) {
      const t = this.wordsOfNames[i];
      const w = this.wordWeight[t];
      totalWeight += w;
      let best = -1;
      let bestSim = 0;
      let bestInitial = false;
      for (let j = longFrom; j < longTo; j++) {
        const bit = 1 << (j - longFrom);
        if (used & bit) continue;
        const u = this.wordsOfNames[j];
        if (t === u) {
          bestSim = 1;
          best = bit;
          bestInitial = false;
          break;
        }
        const initial = this.isInitialOf(t, u);
        const sim = initial ? INITIAL_SIMILARITY : this.similarity(t, u);
        if (sim > bestSim) {
          bestSim = sim;
          best = bit;
          bestInitial = initial;
        }
      }
      if (best >= 0 && bestSim >= SAME_WORD) {
        used |= best;
        matchedWeight += w;
        if (bestInitial) initials++;
        else if (bestSim < 1) fuzzy++;
        if (w === 1 && !bestInitial) uncommonMatched++;
      } else if (!full) return null;
    }
    if (matchedWeight === totalWeight && uncommonMatched > 0) {
      if (initials > 0) return "initials";
      if (shortSize < longSize) return "dropped";
      return fuzzy > 0 ? "fuzzy" : "exact";
    }
    if (!full) return null;
    return matchedWeight > 0 ? "partial" : "different";
  }

  /** Whether two names' joined forms are within SAME_JOINED (checked by bound first: most are far apart). */
  private joinedClose(x: number, y: number): boolean {
    if (jaroWinklerAtMost(this.joinedLength[x], this.joinedLength[y], this.joinedLetters[x], this.joinedLetters[y]) < SAME_JOINED) return false;
    return jaroWinkler(this.joined[x], this.joined[y]) >= SAME_JOINED;
  }

  /** Whether one word is the initial of the other ("s" and "sri"). */
  private isInitialOf(t: number, u: number): boolean {
    return ((this.wordFlags[t] | this.wordFlags[u]) & INITIAL) !== 0 && this.wordFirst[t] === this.wordFirst[u];
  }

  /**
   * Jaro-Winkler of two different words that are not initials (numbers must be equal), remembered for
   * each pair of words: a ledger's names are made of a few thousand words, compared millions of times.
   */
  private similarity(t: number, u: number): number {
    // The cheap bounds first, from small arrays that stay in the cache: most pairs of words fail them.
    const la = this.wordLength[t];
    const lb = this.wordLength[u];
    // Words of very different lengths are not one word typed twice (and cannot reach SAME_WORD).
    if (Math.abs(la - lb) > Math.max(2, Math.min(la, lb) / 3)) return 0;
    if ((this.wordFlags[t] | this.wordFlags[u]) & NUMERIC) return 0;
    if (jaroWinklerAtMost(la, lb, this.wordLetters[t], this.wordLetters[u]) < SAME_WORD) return 0;
    // Remembered in the order asked: greedy Jaro matching need not give (a, b) and (b, a) the same.
    let sim = this.similarities.get(t, u);
    if (sim < 0) this.similarities.set(t, u, (sim = jaroWinkler(this.words[t], this.words[u])));
    return sim;
  }

  private readonly similarities = new PairMemo();
}

/**
 * A number from 0 to 1 remembered for each pair of non-negative integers below 2^31: open addressing in
 * typed arrays, so that millions of lookups allocate nothing. It holds at most MAX entries and starts
 * again empty when full (it only saves work).
 */
class PairMemo {
  private static readonly MAX = 1 << 22;
  private keysA = new Int32Array(1 << 12).fill(-1);
  private keysB = new Int32Array(1 << 12);
  private values = new Float64Array(1 << 12);
  private size = 0;

  /** The value of (a, b), or −1. */
  get(a: number, b: number): number {
    const mask = this.keysA.length - 1;
    for (let i = pairHash(a, b) & mask; ; i = (i + 1) & mask) {
      const k = this.keysA[i];
      if (k === -1) return -1;
      if (k === a && this.keysB[i] === b) return this.values[i];
    }
  }

  set(a: number, b: number, value: number): void {
    if (this.size * 2 >= this.keysA.length) this.grow();
    const mask = this.keysA.length - 1;
    let i = pairHash(a, b) & mask;
    while (this.keysA[i] !== -1 && !(this.keysA[i] === a && this.keysB[i] === b)) i = (i + 1) & mask;
    if (this.keysA[i] === -1) this.size++;
    this.keysA[i] = a;
    this.keysB[i] = b;
    this.values[i] = value;
  }

  private grow(): void {
    const { keysA, keysB, values } = this;
    const capacity = keysA.length >= PairMemo.MAX ? keysA.length : keysA.length * 2;
    this.keysA = new Int32Array(capacity).fill(-1);
    this.keysB = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.size = 0;
    if (capacity === keysA.length) return; // full: start again
    for (let i = 0; i < keysA.length; i++) if (keysA[i] !== -1) this.set(keysA[i], keysB[i], values[i]);
  }
}

function pairHash(a: number, b: number): number {
  return Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
}

/** A word's first character as a bit number below 31: a–z are 0–25, digits 26–30. */
function initialBit(word: string): number {
  const c = word.charCodeAt(0);
  return c >= 97 ? c - 97 : 26 + Math.floor((c - 48) / 2);
}

/**
 * The most Jaro-Winkler can give two texts of these lengths and letter sets (bit c: holds letter c).
 * Each letter one text has and the other lacks is at least one unmatched character. With m matches
 * at most, Jaro is at most (m/|a| + m/|b| + 1) / 3, and the prefix of at most 4 letters closes 0.4
 * of the rest.
 */
function jaroWinklerAtMost(la: number, lb: number, lettersA: number, lettersB: number): number {
  const m = Math.min(la - bitCount(lettersA & ~lettersB), lb - bitCount(lettersB & ~lettersA));
  if (m <= 0) return 0;
  const jaroAtMost = (m / la + m / lb + 1) / 3;
  return jaroAtMost + 0.4 * (1 - jaroAtMost);
}

/** Bit c: the text holds letter c (a = 0; other characters fold onto the 32 bits). */
function lettersOf(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) letters |= 1 << ((text.charCodeAt(i) - 97) & 31);
  return letters;
}

/** FNV-1a of a text's UTF-16 units. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function bitCount(x: number): number {
  // The bits of a 32-bit number counted in parallel (Hacker's Delight 5-1): no loop per bit.
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** An initial matched to its word counts as this similar (over SAME_WORD, under a typed-out word). */
const INITIAL_SIMILARITY = 0.95;

/** The level of two names given as normalised words (see NameTable.level). */
export function compareNames(a: readonly string[], b: readonly string[]): NameLevel {
  const table = new NameTable();
  return table.level(table.add(nameOfTokens(a)), table.add(nameOfTokens(b)))!;
}
