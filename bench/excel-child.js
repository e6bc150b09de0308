// Syncs and request sizes of the add-in's own Excel code (src/excel) at scale, through Microsoft's
// Excel client with the host model answering it (test/excel-double): read a generated ledger of argv[2] rows, audit it, write the status column with its formats,
// findings and log; then the monthly recap of the same sheet.
"use strict";
const path = require("path");
const dist = path.join(__dirname, "../dist/bench");
const { generateParticipantLedger } = require(path.join(dist, "src/fixtures/ledgers.js"));
const { runAudit, auditReport } = require(path.join(dist, "src/core/ledger/audit.js"));
const { dayOf } = require(path.join(dist, "src/core/dates.js"));
const excel = require(path.join(dist, "src/excel/index.js"));
const { WorkbookModel } = require(path.join(dist, "test/excel-double/excel-double.js"));
const { useWorkbook } = require(path.join(dist, "test/excel-double/office-client.js"));

async function main() {
  const rows = Number(process.argv[2]);
  const ledger = generateParticipantLedger({ rows, seed: 7 });
  const book = new WorkbookModel([{ name: "Peserta", values: ledger.values, formats: ledger.formats }]);
  ledger.values.length = 0;
  useWorkbook(book);
  const host = excel.officeHost();
  const t0 = Date.now();
  const read = await excel.readLedger(host, "sheet:Peserta");
  if (!read.ok) throw new Error(read.message.en);
  const audit = runAudit(read.value.input, { refDate: dayOf(2026, 11, 23) });
  if (!audit.ok) throw new Error(audit.problem);
  const written = await excel.writeAudit(host, read.value, audit.audit, auditReport(audit.audit, "Peserta"), { lang: "id" });
  if (!written.ok) throw new Error(written.message.en);
  const audited = { syncs: book.syncCount, largestRequest: book.largestRequest, largestResponse: book.largestResponse, refused: book.refusedCount, ms: Date.now() - t0 };
  book.resetCounts();
  const recap = await excel.makeMonthlyRecap(host, { month: { year: 2026, month: 11 }, lang: "id", sourceId: "sheet:Peserta" });
  if (!recap.ok) throw new Error(recap.message.en);
  const recapped = { syncs: book.syncCount, largestRequest: book.largestRequest, largestResponse: book.largestResponse, refused: book.refusedCount };
  // The entry form: one new participant below the ledger.
  book.resetCounts();
  const entry = await excel.appendLedgerRow(host, read.value.place, [{ column: 0, value: "3171015708450001" }, { column: 1, value: "Sari Dewi" }], "id");
  // A sheet filled to row 1,048,576 has no row left: the form says so (entry.ok false) after its lookups.
  const entered = { ok: entry.ok, syncs: book.syncCount, largestRequest: book.largestRequest, largestResponse: book.largestResponse, refused: book.refusedCount };
  process.stdout.write(JSON.stringify({ rows, audited, recapped, entered }) + "\n");
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
