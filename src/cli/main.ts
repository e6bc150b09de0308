// The `ledger-bpjs` command line: the same engine as the add-in, on values and ledger files.
// Exit 0 when it ran (findings are not failures), 1 on bad usage or unreadable input.
import { runAuditCommand } from "./audit-command";
import { FileError, langFromEnv, UsageError, type CliIo } from "./io";
import { runNik } from "./nik-command";
import { runRecapCommand } from "./recap-command";

const USAGE = `Usage:
  ledger-bpjs nik <value...> [--ref-date YYYY-MM-DD] [--json]
  ledger-bpjs audit <file> [--sheet NAME] [--ref-date YYYY-MM-DD] [--out annotated.xlsx] [--json report.json|-]
                    [--roster payroll.xlsx[:SHEET]] [--mask-nik]
  ledger-bpjs recap <file> --month YYYY-MM [--sheet NAME] [--out recap.xlsx] [--json recap.json|-]

audit reads one worksheet (the first unless --sheet) of an .xlsx, .xlsm, .xls, .xlsb, .ods or CSV
file and never changes the file. --out writes a new
workbook with a status column and sheets of findings, duplicates, totals and deactivation; --json
writes the audit report as JSON (to standard output with "-"); --mask-nik masks every NIK in the JSON
and the summary (3522**********01) for sharing. recap counts the month per company
(active, joined, left, awaiting and overdue deactivation, KPJ, invalid and duplicate rows) with the
print queue; --out writes the recap as a workbook.

Checks Indonesian identity numbers and BPJS participant ledgers. Nothing leaves this machine.
Messages are in Indonesian unless LANG starts with "en".`;

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
        io.out(USAGE + "\n");
        return 0;
      case undefined:
        throw new UsageError("no command given; try: ledger-bpjs nik 3171015708450001");
      default:
        throw new UsageError(`unknown command "${command}"; commands: nik, audit, recap`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof FileError || isParseArgsError(e)) {
      io.err(`ledger-bpjs: ${e.message.split("\n")[0]}\n`);
      return 1;
    }
    throw e;
  }
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
