// Which sheet the copy opens on, and which sheet tabs are selected in it. ExcelJS keeps each
// window's active sheet as an index (<workbookView activeTab>) and drops every sheet view's
// tabSelected. The check takes out its old summary sheets and adds new ones before the state
// sheet, so an index may then name another sheet (the office left the copy on a summary sheet,
// or added a sheet after them). The copy opens on the sheet the office left active: the same
// sheet (a summary it typed on, kept as "… (đã sửa)", is still it), else the one now of its name
// (a summary written anew), else the first visible one; the summary sheets are found beside it.
// Its tab is selected. Excel groups every selected tab with the active one (“[Group]”: what is
// typed goes into each), so another tab stays selected only when the office had a group with the
// active sheet in it, less the sheets the copy does not have or hides.
import type ExcelJS from 'exceljs';
import { findSheet } from './sheets';
import { beforeCells } from './worksheet-regions';

/** A sheet view as ExcelJS holds it: the window it belongs to (NaN when the file named none) and its tab's selection. */
interface View {
  workbookViewId?: number;
  tabSelected?: boolean;
}

interface Recorded {
  sheet: ExcelJS.Worksheet | undefined;
  name: string | undefined;
}

/** Per window, the sheet active and the first tab shown when the workbook was loaded. */
const LOADED = new WeakMap<ExcelJS.Workbook, { active: Recorded; first: Recorded }[]>();

const windowOf = (v: View) => (Number.isInteger(v.workbookViewId) ? v.workbookViewId! : 0);
const viewsOf = (ws: ExcelJS.Worksheet) => (ws.views ?? []) as unknown as View[];
const isSelected = (ws: ExcelJS.Worksheet, i: number) => viewsOf(ws).some((v) => windowOf(v) === i && v.tabSelected === true);

function select(ws: ExcelJS.Worksheet, i: number, on: boolean): void {
  const view = viewsOf(ws).find((v) => windowOf(v) === i);
  if (view) view.tabSelected = on || undefined;
  // A sheet without a view in that window (a summary sheet written without frozen rows) gets one.
  else if (on) ws.views = [...viewsOf(ws), { workbookViewId: i, tabSelected: true }] as unknown as ExcelJS.WorksheetView[];
}

/** The windows (workbookViewId) in which a worksheet part's tab is selected; LibreOffice writes "true". */
export function selectedWindows(xml: string): number[] {
  const out: number[] = [];
  for (const m of beforeCells(xml).matchAll(/<sheetView\b[^>]*>/g)) {
    if (/\stabSelected="(?:1|true)"/.test(m[0])) out.push(Number(/\sworkbookViewId="(\d+)"/.exec(m[0])?.[1] ?? 0));
  }
  return out;
}

/** At loading: each window's active and first sheet, and the tabs the file has selected (sheet name → windows), which ExcelJS did not read. */
export function recordTabs(wb: ExcelJS.Workbook, selected: ReadonlyMap<string, readonly number[]>): void {
  const sheets = wb.worksheets;
  const at = (i: number | undefined): Recorded => ({ sheet: sheets[i ?? 0], name: sheets[i ?? 0]?.name });
  LOADED.set(wb, (wb.views ?? []).map((v) => ({ active: at(v.activeTab), first: at(v.firstSheet) })));
  for (const ws of sheets) for (const i of selected.get(ws.name) ?? []) select(ws, i, true);
}

/**
 * Before writing, after sheets were removed, renamed or added: each window's active and first
 * tab on the sheet of the office's choice (see above), on a visible sheet (Excel warns about a
 * file whose active tab is hidden), and the selected tabs agreeing with the active one.
 */
export function settleTabs(wb: ExcelJS.Workbook): void {
  const sheets = wb.worksheets;
  const shown = (ws: ExcelJS.Worksheet | undefined): ws is ExcelJS.Worksheet => ws !== undefined && ws.state === 'visible' && sheets.includes(ws);
  const firstVisible = sheets.find((s) => s.state === 'visible');
  if (!firstVisible) return;
  const loaded = LOADED.get(wb) ?? [];
  const pick = (was: Recorded | undefined, index: number | undefined): ExcelJS.Worksheet => {
    if (shown(was?.sheet)) return was.sheet;
    const named = was?.name === undefined ? undefined : findSheet(wb, was.name);
    if (shown(named)) return named;
    const now = sheets[index ?? 0];
    return shown(now) ? now : firstVisible;
  };
  const views = wb.views ?? [];
  views.forEach((v, i) => {
    const active = pick(loaded[i]?.active, v.activeTab);
    const first = sheets.indexOf(pick(loaded[i]?.first, v.firstSheet));
    // Left unwritten when the file had none and the first sheet is the one (Excel's default).
    if (v.activeTab !== undefined || active !== sheets[0]) v.activeTab = sheets.indexOf(active);
    if (v.firstSheet !== undefined || first !== 0) v.firstSheet = first;
    selectWith(sheets, i, active);
  });
  // No window written (a file without <bookViews>): Excel opens on the first sheet.
  if (!views.length && sheets[0].state === 'visible') selectWith(sheets, 0, sheets[0]);
}

/** Window `i`'s selected tabs: the office's group when `active` is in it, else `active` alone; never a hidden sheet. */
function selectWith(sheets: ExcelJS.Worksheet[], i: number, active: ExcelJS.Worksheet): void {
  const grouped = isSelected(active, i);
  for (const ws of sheets) if (ws !== active && isSelected(ws, i) && (!grouped || ws.state !== 'visible')) select(ws, i, false);
  select(active, i, true);
}
