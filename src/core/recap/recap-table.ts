// The recap as rows and columns, the one layout that the add-in's `Rekap YYYY-MM` sheet and the command
// line's recap workbook both write. Each column carries its explanation (shown in the README too).
import type { Lang } from "../messages";
import type { Recap, RecapCompany } from "./recap";

type Words = Readonly<Record<Lang, string>>;

interface RecapColumn {
  readonly key: keyof RecapCompany;
  readonly label: Words;
  readonly explain: Words;
}

export const RECAP_COLUMNS: readonly RecapColumn[] = [
  { key: "npp", label: { id: "NPP", en: "NPP" }, explain: { id: "Nomor pendaftaran perusahaan.", en: "The employer's registration number." } },
  { key: "company", label: { id: "Perusahaan", en: "Company" }, explain: { id: "Nama yang paling sering dipakai untuk NPP ini.", en: "The name most often written for this NPP." } },
  { key: "ro", label: { id: "Pembina (RO)", en: "RO" }, explain: { id: "Relationship Officer, bila ada kolomnya.", en: "Relationship Officer, when the ledger has the column." } },
  { key: "active", label: { id: "Aktif akhir bulan", en: "Active at month end" }, explain: { id: "Peserta yang sudah mulai dan belum keluar pada hari terakhir bulan.", en: "Participants started and not yet left on the month's last day." } },
  { key: "joined", label: { id: "Masuk", en: "Joined" }, explain: { id: "Tanggal kepesertaan/masuk di bulan ini.", en: "Start date within the month." } },
  { key: "left", label: { id: "Keluar", en: "Left" }, explain: { id: "Tanggal keluar di bulan ini.", en: "End date within the month." } },
  { key: "awaitingDeactivation", label: { id: "Menunggu nonaktif", en: "Awaiting deactivation" }, explain: { id: "Sudah keluar atau meninggal pada akhir bulan tetapi status masih aktif.", en: "Left or deceased by month end but still marked active." } },
  { key: "overdue", label: { id: "Lewat batas lapor", en: "Overdue" }, explain: { id: "Yang menunggu nonaktif dan sudah lewat 7 hari kerja sejak keluar (BPJS Ketenagakerjaan).", en: "Awaiting deactivation and past 7 working days since leaving (BPJS Ketenagakerjaan)." } },
  { key: "kpj", label: { id: "Kartu KPJ", en: "KPJ cards" }, explain: { id: "Daftar peserta: nomor KPJ sah milik peserta aktif. Tanda terima: kartu yang dicetak di bulan ini.", en: "Participant ledger: valid KPJ numbers of active participants. Receipt ledger: cards printed in the month." } },
  { key: "invalidRows", label: { id: "Baris bermasalah", en: "Invalid rows" }, explain: { id: "Baris dengan sedikitnya satu galat (NIK, NPP, tanggal, …).", en: "Rows with at least one error (NIK, NPP, date, …)." } },
  { key: "duplicateRows", label: { id: "Baris ganda", en: "Duplicate rows" }, explain: { id: "Baris ganda selain baris yang disimpan.", en: "Duplicate rows other than the one to keep." } },
  { key: "deltaActive", label: { id: "Perubahan aktif", en: "Change in active" }, explain: { id: "Aktif akhir bulan ini dikurangi aktif akhir bulan sebelumnya.", en: "Active at this month's end minus at the previous month's end." } },
];

export const PRINT_QUEUE_HEADER: readonly Words[] = [
  { id: "NPP", en: "NPP" },
  { id: "Perusahaan", en: "Company" },
  { id: "Tenaga kerja baru", en: "New workers" },
  { id: "Siap cetak", en: "Ready to print" },
  { id: "Email (kartu digital)", en: "E-mail (digital cards)" },
];

const TOTAL = { id: "TOTAL", en: "TOTAL" } as const;
const YES = { id: "Ya", en: "Yes" } as const;
const NO = { id: "Belum", en: "Not yet" } as const;
const PRINTED = { id: "cetak & kirim", en: "print & ship" } as const;

export interface RecapTable {
  readonly title: string;
  readonly header: string[];
  readonly rows: (string | number)[][];
  readonly total: (string | number)[];
  readonly printQueueHeader: string[];
  readonly printQueue: (string | number)[][];
}

/** The sheet name of a month's recap: `Rekap YYYY-MM` (SPEC §5). */
export function recapSheetName(month: string): string {
  return `Rekap ${month}`;
}

export function recapTable(recap: Recap, lang: Lang): RecapTable {
  return {
    title: recapSheetName(recap.month),
    header: RECAP_COLUMNS.map((c) => c.label[lang]),
    rows: recap.companies.map((c) => RECAP_COLUMNS.map((col) => c[col.key])),
    total: RECAP_COLUMNS.map((col, i) => (i === 0 ? TOTAL[lang] : col.key in recap.total ? recap.total[col.key as keyof Recap["total"]] : "")),
    printQueueHeader: PRINT_QUEUE_HEADER.map((h) => h[lang]),
    printQueue: recap.printQueue.map((p) => [p.npp, p.company, p.newWorkers, p.ready ? YES[lang] : NO[lang], p.email || PRINTED[lang]]),
  };
}
