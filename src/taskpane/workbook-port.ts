// Connects the audit panel to the workbook through src/excel. Outside Excel (a plain browser) there is
// no workbook and the panel says so.
import { appendLedgerRow, applyFixes, archiveRows, importCsv, undoLastFixes, goToCell, listLedgerSources, makeMonthlyRecap, officeHost, readLedger, reconcileInWorkbook, restoreLastArchive, writeAudit } from "../excel";
import type { WorkbookPort } from "./audit-panel";

/** The port when the pane runs in Excel (`host` from Office.onReady), else null. */
export function createWorkbookPort(host: string | null | undefined): WorkbookPort | null {
  if (host !== "Excel" || typeof Excel === "undefined") return null;
  const excel = officeHost();
  return {
    sources: () => listLedgerSources(excel),
    read: (sourceId, progress, signal) => readLedger(excel, sourceId, progress, signal),
    write: (ledger, audit, report, lang, progress, signal) => writeAudit(excel, ledger, audit, report, { lang, progress, signal }),
    archive: (ledger, rows, lang) => archiveRows(excel, ledger, rows, lang),
    restore: (lang) => restoreLastArchive(excel, lang),
    goTo: (ledger, row, column) => goToCell(excel, ledger.place, row, column),
    fix: (ledger, fixes, lang) => applyFixes(excel, ledger, fixes, lang),
    undoFixes: (lang) => undoLastFixes(excel, lang),
    append: (ledger, cells, lang) => appendLedgerRow(excel, ledger.place, cells, lang),
    reconcile: (ledgerSourceId, rosterSourceId, refDate, lang, progress, signal) => reconcileInWorkbook(excel, { ledgerSourceId, rosterSourceId, refDate, lang, progress, signal }),
    recap: (sourceId, month, lang, progress, signal) => makeMonthlyRecap(excel, { sourceId, month, lang, progress, signal }),
    importCsv: (fileName, plan, lang, signal) => importCsv(excel, fileName, plan, lang, signal),
  };
}
