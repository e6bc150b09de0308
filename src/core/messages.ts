// The one catalogue of finding codes: severity plus the message in Indonesian and English, side by
// side. The task pane, the custom functions, the command line and the tests all read it from here.
// Codes are the contract of ../shared/SPEC.md §3–§5; messages are ours. `{name}` is replaced by the
// finding's parameter of that name.

export type Severity = "error" | "warning" | "info";
export type Lang = "id" | "en";

interface CodeInfo {
  readonly severity: Severity;
  readonly id: string;
  readonly en: string;
}

export const CODES = {
  REQUIRED_MISSING: {
    severity: "error",
    id: "{field} kosong; kolom ini wajib diisi.",
    en: "{field} is empty; this column is required.",
  },

  ID_COLUMN_AS_NUMBERS: {
    severity: "error",
    id: "Kolom {field} tersimpan sebagai angka ({count} sel): kolom ini dibuka dari CSV atau diketik sebagai angka, sehingga nol di depan dan digit setelah digit ke-15 hilang. Format kolom sebagai Teks, lalu ketik ulang atau impor ulang datanya.",
    en: "The {field} column is stored as numbers ({count} cells): it was opened from a CSV or typed as numbers, which loses leading zeros and every digit after the 15th. Format the column as Text, then re-enter or re-import the data.",
  },
  FORMULA_NOT_CALCULATED: {
    severity: "error",
    id: "Kolom {field} berisi rumus yang belum dihitung ({count} sel): file ini disimpan oleh program yang tidak menghitung rumus. Buka dan simpan file sekali di Excel, lalu periksa lagi.",
    en: "The {field} column holds formulas that were never calculated ({count} cells): the file was saved by a program that does not calculate formulas. Open and save the file in Excel once, then audit it again.",
  },
  NIK_AS_NUMBER: {
    severity: "error",
    id: "NIK tersimpan sebagai angka, bukan teks. Excel hanya menyimpan 15 digit, jadi digit ke-16 tidak bisa dipercaya. Format kolom sebagai Teks lalu ketik ulang NIK dari KTP/KK.",
    en: "The NIK is stored as a number, not text. Excel keeps only 15 digits, so the 16th digit cannot be trusted. Format the column as Text and re-enter the NIK from the ID card or family card.",
  },
  NIK_NOT_DIGITS: {
    severity: "error",
    id: "NIK hanya boleh berisi angka (spasi, titik atau tanda hubung di antara kelompok angka diterima).",
    en: "A NIK may contain only digits (spaces, dots or dashes between digit groups are accepted).",
  },
  NIK_LENGTH: {
    severity: "error",
    id: "NIK harus 16 digit; yang ini {length} digit.",
    en: "A NIK has 16 digits; this one has {length}.",
  },
  NIK_PROVINCE: {
    severity: "error",
    id: "Kode provinsi {province} tidak ada. Dua digit pertama NIK adalah kode provinsi (11–96).",
    en: "Province code {province} does not exist. The first two digits of a NIK are the province code (11–96).",
  },
  NIK_DISTRICT_UNKNOWN: {
    severity: "warning",
    id: "Kode wilayah {district} tidak ada dalam daftar kecamatan Kemendagri saat ini. Bisa jadi kode lama dari pemekaran; cocokkan dengan KTP.",
    en: "Area code {district} is not a current Kemendagri district. It may be an old code left by a split; check it against the ID card.",
  },
  NIK_DATE: {
    severity: "error",
    id: "Digit ke-7 s.d. 12 NIK ({date}) bukan tanggal lahir yang benar (tanggal 01–31 untuk laki-laki, 41–71 untuk perempuan).",
    en: "Digits 7–12 of the NIK ({date}) are not a real birth date (day 01–31 for men, 41–71 for women).",
  },
  NIK_SERIAL_ZERO: {
    severity: "error",
    id: "Nomor urut NIK (4 digit terakhir) tidak boleh 0000.",
    en: "The NIK's serial number (last 4 digits) cannot be 0000.",
  },
  NIK_BIRTHDATE_MISMATCH: {
    severity: "warning",
    id: "Tanggal lahir di NIK ({nikDate}) berbeda dengan kolom tanggal lahir ({birthDate}). Cocokkan dengan KTP; Dukcapil bisa mengoreksi tanggal lahir tanpa mengganti NIK.",
    en: "The NIK's birth date ({nikDate}) differs from the birth-date column ({birthDate}). Check the ID card; Dukcapil can correct a birth date without issuing a new NIK.",
  },
  NIK_GENDER_MISMATCH: {
    severity: "warning",
    id: "Jenis kelamin menurut NIK ({nikGender}) berbeda dengan kolom jenis kelamin ({gender}).",
    en: "The NIK's gender ({nikGender}) differs from the gender column ({gender}).",
  },
  AGE_IMPLAUSIBLE: {
    severity: "warning",
    id: "Usia {age} tahun pada {refDate} tidak wajar untuk tenaga kerja (di bawah 15 atau di atas 75). Periksa tanggal lahir.",
    en: "Age {age} on {refDate} is implausible for a worker (under 15 or over 75). Check the birth date.",
  },

  NPP_AS_NUMBER: {
    severity: "error",
    id: "NPP tersimpan sebagai angka dan nol di depannya hilang ({digits} digit, seharusnya 8). Format kolom sebagai Teks dan isi ulang.",
    en: "The NPP is stored as a number and lost its leading zeros ({digits} digits, should be 8). Format the column as Text and re-enter it.",
  },
  NPP_FORMAT: {
    severity: "error",
    id: "NPP harus 8 digit angka.",
    en: "An NPP has 8 digits.",
  },
  NPP_NAME_CONFLICT: {
    severity: "warning",
    id: "NPP {npp} dipakai dengan nama perusahaan berbeda: {names}.",
    en: "NPP {npp} appears with different company names: {names}.",
  },
  KPJ_AS_NUMBER: {
    severity: "error",
    id: "Nomor KPJ tersimpan sebagai angka dan nol di depannya hilang ({digits} digit, seharusnya 11). Format kolom sebagai Teks dan isi ulang.",
    en: "The KPJ number is stored as a number and lost its leading zeros ({digits} digits, should be 11). Format the column as Text and re-enter it.",
  },
  KPJ_FORMAT: {
    severity: "error",
    id: "Nomor KPJ harus 11 digit angka.",
    en: "A KPJ number has 11 digits.",
  },
  JKN_AS_NUMBER: {
    severity: "error",
    id: "Nomor kartu JKN/KIS tersimpan sebagai angka dan nol di depannya hilang ({digits} digit, seharusnya 13). Format kolom sebagai Teks dan isi ulang.",
    en: "The JKN/KIS card number is stored as a number and lost its leading zeros ({digits} digits, should be 13). Format the column as Text and re-enter it.",
  },
  JKN_FORMAT: {
    severity: "error",
    id: "Nomor kartu JKN/KIS harus 13 digit angka.",
    en: "A JKN/KIS card number has 13 digits.",
  },
  KK_AS_NUMBER: {
    severity: "error",
    id: "Nomor KK tersimpan sebagai angka. Excel hanya menyimpan 15 digit, jadi digit ke-16 tidak bisa dipercaya. Format kolom sebagai Teks dan ketik ulang dari Kartu Keluarga.",
    en: "The KK number is stored as a number. Excel keeps only 15 digits, so the 16th digit cannot be trusted. Format the column as Text and re-enter it from the family card.",
  },
  KK_FORMAT: {
    severity: "error",
    id: "Nomor KK tidak sah: {reason}.",
    en: "Invalid KK number: {reason}.",
  },
  NPWP_AS_NUMBER: {
    severity: "error",
    id: "NPWP tersimpan sebagai angka dan digitnya tidak utuh ({digits} digit). Format kolom sebagai Teks dan isi ulang.",
    en: "The NPWP is stored as a number and its digits are not intact ({digits} digits). Format the column as Text and re-enter it.",
  },
  NPWP_FORMAT: {
    severity: "error",
    id: "NPWP tidak sah: {reason}.",
    en: "Invalid NPWP: {reason}.",
  },
  DATE_UNPARSEABLE: {
    severity: "error",
    id: "{field} tidak bisa dibaca sebagai tanggal ({value}). Gunakan misalnya 12-03-1990 atau 12 Maret 1990.",
    en: "{field} cannot be read as a date ({value}). Use for example 12-03-1990 or 12 March 1990.",
  },
  KPJCOUNT_INVALID: {
    severity: "error",
    id: "Jumlah KPJ harus bilangan bulat positif.",
    en: "The KPJ count must be a positive whole number.",
  },

  DUPLICATE_NIK: {
    severity: "error",
    id: "NIK yang sama muncul di lebih dari satu baris.",
    en: "The same NIK appears on more than one row.",
  },
  DUPLICATE_NIK_OTHER_EMPLOYER: {
    severity: "warning",
    id: "NIK ini masih terdaftar di NPP lain ({npp}); perlu mutasi dari pemberi kerja sebelumnya.",
    en: "This NIK is still registered under another NPP ({npp}); a transfer from the previous employer is needed.",
  },
  DUPLICATE_KPJ: {
    severity: "error",
    id: "Nomor KPJ yang sama dipakai untuk NIK berbeda.",
    en: "The same KPJ number is used for different NIKs.",
  },
  DUPLICATE_ROW: {
    severity: "warning",
    id: "Baris tanda terima ganda: tanggal, NPP dan jumlah yang sama tercatat dua kali.",
    en: "Duplicate receipt row: the same date, NPP and count are entered twice.",
  },
  POSSIBLE_DUPLICATE: {
    severity: "warning",
    id: "Kemungkinan orang yang sama ({agreed} cocok, skor {score}).",
    en: "Possibly the same person ({agreed} agree, score {score}).",
  },
  POSSIBLE_DUPLICATE_OTHER_EMPLOYER: {
    severity: "warning",
    id: "Kemungkinan pekerja yang sama masih terdaftar di NPP lain ({npp}): perlu mutasi, bukan pendaftaran baru ({agreed} cocok, skor {score}).",
    en: "Possibly the same worker still registered under another NPP ({npp}): a transfer, not a new registration ({agreed} agree, score {score}).",
  },

  DEACT_LEFT: {
    severity: "error",
    id: "Sudah keluar sejak {since} ({days} hari) tetapi masih aktif; laporkan nonaktif ke BPJS.",
    en: "Left on {since} ({days} days ago) but still active; report the deactivation to BPJS.",
  },
  DEACT_DECEASED: {
    severity: "error",
    id: "Peserta meninggal dunia tetapi belum dinonaktifkan.",
    en: "The participant has died but has not been deactivated.",
  },
  DEACT_NOT_IN_ROSTER: {
    severity: "warning",
    id: "Peserta aktif tidak ada di daftar karyawan terbaru; periksa apakah sudah keluar.",
    en: "Active participant is missing from the current roster; check whether they have left.",
  },
  REGISTER_NEW: {
    severity: "info",
    id: "Karyawan di daftar terbaru belum terdaftar sebagai peserta.",
    en: "A worker on the current roster is not yet registered as a participant.",
  },
  ARREARS_PREVIOUS_EMPLOYER: {
    severity: "warning",
    id: "Masih ada tunggakan iuran dari pemberi kerja sebelumnya.",
    en: "Contribution arrears from a previous employer are still open.",
  },
  REVIEW_PENSION_AGE: {
    severity: "warning",
    id: "Usia {age} sudah mencapai usia pensiun Jaminan Pensiun tahun {year} ({pensionAge}); tinjau status kepesertaan.",
    en: "Age {age} has reached the {year} Jaminan Pensiun retirement age ({pensionAge}); review the membership.",
  },
  CONTRACT_ENDING: {
    severity: "info",
    id: "Kontrak berakhir dalam {days} hari ({endDate}).",
    en: "The contract ends in {days} days ({endDate}).",
  },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

/** A parameter is a value, or words that differ by language (a reason, a field name). */
export type ParamValue = string | number | Readonly<Record<Lang, string>>;
export type FindingParams = Readonly<Record<string, ParamValue>>;

export interface Finding {
  readonly code: Code;
  readonly severity: Severity;
  readonly params?: FindingParams;
}

export function finding(code: Code, params?: FindingParams): Finding {
  return params ? { code, severity: CODES[code].severity, params } : { code, severity: CODES[code].severity };
}

export function message(f: Pick<Finding, "code" | "params">, lang: Lang): string {
  const template: string = CODES[f.code][lang];
  const params = f.params;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? value[lang] : String(value);
  });
}

