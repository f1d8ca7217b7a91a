// What the office set on its own sheets that ExcelJS drops, copied from each original sheet into
// the copy's: sheet protection and edit ranges (sheet-protection.ts), the error checks it
// dismissed (ignored-errors.ts), its empty hidden or grouped rows (empty-rows.ts), view
// settings such as hidden zeros (sheet-view-flags.ts), its standard column width
// (sheet-format.ts), its consolidation settings, full calculation on load and watched cells
// (dropped-elements.ts), its data validations (data-validations.ts), links (hyperlinks.ts),
// sparklines (sparklines.ts), filter criteria (filter-criteria.ts) and conditional formats
// (conditional-formats.ts, their styles added to the copy's by rule-styles.ts), What-If data
// tables' formulas (data-tables.ts), with the
// namespace declarations what is copied needs (xml-namespaces.ts). Only sheets that came from the file are repaired (sheet-origins.ts), from
// the sheet they were loaded as: a summary sheet the check wrote anew under an old name gets
// nothing of the old one.
import type JSZip from 'jszip';
import { hasDroppedElements, withDroppedElementsOf } from './dropped-elements';
import { hasDroppedRows, withEmptyRowsOf } from './empty-rows';
import { withIgnoredErrorsOf } from './ignored-errors';
import { sheetParts } from './page-breaks';
import { withProtectionOf } from './sheet-protection';
import { hasViewSettings, withViewSettingsOf } from './sheet-view-flags';
import { hasFormatSettings, withFormatSettingsOf } from './sheet-format';
import { afterCells } from './worksheet-regions';
import { hasValidations, withValidationsOf } from './data-validations';
import { hasHyperlinks, withHyperlinksOf } from './hyperlinks';
import { hasSparklines, withSparklinesOf } from './sparklines';
import { hasFilterState, withFilterOf } from './filter-criteria';
import { hasConditionalFormats, usesRuleStyles, withConditionalFormatsOf } from './conditional-formats';
import { addRuleStyles } from './rule-styles';
import { withNamespacesOf } from './xml-namespaces';
import { hasDataTables, withDataTablesOf } from './data-tables';

/** Whether an original worksheet part has anything for `restoreSheets` to copy (cheap: most have nothing). */
export function sheetNeedsRestore(xml: string): boolean {
  const tail = afterCells(xml);
  return tail.includes('<ignoredErrors') || tail.includes('<sheetProtection') || tail.includes('<protectedRanges') || hasDroppedRows(xml) || hasViewSettings(xml) || hasFormatSettings(xml) || hasDroppedElements(xml) || hasValidations(tail) || hasHyperlinks(tail) || hasSparklines(tail) || hasFilterState(tail) || hasConditionalFormats(tail) || hasDataTables(xml);
}

// Applied in turn, each to what the one before wrote, each putting what it copies at its schema place.
const REPAIRS: ((original: string, written: string) => string)[] = [withEmptyRowsOf, withProtectionOf, withDroppedElementsOf, withIgnoredErrorsOf, withViewSettingsOf, withFormatSettingsOf, withValidationsOf, withHyperlinksOf, withSparklinesOf, withFilterOf, withDataTablesOf];

/** `written` (a worksheet part) with what `original` set that ExcelJS did not write; its rules' styles at `dxfBase` on in the copy's (rule-styles.ts). */
export function withSheetRestored(original: string, written: string, dxfBase = 0): string {
  const repaired = REPAIRS.reduce((out, repair) => repair(original, out), written);
  return withNamespacesOf(original, withConditionalFormatsOf(original, repaired, dxfBase));
}

/** Repairs the copy's sheets (name now → name in the original) from the original's. */
export async function restoreSheets(source: JSZip, copy: JSZip, sheets: ReadonlyMap<string, string>): Promise<void> {
  if (!sheets.size) return;
  const from = await sheetParts(source);
  const to = await sheetParts(copy);
  // The original's rule styles, added to the copy's once, for the first sheet whose rules name one.
  let dxfBase: Promise<number> | undefined;
  for (const [now, was] of sheets) {
    const original = from.has(was) ? await source.file(from.get(was)!)?.async('string') : undefined;
    const written = to.has(now) ? await copy.file(to.get(now)!)?.async('string') : undefined;
    if (original === undefined || written === undefined) continue;
    const base = usesRuleStyles(original) ? await (dxfBase ??= addRuleStyles(source, copy)) : 0;
    const fixed = withSheetRestored(original, written, base);
    if (fixed !== written) copy.file(to.get(now)!, fixed);
  }
}
