// Removing duplicate rows without losing them (SPEC §7 "Nothing lost"): the rows move to the archive
// sheet, each with its sheet, original row number, columns and the reason, newest batch on top; and
// "Restore" puts the newest batch back at its original rows, cell for cell (formulas, values and
// number formats as they were). Only the ledger's own columns move, as Excel's Remove Duplicates does,
// so whatever sits beside the ledger stays where it is.
import { cellText } from "../core/ledger/cells";
import { headerCells } from "../core/ledger/ledger";
import { workbookProblem, type Lang } from "../core/messages";
import { ARCHIVE_HEADER, fill, LOG_DETAILS } from "../core/words";
import { columnLetters } from "./addresses";
import { blocksOfOperations, OPERATION_BYTES, rowBytes } from "./blocks";
import { queueExactRows, readExactRows } from "./exact-cells";
import { readNewestBatch } from "./newest-batch";
import type { ExcelHost } from "./host";
import { appendLog } from "./log";
import { failure, hostFailure, nothingToDo, success, type Outcome } from "./outcome";
import { ownSheet, writableSheet } from "./own-sheet";
import type { ExcelLedger } from "./read-ledger";
import { ARCHIVE_SHEET } from "./sheet-names";
import { queueTextRows, writeRows } from "./write-rows";

/** Columns of bookkeeping before the archived cells. */
const META = ARCHIVE_HEADER.length;


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
        const conflict = await removalConflict(context, sheet, place.sheet, sorted, col0, width);
        if (conflict) return failure(conflict);

        // Read the rows exactly as they are now, and refuse if they are not the rows that were audited.
        // The span from the first to the last row is read in blocks (a few requests, as the audit's own
        // read), not one request per row.
        const runs = runsOf(sorted);
        const cells: { entries: unknown[][]; formats: string[][] } = { entries: [], formats: [] };
        const statusIndex = place.statusColumn - col0;
        const top = sorted[0];
        const span = await readExactRows(context, sheet, top - 1, col0, sorted[sorted.length - 1] - top + 1, width);
        for (const row of sorted) {
          const now = span.values[row - top];
          const audited = input.values[row - place.firstRow] ?? [];
          for (let c = 0; c < now.length; c++) {
            if (c === statusIndex) continue;
            if (cellText(now[c]) !== cellText(audited[c])) throw new LedgerChanged();
          }
          cells.entries.push(span.entries[row - top]);
          cells.formats.push(span.formats[row - top]);
        }

        const { sheet: archive, created } = await ownSheet(context, ARCHIVE_SHEET);
        const batch = new Date().toISOString();
        if (created) {
          const header = ledgerHeader(ledger);
          await writeRows(context, archive, 0, 0, [[...ARCHIVE_HEADER.map((h) => h[lang]), ...header]]);
          archive.getRangeByIndexes(0, 0, 1, META + header.length).format.font.bold = true;
          archive.freezePanes.freezeRows(1);
        }
        // Newest batch on top, so Restore finds it without reading the whole archive. Room for the batch
        // first; then, from the bottom of the ledger up, each request copies a block of rows into the
        // archive and deletes them from the ledger together, so a row is never in both places or in
        // neither. Deleting bottom-up keeps the row numbers of the runs above true.
        archive.getRange(`2:${sorted.length + 1}`).insert("Down");
        await context.sync();
        const indexOf = new Map(sorted.map((row, i) => [row, i]));
        const blocks = blocksOfOperations(runs.length, (i) => runs[i][1] * (OPERATION_BYTES + 2 * rowBytes(cells.entries[indexOf.get(runs[i][0])!], cells.formats[indexOf.get(runs[i][0])!])));
        let moved = 0;
        try {
          for (const [start, end] of [...blocks].reverse()) {
            for (const [first, count] of runs.slice(start, end).reverse()) {
              const at = indexOf.get(first)!;
              const meta = sorted.slice(at, at + count).map((row) => [batch, place.sheet, row, columnLetters(col0), width, reasonOf.get(row)!]);
              queueTextRows(archive, 1 + at, 0, meta);
              const range = archive.getRangeByIndexes(1 + at, META, count, width).untrack();
              range.numberFormat = cells.formats.slice(at, at + count);
              range.formulas = cells.entries.slice(at, at + count);
              sheet.getRangeByIndexes(first - 1, col0, count, width).untrack().delete("Up");
            }
            await context.sync();
            for (const [, count] of runs.slice(start, end)) moved += count;
          }
        } catch (error) {
          // The blocks not moved keep their rows in the ledger; their empty places in the archive go.
          if (moved < sorted.length) {
            archive.getRange(`2:${sorted.length - moved + 1}`).delete("Up");
            await context.sync();
          }
          if (moved === 0) throw error;
          await appendLog(context, "archive", place.sheet, fill(LOG_DETAILS.archivePartial[lang], { n: moved, total: sorted.length, archive: ARCHIVE_SHEET }, lang), lang);
          return failure(workbookProblem("partialArchive", { n: String(moved), total: String(sorted.length) }));
        }
        await appendLog(context, "archive", place.sheet, fill(LOG_DETAILS.archive[lang], { n: sorted.length, archive: ARCHIVE_SHEET }, lang), lang);
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

