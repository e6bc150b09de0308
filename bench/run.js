// `npm run bench`: measures the engine and the worksheet functions on generated data and prints a
// table; the figures are also written to bench/results.json. Timings belong here, never in unit tests.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const root = path.join(__dirname, "..");
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.bench.json")], { stdio: "inherit" });
const dist = path.join(root, "dist/bench/src");

// Excel's runtime provides CustomFunctions; the functions only need its Error class here.
globalThis.CustomFunctions = {
  Error: class CellError {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  },
  ErrorCode: { invalidValue: "#VALUE!" },
};

const { Rng, makeNik, randomNikSpec } = require(path.join(dist, "fixtures/identities.js"));
const { dayOf } = require(path.join(dist, "core/dates.js"));
const functions = require(path.join(dist, "functions/functions.js"));

/** Best of `runs` timings of fn, in milliseconds. */
function best(runs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
}

const results = [];
function record(name, value, unit, target) {
  results.push({ name, value: Math.round(value * 100) / 100, unit, target });
}

const child = (script, args, heap = 4096) => JSON.parse(execFileSync(process.execPath, [`--max-old-space-size=${heap}`, "--expose-gc", path.join(__dirname, script), ...args], { encoding: "utf8", maxBuffer: 1 << 20 }));

// The library's NIK calls against nik-parser 1.0.1 on the same 1,000,000 NIKs, two mixes of input
// (bench/nik-child.js says what each holds), in a process of their own.
{
  const r = child("nik-child.js", []);
  for (const [mix, label] of [["generated", "generated (80 % valid, 20 % one digit changed)"], ["field", "field (85 % valid, 10 % of 15 digits, 5 % mistyped)"]]) {
    const m = r[mix];
    record(`isValidNik, 1,000,000 NIKs, ${label}`, m.isValidNik, "values/s", ">= 25,000,000");
    record("  nik-parser isValid(), same NIKs", m.nikParserIsValid, "values/s", "");
    record("  ratio", m.isValidRatio, "x", ">= 10");
    record(`checkNik (the nik JSON: codes, region, birth date, gender), ${mix}`, m.checkNik, "values/s", ">= 5,000,000");
    record("  nik-parser full parse (isValid, province, regency, district, birth date, gender)", m.nikParserParse, "values/s", "");
    record("  ratio", m.checkRatio, "x", ">= 5");
    record("  NIKs on which nik-parser threw instead of answering", m.nikParserThrew, "NIKs", "");
  }
}

/** A million NIK-like strings: 80 % valid, the rest each with one digit changed. */
function generatedNiks(count, seed) {
  const rng = new Rng(seed);
  const out = new Array(count);
  for (let i = 0; i < count; i++) {
    let nik = makeNik(randomNikSpec(rng, 2026));
    if (rng.chance(0.2)) {
      const at = rng.int(0, 15);
      nik = nik.slice(0, at) + String(rng.int(0, 9)) + nik.slice(at + 1);
    }
    out[i] = nik;
  }
  return out;
}

const niks = generatedNiks(100_000, 42);
let sink = 0;
const column = niks.map((nik) => [nik]);
functions.validNik(column); // warm-up
record("=BPJS.VALIDNIK over 100,000 cells", best(5, () => functions.validNik(column)), "ms", "<= 100");
record("=BPJS.CEKNIK over 100,000 cells", best(3, () => functions.cekNik(column)), "ms", "");

// Full audits in child processes (each one's peak memory includes the ledger's cells it audits).
for (const rows of [10_000, 100_000, 1_048_575]) {
  const r = child("audit-child.js", [String(rows), rows > 1_000_000 ? "2" : "4"], 4096);
  const target = rows > 1_000_000 ? "<= 1,500" : "";
  const label = rows.toLocaleString("en-US");
  record(`audit of ${label} participant rows, first run`, r.firstMs, "ms", target);
  record(`  warmed up (best of ${rows > 1_000_000 ? 2 : 4} more runs)`, r.warmMs, "ms", target);
  record(`  peak memory of the process (RSS, the input held)`, r.peakRssMb, "MB", rows > 1_000_000 ? "<= 1,200" : "");
  record(`  of which the cells and formats (heap)`, r.ledgerHeapMb, "MB", "");
  record(`  and the audit's own working memory (heap)`, r.auditHeapMb, "MB", "");
}

