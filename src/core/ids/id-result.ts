// The result every identifier module returns, and the handling of numeric cells they share.
import { finding, type Code, type Finding, type FindingParams } from "../messages";
import { digitCount, EXCEL_SIGNIFICANT_DIGITS } from "./digits";

export interface IdResult {
  /** The identifier's digits with formatting removed, when it is readable as digits; else null. */
  readonly value: string | null;
  /** True when no finding is an error. */
  readonly valid: boolean;
  readonly findings: readonly Finding[];
}

export function idResult(value: string | null, findings: readonly Finding[]): IdResult {
  return { value, valid: !findings.some((f) => f.severity === "error"), findings };
}

export function idProblem(code: Code, params?: FindingParams): IdResult {
  return idResult(null, [finding(code, params)]);
}

/**
 * What a numeric cell still says of an identifier of `length` digits. Identifiers are text: leading
 * zeros are part of the number, and a number has lost them. Digits are intact only when the number
 * is a whole number with exactly `length` digits, no more than Excel's 15 significant digits.
 */
export type NumericCell =
  | { readonly kind: "intact"; readonly digits: string }
  | { readonly kind: "lost"; readonly digits: number }
  | { readonly kind: "malformed" };

export function readNumericCell(n: number, length: number): NumericCell {
  if (!Number.isSafeInteger(n) || n < 0) return { kind: "malformed" };
  const count = digitCount(n);
  if (count > EXCEL_SIGNIFICANT_DIGITS || count < length) return { kind: "lost", digits: count };
  if (count > length) return { kind: "malformed" };
  return { kind: "intact", digits: String(n) };
}
