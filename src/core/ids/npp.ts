/**
 * NPP (Nomor Pendaftaran Perusahaan), the number BPJS Ketenagakerjaan gives an employer when it
 * registers. Eight digits, kept as text: leading zeros belong to the number. No check digit is
 * published, so only the shape is checked. (SPEC §3; BPJS Ketenagakerjaan receipts.)
 *
 *   "12345678", "1234-5678" → valid;  "1234567" → NPP_FORMAT;  the number 1234567 → NPP_AS_NUMBER
 */
import type { IdResult } from "./id-result";
import { inspectFixedDigits, isValidFixedDigits, type FixedDigitsRule } from "./fixed-digits";

export const NPP_RULE: FixedDigitsRule = { label: "NPP", length: 8, formatCode: "NPP_FORMAT", asNumberCode: "NPP_AS_NUMBER" };

export function inspectNpp(value: unknown): IdResult {
  return inspectFixedDigits(value, NPP_RULE);
}

export function isValidNpp(value: unknown): boolean {
  return isValidFixedDigits(value, NPP_RULE);
}
