// Excel's side of an add-in page without Excel, for the browser tests (browser-office.ts) and the demo
// page (src/demo/demo-host.ts): Microsoft's own Excel client, loaded before this, sends its requests
// to the host model (host.ts answering for a WorkbookModel) instead of to Excel, and the page gets the
// Office namespace an Excel host fills in when it starts the add-in: Office.onReady, Office.context
// (display language, requirement sets, theme), Office.actions, Office.addin, and CustomFunctions.
// One module, so that the demo behaves as the tests prove.
import { CURRENT_EXCEL_SETS, type WorkbookModel } from "./excel-double";
import { answerRequest, type HostRequest } from "./host";

export interface OfficeHostOptions {
  /** The URL the client is told to send to; the send function answers in memory, nothing is fetched. */
  readonly url: string;
  /** Office.context.displayLanguage ("id-ID", "en-US"). */
  readonly displayLanguage: string;
  /** Office.context.officeTheme, when the page is to have one. */
  readonly officeTheme?: OfficeThemeColors;
  /** Called after each request is answered (the demo redraws its view of the workbook). */
  readonly afterRequest?: () => void;
}

export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

/**
 * Office's "White" and "Black" themes as Office.context.officeTheme reports them
 * (https://learn.microsoft.com/javascript/api/office/office.officetheme).
 */
export function officeTheme(name: "light" | "dark"): OfficeThemeColors {
  return name === "dark"
    ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#363636", controlForegroundColor: "#ffffff" }
    : { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#262626", controlBackgroundColor: "#ffffff", controlForegroundColor: "#262626" };
}

/** Connects Microsoft's Excel client on this page to `book`, and gives the page Excel's Office namespace. */
export function installOfficeHost(book: WorkbookModel, options: OfficeHostOptions): void {
  const page = window as unknown as Record<string, unknown>;
  const extension = page.OfficeExtension as
    | {
        HttpUtility: { setCustomSendRequestFunc(send: (request: HostRequest) => Promise<unknown>): void };
        ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
      }
    | undefined;
  if (!extension || !page.Excel) throw new Error("office-host: Microsoft's Excel client did not load before the host");
  extension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    try {
      return await answerRequest(book, request);
    } finally {
      options.afterRequest?.();
    }
  });
  extension.ClientRequestContext.defaultRequestUrlAndHeaders = options.url;

  const requirements = {
    isSetSupported(name: string, version?: string | number): boolean {
      const have = (CURRENT_EXCEL_SETS as Record<string, string>)[name];
      return have !== undefined && Number(have) >= Number(version ?? "1.1");
    },
  };
  const ready = { host: "Excel", platform: "OfficeOnline" };
  page.Office = Object.create(page.Office as object, {
    HostType: { value: { Excel: "Excel" } },
    context: { value: { displayLanguage: options.displayLanguage, requirements, ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}) } },
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
}
