// Writes the example workbooks in examples/ from the project's own generated ledgers (never real
// people): a participant ledger with faults of every common kind, and a KPJ receipt ledger.
// Run `npm run examples` (it builds dist/node first); the .xlsx files are committed.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist/node/fixtures");
if (!fs.existsSync(path.join(dist, "ledger-workbook.js"))) {
  process.stderr.write("make-examples: run `npm run build:node` first (or `npm run examples`)\n");
  process.exit(1);
}
const { generateParticipantLedger, generateReceiptLedger } = require(path.join(dist, "ledgers.js"));
const { writeLedgerWorkbook } = require(path.join(dist, "ledger-workbook.js"));

const PARTICIPANT_SEED = 20261123;
const RECEIPT_SEED = 2026;

async function main() {
  const out = path.join(root, "examples");
  fs.mkdirSync(out, { recursive: true });

  // 300 workers, about one in seven with a fault: NIKs typed as numbers, wrong lengths, duplicates,
  // leavers still active, a worker registered at two employers, …
  const participants = generateParticipantLedger({ rows: 300, seed: PARTICIPANT_SEED, faultRate: 0.15 });
  const kinds = new Set([...participants.truth.faults, ...participants.truth.duplicates, ...participants.truth.deactivation].map((f) => f.code));
  for (const needed of ["NIK_AS_NUMBER", "DUPLICATE_NIK_OTHER_EMPLOYER", "DEACT_LEFT", "POSSIBLE_DUPLICATE"]) {
    if (!kinds.has(needed)) throw new Error(`make-examples: seed ${PARTICIPANT_SEED} gives no ${needed}; pick another seed`);
  }
  await writeLedgerWorkbook(participants, path.join(out, "peserta-contoh.xlsx"), { sheet: "Peserta" });

  const receipts = generateReceiptLedger({ rows: 150, seed: RECEIPT_SEED, companies: 8 });
  await writeLedgerWorkbook(receipts, path.join(out, "tanda-terima-kpj.xlsx"), { sheet: "Tanda Terima KPJ" });

  for (const name of ["peserta-contoh.xlsx", "tanda-terima-kpj.xlsx"]) {
    process.stdout.write(`examples/${name}  ${fs.statSync(path.join(out, name)).size} bytes\n`);
  }
  process.stdout.write(`${kinds.size} kinds of finding planted in peserta-contoh.xlsx: ${[...kinds].sort().join(", ")}\n`);
}

main().catch((e) => {
  process.stderr.write(`make-examples: ${e && e.message ? e.message : e}\n`);
  process.exit(1);
});
