// What a command may touch of the outside world, passed in so that tests can run commands in memory.
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
