// The workbook's sheet names, from a caller that already loaded them or in one sync of their own.
/// <reference types="office-js" />

export async function loadSheetNames(context: Excel.RequestContext, known?: string[]): Promise<{ names: string[]; syncs: number }> {
  if (known) return { names: known, syncs: 0 };
  const ws = context.workbook.worksheets;
  ws.load('items/name');
  await context.sync();
  return { names: ws.items.map((s) => s.name), syncs: 1 };
}
