// The workbook as the readers see it: a cell typed in TCVN3 (".VnTime") or VNI is read as its
// Unicode text, so "Phßng Kinh tÕ vµ H¹ tÇng" is Phòng Kinh tế và Hạ tầng and "Cao L©u" is
// Cao Lâu, not an unknown department or commune. The cells themselves are never changed; the
// cells found are returned so `text.legacy-encoding` can ask the office to convert them.
// Converted from the raw value, before any clean-up: TCVN3 writes "ư" as U+00AD, which the
// clean-up would strip as an invisible soft hyphen.
import type { CellValue, SheetData, WorkbookData } from '../model/grid';
import { fontAt } from '../model/grid';
import { hasUnicodeVietnamese, legacyFont, toUnicode, type LegacyEncoding } from '../text/legacy';
import { memoText } from '../text/memo';

/** Only strings with Latin-1 letters can be legacy text, unless the cell's font says so. */
const SUSPECT_RE = /[\u00A1-\u00FF]/;

/** Most Unicode Vietnamese has Latin-1 letters ("Hòa", "Tân"): decide once per text, not per cell. */
const plainToUnicode = memoText((s: string) => toUnicode(s));
/** A sheet has few fonts: whether one is TCVN3/VNI is asked once per name. */
const isLegacyFont = memoText((name: string) => legacyFont(name) !== null);

export interface LegacyCell {
  /** Index of the sheet in the workbook. */
  sheet: number;
  row: number;
  col: number;
  typed: string;
  converted: string;
  encoding: LegacyEncoding;
}

/** One pass over the text cells: the reading view, and every legacy cell it converted. */
export function legacyReadingView(wb: WorkbookData): { view: WorkbookData; cells: LegacyCell[] } {
  const cells: LegacyCell[] = [];
  let changed = false;
  const sheets = wb.sheets.map((sheet, i) => {
    const view = sheetView(sheet, i, cells);
    if (view !== sheet) changed = true;
    return view;
  });
  return { view: changed ? { ...wb, sheets } : wb, cells };
}

function sheetView(sheet: SheetData, index: number, cells: LegacyCell[]): SheetData {
  let rows: CellValue[][] | undefined;
  // The last two texts found plain: a status table repeats "Đạt" and "Chưa đạt" in nearly every
  // cell, which a comparison passes without running the regex.
  let plainA = '';
  let plainB = '';
  // And the last found plain in each column: a long table repeats its commune and set down the
  // rows ("Long Dương", "Nông thôn mới"), which the regex, and for Latin-1 letters the conversion
  // cache, would otherwise see in every row.
  const columnPlain: string[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let copy: CellValue[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const font = sheet.fonts ? fontAt(sheet, r, c) : undefined;
      // A font that is not TCVN3/VNI says nothing: the text alone decides, as without a font.
      const legacy = font !== undefined && isLegacyFont(font);
      if (!legacy) {
        if (v === plainA || v === plainB || v === columnPlain[c]) continue;
        if (!SUSPECT_RE.test(v)) {
          plainB = plainA;
          plainA = v;
          columnPlain[c] = v;
          continue;
        }
        // Most names with Latin-1 letters ("Tân Sơn") also have one only Unicode has: told without
        // the conversion cache, which a national matrix's 8,227 new names would each miss.
        if (hasUnicodeVietnamese(v)) {
          columnPlain[c] = v;
          continue;
        }
      }
      const { text, encoding } = legacy ? toUnicode(v, font) : plainToUnicode(v);
      if (!encoding) {
        if (!legacy) columnPlain[c] = v;
        continue;
      }
      cells.push({ sheet: index, row: r, col: c, typed: v, converted: text, encoding });
      if (text === v) continue;
      // Copy on write: a sheet without legacy text is shared as it is.
      copy ??= row.slice();
      copy[c] = text;
    }
    if (copy) {
      rows ??= sheet.rows.slice();
      rows[r] = copy;
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}
