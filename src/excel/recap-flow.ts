// "Monthly recap", from the ribbon or the task pane: the ledger (the active sheet unless one is
// chosen), audited with the month's last day as the reference date, counted per company, and written
// to `Rekap YYYY-MM` as one undo step.
import { formatDayId } from "../core/dates";
import { runAudit } from "../core/ledger/audit";
import { fill, LEDGER_PROBLEMS, LOG_DETAILS, type Lang } from "../core/words";
import { lastDayOf, monthlyRecap, type Recap, type RecapMonth } from "../core/recap/recap";
import type { ExcelHost } from "./host";
import { appendLog } from "./log";
import { CANCELLED, failure, hostFailure, success, type Outcome } from "./outcome";
import { readLedger, type Progress } from "./read-ledger";
import { listLedgerSources } from "./sources";
import { writeRecapSheet } from "./write-recap";

export interface RecapRequest {
  readonly month: RecapMonth;
  readonly lang: Lang;
  /** The ledger; by default the active sheet (or the first sheet that is not the add-in's own). */
  readonly sourceId?: string;
  readonly progress?: Progress;
  readonly signal?: AbortSignal;
}

export interface RecapDone {
  readonly sheet: string;
  readonly recap: Recap;
}

export async function makeMonthlyRecap(host: ExcelHost, request: RecapRequest): Promise<Outcome<RecapDone>> {
  const { month, lang } = request;
  let sourceId = request.sourceId;
  if (sourceId === undefined) {
    const sources = await listLedgerSources(host);
    if (sources.length === 0) return failure(LEDGER_PROBLEMS.empty);
    sourceId = sources[0].id;
  }
  const read = await readLedger(host, sourceId, request.progress, request.signal);
  if (!read.ok) return read;
  if (request.signal?.aborted) return failure(CANCELLED);
  const refDate = lastDayOf(month);
  const audited = runAudit(read.value.input, { refDate, lang });
  if (!audited.ok) return failure(LEDGER_PROBLEMS[audited.problem]);
  const recap = monthlyRecap(audited.audit, month);
  const ledgerSheet = read.value.sheet;
  try {
    return await host.run(
      async (context) => {
        const written = await writeRecapSheet(context, recap, { sheet: ledgerSheet, rowCount: audited.audit.parsed.columns.count, refDate: formatDayId(refDate) }, lang);
        if (!written.ok) return written;
        await appendLog(context, "recap", ledgerSheet, fill(LOG_DETAILS.recap[lang], { sheet: written.value, companies: recap.companies.length }, lang), lang);
        return success({ sheet: written.value, recap });
      },
      { undoGroup: true },
    );
  } catch (error) {
    return hostFailure(error, ledgerSheet);
  }
}

