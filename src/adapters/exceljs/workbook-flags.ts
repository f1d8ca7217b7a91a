// Options the office set for its workbook (CT_WorkbookPr), put back on the copy's <workbookPr>.
// ExcelJS keeps only date1904, and drops: "For objects, show: Nothing" (File › Options › Advanced,
// showObjects="none": the office hid its shapes, charts and pictures, which the copy showed),
// "Always create backup" (Save As › Tools › General Options, backupFile: Excel keeps the previous
// version as a .xlk on each save), "Check compatibility when saving this workbook" (File › Info ›
// Check for Issues, checkCompatibility) and "Do not compress images in file" (autoCompressPictures
// ="0": the copy's scanned seal would be downsampled on the next save). Options about links to
// other workbooks, PivotTables and data connections are left: the copy has none of those (named,
// package-parts.ts). Not the VBA code name (an .xlsm's copy is an .xlsx without its macros), nor
// defaultThemeVersion, which no option sets.
import { tagSettings } from './tag-settings';

const PROPS = /<workbookPr\b[^>]*>/;

// The attributes copied, with their schema defaults: only a value that differs is the office's.
const DEFAULTS: Record<string, string> = { showObjects: 'all', backupFile: '0', checkCompatibility: '0', autoCompressPictures: '1' };

const flags = tagSettings(PROPS, DEFAULTS);

/** Cheap test on the original's workbook part: it sets one of these options (ExcelJS writes none). */
export const hasBookFlags = flags.has;

/** `written` (the copy's workbook part) with the original's options its <workbookPr> lacks. */
export const withBookFlagsOf = flags.copy;
