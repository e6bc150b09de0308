// The log sheet: one line per run of anything that wrote to the workbook, so a user can see what ran
// when (SPEC §7 "Nothing lost").
import { LOG_ACTIONS, LOG_HEADER, type Lang } from "../core/words";
import { ownSheet } from "./own-sheet";
import { LOG_SHEET } from "./sheet-names";
import { writeRows } from "./write-rows";


export { LOG_ACTIONS };

export type LogAction = keyof typeof LOG_ACTIONS;

/** "2026-11-23 14:05:09", the local time a user reads on their clock. */
export function localTimestamp(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}`;
}

/** Adds one line at the end of the log sheet (made on first use). */
export async function appendLog(context: Excel.RequestContext, action: LogAction, sheetName: string, details: string, lang: Lang): Promise<void> {
  const { sheet, created } = await ownSheet(context, LOG_SHEET);
  const line = [localTimestamp(), LOG_ACTIONS[action][lang], sheetName, details];
  if (created) {
    sheet.getRange("A1:D1").format.font.bold = true;
    sheet.freezePanes.freezeRows(1);
    await writeRows(context, sheet, 0, 0, [LOG_HEADER.map((h) => h[lang]), line]);
    return;
  }
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  await context.sync();
  await writeRows(context, sheet, used.isNullObject ? 0 : used.rowIndex + used.rowCount, 0, [line]);
}
