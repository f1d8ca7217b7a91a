// Icon sets come out of the copy as Excel wrote them: thresholds given by a formula, "greater
// than" (gte="0"), icons only and reversed, Excel 2010's sets, icons chosen per level and "No Cell
// Icon", each where Excel keeps it (the sheet's rules or the extension list).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { ARROWS, BOXES, ELSEWHERE, FLAGGED, ICON_SETS, LIGHTS, LIST, MIXED, RATING, STARS, TRIANGLES, iconSetParts, sampleWithIconSets, x14Formats, type IconRule } from '../../support/icon-set-package';
import { STATUS, barsExt, dataBar, sampleWithExtensions } from '../../support/extension-package';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';

const sheetXml = async (zip: JSZip, name = LIST) => zip.file((await sheetParts(zip)).get(name)!)!.async('string');
const EXT_START = '<extLst>';

interface Found {
  /** The icon-set rules of the sheet's own <conditionalFormatting>, by the cells they cover. */
  main: Map<string, string[]>;
  /** Those of the extension list, ids left out (ExcelJS gives new ones). */
  x14: Map<string, string[]>;
}

function iconRules(xml: string): Found {
  const cut = xml.lastIndexOf(EXT_START);
  const [sheet, ext] = cut < 0 ? [xml, ''] : [xml.slice(0, cut), xml.slice(cut)];
  const add = (map: Map<string, string[]>, sqref: string, rule: string) => map.set(sqref, [...(map.get(sqref) ?? []), rule]);
  const main = new Map<string, string[]>();
  for (const [, sqref, body] of sheet.matchAll(/<conditionalFormatting sqref="([^"]*)">([\s\S]*?)<\/conditionalFormatting>/g)) {
    for (const [rule] of body.matchAll(/<cfRule type="iconSet"[\s\S]*?<\/cfRule>/g)) add(main, sqref, rule);
  }
  const x14 = new Map<string, string[]>();
  for (const [, body] of ext.matchAll(/<x14:conditionalFormatting\b[^>]*>([\s\S]*?)<\/x14:conditionalFormatting>/g)) {
    const sqref = /<xm:sqref>([^<]*)<\/xm:sqref>/.exec(body)![1];
    for (const [rule] of body.matchAll(/<x14:cfRule type="iconSet"[\s\S]*?<\/x14:cfRule>/g)) add(x14, sqref, rule.replace(/ id="[^"]*"/, ''));
  }
  return { main, x14 };
}

/** Where `rules` should be found: as Excel wrote them, each in its place. */
function asWritten(rules: IconRule[]): Found {
  const found: Found = { main: new Map(), x14: new Map() };
  for (const r of rules) (r.x14 ? found.x14 : found.main).set(r.sqref, [r.x14 ? r.rule.replace(/ id="[^"]*"/, '') : r.rule]);
  return found;
}

test.each([
  ["Excel 2007's sets keep formula thresholds, gte=\"0\", icons only and reversed; nothing is named", [ARROWS, LIGHTS, RATING], '<cfvo type="formula" val="AVERAGE($A$5:$A$21)+2"/>'],
  ["Excel 2010's sets, icons chosen per level and No Cell Icon stay in the extension list as Excel wrote them; none is put in the sheet's rules", [STARS, TRIANGLES, BOXES, MIXED, FLAGGED, ELSEWHERE], '<x14:cfIcon iconSet="NoIcons" iconId="0"/><x14:cfIcon iconSet="3Stars" iconId="2"/>'],
])('%s', async (_name, rules, written) => {
  const { copy, loaded } = await checkedCopyOf(await sampleWithIconSets(rules));
  const xml = await sheetXml(copy);
  expect(iconRules(xml)).toEqual(asWritten(rules));
  expect(xml).toContain(written);
  expect(loaded.notKept).toEqual([]);
});

test('all at once; the copy reads back', async () => {
  const { copy, reread } = await checkedCopyOf(await sampleWithIconSets(ICON_SETS));
  expect(iconRules(await sheetXml(copy))).toEqual(asWritten(ICON_SETS));
  expect(reread.getWorksheet(LIST)!.getCell('P21').value).toBe(17);
});

test('beside a data bar in the same extension list, both keep their Excel 2010 rules', async () => {
  const bar = dataBar('{2C0B5C5D-7A1E-4B8C-9D0F-1E2F3A4B5C01}', 'B7:B81', '<x14:cfvo type="autoMin"/>', '<x14:cfvo type="autoMax"/>');
  const rules = [LIGHTS, STARS, MIXED];
  const ext = barsExt([bar]).replace('</x14:conditionalFormattings>', `${x14Formats(rules)}</x14:conditionalFormattings>`);
  const { main } = iconSetParts(rules);
  const xml = (await sheetXml((await checkedCopyOf(await sampleWithExtensions([ext], bar.main + main))).copy, STATUS));
  expect(iconRules(xml)).toEqual(asWritten(rules));
  expect(xml).toMatch(/<x14:cfRule type="dataBar" id="[^"]*"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"\/>/);
});

test("alone on a sheet with the check's notes, icons chosen per level get the extension list ExcelJS did not write, after the notes' drawing", async () => {
  const { main, ext } = iconSetParts([MIXED]);
  const xml = await sheetXml((await checkedCopyOf(await sampleWithExtensions([ext!], main))).copy, STATUS);
  expect(iconRules(xml)).toEqual(asWritten([MIXED]));
  expect(xml).not.toContain('<conditionalFormatting');
  expect(xml).toMatch(/<legacyDrawing\b[^>]*\/><extLst><ext uri="\{78C0D931-6437-407D-A8EE-F0AAD7539E65\}"[^>]*><x14:conditionalFormattings><x14:conditionalFormatting\b/i);
});

test('ExcelJS still writes formula thresholds as NaN, drops gte="0" and writes icons chosen per level as the plain set in the sheet\'s rules (a newer ExcelJS fails here)', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleWithIconSets([LIGHTS, RATING, MIXED])) as unknown as ExcelJS.Buffer);
  const found = iconRules(await sheetXml(await JSZip.loadAsync(await wb.xlsx.writeBuffer())));
  expect(found.main.get('J5:J21')?.[0]).toContain('<cfvo type="formula" val="NaN"/>');
  expect(found.main.get('I5:I21')?.[0]).toContain('<cfvo type="num" val="10"/>');
  expect(found.main.get('N5:N21')?.[0]).toBe('<cfRule type="iconSet" priority="7"><iconSet iconSet="3Arrows"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet></cfRule>');
  expect(found.x14.size).toBe(0);
});
