// Safe fixes: the changes to a ledger's cells that cannot lose or invent information, so a user can
// apply them in one click (previewed first, logged, and undoable from the fix archive).
// - An identifier stored as a number becomes text where no digit was lost: NPP (8), KPJ (11), JKN/KIS
//   (13) and NPWP (15) digits. A number in Excel keeps 15 significant digits and drops only leading
//   zeros, so when the number has no more digits than the identifier's length, the missing digits can
//   only be leading zeros — the length proves it. A NIK or KK (16 digits) stored as a number has lost
//   its 16th digit for good: never "fixed", the finding stays for a person to retype.
// - Text with spaces around it (or runs of spaces inside a name) is trimmed.
// - A date written as text with a four-digit year becomes a real date. Two-digit years are left alone:
//   the century would be a guess.
import { excelSerialOf, parseDate, type Day } from "../dates";
import { DATE_ROLES, ROLES, type Role } from "./columns";
import type { LedgerInput, LedgerLayout } from "./ledger";

export type FixKind = "numberToText" | "trim" | "dateText";

export interface CellFix {
  readonly kind: FixKind;
  /** Worksheet row (1-based) and column index within the ledger's values. */
  readonly row: number;
  readonly column: number;
  readonly role: Role;
  readonly before: unknown;
  readonly after: string | number;
  /** The number format the cell gets: "@" for text, a date format for dates. */
  readonly format: string;
}

/** Digits of the identifiers that may be restored from a number. */
const FIXED_LENGTH: Partial<Record<Role, number>> = { npp: 8, kpj: 11, jkn: 13, npwp: 15 };
const MAX_EXACT_DIGITS = 15;
const TEXT_FORMAT = "@";
export const FIX_DATE_FORMAT = "dd-mm-yyyy";
const NAME_ROLES = new Set<Role>(["name", "company", "ro", "exitReason"]);

function fixOf(role: Role, value: unknown): { kind: FixKind; after: string | number; format: string } | null {
  const length = FIXED_LENGTH[role];
  if (length !== undefined && typeof value === "number") {
    if (!Number.isInteger(value) || value < 0) return null;
    const digits = String(value);
    if (digits.length > Math.min(length, MAX_EXACT_DIGITS) || /e/i.test(digits)) return null;
    return { kind: "numberToText", after: digits.padStart(length, "0"), format: TEXT_FORMAT };
  }
  if (typeof value !== "string") return null;
  if (DATE_ROLES.has(role)) {
    const text = value.trim();
    if (!/\d{4}/.test(text)) return null;
    const day = parseDate(text);
    if (day === null) return null;
    return { kind: "dateText", after: excelSerialOf(day as Day), format: FIX_DATE_FORMAT };
  }
  const trimmed = NAME_ROLES.has(role) ? value.trim().replace(/\s{2,}/g, " ") : value.trim();
  if (trimmed === value || trimmed === "") return null;
  return { kind: "trim", after: trimmed, format: TEXT_FORMAT };
}

/** Every safe fix in the ledger's role columns, row by row. */
export function safeFixes(input: LedgerInput, layout: LedgerLayout): CellFix[] {
  const firstRow = input.firstRow ?? 1;
  const columns = ROLES.filter((r) => layout.roles[r] !== undefined).map((r) => [r, layout.roles[r]!] as const);
  const fixes: CellFix[] = [];
  for (let i = layout.headerIndex + 1; i < input.values.length; i++) {
    const row = input.values[i];
    for (const [role, c] of columns) {
      const value = row[c];
      if (value === null || value === undefined || value === "") continue;
      const fix = fixOf(role, value);
      if (fix) fixes.push({ ...fix, row: firstRow + i, column: c, role, before: value });
    }
  }
  return fixes;
}
