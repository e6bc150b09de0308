// The demo page's Excel: "try it without Excel" (`npm start` → /demo.html, `npm run build:demo`).
// The page loads Microsoft's own Excel JavaScript client (@microsoft/office-js's excel-win32-16.01.js,
// copied beside the page by webpack.config.js) where the add-in loads office.js, then this script,
// then the same task pane bundle as production. This script answers the client's requests with the
// host model the tests use (test/excel-double: a workbook model that answers as Excel does, with
// Excel's limits and typing rules), seeded with the sample workbook, and gives the page the
// Office.onReady / Office.context an Excel host would. It is the browser tests' browser-office.ts with
// a sample workbook and a view of it; one host model serves both, so the demo behaves as the tests
// prove.
//
// Nothing is sent anywhere: the client's requests never leave the page (the custom send function
// below answers them in memory), and the page's Content-Security-Policy allows connections to its own
// origin only. office.js itself (the loader, and the telemetry frame it would open) is not loaded.
import { today } from "../core/dates";
import { CURRENT_EXCEL_SETS, WorkbookModel } from "../../test/excel-double/excel-double";
import { answerRequest, type HostRequest } from "../../test/excel-double/host";
import { sampleCsv, sampleWorkbook } from "./sample-workbook";
import { WorkbookView } from "./workbook-view";

const page = window as unknown as Record<string, unknown>;
const extension = page.OfficeExtension as
  | {
      HttpUtility: { setCustomSendRequestFunc(send: (request: HostRequest) => Promise<unknown>): void };
      ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
    }
  | undefined;
if (!extension || !page.Excel) throw new Error("demo: Microsoft's Excel client did not load before the demo host");

const refDate = today();
const sample = sampleWorkbook(refDate);
const book = new WorkbookModel(sample.sheets);
const view = new WorkbookView(document.getElementById("demo-workbook") as HTMLElement, book);

extension.HttpUtility.setCustomSendRequestFunc(async (request) => {
  try {
    return await answerRequest(book, request);
  } finally {
    view.refresh();
  }
});
// The client wants a URL for its requests; the send function above answers them, so none is fetched.
extension.ClientRequestContext.defaultRequestUrlAndHeaders = "https://demo.invalid/";

const requirements = {
  isSetSupported(name: string, version?: string | number): boolean {
    const have = (CURRENT_EXCEL_SETS as Record<string, string>)[name];
    return have !== undefined && Number(have) >= Number(version ?? "1.1");
  },
};
const ready = { host: "Excel", platform: "OfficeOnline" };
// Microsoft's Office namespace with what an Excel host fills in when it starts the add-in; the
// display language is the browser's (the pane shows Indonesian for id-*, English otherwise).
page.Office = Object.create(page.Office as object, {
  HostType: { value: { Excel: "Excel" } },
  context: { value: { displayLanguage: navigator.language || "id-ID", requirements } },
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
// The custom functions register with Excel's calculation engine, which is not here.
page.CustomFunctions = { associate: () => {} };
// For the curious (and the demo's browser test): the workbook, from the developer console.
page.demoWorkbook = book;

// The CSV import wants a file: offer one made in the page (a blob, never fetched from anywhere).
const link = document.getElementById("demo-sample-csv") as HTMLAnchorElement | null;
if (link) {
  link.href = URL.createObjectURL(new Blob([sampleCsv(refDate, sample.employerNpp)], { type: "text/csv" }));
  link.download = "peserta-baru.csv";
  link.hidden = false;
}
