// Whether a workbook is a plan of the 2026 - 2030 period. Its rows that name only "xã nông thôn
// mới" (a section row, a set column, a title, or nothing at all) are then judged by that period's
// commune set (QĐ 51/2025/QĐ-TTg, 10 criteria), not by 2021 - 2025's 19: an office writing its
// 2026 plan does not repeat the period on every row.
import type { WorkbookData } from '../model/grid';
import type { SetResolver } from '../criteria/catalog-set-names';
import { EARLIER_COMMUNE_SET, LATER_COMMUNE_SET } from '../criteria/set-names';
import type { SheetRecognition } from './recognize';
import { titlePeriod } from './title-period';
import { titleYear } from './title-year';

/** The first year of the later period: QĐ 51/2025/QĐ-TTg is in force from 15/02/2026. */
const LATER_FROM = 2026;

/**
 * True when the recognized sheets' titles (or names) name a period from 2026 on and none names an
 * earlier one ("giai đoạn 2021 - 2025"), or, when no title names a period, a plan year from 2026
 * on ("KẾ HOẠCH … NĂM 2026"). Periods win over years: "Báo cáo kết quả giai đoạn 2021 - 2025,
 * phương hướng năm 2026" is a 2021 - 2025 report. `definitionSets`: the sets the definitions
 * rows name, as resolved without the workbook's period.
 */
export function namesLaterPeriod(wb: WorkbookData, recognized: SheetRecognition[], definitionSets: string[] = []): boolean {
  // A definitions sheet naming the later set ("… xã nông thôn mới giai đoạn 2026 - 2030") says it too.
  let later = new Set(definitionSets).has(LATER_COMMUNE_SET) ? 1 : 0;
  let earlier = 0;
  let laterYear = 0;
  wb.sheets.forEach((sheet, i) => {
    const r = recognized[i];
    if (!r || r.role === null) return;
    const headerRow = r.header?.row ?? r.headerRow ?? 0;
    const p = titlePeriod(sheet, headerRow);
    if (p) {
      const from = Number(p.from.slice(0, 4));
      const to = Number(p.to.slice(0, 4));
      if (from >= LATER_FROM) later++;
      else if (to < LATER_FROM) earlier++;
      return;
    }
    const year = titleYear(sheet, headerRow);
    if (year !== undefined && year >= LATER_FROM) laterYear++;
  });
  if (earlier) return false;
  return later > 0 || laterYear > 0;
}

/** A text that itself names a period ending before 2026: its plain commune set stays 2021 - 2025's. */
function namesEarlierPeriod(text: string): boolean {
  const m = PERIOD_RE.exec(text);
  return !!m && Number(m[2]) < LATER_FROM;
}

/** "2021 - 2025", with or without "giai đoạn" before it. */
const PERIOD_RE = /(20\d\d)\s*[-–—]\s*(20\d\d)/;

/** The commune set a set id stands for in a workbook of the later period. */
export function laterPeriodSet(id: string): string {
  return id === EARLIER_COMMUNE_SET ? LATER_COMMUNE_SET : id;
}

/** `resolve` for a workbook of the later period: the plain commune set is 2026 - 2030's, unless
 * the text names the earlier period itself. */
export function laterPeriodResolver(resolve: SetResolver): SetResolver {
  return (text) => {
    const id = resolve(text);
    return id === EARLIER_COMMUNE_SET && !namesEarlierPeriod(text) ? LATER_COMMUNE_SET : id;
  };
}

/** Definitions rows of a workbook of the later period: a row naming only "xã NTM" defines the
 * 2026 - 2030 set (by its id), as the workbook's other rows are read. */
export function laterPeriodDefinitions<T extends { set: string }>(rows: T[], resolve: SetResolver): T[] {
  const later = laterPeriodResolver(resolve);
  return rows.map((r) => (resolve(r.set) === EARLIER_COMMUNE_SET && later(r.set) === LATER_COMMUNE_SET ? { ...r, set: LATER_COMMUNE_SET } : r));
}
