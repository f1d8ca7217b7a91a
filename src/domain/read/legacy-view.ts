// The workbook as the readers see it: a cell typed in TCVN3 (".VnTime") or VNI is read as its
// Unicode text, so "Phßng Kinh tÕ vµ H¹ tÇng" is Phòng Kinh tế và Hạ tầng and "Cao L©u" is
// Cao Lâu, not an unknown department or commune. The cells themselves are never changed, and
// `text.legacy-encoding` still asks the office to convert them (checked on the original).
// Converted from the raw value, before any clean-up: TCVN3 writes "ư" as U+00AD, which the
// clean-up would strip as an invisible soft hyphen.
import type { CellValue, SheetData, WorkbookData } from '../model/grid';
import { fontAt } from '../model/grid';
import { toUnicode } from '../text/legacy';

/** Only strings with Latin-1 letters can be legacy text, unless the cell's font says so. */
const SUSPECT_RE = /[\u00A1-\u00FF]/;

export function legacyReadingView(wb: WorkbookData): WorkbookData {
  let changed = false;
  const sheets = wb.sheets.map((sheet) => {
    const view = sheetView(sheet);
    if (view !== sheet) changed = true;
    return view;
  });
  return changed ? { ...wb, sheets } : wb;
}

function sheetView(sheet: SheetData): SheetData {
  let rows: CellValue[][] | undefined;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let copy: CellValue[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const font = sheet.fonts ? fontAt(sheet, r, c) : undefined;
      if (!font && !SUSPECT_RE.test(v)) continue;
      const { text, encoding } = toUnicode(v, font);
      if (!encoding || text === v) continue;
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
