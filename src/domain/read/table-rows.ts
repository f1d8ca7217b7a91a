// Walking the data rows under a header: skips blank rows and the "(1) (2) (3)" numbering row.
import type { CellValue, SheetData } from '../model/grid';
import { cellText } from './cell-text';

export function isBlankRow(row: CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return false;
  return true;
}

/** A row like "(1) | (2) | (3)" or "1 | 2 | 3 | 4" that numbers the columns. */
export function isColumnNumberingRow(row: CellValue[] | undefined): boolean {
  if (!row) return false;
  const nums: number[] = [];
  for (const v of row) {
    const t = cellText(v);
    if (!t) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m) return false;
    nums.push(Number(m[1]));
  }
  if (nums.length < 3) return false;
  for (let i = 1; i < nums.length; i++) if (nums[i] !== nums[i - 1] + 1) return false;
  return true;
}

/** First non-empty text of a row (from column `from` on) and its column. */
export function firstText(row: CellValue[] | undefined, from = 0): { col: number; text: string } | undefined {
  if (!row) return undefined;
  for (let c = from; c < row.length; c++) {
    const t = cellText(row[c] ?? null);
    if (t) return { col: c, text: t };
  }
  return undefined;
}

/** The signature or recipients block that closes an official table ("Người lập biểu", "TM. ỦY
 * BAN NHÂN DÂN", "Nơi nhận:"): the table has ended, nothing below is data. */
const TABLE_END_RE = /^(?:người lập(?: biểu| bảng)?|người kiểm tra|người tổng hợp|tm\.|t\/m|kt\.|nơi nhận|thủ trưởng đơn vị|xác nhận của)(?![\p{L}])/u;

export function isTableEnd(row: CellValue[] | undefined): boolean {
  const first = firstText(row);
  return first !== undefined && TABLE_END_RE.test(first.text.toLocaleLowerCase('vi'));
}

export function* dataRows(sheet: SheetData, afterRow: number): Generator<{ r: number; row: CellValue[] }> {
  for (let r = afterRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row)) continue;
    if (r === afterRow + 1 && isColumnNumberingRow(row)) continue;
    if (isTableEnd(row)) return;
    yield { r, row };
  }
}
