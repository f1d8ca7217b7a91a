// How the office set a sheet to show, put back on the copy's sheet view. ExcelJS keeps a sheet
// view's gridlines, headings, zoom, view mode and frozen panes, but drops the rest: "show a zero
// in cells that have zero value" turned off (report sheets that hide their zeros then show 0
// everywhere), formulas shown, outline symbols hidden, the gridline colour. It reads only Excel's "0", so LibreOffice's "false"
// (gridlines or headings hidden) is lost too. Only the first view is repaired: ExcelJS writes one
// per window, and an .xlsx has a second only when the workbook was open in two windows.
import { tagSettings } from './tag-settings';

const VIEW = /<sheetView\b[^>]*>/;

// Each attribute with its schema default (CT_SheetView): a value that differs is the office's setting.
const DEFAULTS: Record<string, string> = {
  showFormulas: '0',
  showGridLines: '1',
  showRowColHeaders: '1',
  showZeros: '1',
  rightToLeft: '0',
  showRuler: '1',
  showOutlineSymbols: '1',
  defaultGridColor: '1',
  showWhiteSpace: '1',
  colorId: '64',
};

const view = tagSettings(VIEW, DEFAULTS);

/** Cheap test on an original worksheet part: its first view has a setting ExcelJS may drop. */
export const hasViewSettings = view.has;

/** `written` (a worksheet part) with the settings of the original's first view it lacks. */
export const withViewSettingsOf = view.copy;
