// Where a cell's number format changes what its value means, the value as the user sees it.
// Shared by the file adapter (ExcelJS gives dates as Date) and the Office adapter (Office.js
// gives dates as serial day numbers, with the format in Range.numberFormat).
import type { CellValue } from '../../domain/model/grid';
import { splitOutsideQuotes } from '../../domain/text/split-outside-quotes';

/** Serial day 0 of Excel's 1900 date system, in Unix milliseconds (1899-12-30). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A date shown as "10/2023" or "2023" is that month or year (a deadline at its end, not its first
 * day), and a 1 / 0 shown through a format of words ('"Đạt";"Đạt";"Chưa đạt"') is that word.
 * Everything else is returned unchanged: a full date stays a date (or serial), a number a number.
 */
export function shownAs(v: CellValue, numFmt: string | undefined): CellValue {
  if (!numFmt || v === null || numFmt === 'General') return v;
  if (v instanceof Date) return monthOrYear(v, numFmt) ?? v;
  if (typeof v === 'number') {
    const text = wordShown(v, numFmt);
    if (text !== undefined) return text;
    // Office.js: a date is its serial day; only a month/year or year format changes its meaning.
    if (v >= 1 && v < 2958466) {
      const shown = monthOrYear(new Date(SERIAL_EPOCH_MS + Math.floor(v) * 86400000), numFmt);
      if (shown !== undefined) return shown;
    }
  }
  return v;
}

/** "10/2023" or "2023" when the format shows a month and year, or a year, and no day. */
function monthOrYear(d: Date, numFmt: string): string | undefined {
  const codes = dateCodes(numFmt);
  if (/d/.test(codes) || !/y/.test(codes)) return undefined;
  const year = d.getUTCFullYear();
  return /m/.test(codes) ? `${d.getUTCMonth() + 1}/${year}` : String(year);
}

/** The format's codes without quoted text, escaped characters and [..] blocks (locale, colour). */
function dateCodes(numFmt: string): string {
  return numFmt.replace(/"[^"]*"|\\./g, '').replace(/\[[^\]]*\]/g, '').toLowerCase();
}

/** The literal text of the format section that applies to v, when that section is only text. */
function wordShown(v: number, numFmt: string): string | undefined {
  const sections = splitOutsideQuotes(numFmt, ';', '"');
  const section = v > 0 ? sections[0] : v < 0 ? (sections[1] ?? sections[0]) : (sections[2] ?? sections[0]);
  const s = section?.trim();
  return s !== undefined && /^"[^"]*"$/.test(s) && s.length > 2 ? s.slice(1, -1) : undefined;
}
