// `ledger-bpjs audit <file.xlsx> [--sheet NAME] [--ref-date YYYY-MM-DD] [--out annotated.xlsx] [--json report.json]`
//
// Reads one worksheet, runs the same audit as the add-in, and prints a summary; `--json` writes the
// SPEC §6 `audit` JSON (to stdout with `--json -`), `--out` a new annotated workbook. The input file
// is only read. Findings are not failures: exit 0 whenever the audit ran.
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import { formatDayId, parseDate, parseIsoDate, today } from "../core/dates";
import { ACTION_WORDS, AUDIT_SUMMARY_WORDS, CLI_WORDS, fill, ROLE_LABELS, type Lang, type Params } from "../core/words";
import { auditReport, runAudit, type AuditReport } from "../core/ledger/audit";
import { auditTables, type AuditTables, type Table } from "../core/ledger/findings-table";
import { rowFindings } from "../core/ledger/status";
import { maskNiksIn } from "../core/ids/mask";
import { writeAnnotatedWorkbook } from "./annotated-workbook";
import { reconcileRoster, rosterReport, worklistTable, type RosterReport } from "../core/roster/reconcile";
import { checkOutputs, FileError, ledgerProblemLine, printable, samePath, UsageError, type CliIo } from "./io";
import { progressBar } from "./progress";
import { readLedgerFile } from "./read-file";

const SHOWN_ISSUES = 20;
const SHOWN_GROUPS = 10;
const SHOWN_COMPANIES = 20;

const WORDS = AUDIT_SUMMARY_WORDS;

export async function runAuditCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      sheet: { type: "string" },
      "ref-date": { type: "string" },
      out: { type: "string" },
      json: { type: "string" },
      roster: { type: "string" },
      "mask-nik": { type: "boolean" },
    },
    allowPositionals: true,
    strict: true,
  });
  const rosterSpec = values.roster === undefined ? null : parseRosterSpec(values.roster);
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? "noFile" : "oneFile", { command: "audit" });
  }
  const file = positionals[0];
  let refDate = today();
  if (values["ref-date"] !== undefined) {
    const parsed = parseDate(values["ref-date"]);
    if (parsed === null) throw new UsageError("refDate", { value: values["ref-date"] });
    refDate = parsed;
  }
  const out = values.out;
  const json = values.json;
  checkOutputs(file, out, json);

  const lang = io.lang;
  const progress = progressBar(io);
  try {
    progress.phase(WORDS.reading[lang]);
    const ledger = await readLedgerFile(file, { sheet: values.sheet, onRow: (row) => progress.update(row) });

    progress.phase(WORDS.auditing[lang]);
    const result = runAudit(ledger.input, { refDate, lang, onProgress: (done, total) => progress.update(done, total) });
    if (!result.ok) {
      progress.clear();
      io.err(`ledger-bpjs: ${ledgerProblemLine(file, ledger.input.sheet, ledger.sheetNames, result.problem, lang)}\n`);
      return 1;
    }
    let report: AuditReport & { roster?: RosterReport } = auditReport(result.audit, ledger.input.sheet, lang);
    let worklist: ReturnType<typeof worklistTable> | undefined;
    if (rosterSpec !== null) {
      progress.phase(WORDS.readingRoster[lang]);
      const roster = await readLedgerFile(rosterSpec.file, { sheet: rosterSpec.sheet, onRow: (row) => progress.update(row) });
      // The same file and sheet as the ledger (or, found by the engine, the same rows): a comparison of
      // the ledger with itself, which would find nothing.
      const rosterIsLedger = () => new UsageError("rosterIsLedger", { file: rosterSpec.file, sheet: roster.input.sheet ?? "" });
      if (samePath(file, rosterSpec.file) && roster.input.sheet === ledger.input.sheet) throw rosterIsLedger();
      const reconciled = reconcileRoster(result.audit, roster.input);
      if (!reconciled.ok && reconciled.problem === "rosterIsLedger") throw rosterIsLedger();
      if (!reconciled.ok) {
        progress.clear();
        io.err(`ledger-bpjs: ${ledgerProblemLine(rosterSpec.file, roster.input.sheet, roster.sheetNames, reconciled.problem, lang)}\n`);
        return 1;
      }
      report = { ...report, roster: rosterReport(reconciled.reconciliation, lang) };
      worklist = worklistTable(reconciled.reconciliation, lang);
    }

    // The JSON report first: when the annotated copy cannot be written, the audit is not lost with it.
    const written: string[] = [];
    // --mask-nik: the report is for sharing; every NIK in it (and the summary) becomes 3522**********01.
    const mask = values["mask-nik"] === true ? maskNiksIn : (t: string) => t;
    const text = json === undefined ? "" : mask(JSON.stringify(report, null, 2) + "\n");
    if (json !== undefined && json !== "-") {
      try {
        await fs.promises.writeFile(json, text);
      } catch (e) {
        throw new FileError("cannotWrite", { file: json, what: CLI_WORDS.jsonReport, detail: (e as Error).message.split("\n")[0] });
      }
      written.push(fill(WORDS.wroteJson[lang], { file: json }, lang));
    }
    // The tables the add-in writes too, built once for the --out workbook and the summary.
    const findings = rowFindings(result.audit, lang);
    const tables = auditTables(result.audit, report, lang, findings);
    if (out !== undefined) {
      progress.phase(WORDS.writing[lang]);
      await writeAnnotatedWorkbook(out, ledger, result.audit, report, { lang, findings, tables, worklist, onProgress: (done, total) => progress.update(done, total) });
      written.push(fill(WORDS.wroteOut[lang], { file: out }, lang));
    }
    progress.clear();

    if (json === "-") io.out(text);
    else io.out(mask(summaryOf(report, tables, file, lang)) + (written.length > 0 ? "\n" : "") + written.map((line) => printable(line) + "\n").join(""));
    return 0;
  } finally {
    progress.clear();
  }
}


