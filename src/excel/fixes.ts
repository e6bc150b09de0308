// Applying safe fixes (src/core/ledger/fixes.ts) and taking them back. Before a cell changes, its
// formula/value and number format go to the fix archive sheet, newest batch on top; "undo the last
// fixes" writes them back exactly. Cells that changed since the audit are refused, not overwritten.
import { cellText } from "../core/ledger/cells";
import type { CellFix } from "../core/ledger/fixes";
import { workbookProblem, type Lang } from "../core/messages";
import { columnLetters } from "./addresses";
import { blocksByWeight, rowBytes } from "./blocks";
import type { ExcelHost } from "./host";
import { appendLog } from "./log";
import { failure, hostFailure, success, type Outcome } from "./outcome";
import { ownSheet, writableSheet } from "./own-sheet";
import type { ExcelLedger } from "./read-ledger";
import { FIX_ARCHIVE_SHEET } from "./sheet-names";
import { writeRows } from "./write-rows";

const HEADER = {
  id: ["Kelompok perbaikan", "Lembar", "Baris", "Kolom", "Isi asal", "Format asal", "Isi baru", "Jenis", "Rumus"],
  en: ["Fix batch", "Sheet", "Row", "Column", "Original content", "Original format", "New content", "Kind", "Formula"],
} as const;
const META = HEADER.id.length;
const DETAILS = {
  apply: { id: "{n} sel diperbaiki; isi asal di {archive}", en: "{n} cells fixed; originals in {archive}" },
  undo: { id: "{n} sel dikembalikan dari {archive}", en: "{n} cells put back from {archive}" },
} as const;

class LedgerChanged extends Error {}

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
        const originals: { content: string | number | boolean; formula: boolean; format: string }[] = [];
        const blocks = blocksByWeight(fixes.length, (i) => 4 * rowBytes([fixes[i].before]) + 200);
        for (const [start, end] of blocks) {
          const ranges = fixes.slice(start, end).map((f) => {
            const range = sheet.getRangeByIndexes(f.row - 1, place.firstColumn + f.column, 1, 1);
            range.load("values,formulas,numberFormat");
            return range;
          });
          await context.sync();
          ranges.forEach((range, i) => {
            if (cellText(range.values[0][0]) !== cellText(fixes[start + i].before)) throw new LedgerChanged();
            const value = range.values[0][0] as string | number | boolean;
            const formula = range.formulas[0][0];
            const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
            originals.push({ content: isFormula ? formula : value, formula: isFormula, format: range.numberFormat[0][0] });
          });
        }

        const { sheet: archive, created } = await ownSheet(context, FIX_ARCHIVE_SHEET);
        if (created) {
          archive.getRangeByIndexes(0, 0, 1, META).format.font.bold = true;
          archive.freezePanes.freezeRows(1);
          await writeRows(context, archive, 0, 0, [[...HEADER[lang]]]);
        }
        const batch = new Date().toISOString();
        archive.getRange(`2:${fixes.length + 1}`).insert("Down");
        await writeRows(
          context,
          archive,
          1,
          0,
          fixes.map((f, i) => [batch, place.sheet, f.row, columnLetters(place.firstColumn + f.column), originals[i].content, originals[i].format, f.after, f.kind, originals[i].formula ? "=" : ""]),
        );

        for (const [start, end] of blocksByWeight(fixes.length, (i) => rowBytes([fixes[i].after]) + 200)) {
          for (const f of fixes.slice(start, end)) {
            const range = sheet.getRangeByIndexes(f.row - 1, place.firstColumn + f.column, 1, 1);
            range.numberFormat = [[f.format]];
            range.values = [[f.after]];
          }
          await context.sync();
        }
        await appendLog(context, "fix", place.sheet, DETAILS.apply[lang].replace("{n}", String(fixes.length)).replace("{archive}", FIX_ARCHIVE_SHEET), lang);
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
        const archive = context.workbook.worksheets.getItemOrNullObject(FIX_ARCHIVE_SHEET);
        await context.sync();
        if (archive.isNullObject) return failure(workbookProblem("nothingToRestore"));
        const used = archive.getUsedRangeOrNullObject(true);
        used.load("rowIndex,rowCount");
        await context.sync();
        const last = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
        if (last <= 1) return failure(workbookProblem("nothingToRestore"));
        const rows = archive.getRangeByIndexes(1, 0, last - 1, META);
        rows.load("values");
        await context.sync();
        const batch = rows.values[0][0];
        const entries = rows.values.filter((_, i) => rows.values.slice(0, i + 1).every((r) => r[0] === batch));
        const sheets = new Map<string, Excel.Worksheet>();
        for (const name of new Set(entries.map((e) => String(e[1])))) {
          const sheet = context.workbook.worksheets.getItemOrNullObject(name);
          await context.sync();
          if (sheet.isNullObject) return failure(workbookProblem("sheetGone", { sheet: name }));
          sheets.set(name, sheet);
        }
        for (const [start, end] of blocksByWeight(entries.length, (i) => rowBytes(entries[i]) + 200)) {
          for (const [, sheetName, row, letters, content, format, , , formula] of entries.slice(start, end)) {
            const range = sheets.get(String(sheetName))!.getRange(`${letters}${row}`);
            // The format first; then a formula as a formula, and text as text: in a cell not formatted
            // as text, Excel's quote prefix keeps "12/03/1992" or "0812…" from being read as a date or number.
            range.numberFormat = [[String(format)]];
            if (formula === "=") range.formulas = [[content]];
            else range.values = [[typeof content === "string" && format !== "@" ? `'${content}` : content]];
          }
          await context.sync();
        }
        archive.getRange(`2:${entries.length + 1}`).delete("Up");
        await appendLog(context, "fix", [...sheets.keys()].join(", "), DETAILS.undo[lang].replace("{n}", String(entries.length)).replace("{archive}", FIX_ARCHIVE_SHEET), lang);
        return success(entries.length);
      },
      { undoGroup: true },
    );
  } catch (error) {
    return hostFailure(error, FIX_ARCHIVE_SHEET);
  }
}
