// `ledger-bpjs audit` of an .xlsx end to end, in a process of its own so that its peak memory is its
// own: argv[2] is the workbook; the JSON report goes to a temporary file.
"use strict";
const path = require("path");
const os = require("os");
const { main } = require(path.join(__dirname, "../dist/node/cli/main.js"));
const io = { out: () => {}, err: (t) => process.stderr.write(t), interactive: false, lang: "id" };
const t0 = Date.now();
main(["audit", process.argv[2], "--ref-date", "2026-11-23", "--json", path.join(os.tmpdir(), `ledger-bpjs-bench-${process.pid}.json`)], io).then((code) => {
  if (code !== 0) process.exit(code);
  process.stdout.write(JSON.stringify({ ms: Date.now() - t0, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
});
