// What a command may touch of the outside world, passed in so that tests can run commands in memory.
import * as fs from "node:fs";
import * as path from "node:path";
import { cli, fill, LEDGER_PROBLEMS, say, SHEET_PROBLEM, type CliPhrase, type Lang, type LedgerProblem, type Params, type Said } from "../core/words";

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

/** An error whose one-line reason is a phrase, said in the user's language when it is printed. */
export class CliError extends Error {
  readonly said: Said;
  constructor(key: CliPhrase, params?: Params) {
    const said = cli(key, params);
    super(say(said, "en"));
    this.said = said;
  }
}

/** A usage error: the command prints its one-line reason and exits 1. */
export class UsageError extends CliError {}

/** A file cannot be read (missing, not a spreadsheet, damaged) or written: one-line reason, exit 1. */
export class FileError extends CliError {}

/** Why a file cannot be opened, from the system's error code. */
export function openFailure(file: string, e: unknown): FileError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new FileError("noSuchFile", { file });
  if (code === "EACCES" || code === "EPERM") return new FileError("permission", { file });
  return new FileError("cannotOpen", { file, detail: String((e as Error).message).split("\n")[0] });
}

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
 * input, `--json` a file (or "-" for standard output) other than both.
 */
export function checkOutputs(file: string, out: string | undefined, json: string | undefined): void {
  if (out !== undefined) {
    if (!/\.xlsx$/i.test(out)) throw new UsageError("outNotXlsx", { value: out });
    if (samePath(out, file)) throw new UsageError("outIsInput");
  }
  if (json !== undefined && json !== "-") {
    if (json === "") throw new UsageError("jsonNoName");
    if (samePath(json, file)) throw new UsageError("jsonIsInput");
    if (out !== undefined && samePath(json, out)) throw new UsageError("jsonIsOut");
  }
}

/**
 * The line for a sheet that is not a ledger: the file, the sheet and why; when the file has other
 * sheets, which they are and how to choose one.
 */
export function ledgerProblemLine(file: string, sheet: string, sheetNames: readonly string[], problem: LedgerProblem, lang: Lang): string {
  const others = sheetNames.filter((n) => n !== sheet);
  const why = others.length === 0 ? LEDGER_PROBLEMS[problem][lang] : say(cli("notLedgerSheet", { problem: LEDGER_PROBLEMS[problem], sheets: others.map((n) => `"${n}"`).join(", "), example: others[0] }), lang);
  return fill(SHEET_PROBLEM[lang], { file, sheet, problem: why }, lang);
}
