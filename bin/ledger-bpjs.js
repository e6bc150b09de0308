#!/usr/bin/env node
"use strict";
let cli;
try {
  cli = require("../dist/node/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("ledger-bpjs: not built yet; run `npm run build:node` (or `npm ci`, which builds it) first\n");
    process.exit(1);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`ledger-bpjs: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 1;
  },
);
