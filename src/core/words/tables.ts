// The headers and cell words of the tables a user reads in a sheet or a terminal: findings, totals,
// duplicates, deactivation (src/core/ledger/findings-table.ts), the roster worklist
// (src/core/roster/reconcile.ts) and the monthly recap (src/core/recap/recap-table.ts).
import type { Words } from "./fill";

export const FINDINGS_HEADER: readonly Words[] = [
  { id: "Baris", en: "Row" },
  { id: "Kolom", en: "Column" },
  { id: "Kode", en: "Code" },
  { id: "Tingkat", en: "Severity" },
  { id: "Pesan", en: "Message" },
];

export const TOTALS_HEADER = {
  npp: { id: "NPP", en: "NPP" },
  company: { id: "Nama Perusahaan", en: "Company" },
  ro: { id: "Pembina (RO)", en: "Relationship officer" },
  participants: { id: "Peserta", en: "Participants" },
  active: { id: "Aktif", en: "Active" },
  kpj: { id: "KPJ", en: "KPJ" },
  kpjReceipts: { id: "Kartu KPJ dicetak", en: "KPJ cards printed" },
} as const satisfies Record<string, Words>;

export const DUPLICATES_HEADER: readonly Words[] = [
  { id: "Kode", en: "Code" },
  { id: "Kelompok", en: "Cluster" },
  { id: "Baris", en: "Rows" },
  { id: "Simpan baris", en: "Keep row" },
  { id: "Skor", en: "Score" },
  { id: "Tindakan", en: "What to do" },
  { id: "Alasan", en: "Reason" },
];

export const DEACTIVATION_HEADER: readonly Words[] = [
  { id: "Baris", en: "Row" },
  { id: "Kode", en: "Code" },
  { id: "Tanggal keluar", en: "End date" },
  { id: "Lewat batas lapor", en: "Overdue" },
  { id: "Pesan", en: "Message" },
];

/** The roster worklist, with a "Selesai" column left empty for the admin to tick. */
export const WORKLIST_HEADER: readonly Words[] = [
  { id: "Kode", en: "Code" },
  { id: "Baris ledger", en: "Ledger row" },
  { id: "Baris daftar karyawan", en: "Roster row" },
  { id: "NIK", en: "NIK" },
  { id: "Nama", en: "Name" },
  { id: "NPP", en: "NPP" },
  { id: "Cocok lewat", en: "Matched by" },
  { id: "Tanggal keluar", en: "End date" },
  { id: "Hari sejak keluar", en: "Days since leaving" },
  { id: "Batas lapor BPJS TK", en: "BPJS TK deadline" },
  { id: "Batas lapor BPJS Kesehatan", en: "BPJS Kesehatan deadline" },
  { id: "Lewat batas", en: "Overdue" },
  { id: "Keterangan", en: "Details" },
  { id: "Selesai", en: "Done" },
];

export const WORKLIST_WORDS = {
  matchNik: { id: "NIK", en: "NIK" },
  matchKpj: { id: "KPJ", en: "KPJ" },
  matchNameBirth: { id: "nama + tgl lahir (lemah)", en: "name + birth date (weak)" },
  weakMatch: { id: "{message} (cocok lewat nama + tanggal lahir saja; periksa)", en: "{message} (matched by name + birth date only; check)" },
  deadlines: { id: "{message} Batas lapor BPJS Ketenagakerjaan {tk}, BPJS Kesehatan {kes}.", en: "{message} Report to BPJS Ketenagakerjaan by {tk}, BPJS Kesehatan by {kes}." },
} as const satisfies Record<string, Words>;

