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
