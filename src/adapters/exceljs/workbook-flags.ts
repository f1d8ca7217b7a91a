// Options the office set for its workbook (CT_WorkbookPr), put back on the copy's <workbookPr>.
// ExcelJS keeps only date1904, and drops: "For objects, show: Nothing" (File › Options › Advanced,
// showObjects="none": the office hid its shapes, charts and pictures, which the copy showed),
// "Always create backup" (Save As › Tools › General Options, backupFile: Excel keeps the previous
// version as a .xlk on each save), "Check compatibility when saving this workbook" (File › Info ›
// Check for Issues, checkCompatibility) and "Do not compress images in file" (autoCompressPictures
// ="0": the copy's scanned seal would be downsampled on the next save). Options about links to
// other workbooks, PivotTables and data connections are left: the copy has none of those (named,
// package-parts.ts). Not the VBA code name (an .xlsm's copy is an .xlsx without its macros), nor
// defaultThemeVersion, which no option sets. And ExcelJS writes filterPrivacy="1" in every file:
// Trust Center › Privacy Options › "Remove personal information from file properties on save"
// turned on, so that Excel warns whenever the office adds its name (a note) and strips it on
// saving. The copy's is the original's: off unless the office turned it on.
import { tagSettings } from './tag-settings';

const PROPS = /<workbookPr\b[^>]*>/;
const PRIVACY = /\sfilterPrivacy="[^"]*"/;
const privacyOn = (xml: string) => /\sfilterPrivacy="(?:1|true)"/.test(PROPS.exec(xml)?.[0] ?? '');

// The attributes copied, with their schema defaults: only a value that differs is the office's.
const DEFAULTS: Record<string, string> = { showObjects: 'all', backupFile: '0', checkCompatibility: '0', autoCompressPictures: '1' };

const flags = tagSettings(PROPS, DEFAULTS);

/** Cheap test on the original's workbook part: it sets one of these options (ExcelJS writes none), or not filterPrivacy (ExcelJS does). */
export const hasBookFlags = (xml: string): boolean => flags.has(xml) || !privacyOn(xml);

/** `written` (the copy's workbook part) with the original's options its <workbookPr> lacks, and its filterPrivacy. */
export function withBookFlagsOf(original: string, written: string): string {
  const out = flags.copy(original, written);
  const el = privacyOn(original) ? undefined : PROPS.exec(out)?.[0];
  return el && PRIVACY.test(el) ? out.replace(el, () => el.replace(PRIVACY, '')) : out;
}