/** Field names (roles, or "kpj"-like comparison fields) as the user reads them, joined by commas. */
export function fieldLabels(fields: readonly string[], lang: Lang): string {
  return fields.map((f) => (ROLE_LABELS as Record<string, Record<Lang, string>>)[f]?.[lang] ?? f).join(", ");
}

/** Why a sheet cannot be read as a ledger at all (or, for a roster, cannot be compared with it), in both languages. */
export const LEDGER_PROBLEMS = {
  empty: {
    id: "Lembar ini kosong. Pilih lembar yang berisi data peserta atau tanda terima KPJ.",
    en: "This sheet is empty. Choose a sheet that holds participant or KPJ receipt data.",
  },
  noHeader: {
    id: "Baris judul tidak ditemukan di 20 baris pertama. Pastikan salah satu dari 20 baris pertama berisi judul kolom seperti NIK, Nama, NPP atau Jumlah KPJ, lalu periksa lagi.",
    en: "No header row found in the first 20 rows. Make sure one of the first 20 rows holds column headers such as NIK, Nama, NPP or Jumlah KPJ, then audit again.",
  },
  noShape: {
    id: "Kolom NIK atau Nama (daftar peserta), atau NPP dan Jumlah KPJ (tanda terima), tidak ditemukan. Beri judul kolom itu \"NIK\", \"Nama\", \"NPP\" atau \"Jumlah KPJ\", lalu periksa lagi.",
    en: "No NIK or Name column (participant ledger), nor NPP and KPJ count (receipt ledger). Head those columns \"NIK\", \"Nama\", \"NPP\" or \"Jumlah KPJ\", then audit again.",
  },
  badHeaderRow: {
    id: "Baris judul yang dipilih berada di luar data.",
    en: "The chosen header row is outside the data.",
  },
  rosterIsLedger: {
    id: "Daftar gaji dan ledger adalah lembar yang sama, jadi membandingkannya tidak menemukan apa pun. Pilih lembar daftar gaji (daftar karyawan terbaru) sebagai gantinya.",
    en: "The payroll list and the ledger are the same sheet, so comparing them finds nothing. Choose the sheet of the payroll list (the current HR list) instead.",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type LedgerProblem = keyof typeof LEDGER_PROBLEMS;

/** Severity in words, for tables and the terminal. */
export const SEVERITY_WORDS: Readonly<Record<Severity, Readonly<Record<Lang, string>>>> = {
  error: { id: "galat", en: "error" },
  warning: { id: "peringatan", en: "warning" },
  info: { id: "info", en: "info" },
};

/** What can stop the add-in from reading or writing the workbook, with what the user can do about it. */
export const WORKBOOK_PROBLEMS = {
  protected: {
    id: "Lembar \"{sheet}\" dilindungi, jadi hasil pemeriksaan tidak bisa ditulis. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu jalankan lagi.",
    en: "Sheet \"{sheet}\" is protected, so the results cannot be written. Unprotect it (Review › Unprotect Sheet), then run again.",
  },
  sheetGone: {
    id: "Lembar atau tabel \"{sheet}\" tidak ada lagi. Pilih ledger lagi.",
    en: "Sheet or table \"{sheet}\" is no longer there. Choose the ledger again.",
  },
  noColumnLeft: {
    id: "Ledger memakai semua kolom sampai XFD; tidak ada kolom tersisa untuk status. Hapus isi sel di kolom paling kanan lembar, lalu jalankan lagi.",
    en: "The ledger uses every column up to XFD; no column is left for the status. Clear the cells at the far right of the sheet, then run again.",
  },
  ledgerChanged: {
    id: "Ledger berubah sejak diperiksa. Jalankan Periksa lagi, lalu ulangi.",
    en: "The ledger changed since it was audited. Run Audit again, then retry.",
  },
  cancelled: {
    id: "Dibatalkan. Ledger tidak diubah oleh langkah yang belum selesai.",
    en: "Cancelled. Steps that did not finish changed nothing.",
  },
  nothingToRestore: {
    id: "Tidak ada baris di arsip untuk dikembalikan.",
    en: "There are no archived rows to restore.",
  },
  nothingToUndo: {
    id: "Tidak ada perbaikan untuk dibatalkan: belum ada perbaikan yang diterapkan di buku kerja ini.",
    en: "Nothing to undo: no fixes have been applied in this workbook.",
  },
  ownSheetProtected: {
    id: "Lembar \"{sheet}\" milik Ledger BPJS dilindungi, jadi catatannya tidak bisa ditulis. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu jalankan lagi. Data Anda tidak diubah.",
    en: "Ledger BPJS's sheet \"{sheet}\" is protected, so its records cannot be written. Unprotect it (Review › Unprotect Sheet), then run again. Your data was not changed.",
  },
  structureProtected: {
    id: "Struktur buku kerja dilindungi, jadi Ledger BPJS tidak bisa menambah lembar \"{sheet}\". Buka proteksinya (Tinjau › Proteksi Buku Kerja), lalu jalankan lagi. Data Anda tidak diubah.",
    en: "The workbook's structure is protected, so Ledger BPJS cannot add the sheet \"{sheet}\". Unprotect it (Review › Protect Workbook), then run again. Your data was not changed.",
  },
  filtered: {
    id: "Lembar \"{sheet}\" sedang difilter, dan Excel tidak bisa menghapus atau menyisipkan baris di rentang yang difilter. Hapus filternya (Data › Hapus), lalu coba lagi.",
    en: "Sheet \"{sheet}\" is filtered, and Excel cannot delete or insert rows in a filtered range. Clear the filter (Data › Clear), then try again.",
  },
  merged: {
    id: "Baris yang akan dipindahkan di lembar \"{sheet}\" berisi sel gabungan ({address}). Pisahkan selnya (Beranda › Gabung & Tengah), lalu coba lagi.",
    en: "The rows to move on sheet \"{sheet}\" contain merged cells ({address}). Unmerge them (Home › Merge & Center), then try again.",
  },
  tableInTheWay: {
    id: "Di lembar \"{sheet}\" ada tabel Excel lain di bawah atau di samping ledger yang akan ikut bergeser. Pindahkan tabel itu atau jadikan ledger sebuah tabel, lalu coba lagi.",
    en: "On sheet \"{sheet}\" another Excel table below or beside the ledger would be shifted. Move that table, or make the ledger a table itself, then try again.",
  },
  partialArchive: {
    id: "Hanya {n} dari {total} baris yang dipindahkan ke arsip; Excel menolak sisanya, yang tetap di ledger. Yang sudah dipindahkan bisa dikembalikan. Periksa lagi, lalu ulangi untuk sisanya.",
    en: "Only {n} of {total} rows were moved to the archive; Excel refused the rest, which stay in the ledger. Those moved can be restored. Audit again, then retry for the rest.",
  },
  sheetFull: {
    id: "Lembar \"{sheet}\" sudah terisi sampai baris terakhir Excel (1.048.576), jadi tidak ada baris untuk peserta baru. Pindahkan sebagian baris ke lembar lain, lalu coba lagi.",
    en: "Sheet \"{sheet}\" is filled to Excel's last row (1,048,576), so there is no row for a new participant. Move some rows to another sheet, then try again.",
  },
  cellEditing: {
    id: "Excel sedang menunggu Anda selesai mengetik di sebuah sel. Tekan Enter atau Esc, lalu coba lagi.",
    en: "Excel is waiting for you to finish typing in a cell. Press Enter or Esc, then try again.",
  },
  host: {
    id: "Excel menolak permintaan: {detail}. Simpan pekerjaan Anda lalu coba lagi.",
    en: "Excel refused the request: {detail}. Save your work and try again.",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type WorkbookProblem = keyof typeof WORKBOOK_PROBLEMS;

/** A workbook problem's message in both languages, with its placeholders filled. */
export function workbookProblem(problem: WorkbookProblem, params: Readonly<Record<string, string>> = {}): Record<Lang, string> {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? "");
  const words = WORKBOOK_PROBLEMS[problem];
  return { id: fill(words.id), en: fill(words.en) };
}

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
} as const satisfies Record<string, Record<Lang, string>>;

/** Words of the user interface that are not findings, in both languages. */
export const LABELS = {
  ok: { id: "OK", en: "OK" },
  male: { id: "Laki-laki", en: "Male" },
  female: { id: "Perempuan", en: "Female" },
  nik: { id: "NIK", en: "NIK" },
  name: { id: "Nama", en: "Name" },
  npp: { id: "NPP", en: "NPP" },
} as const satisfies Record<string, Record<Lang, string>>;
