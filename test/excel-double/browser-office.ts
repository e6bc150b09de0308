// Stands in for Excel's host in the browser test. The harness serves, in place of Microsoft's CDN
// office.js, Microsoft's own Excel client (@microsoft/office-js's excel-win32-16.01.debug.js) followed by
// this bundle, which answers that client's requests with the host model and gives the page the
// Office.onReady / Office.context an Excel host would (office-host.ts, shared with the demo page). The workbook is seeded from the project's own
// fixtures generator; the test reads it back through `window.excelDouble`.
import { generateParticipantLedger } from "../../src/fixtures/ledgers";
import { WorkbookModel } from "./excel-double";
import { installOfficeHost, officeTheme } from "./office-host";

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

// Office.context.officeTheme: a test asks for Office's black theme with window.officeThemeName = "dark".
const themeName = (window as unknown as { officeThemeName?: string }).officeThemeName === "dark" ? "dark" : "light";
installOfficeHost(book, { url: "https://excel-double.invalid/", displayLanguage: "id-ID", officeTheme: officeTheme(themeName) });
const page = window as unknown as Record<string, unknown>;
page.excelDouble = book;
page.ledgerTruth = ledger.truth;
