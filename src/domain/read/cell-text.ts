// Turning raw cell values into the text the readers compare.
import { type CellValue, isCellError } from '../model/grid';
import { dateToIso, formatViDate } from '../model/dates';
import { cleanText } from '../text/normalize';
import { memoText } from '../text/memo';

const cleanCached = memoText(cleanText, 50000);

/** Cleaned display text of a cell ('' for blank; errors as "#N/A"). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return cleanCached(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return formatViDate(dateToIso(v));
  if (isCellError(v)) return v.error;
  return '';
}

/**
 * cellText of one column read down its rows: a cell like the one above it keeps its text without
 * a cache lookup (a long table repeats its commune and set in every row: 625,000 of them nationally).
 */
export class ColumnText {
  private last: CellValue | undefined;
  private text = '';

  of(v: CellValue): string {
    if (v !== this.last) {
      this.last = v;
      this.text = cellText(v);
    }
    return this.text;
  }
}

/**
 * Like cellText, but a list typed one item per line (Alt+Enter) keeps its line breaks: each line
 * is cleaned, so the list readers can split on them ("Trung tâm Y tế⏎Phòng TC-KH").
 */
export function cellLines(v: CellValue): string {
  if (typeof v !== 'string' || !/[\r\n]/.test(v)) return cellText(v);
  return v.split(/\r?\n|\r/).map(cleanCached).filter(Boolean).join('\n');
}
