// Runs an audit in the web worker of src/taskpane/audit-worker.ts, falling back to the pane's own
// thread where a worker cannot start (no Worker in the webview, or the worker file not served).
import { runAudit, type AuditOptions, type AuditResult } from "../core/ledger/audit";
import { Cancelled, type LedgerInput } from "../core/ledger/ledger";

export type AuditReply =
  | { readonly kind: "progress"; readonly done: number; readonly total: number }
  | { readonly kind: "done"; readonly result: AuditResult }
  | { readonly kind: "failed"; readonly message: string };

/** The worker's file, next to taskpane.html (webpack's "audit-worker" entry). */
export const AUDIT_WORKER_URL = "audit-worker.js";

type Options = Omit<AuditOptions, "onProgress">;

/**
 * The audit of `input`, or "cancelled" once `signal` aborts. Progress is reported as rows done of all.
 * The worker is terminated when it answers or the user cancels.
 */
export function auditOffThread(input: LedgerInput, options: Options, progress: (done: number, total: number) => void, signal: AbortSignal): Promise<AuditResult | "cancelled"> {
  let worker: Worker;
  try {
    worker = new Worker(AUDIT_WORKER_URL);
  } catch {
    return Promise.resolve(auditInThread(input, options, progress, signal));
  }
  return new Promise((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      stop();
      resolve("cancelled");
    };
    signal.addEventListener("abort", onAbort);
    worker.onmessage = (event: MessageEvent<AuditReply>) => {
      const reply = event.data;
      if (reply.kind === "progress") return progress(reply.done, reply.total);
      stop();
      if (reply.kind === "done") resolve(reply.result);
      else reject(new Error(reply.message));
    };
    // The worker's script could not load or run (an old webview, a missing file): audit here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      resolve(auditInThread(input, options, progress, signal));
    };
    if (signal.aborted) onAbort();
    else worker.postMessage({ input: { values: input.values, formats: input.formats, firstRow: input.firstRow, sheet: input.sheet, date1904: input.date1904 }, options });
  });
}

function auditInThread(input: LedgerInput, options: Options, progress: (done: number, total: number) => void, signal: AbortSignal): AuditResult | "cancelled" {
  try {
    return runAudit(input, { ...options, onProgress: (done, total) => (progress(done, total), !signal.aborted) });
  } catch (e) {
    if (e instanceof Cancelled) return "cancelled";
    throw e;
  }
}
