// `ledger-bpjs recap <file.xlsx> --month YYYY-MM [--sheet NAME] [--out recap.xlsx] [--json recap.json]`
//
// The monthly recap of SPEC §5 from one worksheet: audited with the month's last day as the reference
// date, then counted per company. Prints the table; `--json` writes the SPEC §6 `recap` JSON (to
// stdout with `--json -`), `--out` a recap workbook. The input file is only read.
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import { formatDayId } from "../core/dates";
import { runAudit } from "../core/ledger/audit";
import { lastDayOf, monthlyRecap, parseMonth } from "../core/recap/recap";
import { recapSheetLayout } from "../core/recap/recap-table";
import { AUDIT_SUMMARY_WORDS, CLI_WORDS, fill, RECAP_COMMAND_WORDS } from "../core/words";
import { checkOutputs, FileError, ledgerProblemLine, printable, UsageError, type CliIo } from "./io";
import { progressBar } from "./progress";
import { writeRecapWorkbook } from "./recap-workbook";
import { readLedgerFile } from "./read-file";

const WORDS = { reading: AUDIT_SUMMARY_WORDS.reading, auditing: AUDIT_SUMMARY_WORDS.auditing, ...RECAP_COMMAND_WORDS };

export async function runRecapCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { month: { type: "string" }, sheet: { type: "string" }, out: { type: "string" }, json: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? "noFile" : "oneFile", { command: "recap" });
  }
  const file = positionals[0];
  if (values.month === undefined) throw new UsageError("noMonth");
  const month = parseMonth(values.month);
  if (month === null) throw new UsageError("month", { value: values.month });
  const { out, json } = values;
  checkOutputs(file, out, json);

  const lang = io.lang;
  const progress = progressBar(io);
  try {
    progress.phase(WORDS.reading[lang]);
    const ledger = await readLedgerFile(file, { sheet: values.sheet, onRow: (row) => progress.update(row) });
    progress.phase(WORDS.auditing[lang]);
    const refDate = lastDayOf(month);
    const result = runAudit(ledger.input, { refDate, lang, onProgress: (done, total) => progress.update(done, total) });
    if (!result.ok) {
      progress.clear();
      io.err(`ledger-bpjs: ${ledgerProblemLine(file, ledger.input.sheet, ledger.sheetNames, result.problem, lang)}\n`);
      return 1;
    }
    const recap = monthlyRecap(result.audit, month);
    const layout = recapSheetLayout(recap, { sheet: ledger.input.sheet ?? "", rowCount: result.audit.parsed.columns.count, refDate: formatDayId(refDate) }, lang);
    const written: string[] = [];
    if (out !== undefined) {
      await writeRecapWorkbook(out, recap.month, layout, lang);
      written.push(fill(WORDS.wroteOut[lang], { file: out }, lang));
    }
    const text = json === undefined ? "" : JSON.stringify(recap, null, 2) + "\n";
    if (json !== undefined && json !== "-") {
      try {
        await fs.promises.writeFile(json, text);
      } catch (e) {
        throw new FileError("cannotWrite", { file: json, what: CLI_WORDS.jsonRecap, detail: (e as Error).message.split("\n")[0] });
      }
      written.push(fill(WORDS.wroteJson[lang], { file: json }, lang));
    }
    progress.clear();
    if (json === "-") io.out(text);
    else io.out(renderLayout(layout) + (written.length > 0 ? "\n" : "") + written.map((line) => printable(line) + "\n").join(""));
    return 0;
  } finally {
    progress.clear();
  }
}

/** The recap sheet as aligned text columns, for the terminal. */
function renderLayout(layout: ReturnType<typeof recapSheetLayout>): string {
  const tableRows = layout.rows.slice(layout.headerRow, layout.totalRow + 1);
  const widths = Array.from({ length: layout.width }, (_, c) => Math.min(36, Math.max(...tableRows.map((r) => String(r[c] ?? "").length))));
  const line = (row: (string | number)[]) =>
    row
      .map((v, c) => {
        const text = printable(String(v ?? "")).slice(0, widths[c] ?? 36);
        return typeof v === "number" ? text.padStart(widths[c]) : text.padEnd(widths[c] ?? 0);
      })
      .join("  ")
      .trimEnd();
  const lines = [
    ...layout.rows.slice(0, layout.headerRow).map((r) => printable(String(r[0] ?? ""))),
    ...tableRows.map(line),
    "",
    ...layout.rows.slice(layout.totalRow + 2).map((r) => printable(r.map((v) => String(v ?? "")).join("  "))),
  ];
  return lines.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
}
