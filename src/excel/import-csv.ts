// The safe CSV import (SPEC §6): a CSV's rows written to a new sheet with every identifier as text and
// dates as dates — where opening a CSV in Excel would turn a NIK into a number and lose its 16th digit.
// The sheet is new (named after the file, never an existing one), so nothing already in the workbook
// changes; deleting the sheet undoes the import. A log line records it.
import type { CsvImportPlan } from "../core/ledger/csv";
import { workbookProblem, type Lang } from "../core/messages";
import { fill, LOG_DETAILS } from "../core/words";
import type { ExcelHost } from "./host";
import { appendLog } from "./log";
import { failure, hostFailure, success, type Outcome } from "./outcome";
import { writeRows } from "./write-rows";


/** A sheet name Excel accepts (≤ 31 characters, none of : \ / ? * [ ]), from the file's name. */
export function importSheetName(fileName: string, taken: readonly string[]): string {
  const base = fileName.replace(/\.[^.]*$/, "").replace(/[:\\/?*[\]]/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, 25) || "Impor CSV";
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!used.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

/** Writes the plan to a new sheet named after `fileName`; returns the sheet's name. */
export async function importCsv(host: ExcelHost, fileName: string, plan: CsvImportPlan, lang: Lang, signal?: AbortSignal): Promise<Outcome<string>> {
  let name = fileName;
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const structure = context.workbook.protection;
      structure.load("protected");
      await context.sync();
      name = importSheetName(fileName, sheets.items.map((s) => s.name));
      if (structure.protected) return failure(workbookProblem("structureProtected", { sheet: name }));
      const sheet = sheets.add(name);
      const done = await writeRows(context, sheet, 0, 0, plan.rows, { numberFormats: plan.numberFormats, signal });
      if (!done) {
        // Cancelled: the half-written sheet goes, and the workbook is as it was.
        sheet.delete();
        await context.sync();
        return failure(workbookProblem("cancelled"));
      }
      sheet.getRangeByIndexes(plan.headerRow - 1, 0, 1, plan.columns.length).format.font.bold = true;
      sheet.activate();
      await appendLog(context, "importCsv", name, fill(LOG_DETAILS.importCsv[lang], { rows: plan.dataRows, file: fileName }, lang), lang);
      return success(name);
    });
  } catch (error) {
    return hostFailure(error, name);
  }
}
