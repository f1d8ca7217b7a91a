// The office's data bars as Excel 2010 and later define them. A data bar is a rule in the sheet's
// <conditionalFormatting> linked (<x14:id>) to its x14 rule in the sheet's extension list, which
// holds what Excel 2007 lacked: automatic bounds (Excel's default, `autoMin` / `autoMax`: the
// shortest bar is not empty), solid fill, negative bars, the axis. ExcelJS reads the bounds of the
// 2007 rule only and wrote a bar in solid fill from the lowest to the highest value; a bar in
// gradient fill it wrote with its link and no x14 rule at all. Each original x14 rule is written
// in place of ExcelJS's, or where it wrote none, under the link ExcelJS wrote for the same rule:
// the n-th data bar over the same cells, when both sheets have as many there.
import { EXT_CONDITIONAL_FORMATS, extensionOf, withExtension } from './worksheet-extensions';

const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const MAIN = /<conditionalFormatting\b[^>]*>[\s\S]*?<\/conditionalFormatting>/g;
const RULE = /<cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/cfRule>)/g;
const X14_FORMAT = /<x14:conditionalFormatting\b[^>]*>([\s\S]*?)<\/x14:conditionalFormatting>/g;
const X14_RULE = /<x14:cfRule\b[^>]*>[\s\S]*?<\/x14:cfRule>/g;
const idOf = (rule: string) => /<x14:cfRule\b[^>]*?\sid="([^"]*)"/.exec(rule)?.[1];

/** Cheap test on what follows an original worksheet's cells: it has data bars with an x14 rule. */
export const hasDataBarExtensions = (tail: string): boolean => tail.includes('<x14:dataBar');

/** The links (x14:id, or undefined) of each sheet-level data bar, by the cells it covers, in order. */
function barLinks(xml: string): Map<string, (string | undefined)[]> {
  const out = new Map<string, (string | undefined)[]>();
  for (const [cf] of xml.matchAll(MAIN)) {
    const sqref = /^<conditionalFormatting\b[^>]*?\ssqref="([^"]*)"/.exec(cf)?.[1] ?? '';
    const bars = (cf.match(RULE) ?? []).filter((r) => /^<cfRule\b[^>]*?\stype="dataBar"/.test(r)).map((r) => /<x14:id>([^<]*)<\/x14:id>/.exec(r)?.[1]);
    if (bars.length) out.set(sqref, [...(out.get(sqref) ?? []), ...bars]);
  }
  return out;
}

/** The x14 data bar rules of a sheet's extension list, by id, with the cells they cover. */
function x14Bars(ext: string | undefined): Map<string, { rule: string; sqref: string }> {
  const out = new Map<string, { rule: string; sqref: string }>();
  for (const [, body] of (ext ?? '').matchAll(X14_FORMAT)) {
    const sqref = /<xm:sqref>([^<]*)<\/xm:sqref>/.exec(body)?.[1] ?? '';
    for (const [rule] of body.matchAll(X14_RULE)) {
      const id = idOf(rule);
      if (id && rule.includes('<x14:dataBar')) out.set(id, { rule, sqref });
    }
  }
  return out;
}

/** `written` (a worksheet part) with each data bar's x14 rule the original's. */
export function withDataBarsOf(original: string, written: string): string {
  const theirs = x14Bars(extensionOf(original, EXT_CONDITIONAL_FORMATS));
  if (!theirs.size) return written;
  const links = barLinks(original);
  const ours = barLinks(written);
  let ext = extensionOf(written, EXT_CONDITIONAL_FORMATS);
  const added: string[] = [];
  for (const [sqref, was] of links) {
    const now = ours.get(sqref);
    if (!now || now.length !== was.length) continue;
    was.forEach((id, i) => {
      const bar = id === undefined ? undefined : theirs.get(id);
      const link = now[i];
      if (!bar || link === undefined) return;
      const rule = bar.rule.replace(/^(<x14:cfRule\b[^>]*?\sid=")[^"]*"/, (_m, head: string) => `${head}${link}"`);
      const old = ext === undefined ? undefined : [...ext.matchAll(X14_RULE)].find(([r]) => idOf(r) === link)?.[0];
      if (old !== undefined) ext = ext!.replace(old, () => rule);
      else added.push(`<x14:conditionalFormatting xmlns:xm="${XM}">${rule}<xm:sqref>${bar.sqref}</xm:sqref></x14:conditionalFormatting>`);
    });
  }
  // Rules ExcelJS wrote no x14 part for: into its list of them, or a list made for them.
  if (added.length && ext?.includes('</x14:conditionalFormattings>')) ext = ext.replace('</x14:conditionalFormattings>', () => `${added.join('')}</x14:conditionalFormattings>`);
  else if (added.length) ext = `<ext uri="${EXT_CONDITIONAL_FORMATS}" xmlns:x14="${X14}"><x14:conditionalFormattings>${added.join('')}</x14:conditionalFormattings></ext>`;
  return ext === undefined || ext === extensionOf(written, EXT_CONDITIONAL_FORMATS) ? written : withExtension(written, ext);
}
