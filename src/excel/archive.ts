// Removing duplicate rows without losing them (SPEC §7 "Nothing lost"): the rows move to the archive
// sheet, each with its sheet, original row number, columns and the reason, newest batch on top; and
// "Restore" puts the newest batch back at its original rows, cell for cell (formulas, values and
// number formats as they were). Only the ledger's own columns move, as Excel's Remove Duplicates does,
// so whatever sits beside the ledger stays where it is.
import { cellText } from "../core/ledger/cells";
import { workbookProblem, type Lang } from "../core/messages";
import { columnLetters } from "./addresses";
import { blocksByWeight, FIRST_READ_ROWS, nextReadRows, rowBytes } from "./blocks";
import type { ExcelHost } from "./host";
import { appendLog } from "./log";
import { failure, hostFailure, success, type Outcome } from "./outcome";
import { ownSheet, writableSheet } from "./own-sheet";
import type { ExcelLedger } from "./read-ledger";
import { ARCHIVE_SHEET } from "./sheet-names";
import { writeExactCells, writeRows } from "./write-rows";

const ARCHIVE_HEADER = {
  id: ["Kelompok arsip", "Lembar", "Baris asal", "Kolom awal", "Lebar", "Alasan"],
  en: ["Archive batch", "Sheet", "Original row", "First column", "Width", "Reason"],
} as const;
/** Columns of bookkeeping before the archived cells. */
const META = ARCHIVE_HEADER.id.length;

const DETAILS = {
  archive: { id: "{n} baris dipindahkan ke {archive}", en: "{n} rows moved to {archive}" },
  restore: { id: "{n} baris dikembalikan dari {archive}", en: "{n} rows restored from {archive}" },
} as const;

export interface RowToArchive {
  readonly row: number;
  readonly reason: string;
}

/** Runs of consecutive row numbers: [first, count]. `rows` ascending. */
function runsOf(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row) last[1]++;
    else runs.push([row, 1]);
  }
  return runs;
}


/** Reads formulas and number formats of rows [row0, row0 + count) × [col0, col0 + width) in blocks. */
async function readExactCells(context: Excel.RequestContext, sheet: Excel.Worksheet, row0: number, col0: number, count: number, width: number): Promise<{ formulas: unknown[][]; formats: string[][] }> {
  const formulas: unknown[][] = [];
  const formats: string[][] = [];
  let heaviest = 0;
  for (let r = 0; r < count; ) {
    const n = Math.min(r === 0 ? FIRST_READ_ROWS : nextReadRows(heaviest), count - r);
    const range = sheet.getRangeByIndexes(row0 + r, col0, n, width);
    range.load("formulas,numberFormat");
    await context.sync();
    for (let i = 0; i < n; i++) {
      formulas.push(range.formulas[i]);
      formats.push(range.numberFormat[i]);
      heaviest = Math.max(heaviest, rowBytes(range.formulas[i], range.numberFormat[i]));
    }
    r += n;
  }
  return { formulas, formats };
}

/** Moves `rows` (worksheet rows of the ledger) to the archive sheet. Returns how many moved. */
export async function archiveRows(host: ExcelHost, ledger: ExcelLedger, rows: readonly RowToArchive[], lang: Lang): Promise<Outcome<number>> {
  const { place, input } = ledger;
  const reasonOf = new Map(rows.map((r) => [r.row, r.reason]));
  const sorted = [...reasonOf.keys()].sort((a, b) => a - b);
  if (sorted.length === 0) return success(0);
  const col0 = place.firstColumn;
  const width = Math.max(place.columnCount, place.statusColumn - col0 + 1);
  try {
    return await host.run(
      async (context) => {
        const target = await writableSheet(context, place.sheet);
        if (!target.ok) return target;
        const sheet = target.value;

        // Read the rows as they are now, and refuse if they are not the rows that were audited.
        const runs = runsOf(sorted);
        const formulas: unknown[][] = [];
        const formats: string[][] = [];
        const batches = blocksByWeight(runs.length, (i) => runs[i][1] * 2 * rowBytes(input.values[runs[i][0] - place.firstRow] ?? []));
        for (const [start, end] of batches) {
          const ranges = runs.slice(start, end).map(([first, count]) => {
            const range = sheet.getRangeByIndexes(first - 1, col0, count, width);
            range.load("formulas,numberFormat,values");
            return range;
          });
          await context.sync();
          runs.slice(start, end).forEach(([first], i) => {
            const range = ranges[i];
            range.values.forEach((now, j) => {
              const audited = input.values[first + j - place.firstRow] ?? [];
              const statusIndex = place.statusColumn - col0;
              for (let c = 0; c < now.length; c++) {
                if (c === statusIndex) continue;
                if (cellText(now[c]) !== cellText(audited[c])) throw new LedgerChanged();
              }
              formulas.push(range.formulas[j]);
              formats.push(range.numberFormat[j]);
            });
          });
        }

        const { sheet: archive, created } = await ownSheet(context, ARCHIVE_SHEET);
        const batch = new Date().toISOString();
        if (created) {
          const header = ledgerHeader(ledger);
          await writeRows(context, archive, 0, 0, [[...ARCHIVE_HEADER[lang], ...header]]);
          archive.getRangeByIndexes(0, 0, 1, META + header.length).format.font.bold = true;
          archive.freezePanes.freezeRows(1);
        }
        // Newest batch on top, so Restore finds it without reading the whole archive.
        archive.getRange(`2:${sorted.length + 1}`).insert("Down");
        const meta = sorted.map((row) => [batch, place.sheet, row, columnLetters(col0), width, reasonOf.get(row)!]);
        await writeRows(context, archive, 1, 0, meta);
        await writeExactCells(context, archive, 1, META, formulas, formats);

        // Remove from the bottom up, so the row numbers of the runs above stay true.
        for (const [first, count] of [...runs].reverse()) sheet.getRangeByIndexes(first - 1, col0, count, width).delete("Up");
        await context.sync();
        await appendLog(context, "archive", place.sheet, DETAILS.archive[lang].replace("{n}", String(sorted.length)).replace("{archive}", ARCHIVE_SHEET), lang);
        return success(sorted.length);
      },
      { undoGroup: true },
    );
  } catch (error) {
    if (error instanceof LedgerChanged) return failure(workbookProblem("ledgerChanged"));
    return hostFailure(error, place.sheet);
  }
}

