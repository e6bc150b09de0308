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
    const finish = (value: AuditResult | "cancelled" | Error) => {
      worker.terminate();
      signal.removeEventListener("abort", onAbort);
      if (value instanceof Error) reject(value);
      else resolve(value);
    };
    const onAbort = () => finish("cancelled");
    signal.addEventListener("abort", onAbort);
    worker.onmessage = (event: MessageEvent<AuditReply>) => {
      const reply = event.data;
      if (reply.kind === "progress") progress(reply.done, reply.total);
      else if (reply.kind === "done") finish(reply.result);
      else finish(new Error(reply.message));
    };
    // The worker's script could not load or run (an old webview, a missing file): audit here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      signal.removeEventListener("abort", onAbort);
      resolve(auditInThread(input, options, progress, signal));
    };
    if (signal.aborted) return finish("cancelled");
    worker.postMessage({ input: { values: input.values, formats: input.formats, firstRow: input.firstRow, sheet: input.sheet, date1904: input.date1904 }, options });
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
