// How the office set a sheet to show, put back on the copy's sheet view. ExcelJS keeps a sheet
// view's gridlines, headings, zoom, view mode and frozen panes, but drops the rest: "show a zero
// in cells that have zero value" turned off (report sheets that hide their zeros then show 0
// everywhere), formulas shown, outline symbols hidden, the gridline colour. It reads only Excel's "0", so LibreOffice's "false"
// (gridlines or headings hidden) is lost too. Only the first view is repaired: ExcelJS writes one
// per window, and an .xlsx has a second only when the workbook was open in two windows.
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

const norm = (v: string) => (v === 'true' ? '1' : v === 'false' ? '0' : v);

/** The first sheet view's settings that differ from the default, as Excel writes them. */
function settings(xml: string): [string, string][] {
  const tag = VIEW.exec(xml)?.[0];
  if (!tag) return [];
  const out: [string, string][] = [];
  for (const m of tag.matchAll(/\s(\w+)="([^"]*)"/g)) {
    const want = DEFAULTS[m[1]];
    if (want !== undefined && norm(m[2]) !== want) out.push([m[1], norm(m[2])]);
  }
  return out;
}

/** Cheap test on an original worksheet part: its view has a setting ExcelJS may drop. */
export function hasViewSettings(xml: string): boolean {
  return settings(xml).length > 0;
}

/** `written` (a worksheet part) with the settings of the original's first view it lacks. */
export function withViewSettingsOf(original: string, written: string): string {
  const want = settings(original);
  const tag = VIEW.exec(written)?.[0];
  if (!want.length || !tag) return written;
  const missing = want.filter(([name]) => !new RegExp(`\\s${name}="`).test(tag));
  if (!missing.length) return written;
  const fixed = tag.replace(/(\s*\/?>)$/, `${missing.map(([n, v]) => ` ${n}="${v}"`).join('')}$1`);
  return written.replace(tag, () => fixed);
}
