// The NIK benchmarks in a process of their own: `isValidNik` and the library's `checkNik` against
// nik-parser 1.0.1 (the most-used public NIK package) on the same 1,000,000 NIKs, for two mixes of
// input, and prints JSON. Run after `tsc -p tsconfig.bench.json`: `node bench/nik-child.js [count]`.
//
// - "generated": 80 % valid NIKs, 20 % with one digit changed (the mix of the earlier benchmarks);
// - "field": 85 % valid, 10 % of 15 digits (a digit dropped while typing, or the 16th lost when the
//   column was a number), 5 % mistyped (one digit changed), as a ledger kept by hand holds them.
"use strict";
const path = require("path");
const dist = path.join(__dirname, "../dist/bench/src");
const { Rng, makeNik, randomNikSpec } = require(path.join(dist, "fixtures/identities.js"));
const { isValidNik } = require(path.join(dist, "core/ids/nik.js"));
const { checkNik } = require(path.join(dist, "core/index.js"));
const { nikParser } = require("nik-parser");

const count = Number(process.argv[2] ?? 1_000_000);

function changeDigit(rng, nik) {
  const at = rng.int(0, 15);
  return nik.slice(0, at) + String(rng.int(0, 9)) + nik.slice(at + 1);
}

function generated(rng) {
  const nik = makeNik(randomNikSpec(rng, 2026));
  return rng.chance(0.2) ? changeDigit(rng, nik) : nik;
}

function field(rng) {
  const nik = makeNik(randomNikSpec(rng, 2026));
  const roll = rng.next();
  if (roll < 0.05) return nik.slice(0, 15); // the 16th digit lost
  if (roll < 0.1) {
    const at = rng.int(0, 15);
    return nik.slice(0, at) + nik.slice(at + 1); // a digit skipped while typing
  }
  if (roll < 0.15) return changeDigit(rng, nik);
  return nik;
}

/** Best of `runs` timings of fn over the inputs, in values per second. */
function rate(runs, inputs, fn) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn(inputs);
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return inputs.length / (min / 1000);
}

let sink = 0;
const ours = {
  isValidNik: (niks) => {
    for (let i = 0; i < niks.length; i++) if (isValidNik(niks[i])) sink++;
  },
  checkNik: (niks) => {
    for (let i = 0; i < niks.length; i++) if (checkNik(niks[i], { refDate: "2026-11-30" }).valid) sink++;
  },
};
// nik-parser's isValid() throws a TypeError on a district code its table lacks; each call is guarded.
let throws = 0;
const theirs = {
  isValid: (niks) => {
    for (let i = 0; i < niks.length; i++) {
      try {
        if (nikParser(niks[i]).isValid()) sink++;
      } catch {
        throws++;
      }
    }
  },
  // The full parse: what checkNik answers (validity, province, regency, district, birth date, gender).
  parse: (niks) => {
    for (let i = 0; i < niks.length; i++) {
      try {
        const p = nikParser(niks[i]);
        if (p.isValid()) sink++;
        if (p.province() || p.kabupatenKota() || p.kecamatan() || p.lahir() || p.kelamin()) sink++;
      } catch {
        throws++;
      }
    }
  },
};

const out = {};
for (const [mix, make] of Object.entries({ generated, field })) {
  const rng = new Rng(mix === "generated" ? 42 : 43);
  const niks = new Array(count);
  for (let i = 0; i < count; i++) niks[i] = make(rng);
  const r = {};
  r.isValidNik = rate(7, niks, ours.isValidNik);
  r.checkNik = rate(5, niks, ours.checkNik);
  throws = 0;
  r.nikParserIsValid = rate(2, niks, theirs.isValid);
  r.nikParserThrew = throws / 2;
  throws = 0;
  r.nikParserParse = rate(2, niks, theirs.parse);
  r.isValidRatio = r.isValidNik / r.nikParserIsValid;
  r.checkRatio = r.checkNik / r.nikParserParse;
  out[mix] = r;
}
out.sink = sink > 0;
process.stdout.write(JSON.stringify(out) + "\n");
