// The year (and quarter) a status sheet reports, when its name or title says one: offices keep
// one sheet per year ("KQ 2022", "KQ 2023") or per quarter ("Q2-2024") side by side.
import type { SheetData } from '../model/grid';
import { cellText } from './cell-text';

export interface SheetPeriod {
  year: number;
  /** 1–4 when the sheet is one quarter's. */
  quarter?: number;
  /** "năm 2023", "quý II/2024": how summaries and findings name it. */
  label: string;
  /** "2023", "Q2 2024". */
  labelEn: string;
}

const YEARS_RE = /(?<!\d)(20\d{2})(?!\d)/g;
const QUARTER_RE = /(?<![\p{L}])(?:q|quý)\s*\.?\s*(iv|iii|ii|i|[1-4])(?![\p{L}\d])/iu;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** "năm 2023", "đến 31/12/2023", "tính đến ngày 30/9/2023": the year a title reports. */
const TITLE_YEAR_RE = /(?<![\p{L}])(?:năm\s+(20\d{2})(?!\s*[-–—]\s*20\d{2})(?!\d)|đến(?:\s+ngày)?\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*(20\d{2}))/giu;
/** Title lines that cite a document ("Kèm theo Kế hoạch số 17/KH-UBND ngày 02/3/2023"), a date
 * written out ("ngày 02 tháng 3 năm 2023") or a period ("giai đoạn 2021-2025"): not the report's year. */
const NOT_PERIOD_LINE_RE = /kèm theo|(?<![\p{L}])số\s+\d+\s*\/|tháng\s+\d{1,2}\s+năm|giai đoạn/iu;

/**
 * The sheet's period: from its name when the name holds exactly one year ("KQ 2023", "Q2-2024"),
 * else from the title rows above the header when they name exactly one year. A range ("2021-2025",
 * "năm 2022 - 2023") names no single period.
 */
export function sheetPeriod(sheet: SheetData, headerRow: number): SheetPeriod | undefined {
  const fromName = periodIn(sheet.name, distinctYears(sheet.name));
  if (fromName !== null) return fromName;
  const years = new Set<number>();
  let quarterText = '';
  for (let r = 0; r < Math.min(headerRow, 12); r++) {
    for (const v of sheet.rows[r] ?? []) {
      const t = cellText(v);
      if (!t || NOT_PERIOD_LINE_RE.test(t)) continue;
      for (const m of t.matchAll(TITLE_YEAR_RE)) years.add(Number(m[1] ?? m[2]));
      if (QUARTER_RE.test(t) && !quarterText) quarterText = t;
    }
  }
  if (years.size !== 1) return undefined;
  const year = [...years][0];
  return withQuarter(year, quarterText);
}

/** Undefined: the name gives no period; null: look at the title. */
function periodIn(name: string, years: number[]): SheetPeriod | undefined | null {
  if (years.length !== 1) return years.length > 1 ? undefined : null;
  // "2021-2025": one year only when no other 4-digit year follows a dash.
  return withQuarter(years[0], name);
}

function distinctYears(text: string): number[] {
  return [...new Set([...text.matchAll(YEARS_RE)].map((m) => Number(m[1])))];
}

function withQuarter(year: number, text: string): SheetPeriod {
  const q = QUARTER_RE.exec(text);
  if (!q) return { year, label: `năm ${year}`, labelEn: String(year) };
  const k = q[1].toLowerCase();
  const quarter = ROMAN[k] ?? Number(k);
  return { year, quarter, label: `quý ${['I', 'II', 'III', 'IV'][quarter - 1]}/${year}`, labelEn: `Q${quarter} ${year}` };
}

/** Order of periods: a whole year counts as its last quarter. */
export function periodRank(p: SheetPeriod): number {
  return p.year * 4 + (p.quarter ?? 4);
}

/** The period has begun by the report date (a year's sheet by its year, a quarter's by its first day). */
export function periodStarted(p: SheetPeriod, asOf: string): boolean {
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7));
  if (p.year !== y) return p.year < y;
  return p.quarter === undefined || (p.quarter - 1) * 3 + 1 <= m;
}
