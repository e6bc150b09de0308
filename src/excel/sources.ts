// The ledgers a user can pick: each visible sheet's used range, and each table. The active sheet
// comes first, so the obvious choice is the default.
import type { ExcelHost } from "./host";
import { isOwnSheet } from "./sheet-names";

export interface LedgerSource {
  /** "sheet:<name>" or "table:<name>". */
  readonly id: string;
  readonly label: string;
}

export function parseSourceId(id: string): { kind: "sheet" | "table"; name: string } | null {
  const m = /^(sheet|table):(.+)$/s.exec(id);
  return m ? { kind: m[1] as "sheet" | "table", name: m[2] } : null;
}

export function sheetSourceId(sheet: string): string {
  return `sheet:${sheet}`;
}

export async function listLedgerSources(host: ExcelHost): Promise<LedgerSource[]> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    const tableSheets = tables.items.map((t) => {
      const sheet = t.worksheet;
      sheet.load("name");
      return sheet;
    });
    if (tableSheets.length > 0) await context.sync();
    const sources: LedgerSource[] = [];
    for (const sheet of sheets.items) {
      if (sheet.visibility !== "Visible" || isOwnSheet(sheet.name)) continue;
      const source = { id: sheetSourceId(sheet.name), label: sheet.name };
      if (sheet.name === active.name) sources.unshift(source);
      else sources.push(source);
    }
    tables.items.forEach((t, i) => sources.push({ id: `table:${t.name}`, label: `${t.name} (${tableSheets[i].name})` }));
    return sources;
  });
}
