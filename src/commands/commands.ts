// The ribbon's ExecuteFunction buttons. They run in the shared runtime (the task pane's page), so they
// can open the pane and talk to it with a DOM event. Each handler must call event.completed() however
// it ends: until it does, Office keeps the button busy and, on some hosts, shows an error.
import { today } from "../core/dates";
import { NUMBER_LOCALE, RECAP_NOTICES, sayBoth, type Words } from "../core/words";
import { defaultRecapMonth, monthLabel } from "../core/recap/recap";
import { makeMonthlyRecap, officeHost } from "../excel";
import { preferredLang } from "../excel/language";

/** What a command shows in the task pane, in both languages (the pane picks the user's). */
export interface Notice {
  readonly id: string;
  readonly en: string;
}

/** The DOM event, on `window`, that the task pane listens to for notices (src/taskpane/taskpane.ts). */
export const NOTICE_EVENT = "ledger-bpjs:notice";

/** Must equal <FunctionName> of the "Monthly recap" button in manifest.xml. */
export const MONTHLY_RECAP_ACTION = "monthlyRecap";

/** A count in each language's own way of writing numbers (4.263 / 4,263). */
const countIn = (n: number): Words => ({ id: n.toLocaleString(NUMBER_LOCALE.id), en: n.toLocaleString(NUMBER_LOCALE.en) });

export const RECAP_NOTICE = {
  working: (month: string): Notice => sayBoth(RECAP_NOTICES.working, { month }),
  reading: (month: string, done: number, total: number): Notice => sayBoth(RECAP_NOTICES.reading, { month, done: countIn(done), total: countIn(total) }),
  done: (sheet: string, companies: number): Notice => sayBoth(RECAP_NOTICES.done, { sheet, companies }),
  failed: (reason: Words): Notice => sayBoth(RECAP_NOTICES.failed, { reason }),
};

function showNotice(notice: Notice): void {
  try {
    window.dispatchEvent(new CustomEvent<Notice>(NOTICE_EVENT, { detail: notice }));
  } catch (error) {
    console.error("Ledger BPJS: cannot show a notice", error);
  }
}

/**
 * "Monthly recap": the active sheet's ledger, this month, into `Rekap YYYY-MM`. Nothing is asked: the
 * pane (opened to show progress, when the host lets it) offers another month or ledger.
 */
export async function monthlyRecap(event: Office.AddinCommands.Event): Promise<void> {
  try {
    try {
      await Office.addin.showAsTaskpane();
    } catch {
      // The recap does not need the pane; it only shows progress there.
    }
    // In the first days of a month, the month that just ended (the one to report).
    const month = defaultRecapMonth(today());
    const label = monthLabel(month);
    showNotice(RECAP_NOTICE.working(label));
    const result = await makeMonthlyRecap(officeHost(), {
      month,
      lang: preferredLang(),
      progress: (done, total) => showNotice(RECAP_NOTICE.reading(label, done, total)),
    });
    showNotice(result.ok ? RECAP_NOTICE.done(result.value.sheet, result.value.recap.companies.length) : RECAP_NOTICE.failed(result.message));
  } catch (error) {
    // A host failure the adapter did not turn into a message: still say something, still complete.
    console.error("Ledger BPJS: the monthly recap command failed", error);
    showNotice(RECAP_NOTICE.failed(RECAP_NOTICES.unexpected));
  } finally {
    event.completed();
  }
}

// Outside Office (a plain browser, the browser tests) Office.js resolves onReady with no host and has
// no actions to associate with.
if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    if (info.host) Office.actions.associate(MONTHLY_RECAP_ACTION, monthlyRecap);
  });
}
