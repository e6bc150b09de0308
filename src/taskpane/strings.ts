// Words of the task pane, Indonesian and English side by side. Finding messages are not here: they
// come from the one catalogue in src/core/messages.ts.
import type { Lang } from "../core/messages";

export const STRINGS = {
  title: { id: "Ledger BPJS", en: "Ledger BPJS" },
  tagline: { id: "Periksa data peserta BPJS langsung di Excel.", en: "Check BPJS participant data right in Excel." },
  language: { id: "Bahasa", en: "Language" },
  nikHeading: { id: "Periksa NIK", en: "Check a NIK" },
  nikLabel: { id: "NIK (16 digit)", en: "NIK (16 digits)" },
  nikPlaceholder: { id: "mis. 3171 0112 0390 0001", en: "e.g. 3171 0112 0390 0001" },
  nikHint: { id: "Ketik atau tempel NIK; hasilnya muncul saat Anda mengetik.", en: "Type or paste a NIK; the result appears as you type." },
  valid: { id: "NIK sah", en: "Valid NIK" },
  validWithWarnings: { id: "NIK sah, dengan catatan", en: "Valid NIK, with notes" },
  invalid: { id: "NIK tidak sah", en: "Invalid NIK" },
  province: { id: "Provinsi", en: "Province" },
  regency: { id: "Kabupaten/Kota", en: "Regency/City" },
  district: { id: "Kecamatan", en: "District" },
  legacyArea: { id: "kode lama sebelum pemekaran Papua 2022", en: "old code from before the 2022 Papua split" },
  birthDate: { id: "Tanggal lahir", en: "Birth date" },
  gender: { id: "Jenis kelamin", en: "Gender" },
  age: { id: "Usia", en: "Age" },
  years: { id: "tahun", en: "years" },
  unknown: { id: "tidak diketahui", en: "unknown" },
  functionsHeading: { id: "Fungsi lembar kerja", en: "Worksheet functions" },
  functionsText: {
    id: "Di sel mana pun: =BPJS.VALIDNIK(A2:A1000), =BPJS.CEKNIK(A2), =BPJS.NIKINFO(A2) dan lainnya.",
    en: "In any cell: =BPJS.VALIDNIK(A2:A1000), =BPJS.CEKNIK(A2), =BPJS.NIKINFO(A2) and more.",
  },
  privacy: { id: "Data tidak pernah meninggalkan komputer Anda.", en: "Your data never leaves your computer." },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;
