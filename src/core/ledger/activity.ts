// Who is an active participant on a day: the one definition that totals, deactivation and the recap share.
import type { Day } from "../dates";
import { NO_DAY, type LedgerColumns } from "./ledger";

/** The membership is still open in the ledger: not marked inactive. */
export function isOpen(columns: LedgerColumns, k: number): boolean {
  return columns.status[k] !== "inactive";
}

/** Has left by `day`: an end date on or before it. */
export function hasLeft(columns: LedgerColumns, k: number, day: Day): boolean {
  return columns.end[k] !== NO_DAY && columns.end[k] <= day;
}

/**
 * Actively working and registered on `day`: open, not deceased, not left, and (when a start date is
 * known) already started.
 */
export function isActiveOn(columns: LedgerColumns, k: number, day: Day): boolean {
  if (!isOpen(columns, k) || columns.deceased[k] || hasLeft(columns, k, day)) return false;
  return columns.start[k] === NO_DAY || columns.start[k] <= day;
}
