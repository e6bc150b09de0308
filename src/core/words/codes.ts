// The finding codes of SPEC §3–§5 (the contract), each with its severity and its message in
// Indonesian and English side by side. Messages are ours; `{name}` is filled by `fill` with the
// finding's parameter of that name (src/core/messages.ts, `message`).
import type { Words } from "./fill";

export type Severity = "error" | "warning" | "info";

interface CodeInfo extends Words {
  readonly severity: Severity;
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
