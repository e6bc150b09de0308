// Identifiers that are a fixed number of digits with no published inner structure or check digit:
// NPP, KPJ and the JKN/KIS card. Each module names its length and codes; the checking is here once.
import { finding, type Code } from "../messages";
import { compactDigits, isBlank } from "./digits";
import { idProblem, idResult, readNumericCell, type IdResult } from "./id-result";

export interface FixedDigitsRule {
  /** Short name used in the REQUIRED_MISSING message. */
  readonly label: string;
  readonly length: number;
  readonly formatCode: Code;
  readonly asNumberCode: Code;
}

export function inspectFixedDigits(value: unknown, rule: FixedDigitsRule): IdResult {
  if (typeof value === "number") {
    const cell = readNumericCell(value, rule.length);
    if (cell.kind === "intact") return idResult(cell.digits, []);
    if (cell.kind === "lost") return idProblem(rule.asNumberCode, { digits: cell.digits });
    return idProblem(rule.formatCode);
  }
  if (isBlank(value)) return idResult(null, [finding("REQUIRED_MISSING", { field: rule.label })]);
  if (typeof value !== "string") return idProblem(rule.formatCode);
  const digits = compactDigits(value);
  if (digits === null || digits.length !== rule.length) return idProblem(rule.formatCode);
  return idResult(digits, []);
}

/** The fast boolean form of `inspectFixedDigits`, for whole columns. */
export function isValidFixedDigits(value: unknown, rule: FixedDigitsRule): boolean {
  if (typeof value === "number") return readNumericCell(value, rule.length).kind === "intact";
  if (typeof value !== "string") return false;
  const digits = compactDigits(value);
  return digits !== null && digits.length === rule.length;
}