/** Each recap column's label and what it counts (shown in the README and the workbook too). */
export const RECAP_COLUMN_WORDS = {
  npp: { label: { id: "NPP", en: "NPP" }, explain: { id: "Nomor pendaftaran perusahaan.", en: "The employer's registration number." } },
  company: { label: { id: "Perusahaan", en: "Company" }, explain: { id: "Nama yang paling sering dipakai untuk NPP ini.", en: "The name most often written for this NPP." } },
  ro: { label: { id: "Pembina (RO)", en: "RO" }, explain: { id: "Relationship Officer, bila ada kolomnya.", en: "Relationship Officer, when the ledger has the column." } },
  active: { label: { id: "Aktif akhir bulan", en: "Active at month end" }, explain: { id: "Peserta yang sudah mulai dan belum keluar pada hari terakhir bulan.", en: "Participants started and not yet left on the month's last day." } },
  joined: { label: { id: "Masuk", en: "Joined" }, explain: { id: "Tanggal kepesertaan/masuk di bulan ini.", en: "Start date within the month." } },
  left: { label: { id: "Keluar", en: "Left" }, explain: { id: "Tanggal keluar di bulan ini.", en: "End date within the month." } },
  awaitingDeactivation: { label: { id: "Menunggu nonaktif", en: "Awaiting deactivation" }, explain: { id: "Sudah keluar atau meninggal pada akhir bulan tetapi status masih aktif.", en: "Left or deceased by month end but still marked active." } },
  overdue: { label: { id: "Lewat batas lapor", en: "Overdue" }, explain: { id: "Yang menunggu nonaktif dan sudah lewat 7 hari kerja sejak keluar (BPJS Ketenagakerjaan).", en: "Awaiting deactivation and past 7 working days since leaving (BPJS Ketenagakerjaan)." } },
  kpj: { label: { id: "Kartu KPJ", en: "KPJ cards" }, explain: { id: "Daftar peserta: nomor KPJ sah milik peserta aktif. Tanda terima: kartu yang dicetak di bulan ini.", en: "Participant ledger: valid KPJ numbers of active participants. Receipt ledger: cards printed in the month." } },
  invalidRows: { label: { id: "Baris bermasalah", en: "Invalid rows" }, explain: { id: "Baris dengan sedikitnya satu galat (NIK, NPP, tanggal, …).", en: "Rows with at least one error (NIK, NPP, date, …)." } },
  duplicateRows: { label: { id: "Baris ganda", en: "Duplicate rows" }, explain: { id: "Baris ganda selain baris yang disimpan.", en: "Duplicate rows other than the one to keep." } },
  deltaActive: { label: { id: "Perubahan aktif", en: "Change in active" }, explain: { id: "Aktif akhir bulan ini dikurangi aktif akhir bulan sebelumnya.", en: "Active at this month's end minus at the previous month's end." } },
} as const satisfies Record<string, { readonly label: Words; readonly explain: Words }>;

export const PRINT_QUEUE_HEADER: readonly Words[] = [
  { id: "NPP", en: "NPP" },
  { id: "Perusahaan", en: "Company" },
  { id: "Tenaga kerja baru", en: "New workers" },
  { id: "Siap cetak", en: "Ready to print" },
  { id: "Email (kartu digital)", en: "E-mail (digital cards)" },
];

export const RECAP_WORDS = {
  total: { id: "TOTAL", en: "TOTAL" },
  ready: { id: "Ya", en: "Yes" },
  notReady: { id: "Belum", en: "Not yet" },
  printed: { id: "cetak & kirim", en: "print & ship" },
  title: { id: "Rekap bulanan {month}", en: "Monthly recap {month}" },
  source: { id: "Sumber: lembar \"{sheet}\", {rows} baris; tanggal acuan {refDate}.", en: "Source: sheet \"{sheet}\", {rows} rows; reference date {refDate}." },
  printQueue: { id: "Antrean cetak kartu KPJ (tenaga kerja baru bulan ini)", en: "KPJ card print queue (new workers this month)" },
  noPrintQueue: { id: "Tidak ada tenaga kerja baru bulan ini.", en: "No new workers this month." },
  chart: { id: "Kartu KPJ per perusahaan", en: "KPJ cards per company" },
  others: { id: "Lainnya ({n} perusahaan)", en: "Others ({n} companies)" },
} as const satisfies Record<string, Words>;
