/**
 * JKN/KIS card number (Nomor Kartu Jaminan Kesehatan Nasional / Kartu Indonesia Sehat), the
 * participant number of BPJS Kesehatan. Thirteen digits, kept as text: most begin with zeros
 * ("0001234567890"), which a numeric cell drops. (SPEC §3.)
 *
 *   "0001234567890" → valid;  the number 1234567890 → JKN_AS_NUMBER;  "000123456789" → JKN_FORMAT
 */
import type { IdResult } from "./id-result";
import { inspectFixedDigits, isValidFixedDigits, type FixedDigitsRule } from "./fixed-digits";

export const JKN_RULE: FixedDigitsRule = { label: "JKN", length: 13, formatCode: "JKN_FORMAT", asNumberCode: "JKN_AS_NUMBER" };

export function inspectJkn(value: unknown): IdResult {
  return inspectFixedDigits(value, JKN_RULE);
}

export function isValidJkn(value: unknown): boolean {
  return isValidFixedDigits(value, JKN_RULE);
}
