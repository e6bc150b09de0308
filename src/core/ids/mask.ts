// Masking NIKs in what leaves the ledger (exports, reports to share): `3522**********01`. The first four
// digits (province and regency) and the last two stay, enough to tell records apart by eye, not
// enough to use the number. Any run of exactly 16 digits is masked — a KK or a 16-digit NPWP is as
// personal as the NIK it often equals.

/** The NIK with digits 5 to 14 replaced by stars; text that is not 16 digits is returned unchanged. */
export function maskNik(nik: string): string {
  return /^\d{16}$/.test(nik) ? `${nik.slice(0, 4)}**********${nik.slice(14)}` : nik;
}

/** `text` with every run of exactly 16 digits masked (digits in longer or shorter runs stay). */
export function maskNiksIn(text: string): string {
  return text.replace(/(?<!\d)\d{16}(?!\d)/g, maskNik);
}
