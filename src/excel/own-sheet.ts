// The sheets the add-in writes to: its own (found by name, or added at the end of the workbook), and
// the user's (which must still be there and not be protected).
import { workbookProblem } from "../core/messages";
import { failure, success, type Outcome } from "./outcome";

export async function ownSheet(context: Excel.RequestContext, name: string): Promise<{ sheet: Excel.Worksheet; created: boolean }> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (!existing.isNullObject) return { sheet: existing, created: false };
  const sheet = context.workbook.worksheets.add(name);
  return { sheet, created: true };
}

/** A sheet the add-in is about to change: it must still exist and not be protected. */
export async function writableSheet(context: Excel.RequestContext, name: string): Promise<Outcome<Excel.Worksheet>> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) return failure(workbookProblem("sheetGone", { sheet: name }));
  sheet.protection.load("protected");
  await context.sync();
  if (sheet.protection.protected) return failure(workbookProblem("protected", { sheet: name }));
  return success(sheet);
}
