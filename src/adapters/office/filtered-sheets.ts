// Which sheets an autofilter (the sheet's own, or one of its tables') filters now: their hidden
// rows are data out of view, not rows the office set aside (domain read/hidden-cells.ts). Asked
// only for sheets with hidden rows: one small sync, and one more when they hold tables.
/// <reference types="office-js" />
import { supports, type Requirements } from './deps';

export async function findFilteredSheets(context: Excel.RequestContext, names: string[], requirements: Requirements | undefined, onSync: () => void): Promise<Set<string>> {
  const out = new Set<string>();
  // AutoFilter and Table.autoFilter are ExcelApi 1.9 (the manifest's minimum).
  if (!names.length || !supports(requirements, '1.9')) return out;
  const probes = names.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    const filter = ws.autoFilter;
    filter.load('isDataFiltered');
    const tables = ws.tables;
    tables.load('items/name');
    return { name, filter, tables };
  });
  await context.sync();
  onSync();
  for (const p of probes) if (p.filter.isDataFiltered) out.add(p.name);
  const tableFilters = probes
    .filter((p) => !out.has(p.name))
    .flatMap((p) =>
      p.tables.items.map((t) => {
        const filter = t.autoFilter;
        filter.load('isDataFiltered');
        return { name: p.name, filter };
      }),
    );
  if (!tableFilters.length) return out;
  await context.sync();
  onSync();
  for (const t of tableFilters) if (t.filter.isDataFiltered) out.add(t.name);
  return out;
}
