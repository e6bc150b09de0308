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

const WORDS = {
  title: { id: "Rekap bulanan {month}", en: "Monthly recap {month}" },
  source: { id: "Sumber: lembar \"{sheet}\", {rows} baris; tanggal acuan {refDate}.", en: "Source: sheet \"{sheet}\", {rows} rows; reference date {refDate}." },
  printQueue: { id: "Antrean cetak kartu KPJ (tenaga kerja baru bulan ini)", en: "KPJ card print queue (new workers this month)" },
  noPrintQueue: { id: "Tidak ada tenaga kerja baru bulan ini.", en: "No new workers this month." },
  chart: { id: "Kartu KPJ per perusahaan", en: "KPJ cards per company" },
  others: { id: "Lainnya ({n} perusahaan)", en: "Others ({n} companies)" },
} as const;

/** Companies shown by name in the chart; the rest are summed into one bar. */
export const CHART_COMPANIES = 10;

/** Where each part of the recap sheet sits: row indexes (0-based) into `rows`, which start at A1. */
export interface RecapSheetLayout {
  readonly rows: (string | number)[][];
  readonly width: number;
  readonly headerRow: number;
  /** The company rows: [first, end). */
  readonly companyRows: readonly [number, number];
  readonly totalRow: number;
  readonly printQueueHeaderRow: number;
  readonly printQueueRows: readonly [number, number];
  readonly chartTitle: string;
  /** The chart's data (company, KPJ), header first, written beside the table. */
  readonly chartRows: (string | number)[][];
}

export interface RecapSource {
  readonly sheet: string;
  readonly rowCount: number;
  /** DD-MM-YYYY. */
  readonly refDate: string;
}

/** The whole recap sheet as rows from A1: title, source, the table with its total, the print queue. */
export function recapSheetLayout(recap: Recap, source: RecapSource, lang: Lang): RecapSheetLayout {
  const table = recapTable(recap, lang);
  const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));
  const rows: (string | number)[][] = [
    [fill(WORDS.title[lang], { month: recap.month })],
    [fill(WORDS.source[lang], { sheet: source.sheet, rows: source.rowCount, refDate: source.refDate })],
    [],
    table.header,
  ];
  const headerRow = 3;
  rows.push(...table.rows);
  const companyRows: [number, number] = [headerRow + 1, rows.length];
  const totalRow = rows.length;
  rows.push(table.total, [], [WORDS.printQueue[lang]]);
  const printQueueHeaderRow = rows.length;
  rows.push(table.printQueueHeader);
  rows.push(...table.printQueue);
  const printQueueRows: [number, number] = [printQueueHeaderRow + 1, rows.length];
  if (table.printQueue.length === 0) rows.push([WORDS.noPrintQueue[lang]]);

  const byKpj = [...recap.companies].sort((a, b) => b.kpj - a.kpj || a.npp.localeCompare(b.npp));
  const shown = byKpj.slice(0, CHART_COMPANIES).map((c) => [c.company || c.npp, c.kpj]);
  const rest = byKpj.slice(CHART_COMPANIES);
  if (rest.length > 0) shown.push([fill(WORDS.others[lang], { n: rest.length }), rest.reduce((s, c) => s + c.kpj, 0)]);
  const chartRows = [[RECAP_COLUMNS[1].label[lang], RECAP_COLUMNS.find((c) => c.key === "kpj")!.label[lang]], ...shown];

  return { rows, width: table.header.length, headerRow, companyRows, totalRow, printQueueHeaderRow, printQueueRows, chartTitle: WORDS.chart[lang], chartRows };
}
