// How the office set a sheet to show, put back on the copy's sheet views. ExcelJS keeps a sheet
// view's gridlines, headings, zoom, view mode and frozen panes, but drops the rest: "show a zero
// in cells that have zero value" turned off (report sheets that hide their zeros then show 0
// everywhere), formulas shown, outline symbols hidden, the gridline colour. It reads only Excel's "0", so LibreOffice's "false"
// (gridlines or headings hidden) is lost too. A sheet has one view per window of the workbook
// (View › New Window: <workbookView> i, <sheetView workbookViewId="i">); ExcelJS writes every
// view and window back in their order, so each written view gets the settings of the original
// view of its window. Its scroll position too (topLeftCell: a long list left scrolled to the
// communes still to do opened at A1); with panes, the view's is the top-left pane's (a list frozen
// under its header and scrolled right had its header back at column A over data from column H),
// copied when the written view has the original's panes, with their selections (sheet-view-panes.ts).
import { settingsIn, withSettings, type Settings } from './tag-settings';
import { panesChanged, samePanes, withPanesOf } from './sheet-view-panes';
import { beforeCells } from './worksheet-regions';

/** A whole <sheetView> element: whether it has a <pane> is in its body. */
const VIEWS = /<sheetView\b[^>]*?(?:\/>|>[\s\S]*?<\/sheetView>)/g;
const START = /^<sheetView\b[^>]*>/;

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
/** Those ExcelJS reads and writes back itself when spelled as Excel does: no reason to rewrite a sheet. */
const KEPT: Record<string, string> = { showGridLines: '0', showRowColHeaders: '0', rightToLeft: '1', showRuler: '0' };
/** No schema default, but A1 is where a view without one starts (LibreOffice writes it on every view). */
const SCROLL: Record<string, string> = { topLeftCell: 'A1' };

/** The window a view belongs to (ExcelJS writes 0 for a view without one). */
const windowOf = (el: string) => /\sworkbookViewId="(\d+)"/.exec(el)?.[1] ?? '0';
const startOf = (el: string) => START.exec(el)?.[0] ?? el;

/** What the office set on the view `el` that a written view may lack. */
function viewSettings(el: string): Settings {
  const start = startOf(el);
  const scroll = settingsIn(start, SCROLL).filter(([, cell]) => /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(cell));
  const dropped = settingsIn(start, DEFAULTS).filter(([name, value]) => !(KEPT[name] === value && new RegExp(`\\s${name}="${value}"`).test(start)));
  return [...dropped, ...scroll];
}

/** Cheap test on an original worksheet part: one of its views has a setting ExcelJS may drop. */
export function hasViewSettings(xml: string): boolean {
  return [...beforeCells(xml).matchAll(VIEWS)].some((m) => viewSettings(m[0]).length > 0 || panesChanged(m[0]));
}

/** `written` (a worksheet part) with the settings each of its views lacks from the original's view of the same window. */
export function withViewSettingsOf(original: string, written: string): string {
  const byWindow = new Map<string, string>();
  for (const m of beforeCells(original).matchAll(VIEWS)) {
    const id = windowOf(startOf(m[0]));
    if (!byWindow.has(id)) byWindow.set(id, m[0]);
  }
  if (![...byWindow.values()].some((v) => viewSettings(v).length || panesChanged(v))) return written;
  const head = beforeCells(written);
  const fixed = head.replace(VIEWS, (el) => {
    const was = byWindow.get(windowOf(startOf(el)));
    if (was === undefined) return el;
    const start = startOf(el);
    // A scroll position belongs to the panes it was taken with: on other panes it would contradict theirs.
    const same = samePanes(was, el);
    const want = viewSettings(was).filter(([name]) => same || !(name in SCROLL));
    return withPanesOf(was, withSettings(start, want) + el.slice(start.length));
  });
  return fixed === head ? written : fixed + written.slice(head.length);
}
