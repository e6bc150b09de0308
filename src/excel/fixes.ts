// Applying safe fixes (src/core/ledger/fixes.ts) and taking them back. Before a cell changes, its
// formula/value and number format go to the fix archive sheet, newest batch on top; "undo the last
// fixes" writes them back exactly. Cells that changed since the audit are refused, not overwritten.
import { DAYS_1900_TO_1904 } from "../core/date-system";
import { cellText } from "../core/ledger/cells";
import type { CellFix } from "../core/ledger/fixes";
import { workbookProblem, type Lang } from "../core/messages";
import { fill, FIX_ARCHIVE_HEADER, LOG_DETAILS } from "../core/words";
import { columnLetters } from "./addresses";
import { blocksOfOperations, OPERATION_BYTES, rowBytes } from "./blocks";
import { exactEntry } from "./exact-cells";
import { readNewestBatch } from "./newest-batch";
import type { ExcelHost } from "./host";
import { appendLog } from "./log";
import { failure, hostFailure, nothingToDo, success, type Outcome } from "./outcome";
import { ownSheet, writableSheet } from "./own-sheet";
import type { ExcelLedger } from "./read-ledger";
import { FIX_ARCHIVE_SHEET } from "./sheet-names";
import { queueTextRows, writeRows } from "./write-rows";

const META = FIX_ARCHIVE_HEADER.length;

class LedgerChanged extends Error {}

/** The "Rumus" column of the fix archive: what the original cell held besides a constant. */
const FORMULA = "=";
const ERROR_VALUE = "#";

/** Applies the fixes to the ledger's sheet. Returns how many cells changed. */
export async function applyFixes(host: ExcelHost, ledger: ExcelLedger, fixes: readonly CellFix[], lang: Lang): Promise<Outcome<number>> {
  if (fixes.length === 0) return success(0);
  const { place } = ledger;
  try {
    return await host.run(
      async (context) => {
        const target = await writableSheet(context, place.sheet);
        if (!target.ok) return target;
        const sheet = target.value;

        // The cells as they are now: each must still hold what the audit saw.
        const originals: { content: string | number | boolean; kind: string; format: string }[] = [];
        for (const [start, end] of blocksOfOperations(fixes.length, (i) => 4 * rowBytes([fixes[i].before]))) {
          const ranges = fixes.slice(start, end).map((f) => {
            const range = sheet.getRangeByIndexes(f.row - 1, place.firstColumn + f.column, 1, 1).untrack();
            range.load("values,formulas,valueTypes,numberFormat");
            return range;
          });
          await context.sync();
          ranges.forEach((range, i) => {
            const value = range.values[0][0] as string | number | boolean;
            if (cellText(value) !== cellText(fixes[start + i].before)) throw new LedgerChanged();
            const entry = exactEntry(range.formulas[0][0], value, range.valueTypes[0][0]);
            const kind = entry === range.formulas[0][0] && typeof entry === "string" && entry.startsWith("=") ? FORMULA : range.valueTypes[0][0] === "Error" ? ERROR_VALUE : "";
            originals.push({ content: kind === FORMULA ? (entry as string) : value, kind, format: range.numberFormat[0][0] });
          });
        }

        const { sheet: archive, created } = await ownSheet(context, FIX_ARCHIVE_SHEET);
        if (created) {
          archive.getRangeByIndexes(0, 0, 1, META).format.font.bold = true;
          archive.freezePanes.freezeRows(1);
          await writeRows(context, archive, 0, 0, [FIX_ARCHIVE_HEADER.map((h) => h[lang])]);
        }
        const batch = new Date().toISOString();
        archive.getRange(`2:${fixes.length + 1}`).insert("Down");
        await context.sync();
        // Each request records a block of originals in the archive and applies the same fixes, so no
        // cell is changed without its original kept, and no original is kept for a cell left as it was.
        let done = 0;
        try {
          for (const [start, end] of blocksOfOperations(fixes.length, (i) => OPERATION_BYTES + 2 * rowBytes([fixes[i].before, fixes[i].after]))) {
            const meta = fixes.slice(start, end).map((f, j) => [batch, place.sheet, f.row, columnLetters(place.firstColumn + f.column), originals[start + j].content, originals[start + j].format, f.after, f.kind, originals[start + j].kind]);
            queueTextRows(archive, 1 + start, 0, meta);
            for (const f of fixes.slice(start, end)) {
              const range = sheet.getRangeByIndexes(f.row - 1, place.firstColumn + f.column, 1, 1).untrack();
              range.numberFormat = [[f.format]];
              // A date's serial counts from 1904 in a 1904 workbook: 1,462 fewer for the same day.
              range.values = [[place.date1904 && f.kind === "dateText" && typeof f.after === "number" ? f.after - DAYS_1900_TO_1904 : f.after]];
            }
            await context.sync();
            done = end;
          }
        } catch (error) {
          if (done < fixes.length) {
            archive.getRange(`${2 + done}:${fixes.length + 1}`).delete("Up");
            await context.sync();
          }
          if (done === 0) throw error;
          await appendLog(context, "fix", place.sheet, fill(LOG_DETAILS.fix[lang], { n: done, archive: FIX_ARCHIVE_SHEET }, lang), lang);
          return success(done);
        }
        await appendLog(context, "fix", place.sheet, fill(LOG_DETAILS.fix[lang], { n: fixes.length, archive: FIX_ARCHIVE_SHEET }, lang), lang);
        return success(fixes.length);
      },
      { undoGroup: true },
    );
  } catch (error) {
    if (error instanceof LedgerChanged) return failure(workbookProblem("ledgerChanged"));
    return hostFailure(error, place.sheet);
  }
}

