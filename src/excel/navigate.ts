// Go-to-cell from a finding: activates the ledger's sheet and selects the cell.
import type { ExcelHost } from "./host";
import type { LedgerPlace } from "./read-ledger";

/** Selects worksheet row `row` (1-based) in `column` (0-based index within the ledger; null: its first column). */
export async function goToCell(host: ExcelHost, place: LedgerPlace, row: number, column: number | null): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(place.sheet);
    sheet.activate();
    sheet.getRangeByIndexes(row - 1, place.firstColumn + (column ?? 0), 1, 1).select();
    await context.sync();
  });
}
