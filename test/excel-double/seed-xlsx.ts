// Seeds the Excel test double from an .xlsx file (Node only): every sheet with its values as Excel
// would give them to an add-in (dates as serial numbers with their date format), number formats and
// formulas (with their cached results as values).
import * as ExcelJS from "exceljs";
import { WorkbookModel, type SeedSheet } from "./excel-double";

const MS_PER_DAY = 86_400_000;
const SERIAL_OF_1970 = 25569;

function excelValue(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + SERIAL_OF_1970;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join("");
  if ("error" in v) return String(v.error);
  if ("result" in v) return excelValue(v.result as ExcelJS.CellValue);
  if ("text" in v) return String(v.text);
  return null;
}

export async function workbookFromXlsx(file: string): Promise<WorkbookModel> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const seeds: SeedSheet[] = [];
  book.eachSheet((sheet) => {
    const values: (string | number | boolean | null)[][] = [];
    const formats: (string | undefined)[][] = [];
    const formulas: Record<string, string> = {};
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        (values[r - 1] ??= [])[c - 1] = excelValue(cell.value);
        if (cell.numFmt) (formats[r - 1] ??= [])[c - 1] = cell.numFmt;
        if (cell.formula) formulas[`${r - 1},${c - 1}`] = `=${cell.formula}`;
      });
    });
    for (let i = 0; i < values.length; i++) values[i] ??= [];
    for (let i = 0; i < formats.length; i++) formats[i] ??= [];
    seeds.push({ name: sheet.name, values, formats, formulas });
  });
  const model = new WorkbookModel(seeds);
  // Formulas were seeded with 0 as their value: put the cached results back.
  for (const seed of seeds) {
    const sheet = model.sheet(seed.name);
    for (const [key, formula] of Object.entries(seed.formulas ?? {})) {
      const [r, c] = key.split(",").map(Number);
      sheet.setRaw(r, c, seed.values?.[r]?.[c] as string | number | boolean, formula);
    }
  }
  return model;
}
