// One audit benchmark in a process of its own, so that its peak memory is its own: generates a
// participant ledger of argv[2] rows, keeps only its cells and formats (as Excel or the .xlsx reader
// hands them over), audits it once cold and then `runs` more times, and prints JSON: the first time,
// the best warm time, peak RSS, the heap the cells alone take and the most the audit added to it.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const { StringDecoder } = require("string_decoder");
const dist = path.join(__dirname, "../dist/bench/src");
const { generateParticipantLedger } = require(path.join(dist, "fixtures/ledgers.js"));
const { runAudit } = require(path.join(dist, "core/ledger/audit.js"));
const { dayOf } = require(path.join(dist, "core/dates.js"));

const rows = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 3);
// The ledger is generated once into a JSON file (by a process of its own) and parsed here, as Office.js
// parses Excel's answer to range.values and numberFormat: this process holds the cells and formats as
// the add-in would, and none of the generator's garbage.
const file = path.join(os.tmpdir(), `ledger-bpjs-bench-${rows}.json`);
if (process.argv[3] === "--generate") {
  const ledger = generateParticipantLedger({ rows, seed: 7 });
  const out = fs.openSync(file, "w");
  for (const [at, row] of ledger.values.entries()) fs.writeSync(out, `${JSON.stringify([row, ledger.formats[at]])}\n`);
  fs.closeSync(out);
  process.exit(0);
}
if (!fs.existsSync(file)) {
  execFileSync(process.execPath, ["--max-old-space-size=8192", __filename, String(rows), "--generate"], { stdio: "inherit" });
}
const input = (() => {
  // One row per line, read a megabyte at a time: the file's text never sits in memory whole.
  const values = [];
  const formats = [];
  const fd = fs.openSync(file, "r");
  const chunk = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder("utf8"); // a character split between two reads stays whole
  let rest = "";
  for (let n; (n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
    const lines = (rest + decoder.write(chunk.subarray(0, n))).split("\n");
    rest = lines.pop();
    for (const line of lines) {
      const [row, format] = JSON.parse(line);
      values.push(row);
      formats.push(format);
    }
  }
  fs.closeSync(fd);
  return { values, formats };
})();
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
const times = [];
let heapPeak = heapBefore;
const sample = () => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};
for (let i = 0; i <= runs; i++) {
  const t0 = process.hrtime.bigint();
  // The heap is sampled (only) in the run whose time is not reported: the first.
  const result = runAudit(input, { refDate: dayOf(2026, 11, 23), onProgress: i === 0 ? sample : undefined });
  if (i === 0) sample();
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (!result.ok) throw new Error(result.problem);
}
process.stdout.write(
  JSON.stringify({
    rows,
    firstMs: times[0],
    warmMs: Math.min(...times.slice(1)),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ledgerHeapMb: heapBefore / 1e6,
    auditHeapMb: (heapPeak - heapBefore) / 1e6,
    ledgerRssMb: rssBefore / 1e6,
  }) + "\n",
);
