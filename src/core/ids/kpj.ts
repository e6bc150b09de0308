/**
 * KPJ (Kartu Peserta Jamsostek), the participant number of BPJS Ketenagakerjaan, printed on the
 * membership card and used as the reference number of a worker's account. Eleven digits, kept as
 * text. No check digit is published. (SPEC §3.)
 *
 *   "19012345678" → valid;  "1901234567" → KPJ_FORMAT;  the number 1901234567 → KPJ_AS_NUMBER
 */
import type { IdResult } from "./id-result";
import { inspectFixedDigits, isValidFixedDigits, type FixedDigitsRule } from "./fixed-digits";

export const KPJ_RULE: FixedDigitsRule = { label: "KPJ", length: 11, formatCode: "KPJ_FORMAT", asNumberCode: "KPJ_AS_NUMBER" };

export function inspectKpj(value: unknown): IdResult {
  return inspectFixedDigits(value, KPJ_RULE);
}

export function isValidKpj(value: unknown): boolean {
  return isValidFixedDigits(value, KPJ_RULE);
}
