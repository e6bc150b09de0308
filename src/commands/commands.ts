// The ribbon's ExecuteFunction buttons. They run in the shared runtime (the task pane's page), so they
// can open the pane and talk to it with a DOM event. Each handler must call event.completed() however
// it ends: until it does, Office keeps the button busy and, on some hosts, shows an error.

/** What a command shows in the task pane, in both languages (the pane picks the user's). */
export interface Notice {
  readonly id: string;
  readonly en: string;
}

/** The DOM event, on `window`, that the task pane listens to for notices (src/taskpane/taskpane.ts). */
export const NOTICE_EVENT = "ledger-bpjs:notice";

/** Must equal <FunctionName> of the "Monthly recap" button in manifest.xml. */
export const MONTHLY_RECAP_ACTION = "monthlyRecap";

export const MONTHLY_RECAP_COMING: Notice = {
  id: "Rekap bulanan segera hadir.",
  en: "Monthly recap is coming soon.",
};

function showNotice(notice: Notice): void {
  window.dispatchEvent(new CustomEvent<Notice>(NOTICE_EVENT, { detail: notice }));
}

/** "Monthly recap": for now opens the task pane and says the recap is coming. */
export async function monthlyRecap(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
    showNotice(MONTHLY_RECAP_COMING);
  } catch (error) {
    // Nothing to undo and no one to rethrow to: Office ignores a handler's result.
    console.error("Ledger BPJS: the monthly recap command failed", error);
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
