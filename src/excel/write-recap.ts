// The `Rekap YYYY-MM` sheet (SPEC §5): created on first run, then re-used — its cells cleared and
// written again, never the sheet deleted and added, so that Excel's undo keeps working and formulas
// elsewhere that point at it keep pointing at it. The company rows and the print queue are Excel
// tables; a bar chart shows KPJ per company (the top ten, the rest summed) from data beside the table.
import type { Lang } from "../core/messages";
import { workbookProblem } from "../core/messages";
import type { Recap } from "../core/recap/recap";
import { recapSheetLayout, recapSheetName, type RecapSource } from "../core/recap/recap-table";
import { columnLetters } from "./addresses";
import { failure, success, type Outcome } from "./outcome";
import { ownSheet } from "./own-sheet";
import { writeRows } from "./write-rows";

const TABLE_STYLE = "TableStyleMedium2";
const CHART_NAME = "KPJ per perusahaan";

/** Excel table names: letters, digits and underscores, unique in the workbook. */
function tableNames(month: string): { recap: string; printQueue: string } {
  const key = month.replace("-", "_");
  return { recap: `Rekap_${key}`, printQueue: `AntreanCetak_${key}` };
}


/** Writes the recap sheet inside the caller's batch. */
export async function writeRecapSheet(context: Excel.RequestContext, recap: Recap, source: RecapSource, lang: Lang): Promise<Outcome<string>> {
  const name = recapSheetName(recap.month);
  const { sheet, created } = await ownSheet(context, name);
  if (!created) {
    sheet.protection.load("protected");
    await context.sync();
    if (sheet.protection.protected) return failure(workbookProblem("protected", { sheet: name }));
  }
  const names = tableNames(recap.month);
  const oldRecap = context.workbook.tables.getItemOrNullObject(names.recap);
  const oldQueue = context.workbook.tables.getItemOrNullObject(names.printQueue);
  const oldChart = sheet.charts.getItemOrNullObject(CHART_NAME);
  await context.sync();
  // Last month's tables and chart give way to this run's; the sheet itself stays.
  if (!oldRecap.isNullObject) oldRecap.convertToRange();
  if (!oldQueue.isNullObject) oldQueue.convertToRange();
  if (!oldChart.isNullObject) oldChart.delete();
  sheet.getRange().clear("All");

  const layout = recapSheetLayout(recap, source, lang);
  await writeRows(context, sheet, 0, 0, layout.rows);
  const chartColumn = layout.width + 1;
  await writeRows(context, sheet, layout.headerRow, chartColumn, layout.chartRows);

  sheet.getRange("A1").format.font.bold = true;
  sheet.getRangeByIndexes(layout.totalRow, 0, 1, layout.width).format.font.bold = true;
  sheet.freezePanes.freezeRows(layout.headerRow + 1);
  const [first, end] = layout.companyRows;
  if (end > first) {
    const table = context.workbook.tables.add(sheet.getRangeByIndexes(layout.headerRow, 0, end - layout.headerRow, layout.width), true);
    table.name = names.recap;
    table.style = TABLE_STYLE;
  }
  const [qFirst, qEnd] = layout.printQueueRows;
  if (qEnd > qFirst) {
    const width = layout.rows[layout.printQueueHeaderRow].length;
    const queue = context.workbook.tables.add(sheet.getRangeByIndexes(layout.printQueueHeaderRow, 0, qEnd - layout.printQueueHeaderRow, width), true);
    queue.name = names.printQueue;
    queue.style = TABLE_STYLE;
  }
  const chartData = sheet.getRangeByIndexes(layout.headerRow, chartColumn, layout.chartRows.length, 2);
  if (layout.chartRows.length > 1) {
    const chart = sheet.charts.add("BarClustered", chartData, "Columns");
    chart.name = CHART_NAME;
    chart.title.text = layout.chartTitle;
    const left = columnLetters(chartColumn + 3);
    chart.setPosition(`${left}${layout.headerRow + 1}`, `${columnLetters(chartColumn + 10)}${layout.headerRow + 22}`);
  }
  sheet.getRangeByIndexes(0, 0, Math.max(layout.rows.length, 1), chartColumn + 2).format.autofitColumns();
  await context.sync();
  return success(name);
}
