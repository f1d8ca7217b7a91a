// The line every summary sheet ends with: it tells the office the sheet is replaced on each
// run (so notes typed there would be lost), and it lets the reader tell a renamed or copied
// summary sheet ("Biểu Q2-2024 (lưu)") from the office's own data: such a sheet is never read
// back as status, whatever its name.
import type { SheetData } from '../model/grid';

export const TOOL_MARK = {
  vi: 'Biểu do công cụ kiểm tra NTM lập tự động. Mỗi lần kiểm tra lại, trang này được thay mới: xin đừng ghi chú vào trang này (muốn lưu lại thì đổi tên trang).',
  en: 'Written automatically by the NTM checking tool. Each new check replaces this sheet: do not type notes here (rename the sheet to keep it).',
} as const;

const PREFIXES = [TOOL_MARK.vi.slice(0, TOOL_MARK.vi.indexOf('.')), TOOL_MARK.en.slice(0, TOOL_MARK.en.indexOf('.'))];

/** Rows from the bottom searched for the line: it is the last one written. */
const TAIL_ROWS = 12;

/** Whether the sheet ends with the tool's line: a summary sheet the tool wrote, under any name. */
export function isToolWrittenSheet(sheet: SheetData): boolean {
  let seen = 0;
  for (let r = sheet.rows.length - 1; r >= 0 && seen < TAIL_ROWS; r--) {
    const row = sheet.rows[r];
    if (!row || row.length === 0) continue;
    seen++;
    const first = row.find((v) => v !== null && v !== undefined && v !== '');
    if (typeof first === 'string' && PREFIXES.some((p) => first.trimStart().startsWith(p))) return true;
  }
  return false;
}