/**
 * The human summary: where the ledger is, what it is, what was found, totals per company. The findings
 * and the totals are the first lines of the tables the --out workbook and the add-in write.
 */
export function summaryOf(report: AuditReport & { roster?: RosterReport }, tables: Pick<AuditTables, "findings" | "totals">, file: string, lang: Lang): string {
  const w = (key: keyof typeof WORDS, params?: Params) => fill(WORDS[key][lang], params, lang);
  const lines: string[] = [];
  const refDate = parseIsoDate(report.refDate);
  lines.push(w("sheet", { sheet: String(report.sheet), file, headerRow: report.headerRow }));
  lines.push(w("ledger", { shape: WORDS[report.shape], rows: report.rowCount, refDate: refDate === null ? report.refDate : formatDayId(refDate) }));
  const columns = Object.entries(report.columns).map(([role, header]) => `${ROLE_LABELS[role as keyof typeof ROLE_LABELS][lang]} = "${header}"`);
  lines.push(w("columns", { columns: columns.join(", ") }));
  const s = report.summary;
  const counts = w("counts", { errors: s.errors, warnings: s.warnings, duplicates: s.duplicates });
  lines.push(report.shape === "participants" ? w("countsDeactivation", { counts, deactivation: s.deactivation }) : counts);

  const findings = tables.findings.rows;
  lines.push("", heading(WORDS.issues, findings.length, SHOWN_ISSUES, lang));
  // What a whole column says comes first (a line with no row): it is the cause of many row findings.
  // Columns as wide as the widest of what is shown (DUPLICATE_NIK_OTHER_EMPLOYER is 28 characters).
  const shown = findings.slice(0, SHOWN_ISSUES).map(([row, column, code, severity, text]) => [row === "" ? `"${column}"` : w("row", { row: String(row) }), String(code), String(severity), String(text)]);
  for (const [where, code, severity, text] of shown) lines.push(`  ${padded(where, shown, 0)} ${padded(code, shown, 1)} ${padded(severity, shown, 2)} ${text}`);

  if (report.duplicates.length > 0) {
    lines.push("", heading(WORDS.duplicates, report.duplicates.length, SHOWN_GROUPS, lang));
    const groups = report.duplicates.slice(0, SHOWN_GROUPS).map((d) => [d.code, w("rows", { rows: d.rows.join(", ") }), d.action === "archive" ? w("keep", { row: d.keep }) : ACTION_WORDS[d.action].label[lang]]);
    for (const [code, rows, what] of groups) lines.push(`  ${padded(code, groups, 0)} ${rows} → ${what}`);
  }
  if (report.shape === "participants") {
    lines.push("", heading(WORDS.deactivation, report.deactivation.length, SHOWN_GROUPS, lang));
    for (const d of report.deactivation.slice(0, SHOWN_GROUPS)) {
      const day = d.since === null ? null : parseIsoDate(d.since);
      const since = day === null ? "" : ` ${w("since", { date: formatDayId(day) })}`;
      lines.push(`  ${w("row", { row: String(d.row).padEnd(7) })} ${d.code}${since}${d.overdue ? ` ${w("overdue")}` : ""}`);
    }
  }

  lines.push("", w("totals"));
  lines.push(...table(tables.totals, SHOWN_COMPANIES));
  if (report.totals.length > SHOWN_COMPANIES) lines.push(`  ${w("more", { n: report.totals.length - SHOWN_COMPANIES })}`);
  if (report.roster) {
    const r = report.roster;
    lines.push("", w("roster", { notInRoster: r.notInRoster.length, registerNew: r.registerNew.length, transfers: r.transfers.length, arrears: r.arrears.length }));
    const items = r.worklist.slice(0, SHOWN_GROUPS).map((item) => [item.code, item.ledgerRow !== null ? w("row", { row: item.ledgerRow }) : w("rosterRow", { row: item.rosterRow ?? "" }), clip(item.name, 30), item.message]);
    for (const [code, where, name, message] of items) lines.push(`  ${padded(code, items, 0)} ${padded(where, items, 1)} ${padded(name, items, 2)} ${message}`);
    if (r.worklist.length > SHOWN_GROUPS) lines.push(`  ${w("more", { n: r.worklist.length - SHOWN_GROUPS })}`);
  }
  return lines.map((line) => printable(line) + "\n").join("");
}

