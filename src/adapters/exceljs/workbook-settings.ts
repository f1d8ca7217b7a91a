// How the office set its workbook to calculate, and to be opened, put back in the copy's
// xl/workbook.xml. ExcelJS writes <calcPr calcId="171027"/> whatever the file had, losing
// iterative calculation (File › Options › Formulas: a circular reference the office relies on
// then stops converging and Excel warns), "precision as displayed" (fullPrecision="0": results
// computed from the rounded values shown), manual calculation, R1C1 references. It drops
// <fileSharing> (Save As › Tools › General Options: read-only recommended, password to modify),
// and <workbookProtection> (Review › Protect Workbook: sheets cannot be added, deleted, renamed,
// hidden or moved), which an office sets so that colleagues keep its sheets as they are, and
// most of how its windows show (book-view-flags.ts) and of its options (workbook-flags.ts, and
// those newer Excel keeps in the part's extension list: workbook-ext-flags.ts).
import { hasWindowSettings, withWindowSettingsOf } from './book-view-flags';
import { hasBookExtensions, withBookExtensionsOf } from './workbook-ext-flags';
import { hasBookFlags, withBookFlagsOf } from './workbook-flags';

const CALC = /<calcPr\b[^>]*?\/?>/;
const SHARING = /<fileSharing\b[^>]*?(?:\/>|>[\s\S]*?<\/fileSharing>)/;
// ECMA-376 CT_Workbook: <calcPr> comes after these, <fileSharing> right after <fileVersion>.
const AFTER_CALC = /<(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/;
const AFTER_SHARING = /<(?:workbookPr|workbookProtection|bookViews|sheets)\b/;
/** A protection that locks something: LibreOffice writes an empty <workbookProtection/> in every file. */
const LOCKING = /<workbookProtection\b[^>]*\block(?:Structure|Windows|Revision)="(?:1|true)"[^>]*\/?>/;
const AFTER_PROTECTION = /<(?:bookViews|sheets)\b/;

// CT_CalcPr's defaults: LibreOffice spells them all out (iterate="false" iterateCount="100"…),
// which says nothing to copy. calcId is not a setting: it says which Excel last calculated.
const DEFAULTS: Record<string, string> = { calcId: '', calcMode: 'auto', fullCalcOnLoad: '0', refMode: 'A1', iterate: '0', iterateCount: '100', iterateDelta: '0.001', fullPrecision: '1', calcCompleted: '1', calcOnSave: '1', concurrentCalc: '1' };
const norm = (v: string) => (v === 'true' ? '1' : v === 'false' ? '0' : v);

/** The calculation settings of a workbook part that differ from the defaults, as `name="value"`. */
function calcSettings(xml: string): string[] {
  const tag = CALC.exec(xml)?.[0] ?? '';
  return [...tag.matchAll(/\s([\w:]+)="([^"]*)"/g)].filter((m) => m[1] !== 'calcId' && DEFAULTS[m[1]] !== norm(m[2])).map((m) => `${m[1]}="${norm(m[2])}"`);
}

/** Cheap test on the original's workbook part: anything for `withWorkbookSettingsOf` to copy. */
export function hasWorkbookSettings(xml: string): boolean {
  return calcSettings(xml).length > 0 || xml.includes('<fileSharing') || LOCKING.test(xml) || hasWindowSettings(xml) || hasBookFlags(xml) || hasBookExtensions(xml);
}

/**
 * `written` (the copy's workbook part) with the original's calculation settings, file-sharing
 * options, workbook protection, window settings and options. ExcelJS's calcId stays: Excel recalculates a file last calculated by an older version
 * on opening, as the copy's formulas were computed by the original's Excel, not by ExcelJS.
 */
export function withWorkbookSettingsOf(original: string, written: string): string {
  let out = withBookExtensionsOf(original, withBookFlagsOf(original, withWindowSettingsOf(original, written)));
  const calc = calcSettings(original);
  if (calc.length) {
    const tag = CALC.exec(out)?.[0];
    const names = new Set(calc.map((a) => a.slice(0, a.indexOf('='))));
    if (tag) {
      const kept = [...tag.matchAll(/\s([\w:]+)="[^"]*"/g)].filter((m) => !names.has(m[1])).map((m) => m[0].trim());
      out = out.replace(tag, () => `<calcPr ${[...kept, ...calc].join(' ')}/>`);
    } else {
      out = insertBefore(out, AFTER_CALC, `<calcPr ${calc.join(' ')}/>`);
    }
  }
  const sharing = SHARING.exec(original)?.[0];
  if (sharing && !/<fileSharing\b/.test(out)) out = insertBefore(out, AFTER_SHARING, sharing);
  // Copied as set, password hash included (the office's own), in place of any ExcelJS wrote.
  const protection = LOCKING.exec(original)?.[0];
  if (protection) out = insertBefore(out.replace(/<workbookProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/workbookProtection>)/, ''), AFTER_PROTECTION, protection.endsWith('/>') ? protection : `${protection.slice(0, -1)}/>`);
  return out;
}

function insertBefore(xml: string, next: RegExp, element: string): string {
  const at = next.exec(xml)?.index;
  return at === undefined ? xml : xml.slice(0, at) + element + xml.slice(at);
}