/**
 * The ledger's header texts, as the archive's column headers after the bookkeeping columns: its header
 * row as the audit finds it, not a title above it.
 */
function ledgerHeader(ledger: ExcelLedger): string[] {
  const statusIndex = ledger.place.statusColumn - ledger.place.firstColumn;
  const header = headerCells(ledger.input);
  if (statusIndex >= header.length) header[statusIndex] = "Status";
  return header;
}

/** Puts the newest archived batch back where it was. Returns how many rows came back. */
export async function restoreLastArchive(host: ExcelHost, lang: Lang): Promise<Outcome<number>> {
  let sheetForMessages = ARCHIVE_SHEET;
  try {
    return await host.run(
      async (context) => {
        const newest = await readNewestBatch(context, ARCHIVE_SHEET, META);
        if (!newest) return nothingToDo(workbookProblem("nothingToRestore"));
        const { archive } = newest;
        const entries = newest.rows.map(([, sheet, row, letters, width]) => ({ sheet: String(sheet), row: Number(row), col0: columnIndexOf(String(letters)), width: Number(width) }));
        const widest = entries.reduce((w, e) => Math.max(w, e.width), 0);
        const cells = await readExactRows(context, archive, 1, META, entries.length, widest);

        const sheets = new Map<string, Excel.Worksheet>();
        for (const name of new Set(entries.map((e) => e.sheet))) {
          sheetForMessages = name;
          const target = await writableSheet(context, name);
          if (!target.ok) return target;
          const rowsOfSheet = entries.filter((e) => e.sheet === name).map((e) => e.row);
          const conflict = await removalConflict(context, target.value, name, rowsOfSheet, entries[0].col0, widest);
          if (conflict) return failure(conflict);
          sheets.set(name, target.value);
        }
        // The batch is in ascending row order: inserted in that order, each row lands at its original
        // number again. Each request puts a block of rows back and takes the same rows off the top of
        // the archive, so a row is never in both places or in neither, whatever request Excel refuses.
        const blocks = blocksOfOperations(entries.length, (i) => OPERATION_BYTES + rowBytes(cells.entries[i], cells.formats[i]));
        for (const [start, end] of blocks) {
          for (const [first, count] of runsOfEntries(entries, start, end)) {
            const e = entries[first];
            sheets.get(e.sheet)!.getRangeByIndexes(e.row - 1, e.col0, count, e.width).untrack().insert("Down").untrack();
          }
          queueExactRows(
            entries.slice(start, end).map((e, j) => ({ sheet: sheets.get(e.sheet)!, row0: e.row - 1, col0: e.col0, entries: cells.entries[start + j].slice(0, e.width), formats: cells.formats[start + j] })),
          );
          archive.getRange(`2:${end - start + 1}`).delete("Up");
          await context.sync();
        }
        await appendLog(context, "restore", [...sheets.keys()].join(", "), fill(LOG_DETAILS.restore[lang], { n: entries.length, archive: ARCHIVE_SHEET }, lang), lang);
        return success(entries.length);
      },
      { undoGroup: true },
    );
  } catch (error) {
    return hostFailure(error, sheetForMessages);
  }
}

/** Runs of entries [start, end) on one sheet at consecutive rows, as [first index, count]. */
function runsOfEntries(entries: readonly { sheet: string; row: number; col0: number; width: number }[], start: number, end: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = start; i < end; i++) {
    const last = runs[runs.length - 1];
    const prev = last ? entries[last[0] + last[1] - 1] : null;
    const e = entries[i];
    if (prev && prev.sheet === e.sheet && prev.col0 === e.col0 && prev.width === e.width && prev.row + 1 === e.row) last![1]++;
    else runs.push([i, 1]);
  }
  return runs;
}

/**
 * Why rows of `name` cannot be removed or put back, if they cannot: Excel refuses to delete or insert
 * cells in a filtered range (FilteredRangeConflict) or through part of a merged area (MergedRangeConflict),
 * so the user is told which before anything is written.
 */
async function removalConflict(context: Excel.RequestContext, sheet: Excel.Worksheet, name: string, rows: readonly number[], col0: number, width: number): Promise<Record<Lang, string> | null> {
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const filter = sheet.autoFilter;
  filter.load("isDataFiltered");
  const merged = sheet.getRangeByIndexes(first - 1, col0, last - first + 1, width).getMergedAreasOrNullObject();
  merged.load("address");
  await context.sync();
  if (filter.isDataFiltered) return workbookProblem("filtered", { sheet: name });
  if (!merged.isNullObject) return workbookProblem("merged", { sheet: name, address: merged.address.replace(/[^,!]*!/g, "") });
  return null;
}

/** "A" → 0, "AA" → 26. */
function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
