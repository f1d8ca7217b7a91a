// How the office set a sheet to show, put back on the copy's sheet views. ExcelJS keeps a sheet
// view's gridlines, headings, zoom, view mode and frozen panes, but drops the rest: "show a zero
// in cells that have zero value" turned off (report sheets that hide their zeros then show 0
// everywhere), formulas shown, outline symbols hidden, the gridline colour. It reads only Excel's "0", so LibreOffice's "false"
// (gridlines or headings hidden) is lost too. A sheet has one view per window of the workbook
// (View › New Window: <workbookView> i, <sheetView workbookViewId="i">); ExcelJS writes every
// view and window back in their order, so each written view gets the settings of the original
// view of its window.
import { settingsIn, withSettings, type Settings } from './tag-settings';
import { beforeCells } from './worksheet-regions';

const VIEWS = /<sheetView\b[^>]*>/g;

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

/** The window a view belongs to (ExcelJS writes 0 for a view without one). */
const windowOf = (el: string) => /\sworkbookViewId="(\d+)"/.exec(el)?.[1] ?? '0';

/** Cheap test on an original worksheet part: one of its views has a setting ExcelJS may drop. */
export function hasViewSettings(xml: string): boolean {
  return [...beforeCells(xml).matchAll(VIEWS)].some((m) => settingsIn(m[0], DEFAULTS).length > 0);
}

/** `written` (a worksheet part) with the settings each of its views lacks from the original's view of the same window. */
export function withViewSettingsOf(original: string, written: string): string {
  const byWindow = new Map<string, Settings>();
  for (const m of beforeCells(original).matchAll(VIEWS)) {
    const id = windowOf(m[0]);
    if (!byWindow.has(id)) byWindow.set(id, settingsIn(m[0], DEFAULTS));
  }
  if (![...byWindow.values()].some((s) => s.length)) return written;
  const head = beforeCells(written);
  const fixed = head.replace(VIEWS, (el) => withSettings(el, byWindow.get(windowOf(el)) ?? []));
  return fixed === head ? written : fixed + written.slice(head.length);
}
