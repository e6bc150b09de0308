// Why an identifier is not valid, as the `{reason}` of its code's message (KK_FORMAT, NPWP_FORMAT).
import type { Words } from "./fill";

export const KK_REASONS = {
  length: { id: "harus 16 digit angka", en: "it must be 16 digits" },
  province: { id: "dua digit pertama bukan kode provinsi", en: "the first two digits are not a province code" },
  date: { id: "digit ke-7 s.d. 12 bukan tanggal (DDMMYY)", en: "digits 7–12 are not a date (DDMMYY)" },
  serial: { id: "nomor urut 0000", en: "the serial number is 0000" },
} as const satisfies Record<string, Words>;

export const NPWP_REASONS = {
  length: { id: "harus 15 atau 16 digit angka", en: "it must be 15 or 16 digits" },
  checkDigit: { id: "digit pemeriksa (digit ke-9) salah", en: "the check digit (9th digit) is wrong" },
  nik: { id: "NPWP 16 digit harus berupa NIK yang sah atau 0 diikuti NPWP 15 digit", en: "a 16-digit NPWP must be a valid NIK or 0 followed by a 15-digit NPWP" },
} as const satisfies Record<string, Words>;
