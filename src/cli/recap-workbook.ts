// The recap workbook of `ledger-bpjs recap --out`: the `Rekap YYYY-MM` sheet laid out as the add-in
// writes it (src/core/recap/recap-table.ts decides the layout), the chart's data beside the table,
// and a sheet explaining each column. exceljs cannot write charts, so the file has the chart's data
// but no chart; the add-in's sheet has both. Every text is a string value, which exceljs writes as a
// text cell: a company named "=SUM(A1)" stays text.
import * as fs from "node:fs";
import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import type { Lang } from "../core/messages";
import { RECAP_COLUMNS, recapSheetName, type RecapSheetLayout } from "../core/recap/recap-table";
import { CLI_WORDS, RECAP_EXPLAIN } from "../core/words";
import { FileError } from "./io";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

export async function writeRecapWorkbook(file: string, month: string, layout: RecapSheetLayout, lang: Lang): Promise<void> {
  // Loaded here, not with the command line: exceljs takes half a second to load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const book = new (require("exceljs") as typeof ExcelJS).Workbook();
  const created = new Date();
  Object.assign(book, { created, modified: created, creator: "Ledger BPJS" });
  const sheet = book.addWorksheet(recapSheetName(month), { views: [{ state: "frozen", ySplit: layout.headerRow + 1 }] });
  layout.rows.forEach((row, i) => {
    if (row.length > 0) sheet.getRow(i + 1).values = [...row];
  });
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  for (const r of [layout.headerRow, layout.printQueueHeaderRow]) {
    const row = sheet.getRow(r + 1);
    row.font = { bold: true };
    row.eachCell((cell) => (cell.fill = HEADER_FILL));
  }
  sheet.getRow(layout.totalRow + 1).font = { bold: true };
  sheet.getRow(layout.printQueueHeaderRow).font = { bold: true };
  const chartColumn = layout.width + 2;
  layout.chartRows.forEach((row, i) => {
    row.forEach((value, j) => (sheet.getCell(layout.headerRow + 1 + i, chartColumn + j).value = value));
  });
  sheet.getRow(layout.headerRow + 1).getCell(chartColumn).font = { bold: true };
  sheet.getRow(layout.headerRow + 1).getCell(chartColumn + 1).font = { bold: true };
  sheet.columns.forEach((column, c) => (column.width = c === 1 || c === chartColumn - 1 ? 36 : 14));

  const explain = book.addWorksheet(RECAP_EXPLAIN.sheet[lang]);
  explain.addRow([RECAP_EXPLAIN.column[lang], RECAP_EXPLAIN.meaning[lang]]).font = { bold: true };
  for (const column of RECAP_COLUMNS) explain.addRow([column.label[lang], column.explain[lang]]);
  explain.getColumn(1).width = 24;
  explain.getColumn(2).width = 100;

  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await book.xlsx.writeFile(temp);
    await fs.promises.rename(temp, file);
  } catch (e) {
    await fs.promises.rm(temp, { force: true });
    throw new FileError("cannotWrite", { file, what: CLI_WORDS.recapWorkbook, detail: (e as Error).message.split("\n")[0] });
  }
}
