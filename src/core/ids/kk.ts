/**
 * KK (Nomor Kartu Keluarga), the family card number. Sixteen digits: the six-digit district code of
 * the issuing office, the registration date DDMMYY (no +40: a card has no gender), and a four-digit
 * serial (Dukcapil). A family's KK number changes when the family changes (marriage, a move, a split),
 * so it is never used to identify a person. (SPEC §3.)
 *
 *   "3171012203150004" → valid (registered 22-03-2015 in 3171.01)
 *   "3171014203150004" → KK_FORMAT (day 42)
 *   the number 3171012203150004 → KK_AS_NUMBER (Excel keeps 15 significant digits)
 */
import { isRealDate } from "../dates";
import { finding } from "../messages";
import { KK_REASONS } from "../words";
import { isProvinceCode } from "../regions/regions";
import { compactDigits, isBlank } from "./digits";
import { idProblem, idResult, type IdResult } from "./id-result";

export const KK_LENGTH = 16;

const REASONS = KK_REASONS;

type Reason = keyof typeof REASONS;

function d2(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
}

/** The first structural problem of 16 digits, or null. */
function kkProblem(d: string): Reason | null {
  if (!isProvinceCode(d2(d, 0))) return "province";
  const day = d2(d, 6);
  const month = d2(d, 8);
  const yy = d2(d, 10);
  // The century is unknown; a date that exists in either one is accepted.
  if (!isRealDate(2000 + yy, month, day) && !isRealDate(1900 + yy, month, day)) return "date";
  if (d.endsWith("0000")) return "serial";
  return null;
}

export function inspectKk(value: unknown): IdResult {
  if (typeof value === "number") return idProblem("KK_AS_NUMBER");
  if (isBlank(value)) return idResult(null, [finding("REQUIRED_MISSING", { field: "KK" })]);
  if (typeof value !== "string") return idProblem("KK_FORMAT", { reason: REASONS.length });
  const d = compactDigits(value);
  if (d === null || d.length !== KK_LENGTH) return idProblem("KK_FORMAT", { reason: REASONS.length });
  const problem = kkProblem(d);
  return problem ? idResult(d, [finding("KK_FORMAT", { reason: REASONS[problem] })]) : idResult(d, []);
}

export function isValidKk(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const d = compactDigits(value);
  return d !== null && d.length === KK_LENGTH && kkProblem(d) === null;
}
