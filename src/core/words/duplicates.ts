// Duplicates in the user's words (SPEC §4): why a row is the one to keep, what each kind of group is,
// what to do with each kind of cluster, and the reason a moved row carries in the archive.
import type { Words } from "./fill";

/** Why a row is the one to keep. */
export const KEEP_REASONS = {
  latest: { id: "tanggal masuk atau entri paling baru", en: "most recent start or entry date" },
  complete: { id: "data paling lengkap", en: "most complete row" },
  first: { id: "baris pertama", en: "first row" },
} as const satisfies Record<string, Words>;

/** Each kind of group (by its code) as a title. */
export const DUPLICATE_KINDS = {
  DUPLICATE_NIK: { id: "NIK sama di beberapa baris", en: "One NIK on several rows" },
  POSSIBLE_DUPLICATE: { id: "Kemungkinan orang yang sama", en: "Possibly the same person" },
  DUPLICATE_ROW: { id: "Baris tanda terima tercatat dua kali", en: "A receipt row entered twice" },
  DUPLICATE_KPJ: { id: "Satu nomor KPJ dipakai dua orang", en: "One KPJ number used by two people" },
  DUPLICATE_NIK_OTHER_EMPLOYER: { id: "Pekerja pindah perusahaan (NIK sama)", en: "A worker who changed employer (same NIK)" },
  POSSIBLE_DUPLICATE_OTHER_EMPLOYER: { id: "Kemungkinan pekerja pindah perusahaan", en: "Possibly a worker who changed employer" },
} as const satisfies Record<string, Words>;

/** What each kind of cluster is (a label) and what to do with it. */
export const ACTION_WORDS = {
  archive: {
    label: { id: "Data ganda satu orang", en: "One person entered twice" },
    todo: { id: "Pilih baris yang disimpan; baris lain dipindahkan ke arsip dan bisa dikembalikan.", en: "Choose the row to keep; the other rows move to the archive and can be restored." },
  },
  fixKpj: {
    label: { id: "KPJ ganda (dua orang)", en: "Shared KPJ (two people)" },
    todo: { id: "Dua orang berbeda: jangan diarsipkan. Perbaiki nomor KPJ di salah satu baris sesuai kartu.", en: "Two different people: do not archive. Correct the KPJ number on one row from the card." },
  },
  transfer: {
    label: { id: "Pindah perusahaan (mutasi)", en: "Changed employer (transfer)" },
    todo: { id: "Laporkan mutasi dari perusahaan lama; baris di NPP lama ada di daftar Nonaktif. Tidak diarsipkan.", en: "Report the transfer from the previous employer; the row under the old NPP is on the deactivation list. Not archived." },
  },
} as const satisfies Record<string, { readonly label: Words; readonly todo: Words }>;

export const DUPLICATE_WORDS = {
  /** A group's reason in the report: what it is, the row to keep and why, the fields that agreed. */
  reason: { id: "{what} Simpan baris {row}: {why}; kolom yang cocok: {agreed}.", en: "{what} Keep row {row}: {why}; fields that agreed: {agreed}." },
  /** The archive sheet's reason for a moved row. */
  archived: { id: "{kinds}; disimpan baris {row}", en: "{kinds}; kept row {row}" },
} as const satisfies Record<string, Words>;
