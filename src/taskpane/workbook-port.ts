// Connects the audit panel to the workbook through src/excel. Outside Excel (a plain browser) there is
// no workbook and the panel says so.
import type { WorkbookPort } from "./audit-panel";

export function createWorkbookPort(): WorkbookPort | null {
  return null;
}
