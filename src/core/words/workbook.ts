// What the add-in writes into the workbook besides the tables: the log sheet's lines, the archive
// sheets' headers, the note below a findings list too long for a sheet, and the ribbon's notices.
import type { Words } from "./fill";

export const LOG_HEADER: readonly Words[] = [
  { id: "Waktu", en: "Time" },
  { id: "Tindakan", en: "Action" },
  { id: "Lembar", en: "Sheet" },
  { id: "Keterangan", en: "Details" },
];

export const LOG_ACTIONS = {
  audit: { id: "Periksa ledger", en: "Audit ledger" },
  archive: { id: "Arsipkan baris ganda", en: "Archive duplicate rows" },
  restore: { id: "Kembalikan dari arsip", en: "Restore from archive" },
  recap: { id: "Rekap bulanan", en: "Monthly recap" },
  reconcile: { id: "Rekonsiliasi daftar karyawan", en: "Roster reconciliation" },
  fix: { id: "Perbaikan aman", en: "Safe fixes" },
  entry: { id: "Entri peserta", en: "Participant entry" },
  importCsv: { id: "Impor CSV", en: "CSV import" },
} as const satisfies Record<string, Words>;

/** The "Keterangan" of each log line. */
export const LOG_DETAILS = {
  audit: {
    id: "{rows} baris; {errors} galat, {warnings} peringatan, {duplicates} kelompok ganda, {deactivation} perlu nonaktif/tinjau",
    en: "{rows} rows; {errors} errors, {warnings} warnings, {duplicates} duplicate groups, {deactivation} to deactivate/review",
  },
  reconcile: { id: "daftar karyawan {roster}: {items} butir di {sheet}", en: "roster {roster}: {items} items on {sheet}" },
  recap: { id: "{sheet}: {companies} perusahaan", en: "{sheet}: {companies} companies" },
  archive: { id: "{n} baris dipindahkan ke {archive}", en: "{n} rows moved to {archive}" },
  archivePartial: { id: "{n} dari {total} baris dipindahkan ke {archive}; sisanya tetap di ledger", en: "{n} of {total} rows moved to {archive}; the rest stay in the ledger" },
  restore: { id: "{n} baris dikembalikan dari {archive}", en: "{n} rows restored from {archive}" },
  fix: { id: "{n} sel diperbaiki; isi asal di {archive}", en: "{n} cells fixed; originals in {archive}" },
  undoFix: { id: "{n} sel dikembalikan dari {archive}", en: "{n} cells put back from {archive}" },
  entry: { id: "baris {row} ditambahkan", en: "row {row} added" },
  importCsv: { id: "{rows} baris dari {file}", en: "{rows} rows from {file}" },
} as const satisfies Record<string, Words>;

/** The bookkeeping columns of the duplicates archive, before the archived cells. */
export const ARCHIVE_HEADER: readonly Words[] = [
  { id: "Kelompok arsip", en: "Archive batch" },
  { id: "Lembar", en: "Sheet" },
  { id: "Baris asal", en: "Original row" },
  { id: "Kolom awal", en: "First column" },
  { id: "Lebar", en: "Width" },
  { id: "Alasan", en: "Reason" },
];

/** The columns of the safe fixes' archive. */
export const FIX_ARCHIVE_HEADER: readonly Words[] = [
  { id: "Kelompok perbaikan", en: "Fix batch" },
  { id: "Lembar", en: "Sheet" },
  { id: "Baris", en: "Row" },
  { id: "Kolom", en: "Column" },
  { id: "Isi asal", en: "Original content" },
  { id: "Format asal", en: "Original format" },
  { id: "Isi baru", en: "New content" },
  { id: "Jenis", en: "Kind" },
  { id: "Rumus", en: "Formula" },
];

export const FINDINGS_SHEET_WORDS = {
  more: { id: "… {n} temuan lagi tidak muat di lembar ini; lihat kolom status.", en: "… {n} more findings do not fit on this sheet; see the status column." },
} as const satisfies Record<string, Words>;

/** The ribbon's Monthly recap, told in the task pane while it runs and when it is done. */
export const RECAP_NOTICES = {
  working: { id: "Menyusun rekap {month}…", en: "Making the {month} recap…" },
  reading: { id: "Menyusun rekap {month}: membaca {done} dari {total} baris…", en: "Making the {month} recap: read {done} of {total} rows…" },
  done: {
    id: "Rekap selesai: lembar \"{sheet}\", {companies} perusahaan. Bulan lain: pilih di panel, bagian Rekap bulanan.",
    en: "Recap done: sheet \"{sheet}\", {companies} companies. Another month: choose it in the pane, under Monthly recap.",
  },
  failed: { id: "Rekap tidak dibuat. {reason}", en: "No recap made. {reason}" },
  unexpected: { id: "Terjadi kesalahan tak terduga; coba lagi.", en: "Something unexpected went wrong; try again." },
} as const satisfies Record<string, Words>;
