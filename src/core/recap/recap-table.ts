// The recap as rows and columns, the one layout that the add-in's `Rekap YYYY-MM` sheet and the command
// line's recap workbook both write. Each column carries its explanation (shown in the README too).
import { fill, PRINT_QUEUE_HEADER, RECAP_COLUMN_WORDS, RECAP_WORDS, type Lang, type Words } from "../words";
import type { Recap, RecapCompany } from "./recap";

interface RecapColumn {
  readonly key: keyof RecapCompany;
  readonly label: Words;
  readonly explain: Words;
}

/** The recap's columns, in order, each with its label and explanation from the catalogue. */
const RECAP_COLUMN_KEYS = ["npp", "company", "ro", "active", "joined", "left", "awaitingDeactivation", "overdue", "kpj", "invalidRows", "duplicateRows", "deltaActive"] as const satisfies readonly (keyof RecapCompany & keyof typeof RECAP_COLUMN_WORDS)[];

export const RECAP_COLUMNS: readonly RecapColumn[] = RECAP_COLUMN_KEYS.map((key) => ({ key, ...RECAP_COLUMN_WORDS[key] }));

export { PRINT_QUEUE_HEADER };


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
    total: RECAP_COLUMNS.map((col, i) => (i === 0 ? RECAP_WORDS.total[lang] : col.key in recap.total ? recap.total[col.key as keyof Recap["total"]] : "")),
    printQueueHeader: PRINT_QUEUE_HEADER.map((h) => h[lang]),
    printQueue: recap.printQueue.map((p) => [p.npp, p.company, p.newWorkers, (p.ready ? RECAP_WORDS.ready : RECAP_WORDS.notReady)[lang], p.email || RECAP_WORDS.printed[lang]]),
  };
}


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
  const rows: (string | number)[][] = [
    [fill(RECAP_WORDS.title[lang], { month: recap.month }, lang)],
    [fill(RECAP_WORDS.source[lang], { sheet: source.sheet, rows: source.rowCount, refDate: source.refDate }, lang)],
    [],
    table.header,
  ];
  const headerRow = 3;
  rows.push(...table.rows);
  const companyRows: [number, number] = [headerRow + 1, rows.length];
  const totalRow = rows.length;
  rows.push(table.total, [], [RECAP_WORDS.printQueue[lang]]);
  const printQueueHeaderRow = rows.length;
  rows.push(table.printQueueHeader);
  rows.push(...table.printQueue);
  const printQueueRows: [number, number] = [printQueueHeaderRow + 1, rows.length];
  if (table.printQueue.length === 0) rows.push([RECAP_WORDS.noPrintQueue[lang]]);

  const byKpj = [...recap.companies].sort((a, b) => b.kpj - a.kpj || a.npp.localeCompare(b.npp));
  const shown = byKpj.slice(0, CHART_COMPANIES).map((c) => [c.company || c.npp, c.kpj]);
  const rest = byKpj.slice(CHART_COMPANIES);
  if (rest.length > 0) shown.push([fill(RECAP_WORDS.others[lang], { n: rest.length }, lang), rest.reduce((s, c) => s + c.kpj, 0)]);
  const chartRows = [[RECAP_COLUMNS[1].label[lang], RECAP_COLUMNS.find((c) => c.key === "kpj")!.label[lang]], ...shown];

  return { rows, width: table.header.length, headerRow, companyRows, totalRow, printQueueHeaderRow, printQueueRows, chartTitle: RECAP_WORDS.chart[lang], chartRows };
}