class LedgerChanged extends Error {}

/** The ledger's header texts, as the archive's column headers after the bookkeeping columns. */
function ledgerHeader(ledger: ExcelLedger): string[] {
  const { values } = ledger.input;
  const statusIndex = ledger.place.statusColumn - ledger.place.firstColumn;
  const headerIndex = values.findIndex((row) => row.some((v) => cellText(v) !== ""));
  const header = (values[headerIndex] ?? []).map(cellText);
  if (statusIndex >= header.length) header[statusIndex] = "Status";
  return header;
}

/** Puts the newest archived batch back where it was. Returns how many rows came back. */
export async function restoreLastArchive(host: ExcelHost, lang: Lang): Promise<Outcome<number>> {
  let sheetForMessages = ARCHIVE_SHEET;
  try {
    return await host.run(
      async (context) => {
        const archive = context.workbook.worksheets.getItemOrNullObject(ARCHIVE_SHEET);
        await context.sync();
        if (archive.isNullObject) return failure(workbookProblem("nothingToRestore"));
        const used = archive.getUsedRangeOrNullObject(true);
        used.load("rowIndex,rowCount,columnCount,columnIndex");
        await context.sync();
        if (used.isNullObject || used.rowIndex + used.rowCount <= 1) return failure(workbookProblem("nothingToRestore"));
        const lastRow = used.rowIndex + used.rowCount; // 1-based, inclusive

        // The newest batch: the rows from row 2 down that carry row 2's batch.
        const entries: { sheet: string; row: number; col0: number; width: number }[] = [];
        let batch: unknown = null;
        for (let r = 1; r < lastRow; ) {
          const n = Math.min(FIRST_READ_ROWS, lastRow - r);
          const range = archive.getRangeByIndexes(r, 0, n, META);
          range.load("values");
          await context.sync();
          let ended = false;
          for (const [b, sheet, row, letters, width] of range.values) {
            if (batch === null) batch = b;
            if (b !== batch || b === "") {
              ended = true;
              break;
            }
            entries.push({ sheet: String(sheet), row: Number(row), col0: columnIndexOf(String(letters)), width: Number(width) });
          }
          if (ended) break;
          r += n;
        }
        if (entries.length === 0) return failure(workbookProblem("nothingToRestore"));
        const widest = entries.reduce((w, e) => Math.max(w, e.width), 0);
        const cells = await readExactCells(context, archive, 1, META, entries.length, widest);

        const sheets = new Map<string, Excel.Worksheet>();
        for (const name of new Set(entries.map((e) => e.sheet))) {
          sheetForMessages = name;
          const target = await writableSheet(context, name);
          if (!target.ok) return target;
          sheets.set(name, target.value);
        }
        // Inserted in ascending row order, each row lands at its original number again; the cells are
        // written once every row is in place, in blocks under the request cap.
        const order = entries.map((_, i) => i).sort((a, b) => entries[a].row - entries[b].row);
        for (const i of order) {
          const e = entries[i];
          sheets.get(e.sheet)!.getRangeByIndexes(e.row - 1, e.col0, 1, e.width).insert("Down");
        }
        const blocks = blocksByWeight(order.length, (j) => rowBytes(cells.formulas[order[j]], cells.formats[order[j]]));
        for (const [start, end] of blocks) {
          for (const i of order.slice(start, end)) {
            const e = entries[i];
            const range = sheets.get(e.sheet)!.getRangeByIndexes(e.row - 1, e.col0, 1, e.width);
            range.numberFormat = [cells.formats[i].slice(0, e.width)];
            range.formulas = [cells.formulas[i].slice(0, e.width)];
          }
          await context.sync();
        }
        archive.getRange(`2:${entries.length + 1}`).delete("Up");
        await context.sync();
        await appendLog(context, "restore", [...sheets.keys()].join(", "), DETAILS.restore[lang].replace("{n}", String(entries.length)).replace("{archive}", ARCHIVE_SHEET), lang);
        return success(entries.length);
      },
      { undoGroup: true },
    );
  } catch (error) {
    return hostFailure(error, sheetForMessages);
  }
}

/** "A" → 0, "AA" → 26. */
function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
