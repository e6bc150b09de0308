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
/** Office's "White" and "Black" themes as Office.context.officeTheme reports them. */
function officeTheme(name: string | undefined) {
  return name === "dark"
    ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#363636", controlForegroundColor: "#ffffff" }
    : { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#262626", controlBackgroundColor: "#ffffff", controlForegroundColor: "#262626" };
}

// Microsoft's Office namespace with what an Excel host fills in when it starts the add-in.
page.Office = Object.create(page.Office as object, {
  HostType: { value: { Excel: "Excel" } },
  // Office.context.officeTheme (https://learn.microsoft.com/javascript/api/office/office.officetheme):
  // the colours of Office's theme; a test asks for the black theme with window.officeThemeName = "dark".
  context: { value: { displayLanguage: "id-ID", requirements, officeTheme: officeTheme((window as unknown as { officeThemeName?: string }).officeThemeName) } },
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