/** Puts back the cells of the newest fix batch. Returns how many. */
export async function undoLastFixes(host: ExcelHost, lang: Lang): Promise<Outcome<number>> {
  try {
    return await host.run(
      async (context) => {
        const newest = await readNewestBatch(context, FIX_ARCHIVE_SHEET, META);
        if (!newest) return nothingToDo(workbookProblem("nothingToUndo"));
        const { archive, rows: entries } = newest;
        const sheets = new Map<string, Excel.Worksheet>();
        for (const name of new Set(entries.map((e) => String(e[1])))) {
          const sheet = context.workbook.worksheets.getItemOrNullObject(name);
          await context.sync();
          if (sheet.isNullObject) return failure(workbookProblem("sheetGone", { sheet: name }));
          sheets.set(name, sheet);
        }
        // Each request puts a block of cells back and takes the same entries off the top of the archive.
        for (const [start, end] of blocksOfOperations(entries.length, (i) => OPERATION_BYTES + rowBytes(entries[i]))) {
          for (const [, sheetName, row, letters, content, format, , , kind] of entries.slice(start, end)) {
            const range = sheets.get(String(sheetName))!.getRange(`${letters}${row}`).untrack();
            // The format first; then the cell as it was typed: a formula as a formula, an error value
            // as itself, and text behind Excel's quote prefix, so "12/03/1992" or "0812…" stays text.
            range.numberFormat = [[String(format)]];
            if (kind === FORMULA) range.formulas = [[content]];
            else range.values = [[kind !== ERROR_VALUE && typeof content === "string" && content !== "" ? `'${content}` : content] as (string | number | boolean)[]];
          }
          archive.getRange(`2:${end - start + 1}`).delete("Up");
          await context.sync();
        }
        await appendLog(context, "fix", [...sheets.keys()].join(", "), fill(LOG_DETAILS.undoFix[lang], { n: entries.length, archive: FIX_ARCHIVE_SHEET }, lang), lang);
        return success(entries.length);
      },
      { undoGroup: true },
    );
  } catch (error) {
    return hostFailure(error, FIX_ARCHIVE_SHEET);
  }
}
