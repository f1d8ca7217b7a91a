// A sheet's standard column width and thick row borders (sheetFormatPr), put back on the copy's
// sheet. ExcelJS keeps defaultColWidth but drops baseColWidth, which Excel writes alone when the
// office set Format › Default Width: every column without a width of its own then fell back to
// 8.43 in the copy. thickTop / thickBottom (rows taller for a thick border) go the same way.
import { tagSettings } from './tag-settings';

const FORMAT = /<sheetFormatPr\b[^>]*>/;

// Each attribute with its schema default (CT_SheetFormatPr).
const DEFAULTS: Record<string, string> = { baseColWidth: '8', thickTop: '0', thickBottom: '0' };

const format = tagSettings(FORMAT, DEFAULTS);

/** Cheap test on an original worksheet part: its format has a setting ExcelJS drops. */
export const hasFormatSettings = format.has;

/** `written` (a worksheet part) with the original's sheetFormatPr settings it lacks (ExcelJS writes one for every sheet). */
export const withFormatSettingsOf = format.copy;
