// Stands in for Excel's host in the browser test. The harness serves, in place of Microsoft's CDN
// office.js, Microsoft's own Excel client (@microsoft/office-js's excel-win32-16.01.debug.js) followed by
// this bundle, which answers that client's requests with the host model and gives the page the
// Office.onReady / Office.context an Excel host would. The workbook is seeded from the project's own
// fixtures generator; the test reads it back through `window.excelDouble`.
import { generateParticipantLedger } from "../../src/fixtures/ledgers";
import { CURRENT_EXCEL_SETS, WorkbookModel } from "./excel-double";
import { answerRequest } from "./host";

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
const page = window as unknown as Record<string, unknown>;
const extension = page.OfficeExtension as {
  HttpUtility: { setCustomSendRequestFunc(send: (request: { url: string; body?: unknown }) => Promise<unknown>): void };
  ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
};
if (!extension || !page.Excel) throw new Error("browser-office: Microsoft's Excel client did not load before the host");
extension.HttpUtility.setCustomSendRequestFunc((request) => answerRequest(book, request));
extension.ClientRequestContext.defaultRequestUrlAndHeaders = "https://excel-double.invalid/";

const requirements = {
  isSetSupported(name: string, version?: string | number): boolean {
    const have = (CURRENT_EXCEL_SETS as Record<string, string>)[name];
    return have !== undefined && Number(have) >= Number(version ?? "1.1");
  },
};
// Microsoft's Office namespace with what an Excel host fills in when it starts the add-in.
page.Office = Object.create(page.Office as object, {
  HostType: { value: { Excel: "Excel" } },
  context: { value: { displayLanguage: "id-ID", requirements } },
  onReady: {
    value: (callback?: (info: typeof ready) => void) =>
      new Promise((resolve) =>
        setTimeout(() => {
          callback?.(ready);
          resolve(ready);
        }, 0),
      ),
  },
  actions: { value: { associate: () => {} } },
  addin: { value: { showAsTaskpane: () => Promise.resolve() } },
});
page.CustomFunctions = { associate: () => {} };
page.excelDouble = book;
page.ledgerTruth = ledger.truth;
