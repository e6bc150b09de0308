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
import * as fs from "node:fs";
import { CLI_WORDS } from "../core/words";
import { FileError, openFailure, UsageError } from "./io";
import { scanLedgerSheet } from "./xlsx-scanner";
import { FILE_ENDED } from "./zip-archive";
import type { LedgerSheet, ReadLedgerOptions } from "./xlsx-model";

export { FORMULA_ERROR, plainCellValue, type LedgerSheet, type ReadLedgerOptions } from "./xlsx-model";

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Reads the chosen worksheet. Throws FileError when the file cannot be read, UsageError for an unknown sheet. */
export async function readLedgerSheet(file: string, options: ReadLedgerOptions = {}): Promise<LedgerSheet> {
  await checkWorkbookFile(file);
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

async function checkWorkbookFile(file: string): Promise<void> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, "r");
  } catch (e) {
    throw openFailure(file, e);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new FileError("isFolder", { file });
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    if (bytesRead === 4 && head.equals(OLE_MAGIC)) {
      throw new FileError("encrypted", { file });
    }
    if (bytesRead < 4 || !head.equals(ZIP_MAGIC)) throw new FileError("notSpreadsheet", { file });
  } finally {
    await handle.close();
  }
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split("\n")[0] || "unknown error";
}
