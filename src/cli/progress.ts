// A one-line progress bar on standard error, drawn only on a terminal: redrawn in place with "\r",
// at most every REDRAW_MS (a redraw per row would cost more than the work), and wiped at the end so
// the terminal shows only the command's own output. Not on a terminal it draws nothing at all.
import { NUMBER_LOCALE } from "../core/words";
import type { CliIo } from "./io";

export interface Progress {
  /** Starts a phase; with `total` the bar is determinate, without it only a count is shown. */
  phase(label: string, total?: number): void;
  /** Work done so far in the current phase, and the work in all once it is known. */
  update(done: number, total?: number): void;
  /** Wipes the line. Safe to call more than once. */
  clear(): void;
}

const REDRAW_MS = 80;
const BAR_WIDTH = 24;

export const NO_PROGRESS: Progress = { phase() {}, update() {}, clear() {} };

export function progressBar(io: CliIo, now: () => number = Date.now): Progress {
  if (!io.interactive) return NO_PROGRESS;
  let label = "";
  let total: number | undefined;
  let lastDraw = -Infinity;
  let drawnWidth = 0;
  const count = (n: number) => n.toLocaleString(NUMBER_LOCALE[io.lang]);

  const draw = (done: number) => {
    let line: string;
    if (total !== undefined && total > 0) {
      const share = Math.min(1, Math.max(0, done / total));
      const filled = Math.round(share * BAR_WIDTH);
      line = `${label} [${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${count(done)}/${count(total)}`;
    } else {
      line = `${label} … ${count(done)}`;
    }
    io.err("\r" + line.padEnd(drawnWidth));
    drawnWidth = line.length;
    lastDraw = now();
  };

  return {
    phase(newLabel, newTotal) {
      label = newLabel;
      total = newTotal;
      draw(0);
    },
    update(done, newTotal) {
      if (newTotal !== undefined) total = newTotal;
      if (now() - lastDraw >= REDRAW_MS || done === total) draw(done);
    },
    clear() {
      if (drawnWidth === 0) return;
      io.err("\r" + " ".repeat(drawnWidth) + "\r");
      drawnWidth = 0;
    },
  };
}
