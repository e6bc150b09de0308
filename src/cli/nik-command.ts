// `ledger-bpjs nik <value...> [--ref-date YYYY-MM-DD] [--json]`
import { parseArgs } from "node:util";
import { isoOf, parseDate, today } from "../core/dates";
import { inspectNik, nikRegion } from "../core/ids/nik";
import { message } from "../core/messages";
import { NIK_COMMAND_WORDS, SEVERITY_WORDS } from "../core/words";
import { checkNik } from "../core/reports/nik-report";
import { UsageError, type CliIo } from "./io";

const WORDS = NIK_COMMAND_WORDS;

export function runNik(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    options: { "ref-date": { type: "string" }, json: { type: "boolean" } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError("nikNoValue");
  let refDate = today();
  if (values["ref-date"] !== undefined) {
    const parsed = parseDate(values["ref-date"]);
    if (parsed === null) throw new UsageError("refDate", { value: values["ref-date"] });
    refDate = parsed;
  }

  if (values.json) {
    io.out(JSON.stringify(positionals.map((value) => checkNik(value, { refDate })), null, 2) + "\n");
    return 0;
  }
  const lang = io.lang;
  for (const value of positionals) {
    const result = inspectNik(value, { refDate });
    const region = nikRegion(result);
    const place = region ? [region.province, region.regency, region.district].filter(Boolean).join(" › ") : "";
    const birth = result.birthDate === null ? "" : isoOf(result.birthDate);
    const verdict = result.valid ? WORDS.valid[lang] : WORDS.invalid[lang];
    io.out([value, verdict, result.gender ?? "", birth, place].filter((s) => s !== "").join("  ") + "\n");
    for (const f of result.findings) {
      const kind = SEVERITY_WORDS[f.severity === "error" ? "error" : "warning"][lang];
      io.out(`  ${kind} ${f.code}: ${message(f, lang)}\n`);
    }
  }
  return 0;
}
