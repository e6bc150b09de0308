// Finding a ledger in a sheet: which row is the header and what each column holds (SPEC §2).
//
// Headers are compared after dropping case, spaces, punctuation and any bracketed hint
// ("Tanggal Lahir (DD-MM-YYYY)" is "tanggallahir"), in Indonesian and English. Only whole headers are
// matched: a prefix rule would read "Nama Ibu Kandung" as the participant's name or "Status Perkawinan"
// as the membership status. A header we do not know leaves its column untouched, and the user can
// assign roles by hand.

export const ROLES = [
  "date", "npp", "company", "kpjCount", "name", "nik", "kk", "birthDate", "gender", "kpj", "jkn", "npwp",
  "status", "startDate", "endDate", "exitReason", "ro", "email", "entryDate", "postingDate", "arrears",
] as const;

export type Role = (typeof ROLES)[number];

/** Roles whose cells are dates. */
export const DATE_ROLES: ReadonlySet<Role> = new Set(["date", "birthDate", "startDate", "endDate", "entryDate", "postingDate"]);

const SYNONYMS: Readonly<Record<Role, readonly string[]>> = {
  date: ["Tanggal", "Tgl", "Tanggal Input", "Tgl Input", "Tanggal Cetak", "Tgl Cetak", "Tanggal Terima", "Date"],
  npp: ["NPP", "No NPP", "No. NPP", "Nomor NPP", "Nomor Pendaftaran Perusahaan", "No Pendaftaran Perusahaan"],
  company: ["Nama Perusahaan", "Perusahaan", "Badan Usaha", "Nama Badan Usaha", "Pemberi Kerja", "Nama Pemberi Kerja", "Company", "Company Name", "Employer"],
  kpjCount: ["Jumlah KPJ", "Jml KPJ", "Jumlah Kartu", "Jumlah Kartu KPJ", "Jumlah TK", "Jml TK", "Jumlah Tenaga Kerja", "KPJ Count"],
  name: ["Nama", "Nama Peserta", "Nama Tenaga Kerja", "Nama TK", "Nama Lengkap", "Nama Karyawan", "Nama Pegawai", "Name", "Full Name", "Employee Name"],
  nik: ["NIK", "No KTP", "Nomor KTP", "NIK KTP", "Nomor Induk Kependudukan", "No NIK", "Nomor NIK"],
  kk: ["No KK", "Nomor KK", "Nomor Kartu Keluarga", "No Kartu Keluarga", "KK"],
  birthDate: ["Tanggal Lahir", "Tgl Lahir", "Tgl. Lahir", "Date of Birth", "Birth Date", "DOB"],
  gender: ["Jenis Kelamin", "JK", "L/P", "Kelamin", "Gender", "Sex"],
  kpj: ["No KPJ", "Nomor KPJ", "KPJ", "Nomor Referensi", "No Referensi", "No Kartu BPJS TK", "Nomor Kartu BPJS TK", "No Kartu BPJS Ketenagakerjaan", "No Peserta BPJS TK"],
  jkn: ["No Kartu JKN", "Nomor Kartu JKN", "No JKN", "No BPJS Kesehatan", "Nomor BPJS Kesehatan", "No Kartu BPJS Kesehatan", "No KIS", "Nomor KIS", "No Kartu KIS"],
  npwp: ["NPWP", "No NPWP", "Nomor NPWP"],
  status: ["Status", "Status Peserta", "Status Kepesertaan", "Status Aktif"],
  startDate: ["Tgl Kepesertaan", "Tanggal Kepesertaan", "Tanggal Masuk", "Tgl Masuk", "TMT", "Mulai Kerja", "Tanggal Mulai Kerja", "Tgl Mulai Kerja", "Start Date", "Join Date"],
  endDate: ["Tanggal Keluar", "Tgl Keluar", "Tgl Berhenti", "Tanggal Berhenti", "Akhir Kontrak", "Tanggal Akhir Kontrak", "TAT", "Tgl Resign", "Tanggal Resign", "End Date", "Exit Date"],
  exitReason: ["Alasan Keluar", "Keterangan Keluar", "Keterangan", "Ket", "Exit Reason"],
  ro: ["Pembina", "RO", "Pembina RO", "Relationship Officer", "Nama RO", "Nama Pembina"],
  email: ["Email", "E-mail", "Email Perusahaan", "Alamat Email"],
  entryDate: ["Tgl Entry", "Tanggal Entry", "Tgl Entri", "Tanggal Entri", "Tanggal Entri Data", "Tgl Entri Data", "Entry Date"],
  postingDate: ["Tgl Posting Iuran", "Tanggal Posting Iuran", "Tanggal Posting", "Tgl Posting", "Posting Date"],
  arrears: ["Tunggakan", "Status Tunggakan", "Tunggakan Iuran", "Arrears"],
};

/** "Tanggal Lahir (DD-MM-YYYY)" → "tanggallahir". */
export function headerKey(value: unknown): string {
  if (typeof value !== "string" || value.length > 200) return "";
  return value
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, "")
    .replace(/[^a-z0-9]/g, "");
}

const ROLE_BY_KEY: ReadonlyMap<string, Role> = (() => {
  const map = new Map<string, Role>();
  for (const role of ROLES) for (const header of SYNONYMS[role]) map.set(headerKey(header), role);
  return map;
})();

/** The role a header names, or null. */
export function roleOfHeader(value: unknown): Role | null {
  return ROLE_BY_KEY.get(headerKey(value)) ?? null;
}

export type ColumnRoles = Partial<Record<Role, number>>;

/** Roles of a header row: the first column that names a role gets it. */
export function rolesOfRow(row: readonly unknown[]): ColumnRoles {
  const roles: ColumnRoles = {};
  for (let c = 0; c < row.length; c++) {
    const role = roleOfHeader(row[c]);
    if (role !== null && roles[role] === undefined) roles[role] = c;
  }
  return roles;
}

export const HEADER_SCAN_ROWS = 20;

export interface HeaderGuess {
  /** Index of the header row within the rows given. */
  readonly index: number;
  readonly roles: ColumnRoles;
}

/**
 * The header row among the first 20 rows: the one naming the most roles (at least two), the first of
 * equals. Null when no row names two roles.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[]): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  let bestCount = 1;
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const roles = rolesOfRow(rows[r]);
    const count = Object.keys(roles).length;
    if (count > bestCount) {
      best = { index: r, roles };
      bestCount = count;
    }
  }
  return best;
}

export type LedgerShape = "participants" | "receipts";

/** A receipt ledger has NPP and KPJ counts and no people; a participant ledger has NIKs or names. */
export function shapeOf(roles: ColumnRoles): LedgerShape | null {
  if (roles.nik !== undefined || roles.name !== undefined) return "participants";
  if (roles.kpjCount !== undefined && roles.npp !== undefined) return "receipts";
  return null;
}
