// The audit off Excel's thread: the task pane hands this worker the ledger's cells and gets the audit
// back, with progress on the way. A million-row audit takes seconds; in the pane's own thread it would
// freeze the pane (and, in Excel on the web, the tab). Cancel terminates the worker.
import { runAudit, type AuditOptions } from "../core/ledger/audit";
import type { LedgerInput } from "../core/ledger/ledger";
import type { AuditReply } from "./audit-runner";

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ input: LedgerInput; options: AuditOptions }>) => void) | null;
  postMessage(reply: AuditReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { input, options } = event.data;
  try {
    const result = runAudit(input, { ...options, onProgress: (done, total) => scope.postMessage({ kind: "progress", done, total }) });
    scope.postMessage({ kind: "done", result });
  } catch (e) {
    scope.postMessage({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
  }
};
