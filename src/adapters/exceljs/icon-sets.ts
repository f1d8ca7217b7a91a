// The office's icon sets as Excel wrote them. ExcelJS reads an icon set's thresholds as numbers:
// one given by a formula ($A$9, AVERAGE(…), a cell of another sheet) it wrote as "NaN", and it
// dropped gte="0" ("greater than" became "greater than or equal to"). A set with icons chosen per
// level or "No Cell Icon" it wrote as the plain set it started from, and, like a set whose
// threshold names another sheet, in the sheet's own rules, where Excel 2007's schema has no room
// for either: Excel 2010 and later keep such a rule only in the sheet's extension list. Each
// original rule takes the place of the one ExcelJS wrote with the same priority over the same
// cells, in the sheet's rules or the extension list as the original has it.
import { EXT_CONDITIONAL_FORMATS, extensionOf, withExtension } from './worksheet-extensions';

const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const MAIN = /<conditionalFormatting\b[^>]*>[\s\S]*?<\/conditionalFormatting>/g;
const RULE = /<cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/cfRule>)/g;
const X14_FORMAT = /<x14:conditionalFormatting\b[^>]*>[\s\S]*?<\/x14:conditionalFormatting>/g;
const X14_RULE = /<x14:cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/x14:cfRule>)/g;
const isIconSet = (rule: string) => /^<(?:x14:)?cfRule\b[^>]*?\stype="iconSet"/.test(rule);
const priorityOf = (rule: string) => /^<[^>]*?\spriority="([^"]*)"/.exec(rule)?.[1] ?? '';
const mainSqref = (cf: string) => /^<conditionalFormatting\b[^>]*?\ssqref="([^"]*)"/.exec(cf)?.[1] ?? '';
const x14Sqref = (cf: string) => /<xm:sqref>([^<]*)<\/xm:sqref>/.exec(cf)?.[1] ?? '';

/** Cheap test on what follows an original worksheet's cells: it has an icon set. */
export const hasIconSets = (tail: string): boolean => tail.includes('type="iconSet"');

interface IconRule {
  rule: string;
  sqref: string;
  x14: boolean;
}

/** The original's icon-set rules by cells and priority, in order: the sheet's, then the extension list's. */
function iconRules(xml: string): Map<string, IconRule[]> {
  const out = new Map<string, IconRule[]>();
  const add = (sqref: string, rule: string, x14: boolean) => {
    const key = `${sqref}\n${priorityOf(rule)}`;
    out.set(key, [...(out.get(key) ?? []), { rule, sqref, x14 }]);
  };
  for (const [cf] of xml.matchAll(MAIN)) for (const rule of cf.match(RULE) ?? []) if (isIconSet(rule)) add(mainSqref(cf), rule, false);
  for (const [cf] of (extensionOf(xml, EXT_CONDITIONAL_FORMATS) ?? '').matchAll(X14_FORMAT)) {
    for (const [rule] of cf.matchAll(X14_RULE)) if (isIconSet(rule)) add(x14Sqref(cf), rule, true);
  }
  return out;
}

/** `written` (a worksheet part) with each icon set the original's. */
export function withIconSetsOf(original: string, written: string): string {
  const theirs = iconRules(original);
  if (!theirs.size) return written;
  const take = (sqref: string, rule: string) => theirs.get(`${sqref}\n${priorityOf(rule)}`)?.shift();
  const moved: IconRule[] = [];
  // The sheet's rules: the original's in place, one Excel keeps in the extension list taken out.
  let out = written.replace(MAIN, (cf) => {
    const sqref = mainSqref(cf);
    const kept = cf.replace(RULE, (rule) => {
      const was = isIconSet(rule) ? take(sqref, rule) : undefined;
      if (!was) return rule;
      if (!was.x14) return was.rule;
      moved.push(was);
      return '';
    });
    return /<cfRule\b/.test(kept) ? kept : '';
  });
  // The extension list's: the original's in place, then those taken out above, over their cells.
  const before = extensionOf(out, EXT_CONDITIONAL_FORMATS);
  let ext = before?.replace(X14_FORMAT, (cf) => {
    const sqref = x14Sqref(cf);
    return cf.replace(X14_RULE, (rule) => {
      const was = isIconSet(rule) ? take(sqref, rule) : undefined;
      return was?.x14 ? was.rule : rule;
    });
  });
  const added = moved.map((m) => `<x14:conditionalFormatting xmlns:xm="${XM}">${m.rule}<xm:sqref>${m.sqref}</xm:sqref></x14:conditionalFormatting>`).join('');
  if (added && ext?.includes('</x14:conditionalFormattings>')) ext = ext.replace('</x14:conditionalFormattings>', () => `${added}</x14:conditionalFormattings>`);
  else if (added) ext = `<ext uri="${EXT_CONDITIONAL_FORMATS}" xmlns:x14="${X14}"><x14:conditionalFormattings>${added}</x14:conditionalFormattings></ext>`;
  if (ext !== undefined && ext !== before) out = withExtension(out, ext);
  return out;
}
