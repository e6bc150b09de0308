// The `ledger-bpjs` command line: the same engine as the add-in, on values and ledger files.
// Exit 0 when it ran (findings are not failures), 1 on bad usage or unreadable input.
import { runAuditCommand } from "./audit-command";
import { cli, say } from "../core/words";
import { CliError, langFromEnv, UsageError, type CliIo } from "./io";
import { runNik } from "./nik-command";
import { runRecapCommand } from "./recap-command";

export async function main(args: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "nik":
        return runNik(rest, io);
      case "audit":
        return await runAuditCommand(rest, io);
      case "recap":
        return await runRecapCommand(rest, io);
      case "help":
      case "--help":
      case "-h":
        io.out(say(cli("usage"), io.lang) + "\n");
        return 0;
      case undefined:
        throw new UsageError("noCommand");
      default:
        throw new UsageError("unknownCommand", { command });
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`ledger-bpjs: ${say(e.said, io.lang)}\n`);
      return 1;
    }
    if (isParseArgsError(e)) {
      io.err(`ledger-bpjs: ${say(parseArgsProblem(e), io.lang)}\n`);
      return 1;
    }
    throw e;
  }
}

/** Node's parseArgs reports in English: its three mistakes, said in the user's language. */
function parseArgsProblem(e: Error & { code?: unknown }) {
  const option = /'([^']+)'/.exec(e.message)?.[1]?.replace(/ <value>$/, "") ?? "";
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return cli("optionValue", { option });
  if (e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return cli("unexpectedArgument", { option });
  return cli("unknownOption", { option });
}

/** parseArgs reports unknown or malformed options with an error whose code starts ERR_PARSE_ARGS. */
function isParseArgsError(e: unknown): e is Error {
  return typeof e === "object" && e !== null && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS") && "message" in e;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
    lang: langFromEnv(process.env),
  };
}
