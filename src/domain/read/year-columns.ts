// A commune over several columns, one per year ("Tân Sơn" merged over "2022 | 2023"): the latest
// year is the current status; the earlier columns are history, not a second verdict. Columns split
// another way ("Hiện trạng | Đánh giá": a value and its verdict) are all read, as before.
import type { SheetData } from '../model/grid';
import { cellText } from './cell-text';

const YEAR_RE = /(?<!\d)(20\d{2})(?!\d)/;

export interface YearChoice<T extends { col: number; key?: string }> {
  kept: T[];
  /** Years seen and the one kept, when some columns were set aside. */
  years?: { all: number[]; kept: number; row: number };
}

/**
 * Keeps, for every commune spread over year columns, only its latest year's column(s) up to the
 * report year: a column for a later year ("Năm 2025" beside "Năm 2023") is a plan, not a result.
 */
export function latestYearColumns<T extends { col: number; key?: string }>(sheet: SheetData, subHeaderRow: number, columns: T[], asOfYear?: number): YearChoice<T> {
  const sub = sheet.rows[subHeaderRow] ?? [];
  const yearOf = (col: number): number | undefined => {
    const m = YEAR_RE.exec(cellText(sub[col] ?? null));
    return m ? Number(m[1]) : undefined;
  };
  const byKey = new Map<string, T[]>();
  for (const c of columns) if (c.key) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  const dropped = new Set<T>();
  const all = new Set<number>();
  let kept = 0;
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const years = group.map((c) => yearOf(c.col));
    if (years.some((y) => y === undefined)) continue;
    const upTo = (years as number[]).filter((y) => asOfYear === undefined || y <= asOfYear);
    const latest = Math.max(...(upTo.length ? upTo : (years as number[])));
    group.forEach((c, i) => {
      all.add(years[i]!);
      if (years[i] !== latest) dropped.add(c);
    });
    kept = Math.max(kept, latest);
  }
  if (!dropped.size) return { kept: columns };
  return { kept: columns.filter((c) => !dropped.has(c)), years: { all: [...all].sort(), kept, row: subHeaderRow } };
}
