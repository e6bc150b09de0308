// Microsoft's Excel JavaScript client in Node: @microsoft/office-js's excel-win32-16.01.debug.js (the
// script office.js loads in Excel) run in a vm context with the little of a browser window it reads,
// its requests sent to the host model (host.ts) through OfficeExtension.HttpUtility's custom send
// function, and `ClientRequestContext.defaultRequestUrlAndHeaders` set so that a plain `Excel.run(batch)`
// — what the add-in calls — goes there. The adapter under test talks to Microsoft's client, which builds
// every request, keeps the proxies and throws its own errors; only the answers are ours.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { CURRENT_EXCEL_SETS, type WorkbookModel } from "./excel-double";
import { answerRequest } from "./host";

export const EXCEL_CLIENT_FILE = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist/excel-win32-16.01.debug.js");
const HOST_URL = "https://excel-double.invalid/";

interface Client {
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
  readonly window: Record<string, unknown>;
}

let client: Client | null = null;
let current: WorkbookModel | null = null;
let officeNamespace: object | undefined;
let lastOffice: unknown;

interface SendRequest {
  readonly url: string;
  readonly body?: unknown;
}

function load(): Client {
  const storage = new Map<string, string>();
  const window: Record<string, unknown> = {
    location: { href: "https://localhost/taskpane.html", protocol: "https:", host: "localhost", hostname: "localhost", search: "", hash: "", pathname: "/taskpane.html" },
    navigator: { userAgent: "Node.js (Ledger BPJS tests)", language: "id-ID" },
    document: { createElement: () => ({ style: {}, setAttribute() {}, appendChild() {} }), addEventListener() {}, getElementsByTagName: () => [], cookie: "", readyState: "complete" },
    localStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, String(v)), removeItem: (k: string) => void storage.delete(k) },
    addEventListener() {},
    removeEventListener() {},
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    console,
    // This realm's constructors, so the client's errors are `instanceof Error` for the code under test.
    Error,
    TypeError,
    RangeError,
    Promise,
    JSON,
    Date,
    Math,
  };
  window.window = window;
  window.self = window;
  const context = vm.createContext(window);
  vm.runInContext(readFileSync(EXCEL_CLIENT_FILE, "utf8"), context, { filename: EXCEL_CLIENT_FILE });
  const loaded: Client = { Excel: window.Excel as typeof Excel, OfficeExtension: window.OfficeExtension as typeof OfficeExtension, window };
  const extension = loaded.OfficeExtension as unknown as {
    HttpUtility: { setCustomSendRequestFunc(send: (request: SendRequest) => Promise<unknown>): void };
    ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
  };
  extension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    if (!current) throw new Error("office-client: no workbook in use");
    return answerRequest(current, request);
  });
  extension.ClientRequestContext.defaultRequestUrlAndHeaders = HOST_URL;
  // What each batch asked of Excel.run. The packaged client (1.1.110) predates RunOptions.mergeUndoGroup
  // and drops it before any request, so it is read here, on the way in, and the call goes on unchanged.
  const excel = loaded.Excel as unknown as { run: (...args: unknown[]) => Promise<unknown> };
  const run = excel.run;
  excel.run = function (...args: unknown[]) {
    const options = (args.length > 1 && typeof args[0] === "object" && args[0] !== null ? args[0] : {}) as { mergeUndoGroup?: boolean; delayForCellEdit?: boolean };
    current?.runs.push({ undoGroup: options.mergeUndoGroup === true, delayForCellEdit: options.delayForCellEdit === true });
    return run.apply(this, args);
  };
  return loaded;
}

/** Microsoft's Excel client, loaded once per test file. */
export function excelClient(): Client {
  return (client ??= load());
}

export interface UseWorkbookOptions {
  /** Office's display language (Office.context.displayLanguage). */
  readonly displayLanguage?: string;
}

/**
 * Makes `book` the workbook Microsoft's client talks to, and puts that client's `Excel` (and an
 * `Office.context` whose requirement sets are the model's) where the add-in's code finds them.
 */
export function useWorkbook(book: WorkbookModel, options: UseWorkbookOptions = {}): WorkbookModel {
  const { Excel: excel, OfficeExtension: extension, window } = excelClient();
  current = book;
  const requirements = {
    isSetSupported(name: string, version?: string | number): boolean {
      const have = book.supportedSets[Object.keys(book.supportedSets).find((k) => k.toLowerCase() === name.toLowerCase()) ?? ""];
      if (have === undefined) return false;
      return compareVersions(have, String(version ?? "1.1")) >= 0;
    },
  };
  // office.js's own Office.context is a fixed getter filled when a host initialises it; here the model
  // is that host, so the client (CommonUtility.isSetSupported) and the add-in see an Office whose
  // context is the model's, with the rest of Microsoft's Office namespace behind it.
  officeNamespace ??= window.Office as object;
  const office = Object.create(officeNamespace, { context: { value: { displayLanguage: options.displayLanguage ?? "id-ID", requirements }, enumerable: true } }) as Record<string, unknown>;
  window.Office = office;
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.Excel = excel;
  globals.OfficeExtension = extension;
  // A test that installed an Office of its own (the ribbon command's tests) keeps it.
  const existing = globals.Office;
  if (existing === undefined || existing === lastOffice) globals.Office = office;
  lastOffice = office;
  return book;
}

function compareVersions(a: string, b: string): number {
  const [am, an = 0] = a.split(".").map(Number);
  const [bm, bn = 0] = b.split(".").map(Number);
  return am !== bm ? am - bm : an - bn;
}

export { CURRENT_EXCEL_SETS };
