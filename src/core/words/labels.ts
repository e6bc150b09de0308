// Names and short words shown beside the data: column roles, severities, the status column's words,
// yes and no, months, and the locale numbers are written in.
import type { Severity } from "./codes";
import type { Lang, Words } from "./fill";

/** The name of each column role of SPEC §2, for people. */
export const ROLE_LABELS = {
  date: { id: "Tanggal", en: "Date" },
  npp: { id: "NPP", en: "NPP" },
  company: { id: "Nama perusahaan", en: "Company" },
  kpjCount: { id: "Jumlah KPJ", en: "KPJ count" },
  name: { id: "Nama peserta", en: "Participant name" },
  nik: { id: "NIK", en: "NIK" },
  kk: { id: "No KK", en: "Family card (KK)" },
  birthDate: { id: "Tanggal lahir", en: "Birth date" },
  gender: { id: "Jenis kelamin", en: "Gender" },
  kpj: { id: "No KPJ", en: "KPJ number" },
  jkn: { id: "No kartu JKN/KIS", en: "JKN/KIS card" },
  npwp: { id: "NPWP", en: "NPWP" },
  status: { id: "Status kepesertaan", en: "Membership status" },
  startDate: { id: "Tanggal masuk", en: "Start date" },
  endDate: { id: "Tanggal keluar", en: "End date" },
  exitReason: { id: "Keterangan keluar", en: "Exit reason" },
  ro: { id: "Pembina (RO)", en: "Relationship officer" },
  email: { id: "Email perusahaan", en: "Company e-mail" },
  entryDate: { id: "Tanggal entri", en: "Entry date" },
  postingDate: { id: "Tanggal posting iuran", en: "Contribution posting date" },
  arrears: { id: "Tunggakan", en: "Arrears" },
} as const satisfies Record<string, Words>;

/** Words of the user interface that are not findings, in both languages. */
export const LABELS = {
  ok: { id: "OK", en: "OK" },
  male: { id: "Laki-laki", en: "Male" },
  female: { id: "Perempuan", en: "Female" },
  nik: { id: "NIK", en: "NIK" },
  name: { id: "Nama", en: "Name" },
  npp: { id: "NPP", en: "NPP" },
} as const satisfies Record<string, Words>;

/** Severity in words, for tables and the terminal. */
export const SEVERITY_WORDS: Readonly<Record<Severity, Words>> = {
  error: { id: "galat", en: "error" },
  warning: { id: "peringatan", en: "warning" },
  info: { id: "info", en: "info" },
};

/**
 * The status column's words. A status begins with its severity's tag so that a sheet can colour rows
 * with three "begins with" conditional formats, and a user can filter on it, without the add-in
 * formatting cells one by one.
 */
export const STATUS_WORDS = {
  header: { id: "Status Ledger BPJS", en: "Ledger BPJS status" },
  ok: { id: "OK", en: "OK" },
  line: { id: "{tag} · {codes}: {message}", en: "{tag} · {codes}: {message}" },
  keepRow: { id: "{message} (simpan baris {row})", en: "{message} (keep row {row})" },
} as const satisfies Record<string, Words>;

export const STATUS_TAGS: Readonly<Record<Severity, Words>> = {
  error: { id: "GALAT", en: "ERROR" },
  warning: { id: "PERINGATAN", en: "WARNING" },
  info: { id: "INFO", en: "INFO" },
};

export const YES_NO = {
  yes: { id: "Ya", en: "Yes" },
  no: { id: "Tidak", en: "No" },
} as const satisfies Record<string, Words>;

/** The months, January first. */
export const MONTHS: readonly Words[] = [
  { id: "Januari", en: "January" },
  { id: "Februari", en: "February" },
  { id: "Maret", en: "March" },
  { id: "April", en: "April" },
  { id: "Mei", en: "May" },
  { id: "Juni", en: "June" },
  { id: "Juli", en: "July" },
  { id: "Agustus", en: "August" },
  { id: "September", en: "September" },
  { id: "Oktober", en: "October" },
  { id: "November", en: "November" },
  { id: "Desember", en: "December" },
];

/** "Oktober 2026" / "October 2026". */
export const MONTH_YEAR: Words = { id: "{month} {year}", en: "{month} {year}" };

/** The locale a language writes its numbers in: 4.263 in Indonesian, 4,263 in English. */
export const NUMBER_LOCALE: Readonly<Record<Lang, string>> = { id: "id-ID", en: "en-US" };
