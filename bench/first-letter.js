// What the matcher finds of a name typed wrong at a word's first letter, which the matching benchmark
// (src/fixtures/same-person.ts) never makes and which a narrower first blocking rule would risk (see
// BENCHMARKS.md, "What stands in the way"). Each of 300 people is written twice under one employer with
// one birth day and gender: once as is, once with one word's first letter mistyped, and no NIK on the
// second row, so that only the name and birth day can join the two. Prints JSON: found of made, by kind.
// Run after `tsc -p tsconfig.bench.json`: `node bench/first-letter.js`.
"use strict";
const path = require("path");
const dist = path.join(__dirname, "../dist/bench/src");
const { Rng, makeNik, makeNpp, randomName, realDistricts, workerBirthDate } = require(path.join(dist, "fixtures/identities.js"));
const { runAudit, auditReport } = require(path.join(dist, "core/ledger/audit.js"));
const { dayOf } = require(path.join(dist, "core/dates.js"));

const SERIAL_OF_1970 = 25569;
const NEIGHBOURS = { a: "s", b: "v", c: "x", d: "s", e: "r", f: "g", g: "h", h: "j", i: "o", j: "k", k: "l", l: "k", m: "n", n: "m", o: "p", p: "o", r: "t", s: "a", t: "r", u: "y", w: "q", y: "u", z: "x" };
const KINDS = {
  swapped: (w) => w[1] + w[0] + w.slice(2), // "Rahayu" → "aRhayu": the first two letters swapped
  neighbour: (w) => (NEIGHBOURS[w[0].toLowerCase()] ?? "e").toUpperCase() + w.slice(1), // "Rahayu" → "Tahayu"
  dropped: (w) => w[1].toUpperCase() + w.slice(2), // "Rahayu" → "Ahayu"
};

const rng = new Rng(616);
const npp = makeNpp(rng);
const values = [["NPP", "Nama Perusahaan", "Nama", "NIK", "Tanggal Lahir", "Jenis Kelamin"]];
const pairs = [];
const seen = new Set();
for (const [kind, mistype] of Object.entries(KINDS)) {
  for (let i = 0; i < 100; ) {
    const gender = rng.chance(0.5) ? "L" : "P";
    const name = randomName(rng, gender);
    const birth = workerBirthDate(rng, 2026);
    const words = name.split(" ");
    const at = rng.int(0, words.length - 1);
    if (words[at].length < 4 || seen.has(`${name}|${birth}`)) continue;
    seen.add(`${name}|${birth}`);
    const typed = words.map((w, j) => (j === at ? mistype(w) : w)).join(" ");
    const nik = makeNik({ district: rng.pick(realDistricts()), birth, gender, serial: rng.int(1, 9999) });
    values.push([npp, "PT Contoh", name, nik, birth + SERIAL_OF_1970, gender]);
    values.push([npp, "PT Contoh", typed, "", birth + SERIAL_OF_1970, gender]);
    pairs.push({ kind, rows: [values.length - 1, values.length], words: words.length });
    i++;
  }
}
const formats = values.map(() => ["@", "General", "General", "@", "dd-mm-yyyy", "General"]);
const result = runAudit({ values, formats }, { refDate: dayOf(2026, 11, 30) });
const report = auditReport(result.audit, "Peserta", "en");
const together = new Set();
for (const g of report.duplicates) for (const a of g.rows) for (const b of g.rows) if (a < b) together.add(`${a}|${b}`);
const out = {};
for (const p of pairs) {
  const key = `${p.kind}, ${p.words === 1 ? "one-word name" : "name of two words or more"}`;
  const entry = (out[key] ??= { found: 0, of: 0 });
  entry.of++;
  if (together.has(`${p.rows[0]}|${p.rows[1]}`)) entry.found++;
}
process.stdout.write(JSON.stringify(out) + "\n");
