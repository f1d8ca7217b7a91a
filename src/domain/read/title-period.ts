// The period a sheet's title says its table belongs to ("KẾT QUẢ … GIAI ĐOẠN 2026 - 2030"): a
// table of another period than the set it is judged by (the shipped sets are 2021 - 2025).
import type { SheetData } from '../model/grid';
import { toA1 } from '../model/address';
import { setPeriod } from '../criteria/set-period';
import { cellText } from './cell-text';

export interface TitlePeriod {
  /** Where the title says it: a title cell, or A1 when only the sheet's name does. */
  cell: string;
  from: string;
  to: string;
  /** "2026 - 2030". */
  label: string;
}

/** Title rows looked at above the header, as for the sheet's year. */
const TITLE_ROWS = 12;

/** The first period a title row above the header names, else the one the sheet's name names. */
export function titlePeriod(sheet: SheetData, headerRow: number): TitlePeriod | undefined {
  for (let r = 0; r < Math.min(headerRow, TITLE_ROWS); r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c]);
      if (t.length < 12) continue;
      const p = setPeriod(t);
      if (p) return { cell: toA1(r, c), ...p };
    }
  }
  const p = setPeriod(sheet.name);
  return p ? { cell: 'A1', ...p } : undefined;
}

/** The title periods of the assignment and status sheets, with the sets their rows were read for. */
export function sheetTitlePeriods(
  sheets: SheetData[],
  recognized: { sheet: string; role: string | null; headerRow?: number }[],
  rows: Iterable<{ setId: string; source: { sheet: string } }>,
): (TitlePeriod & { sheet: string; setIds: string[] })[] {
  const periods = new Map<string, TitlePeriod>();
  for (const r of recognized) {
    if (r.headerRow === undefined || !(r.role === 'assignment' || r.role?.startsWith('status'))) continue;
    const sheet = sheets.find((s) => s.name === r.sheet);
    const p = sheet && titlePeriod(sheet, r.headerRow);
    if (p) periods.set(r.sheet, p);
  }
  if (!periods.size) return [];
  const sets = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!periods.has(row.source.sheet)) continue;
    let s = sets.get(row.source.sheet);
    if (!s) sets.set(row.source.sheet, (s = new Set()));
    s.add(row.setId);
  }
  return [...periods].map(([sheet, p]) => ({ sheet, ...p, setIds: [...(sets.get(sheet) ?? [])] }));
}
