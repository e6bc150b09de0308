// Reading one worksheet of an .xlsx file into the engine's LedgerInput. The file is only ever opened
// for reading, and streamed: memory stays bounded for a million rows.
//
// Two readers give the same values and formats (test/cli/xlsx-scanner.test.ts compares them cell by
// cell): xlsx-scanner.ts, a lean scanner of the worksheet's XML that reads the common file in a
// fraction of the time (a 100,000-row ledger in under a second where exceljs took six), and, for what
// the scanner leaves, exceljs's streaming reader (xlsx-exceljs.ts), which also names what is wrong
// with a damaged file.
//
// Rows keep their worksheet positions (row 1 is values[0], column A is index 0), so that every row
// number the audit reports is the one Excel shows. Cell values are made plain: what the engine and a
// person see in the cell, not how a reader models it (xlsx-model.ts).
import { CLI_WORDS } from "../core/words";
import { FileError, UsageError } from "./io";
import { scanLedgerSheet } from "./xlsx-scanner";
import { FILE_ENDED } from "./zip-archive";
import type { LedgerSheet, ReadLedgerOptions } from "./xlsx-model";

export { FORMULA_ERROR, plainCellValue, type LedgerSheet, type ReadLedgerOptions } from "./xlsx-model";

/**
 * Reads the chosen worksheet of a file read-file.ts has found to be an .xlsx (a zip holding
 * xl/workbook.xml): what a file is, and the refusals of what it is not, are decided there once.
 * Throws FileError when the file cannot be read, UsageError for an unknown sheet.
 */
export async function readLedgerSheet(file: string, options: ReadLedgerOptions = {}): Promise<LedgerSheet> {
  try {
    const scanned = await scanLedgerSheet(file, options);
    if (scanned !== null) return scanned;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readWithExceljs } = require("./xlsx-exceljs") as typeof import("./xlsx-exceljs");
    return await readWithExceljs(file, options);
  } catch (e) {
    if (e instanceof UsageError || e instanceof FileError) throw e;
    if (firstLine(e) === FILE_ENDED) throw new FileError("truncated", { file });
    throw new FileError("damaged", { file, what: CLI_WORDS.xlsx, detail: firstLine(e) });
  }
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0] || "unknown error";
}
