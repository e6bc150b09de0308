// The data-entry form's phrases (src/core/ledger/entry.ts decides when each is shown).
import type { Words } from "./fill";

/** Every phrase of the form, Indonesian and English side by side. */
export const ENTRY_WORDS = {
  heading: { id: "Tambah peserta", en: "Add a participant" },
  hint: { id: "Diperiksa saat diketik; NIK, KPJ dan NPP disimpan sebagai teks, tanggal sebagai tanggal, di kolom ledger yang sesuai.", en: "Checked as you type; NIK, KPJ and NPP are saved as text, dates as dates, in the ledger's own columns." },
  save: { id: "Simpan ke ledger", en: "Save to the ledger" },
  confirm: { id: "Simpan tetap", en: "Save anyway" },
  empty: { id: "Isi sedikitnya NIK atau nama.", en: "Fill in at least the NIK or the name." },
  invalidNik: { id: 'NIK tidak sah. Perbaiki, atau pilih "Simpan tetap" bila memang begitu tertulis di KTP.', en: 'The NIK is invalid. Correct it, or choose "Save anyway" if that is what the KTP says.' },
  disagrees: { id: '{disagreement}. Perbaiki isiannya, atau pilih "Simpan tetap" bila KTP memang begitu.', en: '{disagreement}. Correct the form, or choose "Save anyway" if that is what the KTP says.' },
  disagreement: { id: "NIK menunjukkan {nik}; isian: {typed}", en: "The NIK says {nik}; the form says {typed}" },
  born: { id: "lahir {date}", en: "born {date}" },
  male: { id: "laki-laki", en: "male" },
  female: { id: "perempuan", en: "female" },
  nikTyping: { id: "{digits} dari {length} digit", en: "{digits} of {length} digits" },
  nikInvalid: { id: "NIK tidak sah", en: "Invalid NIK" },
  companyKnown: { id: "Nama perusahaan untuk NPP {npp} menurut ledger ini; boleh diubah.", en: "The company name of NPP {npp} in this ledger; you may change it." },
  added: { id: "Peserta ditambahkan di baris {row}.", en: "Participant added on row {row}." },
  saving: { id: "Menyimpan…", en: "Saving…" },
} as const satisfies Record<string, Words>;
