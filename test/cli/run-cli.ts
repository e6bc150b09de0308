// Runs the command line in-process with captured output, for the CLI tests.
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCli(args: string[], options: { lang?: "id" | "en"; interactive?: boolean } = {}): Promise<CliRun> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), interactive: options.interactive ?? false, lang: options.lang ?? "id" };
  const code = await main(args, io);
  return { code, out, err };
}