// The add-in's Excel code through Microsoft's Excel client and the host model: syncs and the largest request.
for (const rows of [100_000, 1_048_575]) {
  const r = child("excel-child.js", [String(rows)], 8192);
  const label = rows.toLocaleString("en-US");
  record(`Excel: audit of ${label} rows (read + status column + formats), syncs`, r.audited.syncs, "syncs", rows > 1_000_000 ? "<= 200" : "");
  record("  largest request / response", Math.max(r.audited.largestRequest, r.audited.largestResponse) / 1e6, "MB", "< 5.24");
  record(`Excel: monthly recap of ${label} rows, syncs`, r.recapped.syncs, "syncs", "");
  record("  largest request / response", Math.max(r.recapped.largestRequest, r.recapped.largestResponse) / 1e6, "MB", "< 5.24");
  record(`Excel: entry form, one row below ${label}, syncs`, r.entered.syncs, "syncs", "");
}

// Bundle sizes, from the production build (built here when dist/ has none).
if (!fs.existsSync(path.join(root, "dist/taskpane.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const zlib = require("zlib");
let pane = 0;
for (const name of ["taskpane.js", "audit-worker.js", "functions.js", "commands.js"]) {
  const bytes = fs.readFileSync(path.join(root, "dist", name));
  const gz = zlib.gzipSync(bytes, { level: 9 }).length;
  if (name !== "commands.js") pane += gz;
  record(`bundle ${name}`, bytes.length / 1024, "KB", "");
  record(`  gzip`, gz / 1024, "KB", "");
}
record("task pane (with its audit worker) + functions JavaScript, gzip", pane / 1024, "KB", "<= 300");

// Person matching on the project's benchmark (src/fixtures/same-person.ts): recall per kind of
// same-person variant, false links per kind of hard negative, and precision.
{
  const { generateMatchingBenchmark } = require(path.join(dist, "fixtures/same-person.js"));
  const { scoreMatching } = require(path.join(dist, "core/matching/evaluate.js"));
  const { runAudit, auditReport } = require(path.join(dist, "core/ledger/audit.js"));
  const bench = generateMatchingBenchmark({ people: 2000, seed: 2027 });
  const audited = runAudit({ values: bench.values, formats: bench.formats }, { refDate: dayOf(2026, 11, 30) });
  const score = scoreMatching(auditReport(audited.audit, "Peserta", "id"), bench.personOfRow, bench.positives, bench.negatives);
  record("matching: recall on same-person pairs", score.recall * 100, "%", ">= 95");
  for (const [kind, r] of Object.entries(score.recallByKind)) record(`  ${kind}`, (100 * r.found) / r.of, "%", "");
  record("matching: precision of linked pairs", score.precision * 100, "%", ">= 98");
  for (const [kind, r] of Object.entries(score.falseLinksByKind)) record(`  false links, ${kind}`, r.linked, `of ${r.of}`, kind === "namesakeOtherGender" ? "0" : "");
}

// A word's first letter mistyped (bench/first-letter.js), which the benchmark above never makes.
{
  const found = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, "first-letter.js")], { encoding: "utf8" }));
  for (const [kind, r] of Object.entries(found)) record(`matching: first letter mistyped, ${kind}`, r.found, `of ${r.of}`, "");
}

// The command line on a 100,000-row .xlsx, end to end.
{
  const file = path.join(require("os").tmpdir(), "ledger-bpjs-bench-100k.xlsx");
  if (!fs.existsSync(file)) {
    execFileSync(process.execPath, ["-e", `
      const { generateParticipantLedger } = require(${JSON.stringify(path.join(dist, "fixtures/ledgers.js"))});
      const { writeLedgerWorkbook } = require(${JSON.stringify(path.join(dist, "fixtures/ledger-workbook.js"))});
      writeLedgerWorkbook(generateParticipantLedger({ rows: 100000, seed: 7 }), ${JSON.stringify(file)});`]);
  }
  const r = child("cli-child.js", [file]);
  record("CLI audit of a 100,000-row .xlsx", r.ms / 1000, "s", "<= 2");
  record("  peak memory", r.peakRssMb, "MB", "<= 500");
}

const width = Math.max(...results.map((r) => r.name.length));
console.log(`\n${"benchmark".padEnd(width)}  ${"value".padStart(14)}  unit       target`);
for (const r of results) console.log(`${r.name.padEnd(width)}  ${r.value.toLocaleString("en-US").padStart(14)}  ${r.unit.padEnd(9)}  ${r.target}`);
const machine = { node: process.version, cpus: require("os").cpus().length, cpu: require("os").cpus()[0].model, date: new Date().toISOString() };
fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify({ machine, results }, null, 2) + "\n");
if (sink < 0) console.log(sink);
