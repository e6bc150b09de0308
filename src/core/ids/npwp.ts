/**
 * NPWP (Nomor Pokok Wajib Pajak), the taxpayer number. Two forms are in use (PMK 112/2022):
 *
 * - 15 digits, the old form `XX.XXX.XXX.X-XXX.XXX`: taxpayer type and number, a Luhn check digit
 *   over the first nine digits (the ninth is the check), then tax office and branch.
 * - 16 digits since 2024: a person's NIK, or `0` followed by the old 15 digits.
 *
 * Dots, dashes and spaces between groups are formatting. A numeric cell that dropped the leading zero
 * (14 digits) or holds 16 digits (past Excel's 15) has lost digits: NPWP_AS_NUMBER. (SPEC §3; the same
 * rules as python-stdnum's id.npwp.)
 *
 *   "01.300.066.6-091.000", "013000666091000", "0013000666091000" → valid
 *   "01.300.066.7-091.000" → NPWP_FORMAT (check digit)
 */
import { finding } from "../messages";
import { NPWP_REASONS } from "../words";
import { compactDigits, isBlank } from "./digits";
import { idProblem, idResult, readNumericCell, type IdResult } from "./id-result";
import { isValidNik } from "./nik";

const REASONS = NPWP_REASONS;

type Reason = keyof typeof REASONS;

/** Luhn over `digits`, the last of which is the check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let v = digits.charCodeAt(i) - 48;
    if (double) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

function npwpProblem(d: string): Reason | null {
  if (d.length === 15) return luhnValid(d.slice(0, 9)) ? null : "checkDigit";
  if (d.length === 16) {
    if (d.charCodeAt(0) === 48) return luhnValid(d.slice(1, 10)) ? null : "checkDigit";
    return isValidNik(d) ? null : "nik";
  }
  return "length";
}

export function inspectNpwp(value: unknown): IdResult {
  if (typeof value === "number") {
    const cell = readNumericCell(value, 15);
    if (cell.kind === "lost") return idProblem("NPWP_AS_NUMBER", { digits: cell.digits });
    if (cell.kind === "malformed") return idProblem("NPWP_FORMAT", { reason: REASONS.length });
    value = cell.digits;
  }
  if (isBlank(value)) return idResult(null, [finding("REQUIRED_MISSING", { field: "NPWP" })]);
  if (typeof value !== "string") return idProblem("NPWP_FORMAT", { reason: REASONS.length });
  const d = compactDigits(value);
  if (d === null) return idProblem("NPWP_FORMAT", { reason: REASONS.length });
  const problem = npwpProblem(d);
  return problem ? idResult(d.length === 15 || d.length === 16 ? d : null, [finding("NPWP_FORMAT", { reason: REASONS[problem] })]) : idResult(d, []);
}

export function isValidNpwp(value: unknown): boolean {
  return inspectNpwp(value).valid;
}

/** `01.300.066.6-091.000` for the 15-digit form; other values are returned unchanged. */
export function formatNpwp(value: string): string {
  const d = compactDigits(value);
  if (d === null || d.length !== 15) return value;
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d[8]}-${d.slice(9, 12)}.${d.slice(12)}`;
}
