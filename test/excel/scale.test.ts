// SPEC §7 "Fast at Excel's limits": the number of context.sync calls grows with blocks of rows, never
// with rows, and no request or response goes over Excel on the web's 5 MB.
import { parseIsoDate, type Day } from "../../src/core/dates";
import { auditReport, runAudit } from "../../src/core/ledger/audit";
import { officeHost, readLedger, writeAudit } from "../../src/excel";
import { BLOCK_BUDGET_BYTES, REQUEST_LIMIT_BYTES } from "../../src/excel/blocks";
import { generateParticipantLedger } from "../../src/fixtures/ledgers";
import { WorkbookModel } from "../excel-double/excel-double";
import { useWorkbook } from "../excel-double/office-client";

jest.setTimeout(300_000);

async function auditThroughDouble(rows: number) {
  const ledger = generateParticipantLedger({ rows, seed: 100 });
  const book = new WorkbookModel([{ name: "Peserta", values: ledger.values as unknown[][], formats: ledger.formats }]);
  useWorkbook(book);
  const host = officeHost();
  const read = await readLedger(host, "sheet:Peserta");
  if (!read.ok) throw new Error(read.message.en);
  const readSyncs = book.syncCount;
  const readBytes = book.syncs.reduce((n, s) => n + s.responseBytes, 0);
  const result = runAudit(read.value.input, { refDate: parseIsoDate(ledger.truth.refDate) as Day });
  if (!result.ok) throw new Error(result.problem);
  const written = await writeAudit(host, read.value, result.audit, auditReport(result.audit, "Peserta"), { lang: "id" });
  expect(written.ok).toBe(true);
  const bytes = book.syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
  return { syncs: book.syncCount, readSyncs, readBytes, largestRequest: book.largestRequest, largestResponse: book.largestResponse, refused: book.refusedCount, bytes };
}

describe("auditing through the Excel test double at scale", () => {
  let small: Awaited<ReturnType<typeof auditThroughDouble>>;
  let large: Awaited<ReturnType<typeof auditThroughDouble>>;

  beforeAll(async () => {
    small = await auditThroughDouble(10_000);
    large = await auditThroughDouble(100_000);
  });

  it("keeps every request and response under 5 MB", () => {
    for (const run of [small, large]) {
      expect(run.largestRequest).toBeLessThan(REQUEST_LIMIT_BYTES);
      expect(run.largestResponse).toBeLessThan(REQUEST_LIMIT_BYTES);
      expect(run.refused).toBe(0);
    }
  });

  it("uses a number of syncs bounded by the data's weight in blocks, not by its rows", () => {
    // A fixed handful for lookups, sheets and the log, plus one per block of data moved.
    const bound = (run: typeof large) => 16 + Math.ceil(run.bytes / (BLOCK_BUDGET_BYTES / 2));
    expect(large.syncs).toBeLessThanOrEqual(bound(large));
    expect(large.syncs).toBeLessThanOrEqual(60);
    // Ten times the rows is far less than ten times the syncs.
    expect(large.syncs).toBeLessThan(small.syncs * 6);
    // Reading: blocks filled to at least half the budget, plus the lookups before the first.
    expect(large.readSyncs).toBeLessThanOrEqual(3 + Math.ceil(large.readBytes / (BLOCK_BUDGET_BYTES / 2)));
    console.log(`syncs: 10k rows ${small.syncs} (read ${small.readSyncs}), 100k rows ${large.syncs} (read ${large.readSyncs}, ${large.readBytes} B); largest request ${large.largestRequest} B, response ${large.largestResponse} B`);
  });
});
