// `npm run bench`: measures the engine and the worksheet functions on generated data and prints a
// table; the figures are also written to bench/results.json. Timings belong here, never in unit tests.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const root = path.join(__dirname, "..");
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.bench.json")], { stdio: "inherit" });
const dist = path.join(root, "dist/bench");

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
const { isValidNik, inspectNik } = require(path.join(dist, "core/ids/nik.js"));
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

const results = [];
function record(name, value, unit, target) {
  results.push({ name, value: Math.round(value * 100) / 100, unit, target });
}

const niks = generatedNiks(1_000_000, 42);
let sink = 0;
const fastMs = best(5, () => {
  for (const nik of niks) if (isValidNik(nik, 2026)) sink++;
});
record("isValidNik, 1,000,000 NIKs", niks.length / (fastMs / 1000), "values/s", ">= 5,000,000");
const refDate = dayOf(2026, 11, 23);
const fullMs = best(3, () => {
  for (const nik of niks) if (inspectNik(nik, { refDate }).valid) sink++;
});
record("inspectNik (findings, birth date), 1,000,000 NIKs", niks.length / (fullMs / 1000), "values/s", "");

const column = niks.slice(0, 100_000).map((nik) => [nik]);
functions.validNik(column); // warm-up
record("=BPJS.VALIDNIK over 100,000 cells", best(5, () => functions.validNik(column)), "ms", "<= 100");
record("=BPJS.CEKNIK over 100,000 cells", best(3, () => functions.cekNik(column)), "ms", "");

const width = Math.max(...results.map((r) => r.name.length));
console.log(`\n${"benchmark".padEnd(width)}  ${"value".padStart(14)}  unit       target`);
for (const r of results) console.log(`${r.name.padEnd(width)}  ${r.value.toLocaleString("en-US").padStart(14)}  ${r.unit.padEnd(9)}  ${r.target}`);
const machine = { node: process.version, cpus: require("os").cpus().length, cpu: require("os").cpus()[0].model, date: new Date().toISOString() };
fs.writeFileSync(path.join(__dirname, "results.json"), JSON.stringify({ machine, results }, null, 2) + "\n");
if (sink < 0) console.log(sink);
