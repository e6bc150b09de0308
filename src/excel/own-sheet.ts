// The sheets the add-in writes its output to: found by name, or added at the end of the workbook.
export async function ownSheet(context: Excel.RequestContext, name: string): Promise<{ sheet: Excel.Worksheet; created: boolean }> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (!existing.isNullObject) return { sheet: existing, created: false };
  const sheet = context.workbook.worksheets.add(name);
  return { sheet, created: true };
}
