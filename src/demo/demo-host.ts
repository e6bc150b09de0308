// The demo page's Excel: "try it without Excel" (`npm start` → /demo.html, `npm run build:demo`).
// The page loads Microsoft's own Excel JavaScript client (@microsoft/office-js's excel-win32-16.01.js,
// copied beside the page by webpack.config.js) where the add-in loads office.js, then this script,
// then the same task pane bundle as production. This script answers the client's requests with the
// host model the tests use (test/excel-double: a workbook model that answers as Excel does, with
// Excel's limits and typing rules), seeded with the sample workbook, and gives the page the
// Office.onReady / Office.context an Excel host would (test/excel-double/office-host.ts, the same
// module the browser tests' browser-office.ts uses, with a sample workbook and a view of it), so the
// demo behaves as the tests prove.
//
// Nothing is sent anywhere: the client's requests never leave the page (the custom send function
// below answers them in memory), and the page's Content-Security-Policy allows connections to its own
// origin only. office.js itself (the loader, and the telemetry frame it would open) is not loaded.
import { today } from "../core/dates";
import { WorkbookModel } from "../../test/excel-double/excel-double";
import { installOfficeHost } from "../../test/excel-double/office-host";
import { sampleCsv, sampleWorkbook } from "./sample-workbook";
import { WorkbookView } from "./workbook-view";

const refDate = today();
const sample = sampleWorkbook(refDate);
const book = new WorkbookModel(sample.sheets);
const view = new WorkbookView(document.getElementById("demo-workbook") as HTMLElement, book);
// The display language is the browser's (the pane shows Indonesian for id-*, English otherwise).
installOfficeHost(book, { url: "https://demo.invalid/", displayLanguage: navigator.language || "id-ID", afterRequest: () => view.refresh() });
const page = window as unknown as Record<string, unknown>;
// For the curious (and the demo's browser test): the workbook, from the developer console.
page.demoWorkbook = book;

// The CSV import wants a file: offer one made in the page (a blob, never fetched from anywhere).
const link = document.getElementById("demo-sample-csv") as HTMLAnchorElement | null;
if (link) {
  link.href = URL.createObjectURL(new Blob([sampleCsv(refDate, sample.employerNpp)], { type: "text/csv" }));
  link.download = "peserta-baru.csv";
  link.hidden = false;
}
