// Stands in for Office.js in the browser test: served in place of Microsoft's CDN script, it makes the
// built task pane believe it runs in Excel, with the test double as the workbook. The workbook is
// seeded from the project's own fixtures generator; the test reads it back through `window.excelDouble`.
import { generateParticipantLedger } from "../../src/fixtures/ledgers";
import { WorkbookModel } from "./excel-double";

interface Seed {
  readonly rows: number;
  readonly seed: number;
}

const seed: Seed = (window as unknown as { ledgerSeed?: Seed }).ledgerSeed ?? { rows: 2_000, seed: 2026 };
const ledger = generateParticipantLedger(seed);
// Cells the test replaces before the workbook is built: [data row index, column, value].
const patch = (window as unknown as { ledgerPatch?: [number, number, unknown][] }).ledgerPatch ?? [];
for (const [index, column, value] of patch) ledger.values[1 + index][column] = value;
const book = new WorkbookModel([
  { name: "Peserta", values: [["Daftar peserta BPJS Ketenagakerjaan"], [], ...ledger.values] as unknown[][], formats: [[], [], ...ledger.formats] },
  { name: "Catatan", values: [["Dicatat oleh HR"]] },
]);

const ready = { host: "Excel", platform: "OfficeOnline" };
const officeGlobals = {
  Office: {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "id-ID", requirements: { isSetSupported: () => true } },
    onReady(callback?: (info: typeof ready) => void) {
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(ready);
          resolve(ready);
        }, 0),
      );
    },
    actions: { associate: () => {} },
    addin: { showAsTaskpane: () => Promise.resolve() },
  },
  Excel: { run: book.run },
  CustomFunctions: { associate: () => {} },
  excelDouble: book,
  ledgerTruth: ledger.truth,
};
Object.assign(window, officeGlobals);
