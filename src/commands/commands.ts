// The ribbon's ExecuteFunction buttons. They run in the shared runtime (the task pane's page), so they
// can open the pane and talk to it with a DOM event. Each handler must call event.completed() however
// it ends: until it does, Office keeps the button busy and, on some hosts, shows an error.
import { today } from "../core/dates";
import type { Lang } from "../core/messages";
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

export const RECAP_NOTICES = {
  working: (month: string): Notice => ({ id: `Menyusun rekap ${month}…`, en: `Making the ${month} recap…` }),
  reading: (month: string, done: number, total: number): Notice => ({
    id: `Menyusun rekap ${month}: membaca ${done.toLocaleString("id-ID")} dari ${total.toLocaleString("id-ID")} baris…`,
    en: `Making the ${month} recap: read ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows…`,
  }),
  done: (sheet: string, companies: number): Notice => ({
    id: `Rekap selesai: lembar "${sheet}", ${companies} perusahaan. Bulan lain: pilih di panel, bagian Rekap bulanan.`,
    en: `Recap done: sheet "${sheet}", ${companies} companies. Another month: choose it in the pane, under Monthly recap.`,
  }),
  failed: (reason: Readonly<Record<Lang, string>>): Notice => ({ id: `Rekap tidak dibuat. ${reason.id}`, en: `No recap made. ${reason.en}` }),
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
    showNotice(RECAP_NOTICES.working(label));
    const result = await makeMonthlyRecap(officeHost(), {
      month,
      lang: preferredLang(),
      progress: (done, total) => showNotice(RECAP_NOTICES.reading(label, done, total)),
    });
    showNotice(result.ok ? RECAP_NOTICES.done(result.value.sheet, result.value.recap.companies.length) : RECAP_NOTICES.failed(result.message));
  } catch (error) {
    // A host failure the adapter did not turn into a message: still say something, still complete.
    console.error("Ledger BPJS: the monthly recap command failed", error);
    showNotice(RECAP_NOTICES.failed({ id: "Terjadi kesalahan tak terduga; coba lagi.", en: "Something unexpected went wrong; try again." }));
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
