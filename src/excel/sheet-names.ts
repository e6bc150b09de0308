// The sheets the add-in owns. Fixed names, whatever the language, so every run finds the sheets of the
// runs before it (and users learn one name).
export const FINDINGS_SHEET = "Temuan Ledger BPJS";
export const LOG_SHEET = "Log Ledger BPJS";
export const ARCHIVE_SHEET = "Arsip Ledger BPJS";
export const WORKLIST_SHEET = "Daftar Kerja Ledger BPJS";
export const FIX_ARCHIVE_SHEET = "Arsip Perbaikan Ledger BPJS";
/** Recap sheets are `Rekap YYYY-MM` (src/core/recap/recap-table.ts). */
export const RECAP_SHEET_PREFIX = "Rekap ";

/** Sheets that hold the add-in's output, never a ledger to audit. */
export function isOwnSheet(name: string): boolean {
  return name === FINDINGS_SHEET || name === LOG_SHEET || name === ARCHIVE_SHEET || name === WORKLIST_SHEET || name === FIX_ARCHIVE_SHEET || /^Rekap \d{4}-\d{2}$/.test(name);
}
