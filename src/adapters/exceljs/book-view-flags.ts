// How the office set its workbook's windows, put back on the copy's <workbookView>s. ExcelJS
// keeps a window's place, size, first and active sheet, and drops the rest: scroll bars hidden,
// the share of the bar given to the sheet tabs (tabRatio), a window saved minimized (a second
// window, View › New Window), and dates in the AutoFilter menu not grouped by year and month
// (File › Options › Advanced). ExcelJS writes the windows in their order: the i-th written gets
// the i-th original's, as sheet views name their window by that index. Hidden sheet tabs are
// left shown, so the summary sheets the copy adds can be found (settings-not-kept.ts names it).
import { settingsIn, withSettings, type Settings } from './tag-settings';

const WINDOWS = /<workbookView\b[^>]*>/g;

// CT_BookView's attributes ExcelJS drops, with their schema defaults.
const DEFAULTS: Record<string, string> = { minimized: '0', showHorizontalScroll: '1', showVerticalScroll: '1', tabRatio: '600', autoFilterDateGrouping: '1' };

const windowSettings = (xml: string): Settings[] => [...xml.matchAll(WINDOWS)].map((m) => settingsIn(m[0], DEFAULTS));

/** Cheap test on the original's workbook part: one of its windows has a setting ExcelJS drops. */
export const hasWindowSettings = (xml: string): boolean => windowSettings(xml).some((s) => s.length > 0);

/** `written` (the copy's workbook part) with each window's settings from the original's window of its index. */
export function withWindowSettingsOf(original: string, written: string): string {
  const want = windowSettings(original);
  let i = 0;
  return written.replace(WINDOWS, (el) => withSettings(el, want[i++] ?? []));
}

/** Whether a window of the original hides the sheet tabs. */
export const hidesSheetTabs = (xml: string): boolean => /<workbookView\b[^>]*\sshowSheetTabs="(?:0|false)"/.test(xml);
