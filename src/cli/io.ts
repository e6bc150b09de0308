// What a command may touch of the outside world, passed in so that tests can run commands in memory.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Lang } from "../core/messages";

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when standard error is a terminal (progress bars are drawn only then). */
  readonly interactive: boolean;
  readonly lang: Lang;
}

/** Indonesian unless the locale asks for English (LC_ALL, LC_MESSAGES, LANG). */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/i.test(locale) ? "en" : "id";
}

/** A usage error: the command prints its one-line reason and exits 1. */
export class UsageError extends Error {}

/** A file cannot be read (missing, not an .xlsx workbook, damaged) or written: one-line reason, exit 1. */
export class FileError extends Error {}

/** Whether two paths name the same file (also through links, when the file exists). */
export function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

/** Cell text reaches the terminal: control characters (escape sequences) are shown as spaces. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
}

/**
 * Checks the output options of a command that reads `file`: `--out` an .xlsx file other than the
 * input, `--json` a file (or "-" for standard output) other than both. `command` names what never
 * changes the input ("the audit", "the recap").
 */
export function checkOutputs(file: string, out: string | undefined, json: string | undefined, command: string): void {
  if (out !== undefined) {
    if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file, got "${out}"`);
    if (samePath(out, file)) throw new UsageError(`--out must not be the input file; ${command} never changes your workbook`);
  }
  if (json !== undefined && json !== "-") {
    if (json === "") throw new UsageError('--json needs a file name, or "-" for standard output');
    if (samePath(json, file)) throw new UsageError("--json must not be the input file");
    if (out !== undefined && samePath(json, out)) throw new UsageError("--json and --out must be different files");
  }
}
