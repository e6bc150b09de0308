// The Excel adapter: the only code that calls the Excel JavaScript API. Surfaces reach Excel through
// these functions and an `ExcelHost` (Office.js's Excel.run, or the test double in tests).
export { officeHost, type ExcelHost } from "./host";
export { listLedgerSources, type LedgerSource } from "./sources";
export { readLedger, type ExcelLedger, type LedgerPlace, type Progress } from "./read-ledger";
export { writeAudit } from "./write-audit";
export { archiveRows, restoreLastArchive, type RowToArchive } from "./archive";
export { goToCell } from "./navigate";
export type { Outcome } from "./outcome";
export { makeMonthlyRecap, type RecapDone, type RecapRequest } from "./recap-flow";
export { reconcileInWorkbook, type ReconcileRequest } from "./write-worklist";
export { appendLedgerRow, type EntryCell } from "./append-row";
export { applyFixes, undoLastFixes } from "./fixes";
export { importCsv, importSheetName } from "./import-csv";
