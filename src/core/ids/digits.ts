// What every identifier module shares: turning what a person typed into bare digits.
//
// People and PDFs format numbers in groups ("3171 0157 0845 0001", "01.234.567.8-901.000"), and text
// pasted from the web brings no-break and zero-width spaces and typographic dashes. Those are accepted
// as formatting between digit groups; anything else makes the value not a number at all.

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x202f ||
    (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x3000
  );
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019;
}

/** Formatting allowed between digit groups: spaces, dots, hyphens and the dashes PDFs turn them into. */
function isSeparator(c: number): boolean {
  return isSpace(c) || c === 46 /* . */ || c === 45 /* - */ || (c >= 0x2010 && c <= 0x2015);
}

/**
 * The digits of `text` when it is digit groups separated by formatting, trimmed of surrounding space;
 * null when it holds anything else (letters, a leading minus, a trailing dot). "" stays "". A leading
 * apostrophe is dropped.
 */
export function compactDigits(text: string): string | null {
  const n = text.length;
  let i = 0;
  // Fast path: already bare digits, the common case in a clean ledger.
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (i === n) return text;

  let start = 0;
  let end = n;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  // A leading apostrophe kept by an export ('21001234) is Excel's mark for text, not part of the number.
  if (start < end && isApostrophe(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return "";
  if (!isDigit(text.charCodeAt(start)) || !isDigit(text.charCodeAt(end - 1))) return null;
  let out = "";
  let runStart = start;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) continue;
    if (!isSeparator(c)) return null;
    out += text.slice(runStart, k);
    runStart = k + 1;
  }
  return out + text.slice(runStart, end);
}

/** True for null, undefined and text that is empty or only spaces. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  for (let i = 0; i < value.length; i++) if (!isSpace(value.charCodeAt(i))) return false;
  return true;
}

/** Count of decimal digits of a non-negative safe integer (0 has one). */
export function digitCount(n: number): number {
  return n < 10 ? 1 : Math.floor(Math.log10(n)) + 1;
}

/** Excel keeps 15 significant digits; a number with more has already lost some. */
export const EXCEL_SIGNIFICANT_DIGITS = 15;

/** Whether every character of `s` is an ASCII digit. */
export function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}
