// A commune over several columns, one per year ("Tân Sơn" merged over "2022 | 2023"): the latest
// year is the current status; the earlier columns are history, not a second verdict. Columns split
// another way ("Hiện trạng | Đánh giá": a value and its verdict) are all read, as before.
import type { SheetData } from '../model/grid';
import type { FindingSink } from '../rules/finding-sink';
import { cellText } from './cell-text';
import { ref } from './read-context';

const YEAR_RE = /(?<!\d)(20\d{2})(?!\d)/;

/** "KH năm 2024", "Kế hoạch 2024", "Dự kiến 2024", "Phấn đấu 2024": a plan column, not results (probe 9-a). */
const PLAN_RE = /(?:^|[^\p{L}])(?:kh|kế hoạch|dự kiến|phấn đấu|mục tiêu)(?![\p{L}])/iu;

export interface YearChoice<T extends { col: number; key?: string }> {
  kept: T[];
  /** Years seen and the one kept, when some columns were set aside. */
  years?: {
    all: number[];
    /** The year read; undefined when every year column is after the report date. */
    kept?: number;
    row: number;
    /** Result years after the report year, set aside. */
    later: number[];
    /** Plan columns' headers ("KH năm 2024"), set aside. */
    plans: string[];
  };
}

/**
 * Keeps, for every commune spread over year columns, only its latest year's column(s) up to the
 * report year: a column for a later year ("Năm 2025" beside "Năm 2023") or a plan column ("KH năm
 * 2024") is not a result. When every result column is after the report date, none is read.
 */
export function latestYearColumns<T extends { col: number; key?: string }>(sheet: SheetData, subHeaderRow: number, columns: T[], asOfYear?: number, textAt?: (col: number) => string): YearChoice<T> {
  const sub = sheet.rows[subHeaderRow] ?? [];
  // The year is in the commune's sub-header (matrix), or in a group header merged over a block of
  // code columns ("Kết quả năm 2023" over 1 … 19, the "theo xã" table): the caller says where.
  const text = textAt ?? ((col: number) => cellText(sub[col] ?? null));
  const yearOf = (col: number): number | undefined => {
    const m = YEAR_RE.exec(text(col));
    return m ? Number(m[1]) : undefined;
  };
  const isPlan = (col: number): boolean => PLAN_RE.test(text(col));
  const byKey = new Map<string, T[]>();
  for (const c of columns) if (c.key) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  const dropped = new Set<T>();
  const all = new Set<number>();
  const later = new Set<number>();
  const plans = new Set<string>();
  let kept: number | undefined;
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const years = group.map((c) => yearOf(c.col));
    if (years.some((y) => y === undefined)) continue;
    const plan = group.map((c) => isPlan(c.col));
    // Only plan columns: nothing tells results apart; read as before (the latest up to the report year).
    const results = plan.every(Boolean) ? plan.map(() => false) : plan;
    const upTo = (years as number[]).filter((y, i) => !results[i] && (asOfYear === undefined || y <= asOfYear));
    const latest = upTo.length ? Math.max(...upTo) : undefined;
    group.forEach((c, i) => {
      all.add(years[i]!);
      if (results[i]) plans.add(text(c.col));
      else if (asOfYear !== undefined && years[i]! > asOfYear) later.add(years[i]!);
      if (results[i] || years[i] !== latest) dropped.add(c);
    });
    if (latest !== undefined) kept = Math.max(kept ?? latest, latest);
  }
  if (!dropped.size) return { kept: columns };
  const sorted = (xs: Iterable<number>) => [...xs].sort((a, b) => a - b);
  return { kept: columns.filter((c) => !dropped.has(c)), years: { all: sorted(all), kept, row: subHeaderRow, later: sorted(later), plans: [...plans] } };
}

/**
 * Says which year was read when columns were set aside: `per` is what has one column per year
 * ("xã" in a matrix, "tiêu chí" in the "theo xã" table).
 */
export function reportYearChoice(sink: FindingSink, sheetName: string, choice: YearChoice<{ col: number }>, per: { vi: string; en: string }): void {
  const y = choice.years;
  if (!y) return;
  const earlier = y.kept !== undefined && y.all.some((x) => x < y.kept!);
  const asideVi = [earlier ? 'các năm trước chỉ để tham khảo' : '', y.later.length ? `năm ${y.later.join(', ')} sau ngày báo cáo: không đọc` : '', y.plans.length ? `cột kế hoạch (${y.plans.join(', ')}): không đọc` : ''].filter(Boolean);
  const asideEn = [earlier ? 'earlier years are history' : '', y.later.length ? `${y.later.join(', ')} is after the report date: not read` : '', y.plans.length ? `plan columns (${y.plans.join(', ')}): not read` : ''].filter(Boolean);
  sink.add(y.kept === undefined ? 'status.year-columns-none' : 'status.year-columns', y.kept === undefined ? 'warning' : 'info', ref(sheetName, y.row, choice.kept[0]?.col ?? 0), {
    vi: y.kept === undefined
      ? `Mỗi ${per.vi} có cột theo năm (${y.all.join(', ')}), nhưng không có năm nào đến năm báo cáo: không có số liệu để đọc${asideVi.length ? ` (${asideVi.join('; ')})` : ''}.`
      : `Mỗi ${per.vi} có cột theo năm (${y.all.join(', ')}): dùng số liệu năm ${y.kept}${asideVi.length ? `; ${asideVi.join('; ')}` : ''}.`,
    en: y.kept === undefined
      ? `Each ${per.en} has a column per year (${y.all.join(', ')}), but none up to the report year: nothing is read${asideEn.length ? ` (${asideEn.join('; ')})` : ''}.`
      : `Each ${per.en} has a column per year (${y.all.join(', ')}): the ${y.kept} figures are used${asideEn.length ? `; ${asideEn.join('; ')}` : ''}.`,
  }, { found: y.kept === undefined ? y.all.join(', ') : String(y.kept), keyHint: sheetName });
}
