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
 * Actively working and registered on `day`. Dates decide when the ledger has them (started on or
 * before `day`, end date after it), so the same rule answers for past months too; without an end
 * date, the status does (not marked inactive).
 */
export function isActiveOn(columns: LedgerColumns, k: number, day: Day): boolean {
  // The ledger gives no death date: a deceased participant is counted out of every month.
  if (columns.deceased[k]) return false;
  if (columns.start[k] !== NO_DAY && columns.start[k] > day) return false;
  if (columns.end[k] !== NO_DAY) return columns.end[k] > day;
  return isOpen(columns, k);
}
