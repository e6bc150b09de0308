// Indonesian personal names, normalised so that the same person written by different hands compares
// equal (SPEC §4). Each step is a separate, tested rule:
//
//   "Drs. H. Moch. Soeharto, S.H." → tokens [muhammad, suharto] → key "muhammad suharto"
//
// 1. lower case; degrees after a comma and titles anywhere are dropped (H., Hj., Drs., S.Kom, …);
// 2. the Muhammad family (Muhamad, Mohammad, Mochammad, Moch., Moh., Muh., Mhd., M.) becomes "muhammad";
// 3. old (pre-1972 Ejaan Soewandi) spellings are folded: oe→u, dj→j, tj→c, nj→ny, sj→sy; in a word that
//    shows old spelling, the old j is the new y (Tjahjono → Cahyono); ch is h before a consonant or at
//    the end (Achmad → Ahmad, Ichsan → Ihsan, as kh is: Akhmad) and kh before a vowel (Chairul → Khairul);
// 4. variant letters HR data spells both ways: dh → d (Ramadhan, Ramadan), th → t (Fathur), doubled
//    letters once (Hassan, Hasan; Anna, Ana), final -ie → -i (Yuliantie);
// 5. the Abdul assimilations (Arabic "'abd al-", the article assimilating to a sun letter) become one
//    word: Abdur Rahman, Abdurrahman, Abdul Rahman, Abdurahman → abdulrahman;
// 6. punctuation and spacing are dropped and token order is ignored (the key sorts the tokens).
// Single names (mononyms) are normal in Indonesia and are kept as they are.

/** Titles and degrees dropped wherever they stand, written without dots (SPEC §4 and the common rest). */
const TITLES: ReadonlySet<string> = new Set([
  "h", "hj", "drs", "dra", "ir", "dr", "prof", "bpk", "bapak", "ibu", "alm", "almh", "sdr", "sdri",
  "skom", "se", "sh", "spd", "amd", "mm", "sag", "sip", "ssos", "sked", "ssi", "mpd", "msi", "mkom",
  "sikom", "skep", "sfarm", "ssit", "spdi", "shi", "sei",
  // Health, psychology, agriculture and management degrees HR data carries (Permendikbud 154/2014 on
  // academic titles; Ners and Apoteker are the professional titles of nurses and pharmacists).
  "apt", "ns", "spsi", "sp", "sm", "amdkep", "amdkeb", "amdfarm", "amdak", "amdtek", "skm", "sgz", "stp",
  "spt", "sikm", "sfil", "shum", "ssn", "sds", "sst", "mkes", "mkep", "mpsi", "mtr", "msc", "mba", "phd",
]);

/** Degrees that are only dropped after a comma, because as words they are also name abbreviations
 * ("St." is often Siti). */
const DEGREES_AFTER_COMMA: ReadonlySet<string> = new Set([...TITLES, "st", "mt", "mh", "ak", "sst", "mba", "sgz", "sap"]);

const MUHAMMAD: ReadonlySet<string> = new Set([
  "muhammad", "muhamad", "mohammad", "mohamad", "mochammad", "mochamad", "muchammad", "muchamad",
  "mohammed", "muhammed", "moch", "moh", "muh", "mhd", "mhmd", "mohd", "muhd", "m",
]);

// Ordered: "tj" must be folded before "nj" would see its "j"; "dj" before "j" is left alone.
// Ejaan Soewandi (1947–1972) wrote oe, dj, tj, nj, sj and j where EYD (1972) writes u, j, c, ny, sy and y.
const OLD_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/oe/g, "u"],
  [/dj/g, "J"],
  [/tj/g, "C"],
  [/nj/g, "ny"],
  [/sj/g, "sy"],
];
/** Marks of the old spelling: where a word has them, its plain j is the old j, the new y. */
const OLD_SPELLING_MARK = /oe|dj|tj|nj|sj/;

const VOWELS = "aeiou";

/** Tokens so common in Indonesian names that agreeing on them says little. */
export const COMMON_NAME_TOKENS: ReadonlySet<string> = new Set(["muhammad", "siti", "sri", "nur", "dewi", "agus"]);

export interface NormalisedName {
  /** Tokens in their original order, normalised. */
  readonly tokens: readonly string[];
  /** Tokens sorted and joined by one space: equal keys mean the same name. */
  readonly key: string;
  /** Tokens in order, joined without spaces ("nur hayati" → "nurhayati"). */
  readonly joined: string;
  /** Tokens sorted, joined without spaces. */
  readonly sortedJoined: string;
}

