// Roster reconciliation in the workbook: the ledger and the roster read from their sheets (or tables),
// reconciled by the engine, and the worklist written to its own sheet — rewritten on each run, one
// undo step, a log line. The admin works down the list and ticks the "Selesai" column.
import type { Day } from "../core/dates";
import { runAudit } from "../core/ledger/audit";
import { LEDGER_PROBLEMS, workbookProblem, type Lang } from "../core/messages";
import { fill, LOG_DETAILS } from "../core/words";
import { reconcileRoster, worklistTable, type Reconciliation } from "../core/roster/reconcile";
import type { ExcelHost } from "./host";
import { appendLog } from "./log";
import { failure, hostFailure, success, type Outcome } from "./outcome";
import { ownSheet } from "./own-sheet";
import { readLedger, type Progress } from "./read-ledger";
import { WORKLIST_SHEET } from "./sheet-names";
import { writeTable } from "./write-table";

export interface ReconcileRequest {
  readonly ledgerSourceId: string;
  readonly rosterSourceId: string;
  readonly refDate: Day;
  readonly lang: Lang;
  readonly progress?: Progress;
  readonly signal?: AbortSignal;
}


export async function reconcileInWorkbook(host: ExcelHost, request: ReconcileRequest): Promise<Outcome<Reconciliation>> {
  const { lang } = request;
  const ledger = await readLedger(host, request.ledgerSourceId, request.progress, request.signal);
  if (!ledger.ok) return ledger;
  const roster = await readLedger(host, request.rosterSourceId, undefined, request.signal);
  if (!roster.ok) return roster;
  const audited = runAudit(ledger.value.input, { refDate: request.refDate, lang });
  if (!audited.ok) return failure(LEDGER_PROBLEMS[audited.problem]);
  const reconciled = reconcileRoster(audited.audit, roster.value.input);
  if (!reconciled.ok) return failure(LEDGER_PROBLEMS[reconciled.problem]);
  const table = worklistTable(reconciled.reconciliation, lang);
  try {
    return await host.run(
      async (context) => {
        const { sheet } = await ownSheet(context, WORKLIST_SHEET);
        sheet.protection.load("protected");
        await context.sync();
        if (sheet.protection.protected) return failure(workbookProblem("protected", { sheet: WORKLIST_SHEET }));
        sheet.getRange().clear("All");
        sheet.freezePanes.freezeRows(1);
        // The end date and deadlines as real dates of this workbook, so the list sorts by deadline.
        await writeTable(context, sheet, 0, 0, table, { date1904: ledger.value.place.date1904 === true });
        sheet.getRangeByIndexes(0, 0, 1, table.header.length).format.autofitColumns();
        const details = fill(LOG_DETAILS.reconcile[lang], { roster: roster.value.sheet, items: table.rows.length, sheet: WORKLIST_SHEET }, lang);
        await appendLog(context, "reconcile", ledger.value.sheet, details, lang);
        return success(reconciled.reconciliation);
      },
      { undoGroup: true },
    );
  } catch (error) {
    return hostFailure(error, WORKLIST_SHEET);
  }
}
