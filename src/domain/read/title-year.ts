// The plan year a sheet's title names ("KẾ HOẠCH … NĂM 2023"): a deadline written "quý III" or
// "6 tháng đầu năm" in that sheet belongs to it, as a reader of the plan understands it.
import type { SheetData } from '../model/grid';
import type { Deadline, SourceRef } from '../model/program';
import { parseDeadline } from '../parse/deadlines';
import type { FindingSink } from '../rules/finding-sink';
import { foldKey } from '../text/normalize';
import { cellText } from './cell-text';

/** "năm 2023", not a range ("giai đoạn 2021 - 2025", "năm 2021-2025"). */
const YEAR_RE = /(?<![\p{L}\d])nam\s+(20\d\d)(?!\s*[-–/]\s*\d)(?!\d)/gu;

/** The one year the rows above the header name; undefined when none or several. */
export function titleYear(sheet: SheetData, headerRow: number): number | undefined {
  const years = new Set<number>();
  for (let r = 0; r < Math.min(headerRow, 12); r++) {
    for (const v of sheet.rows[r] ?? []) {
      const t = cellText(v);
      if (t.length < 8) continue;
      for (const m of foldKey(t).matchAll(YEAR_RE)) years.add(Number(m[1]));
    }
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * Reads deadlines of one sheet: a deadline without a year takes the title's year, and the
 * sheet says so once (an info finding at the first such cell), so nothing is assumed silently.
 */
export class SheetDeadlines {
  private used = 0;
  private first?: SourceRef;

  constructor(private readonly sheetName: string, private readonly year: number | undefined) {}

  parse(value: Parameters<typeof parseDeadline>[0], at: () => SourceRef): Deadline | undefined {
    const d = parseDeadline(value);
    if (!d || d.date || !d.yearMissing || this.year === undefined) return d;
    const dated = parseDeadline(value, { year: this.year });
    if (!dated?.date) return d;
    this.used++;
    this.first ??= at();
    return dated;
  }

  report(sink: FindingSink): void {
    if (!this.used || !this.first || this.year === undefined) return;
    sink.add('deadline.year-from-title', 'info', this.first, {
      vi: `${this.used} thời hạn không ghi năm được hiểu là năm ${this.year}, theo tiêu đề trang.`,
      en: `${this.used} deadline(s) without a year are read as ${this.year}, the year in the sheet's title.`,
    }, { found: String(this.used), expected: `năm ${this.year}`, keyHint: this.sheetName });
  }
}