/** A normalised name of these tokens (order kept). */
export function nameOfTokens(tokens: readonly string[]): NormalisedName {
  const sorted = [...tokens].sort();
  return { tokens, key: sorted.join(" "), joined: tokens.join(""), sortedJoined: sorted.join("") };
}

function bare(token: string): string {
  return token.replace(/[^a-z0-9]/g, "");
}

// Name words repeat (a ledger of a million rows has a few thousand distinct words): each is folded once.
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 50_000;

function foldToken(token: string): string {
  const known = FOLDED.get(token);
  if (known !== undefined) return known;
  const folded = foldTokenOnce(token);
  if (FOLDED.size < FOLDED_MAX) FOLDED.set(token, folded);
  return folded;
}

function foldTokenOnce(token: string): string {
  if (MUHAMMAD.has(token)) return "muhammad";
  let t = token;
  const old = OLD_SPELLING_MARK.test(t);
  for (const [pattern, replacement] of OLD_SPELLINGS) t = t.replace(pattern, replacement);
  if (old) t = t.replace(/j/g, "y");
  t = t.replace(/J/g, "j").replace(/C/g, "c");
  // ch and kh: h before a consonant or at the end of the word, kh before a vowel.
  t = t.replace(/[ck]h(?=(.|$))/g, (match, next: string) => (next !== "" && VOWELS.includes(next) ? "kh" : "h"));
  t = t.replace(/dh/g, "d").replace(/th/g, "t");
  t = t.replace(/([a-z])\1+/g, "$1"); // letters only: "11" in "Peserta 11" stays
  t = t.replace(/ie$/, "i");
  // Abdur Rahman, Abdurrahman, Abdurahman, Abdussalam, Abdul Rahman: one form.
  // "abdu" + the sun letter that begins the next word: abdurahman → abdul + rahman.
  if (/^abdu[rsnztd]./.test(t)) t = `abdul${t.slice(4)}`;
  return t;
}

/** "abdul"/"abdur"/"abdus"… standing alone join the next word ("Abdul Rahman" → "abdulrahman"). */
function joinAbdul(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i + 1 < tokens.length && tokens[i].startsWith("abd") && /^abd(?:ul|u[rsnztd])$/.test(tokens[i])) {
      out.push(foldToken(`abdul${tokens[i + 1]}`));
      i++;
    } else out.push(tokens[i]);
  }
  return out;
}

// Apostrophes and diacritics belong inside a word ("Ma'ruf", "Nur'aini", "André"); other
// punctuation separates words.
function splitWords(part: string): string[] {
  return part
    .normalize("NFKD")
    .replace(/[\u0300-\u036f'’`]/g, "")
    .split(/[^a-z0-9.]+/)
    .filter((w) => w !== "");
}

const PLAIN = /^[a-z ]*$/;

export function normaliseName(value: unknown): NormalisedName {
  if (typeof value !== "string" || value.length > 1000) return nameOfTokens([]);
  const lower = value.toLowerCase();
  // Most names are letters and spaces: the same steps below, without the ones that change nothing.
  if (PLAIN.test(lower)) {
    const tokens: string[] = [];
    for (const word of lower.split(" ")) if (word !== "" && !TITLES.has(word)) tokens.push(foldToken(word));
    if (tokens.length > 0) return nameOfTokens(joinAbdul(tokens));
  }
  const [name, ...afterCommas] = lower.split(",");
  const words = splitWords(name);
  // After a comma only degrees are expected ("Budi, S.Kom., M.M."); anything else is kept as name.
  for (const part of afterCommas) {
    if (DEGREES_AFTER_COMMA.has(bare(part))) continue; // "S. Kom." as one degree
    for (const w of splitWords(part)) if (!DEGREES_AFTER_COMMA.has(bare(w))) words.push(w);
  }

  const tokens: string[] = [];
  for (const word of words) {
    if (TITLES.has(bare(word))) continue; // "S.E.", "A.Md" as one word
    // "M.Yusuf" and "Moh.Ali": a dot joins an abbreviation to the next word.
    for (const piece of word.split(".")) {
      const token = bare(piece);
      if (token !== "" && !TITLES.has(token)) tokens.push(foldToken(token));
    }
  }
  if (tokens.length === 0) {
    // A name that is nothing but title-like words ("Ir", "Ibu") is kept rather than erased.
    for (const word of words) for (const piece of word.split(".")) if (bare(piece)) tokens.push(foldToken(bare(piece)));
  }
  return nameOfTokens(joinAbdul(tokens));
}

/** How much agreeing on this token says about identity: common given names weigh a quarter. */
export function tokenWeight(token: string): number {
  return COMMON_NAME_TOKENS.has(token) ? 0.25 : 1;
}
