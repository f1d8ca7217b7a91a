// A status sheet's own legend decides what a blank cell means. Offices that mark met cells with
// "x" often write "x: đạt; để trống: chưa đạt" under the table (the official summary's own note);
// without such a note a blank cell is "no status yet" and reported as missing.
import type { CellValue, SheetData } from '../model/grid';
import { CellRef } from '../model/program';
import type { FindingSink } from '../rules/finding-sink';
import { foldKey } from '../text/normalize';

/** "để trống: chưa đạt", "ô trống là chưa đạt", "(trống) = chưa đạt", "bỏ trống - không đạt". */
const BLANK_UNMET_RE = /\btrong\s*(?:\)|\])?\s*(?::|=|-|–|la|:\s*la)?\s*(?:chua dat|khong dat)\b/;

/** Cheap test before folding: the note has "trống" (any case, composed or not) or "trong". */
const MAY_SAY_BLANK = /tr(?:o|ô|ố|ồ|ổ|ỗ|ộ|ó|ò|ỏ|õ|ọ)/i;

/** The cell (row, col) holding a legend that says a blank cell is not met, if the sheet has one. */
export function blankMeansUnmet(sheet: SheetData): { row: number; col: number } | undefined {
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      // Status cells are short words ("Đạt", "x"): only longer text can be a legend.
      if (typeof v !== 'string' || v.length < 12 || !MAY_SAY_BLANK.test(v)) continue;
      if (BLANK_UNMET_RE.test(foldKey(v))) return { row: r, col: c };
    }
  }
  return undefined;
}

/** The reading of a blank cell on a sheet whose legend says blank is not met. */
export const UNMET_BY_LEGEND = { present: true, achieved: false } as const;

/** Empty, not a dash: a dash means "not applicable" whatever the legend says. */
export function isBlankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Said once per sheet, at the legend's cell. */
export function reportBlankUnmet(sink: FindingSink, sheetName: string, legend: { row: number; col: number }, count: number): void {
  if (!count) return;
  sink.add('status.blank-unmet', 'info', new CellRef(sheetName, legend.row, legend.col), {
    vi: `Theo ghi chú của trang, ${count} ô để trống được hiểu là chưa đạt.`,
    en: `As the sheet's own note says, ${count} blank cell(s) are read as not met.`,
  }, { found: String(count), keyHint: sheetName });
}