/** `text` padded to the widest cell of column `c` of `lines`. */
function padded(text: string, lines: readonly (readonly string[])[], c: number): string {
  return text.padEnd(Math.max(...lines.map((line) => line[c].length)));
}

/** "Temuan (12):", "Temuan (20 pertama dari 1083):" or "Temuan: tidak ada". */
function heading(title: Params[string], count: number, shown: number, lang: Lang): string {
  if (count === 0) return fill(WORDS.none[lang], { title }, lang);
  if (count <= shown) return fill(WORDS.all[lang], { title, count }, lang);
  return fill(WORDS.firstOf[lang], { title, n: shown, total: count }, lang);
}

/** The first `shown` rows of a table in columns: text left-aligned (clipped at 40), numbers right-aligned. */
function table(t: Table, shown: number): string[] {
  const text = new Set(t.textColumns);
  const rows = t.rows.slice(0, shown).map((r) => r.map((cell, c) => (text.has(c) ? clip(String(cell ?? ""), 40) : String(cell ?? ""))));
  const widths = t.header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const format = (cells: string[]) => "  " + cells.map((cell, c) => (text.has(c) ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd();
  return [format(t.header), ...rows.map(format)];
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}


/** `--roster file.xlsx` or `--roster file.xlsx:SHEET` (a sheet name may itself hold colons), any readable file. */
function parseRosterSpec(spec: string): { file: string; sheet?: string } {
  const m = /^(.*?\.(?:xlsx|xlsm|xlsb|xls|ods|csv|txt|xml|html?))(?::(.+))?$/i.exec(spec);
  if (!m) throw new UsageError("roster", { value: spec });
  return { file: m[1], sheet: m[2] };
}
