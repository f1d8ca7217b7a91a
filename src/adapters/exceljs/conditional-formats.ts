// The office's conditional formats as Excel wrote them, copied whole from the original sheet: the
// sheet's <conditionalFormatting> rules and the extension list's (Excel 2010's part of each data
// bar, its icon sets, and every rule naming another sheet, which Excel keeps there alone). ExcelJS
// is given none to write (read-workbook.ts). It read a threshold given by a formula ($A$9,
// AVERAGE(…)) of a colour scale, data bar or icon set as a number and wrote "NaN"; it dropped
// "stop if true", a rule's standard deviations, "or equal to" the average, a data bar's "show bar
// only", an icon set's gte="0" and a "text that contains" rule's text; it left out "begins with",
// "duplicate values" and others, wrote a data bar of the extension list alone without its colour,
// and stopped, writing no copy at all, at a colour scale or formula rule kept there alone. Each
// rule's style is the original's, added after the copy's own (rule-styles.ts): its dxfId moves up
// by `dxfBase`. A PivotTable's rules (pivot="1") stay on its cells as plain rules: the pivot is
// not kept (package-parts.ts names it) but its values are, and a rule left tied to a pivot the
// sheet no longer has would point at nothing.
import { EXT_CONDITIONAL_FORMATS, extensionOf, withExtension } from './worksheet-extensions';
import { insertAfterCells } from './worksheet-order';
import { afterCells } from './worksheet-regions';

// Never nested; an Excel 2010 rule's <x14:conditionalFormatting> is not matched (its prefix).
const FORMAT = /<conditionalFormatting\b[^>]*>[\s\S]*?<\/conditionalFormatting>/g;
const DXF_ID = /(<cfRule\b[^>]*?\sdxfId=")(\d+)"/g;
const PIVOT = /(<(?:x14:)?conditionalFormatting\b[^>]*?)\spivot="(?:1|true)"/g;

/** Cheap test on what follows an original worksheet's cells: it has conditional formats (the sheet's or the extension list's). */
export const hasConditionalFormats = (tail: string): boolean => tail.includes('conditionalFormatting');

/** Whether the original's rules name styles of the workbook (rule-styles.ts must add them). */
export const usesRuleStyles = (original: string): boolean => /<cfRule\b[^>]*?\sdxfId="/.test(afterCells(original));

/** `written` (a worksheet part ExcelJS wrote with no conditional formats) with the original's. */
export function withConditionalFormatsOf(original: string, written: string, dxfBase = 0): string {
  const tail = afterCells(original);
  const rules = (tail.match(FORMAT) ?? []).join('').replace(DXF_ID, (_m, head: string, id: string) => `${head}${Number(id) + dxfBase}"`).replace(PIVOT, '$1');
  const out = rules ? (insertAfterCells(written, rules, 'conditionalFormatting') ?? written) : written;
  const ext = extensionOf(original, EXT_CONDITIONAL_FORMATS);
  return ext === undefined ? out : withExtension(out, ext.replace(PIVOT, '$1'));
}
