// A status table without a commune column can still cover several communes, one section each:
// "I | XÃ TÂN SƠN", then that commune's rows, "II | XÃ KIM SƠN", and so on.
import type { CellValue, SheetData } from '../model/grid';
import { parseAdminName } from '../text/admin-names';
import { cellText } from './cell-text';

/** What follows "xã" in a set's name, not a commune's: "xã nông thôn mới", "xã NTM nâng cao", "xã đạt chuẩn…". */
export const SET_WORDS = /^(?:nông thôn mới|ntm|đạt chuẩn|nâng cao|kiểu mẫu|văn minh|đô thị|thông minh)/iu;

/** A section label before the name: "I", "II.", "1)", "A -". */
const LABEL_RE = /^(?:[IVXLC]{1,5}|\d{1,3}|[A-ZĐ])(?:\s*[.):\-–]\s*|\s+)/u;
const LABEL_ONLY_RE = /^(?:[IVXLC]{1,5}|\d{1,3}|[A-ZĐ])\s*[.):\-–]?$/u;

/**
 * The commune a row names as a section heading, written with its prefix ("XÃ TÂN SƠN",
 * "II. Thị trấn Trà Cú"), and nothing else of substance in the row; undefined otherwise.
 */
export function communeSectionName(row: readonly CellValue[]): string | undefined {
  let found: string | undefined;
  for (const v of row) {
    const t = cellText(v ?? null);
    if (!t || LABEL_ONLY_RE.test(t)) continue;
    if (found !== undefined) return undefined;
    found = t;
  }
  if (!found) return undefined;
  const text = found.replace(LABEL_RE, '');
  const name = parseAdminName(text, 'xa');
  if (!name.prefixWritten || !name.name || SET_WORDS.test(name.name)) return undefined;
  // A heading is short: "Xã Tân Sơn đạt 17/19 tiêu chí, còn thiếu …" is a sentence, not a section.
  if (name.name.split(' ').length > 5 || /[,:;/]/.test(name.name)) return undefined;
  return text;
}

/** The sheet has commune sections under its header. */
export function hasCommuneSections(sheet: SheetData, headerLastRow: number): boolean {
  for (let r = headerLastRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (row && communeSectionName(row)) return true;
  }
  return false;
}
