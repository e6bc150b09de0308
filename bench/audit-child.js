// One audit benchmark in a process of its own, so that its peak memory is its own: generates a
// participant ledger of argv[2] rows, audits it twice, prints JSON with the faster time.
"use strict";
const path = require("path");
const dist = path.join(__dirname, "../dist/bench/src");
const { generateParticipantLedger } = require(path.join(dist, "fixtures/ledgers.js"));
const { runAudit } = require(path.join(dist, "core/ledger/audit.js"));
const { dayOf } = require(path.join(dist, "core/dates.js"));

const rows = Number(process.argv[2]);
const ledger = generateParticipantLedger({ rows, seed: 7 });
global.gc?.();
const rssBefore = process.memoryUsage().rss;
let best = Infinity;
for (let i = 0; i < 2; i++) {
  const t0 = process.hrtime.bigint();
  const result = runAudit({ values: ledger.values, formats: ledger.formats }, { refDate: dayOf(2026, 11, 23) });
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  if (!result.ok) throw new Error(result.problem);
}
process.stdout.write(JSON.stringify({ rows, ms: best, peakRssMb: process.resourceUsage().maxRSS / 1024, ledgerRssMb: rssBefore / 1e6 }) + "\n");
