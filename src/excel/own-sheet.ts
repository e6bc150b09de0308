// The sheets the add-in writes to: its own (found by name, or added at the end of the workbook), and
// the user's (which must still be there and not be protected). A protected own sheet, or a workbook
// whose structure is protected (Review › Protect Workbook, WorkbookProtection in ExcelApi 1.7), is
// named as what it is, before anything is written — not reported as the ledger's sheet being protected.
import { workbookProblem, type Lang } from "../core/messages";
import { failure, success, type Outcome } from "./outcome";

/** The add-in cannot write one of its own sheets; the message says why and what to do. */
export class OwnSheetRefused extends Error {
  constructor(readonly userMessage: Readonly<Record<Lang, string>>) {
    super(userMessage.en);
  }
}

export async function ownSheet(context: Excel.RequestContext, name: string): Promise<{ sheet: Excel.Worksheet; created: boolean }> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  existing.protection.load("protected");
  const structure = context.workbook.protection;
  structure.load("protected");
  await context.sync();
  if (!existing.isNullObject) {
    if (existing.protection.protected) throw new OwnSheetRefused(workbookProblem("ownSheetProtected", { sheet: name }));
    return { sheet: existing, created: false };
  }
  if (structure.protected) throw new OwnSheetRefused(workbookProblem("structureProtected", { sheet: name }));
  const sheet = context.workbook.worksheets.add(name);
  return { sheet, created: true };
}

/** A sheet the add-in is about to change: it must still exist and not be protected. */
export async function writableSheet(context: Excel.RequestContext, name: string): Promise<Outcome<Excel.Worksheet>> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.protection.load("protected");
  await context.sync();
  if (sheet.isNullObject) return failure(workbookProblem("sheetGone", { sheet: name }));
  if (sheet.protection.protected) return failure(workbookProblem("protected", { sheet: name }));
  return success(sheet);
}
