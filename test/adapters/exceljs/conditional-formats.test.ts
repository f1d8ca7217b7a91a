// Conditional formats come out of the copy as Excel wrote them: colour scales and data bars with
// thresholds given by a formula, percentiles and theme colours; rules with a style, "stop if
// true", standard deviations, top / bottom, text, dates and duplicates; rules naming another
// sheet, which Excel keeps in the extension list alone; each style as the workbook had it.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import * as R from '../../support/cf-rule-package';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { dxfsOf, withDxfsAdded } from '../../../src/adapters/exceljs/rule-styles';
import { withConditionalFormatsOf } from '../../../src/adapters/exceljs/conditional-formats';

const { LIST, sampleWithRules } = R;
const sheetXml = async (zip: JSZip) => zip.file((await sheetParts(zip)).get(LIST)!)!.async('string');
const stylesXml = (zip: JSZip) => zip.file('xl/styles.xml')!.async('string');

/** The rules of a sheet by the cells they cover: the sheet's own ("main"), the extension list's ("x14"). */
function rulesOf(xml: string): { main: Map<string, string>; x14: Map<string, string> } {
  const main = new Map([...xml.matchAll(/<conditionalFormatting sqref="([^"]*)">([\s\S]*?)<\/conditionalFormatting>/g)].map((m) => [m[1], m[2]]));
  const x14 = new Map([...xml.matchAll(/<x14:conditionalFormatting\b[^>]*>([\s\S]*?)<xm:sqref>([^<]*)<\/xm:sqref><\/x14:conditionalFormatting>/g)].map((m) => [m[2], m[1]]));
  return { main, x14 };
}
/** Where `rules` should be found: as Excel wrote them. */
function asWritten(rules: R.CfRule[]): { main: Map<string, string>; x14: Map<string, string> } {
  const out = { main: new Map<string, string>(), x14: new Map<string, string>() };
  for (const r of rules) (r.x14 ? out.x14 : out.main).set(r.sqref, r.rule);
  return out;
}

test('colour scales keep thresholds by formula ($A$9, AVERAGE(…)), the percentile, numbers and percents, theme colours with tints, and one up to another sheet\'s cell in the extension list; nothing is named', async () => {
  const { copy, loaded } = await checkedCopyOf(await sampleWithRules(R.SCALES));
  const xml = await sheetXml(copy);
  expect(rulesOf(xml)).toEqual(asWritten(R.SCALES));
  expect(xml).toContain('<cfvo type="formula" val="AVERAGE($A$5:$A$21)+2"/>');
  expect(xml).toContain('<color theme="4" tint="0.79998168889431442"/>');
  expect(loaded.notKept).toEqual([]);
});

test('data bars keep a bound by formula in both their parts, "show bar only", percents and a theme colour, each linked to its Excel 2010 part; one from another sheet\'s cell stays in the extension list alone', async () => {
  const { copy, loaded } = await checkedCopyOf(await sampleWithRules(R.BARS));
  const xml = await sheetXml(copy);
  const found = rulesOf(xml);
  expect(found).toEqual(asWritten(R.BARS));
  expect(found.main.get('M5:M21')).toContain('<cfvo type="formula" val="$A$9"/>');
  expect(found.main.get('N5:N21')).toContain('<dataBar showValue="0">');
  for (const sqref of ['M5:M21', 'N5:N21']) {
    const link = /<x14:id>([^<]*)<\/x14:id>/.exec(found.main.get(sqref)!)![1];
    expect(found.x14.get(sqref)).toContain(`id="${link}"`);
  }
  expect(found.main.has('O5:O21')).toBe(false);
  expect(loaded.notKept).toEqual([]);
});

test('rules with a style keep "stop if true", standard deviations, "or equal to" the average, bottom percent, dates, text, blanks and duplicates as Excel wrote them, each style the workbook\'s', async () => {
  const { copy, loaded } = await checkedCopyOf(await sampleWithRules(R.STYLED));
  const xml = await sheetXml(copy);
  const found = rulesOf(xml);
  // Each rule as written but for its style's index, which names the original's style in the copy's.
  const dxfs = dxfsOf(await stylesXml(copy));
  const styleOf = (rule: string, list: string[]) => list[Number(/\sdxfId="(\d+)"/.exec(rule)![1])].replace(/ numFmtId="\d+"/, '');
  const written = asWritten(R.STYLED);
  expect([...found.main.keys()].sort()).toEqual([...written.main.keys()].sort());
  for (const [sqref, rule] of written.main) {
    expect(found.main.get(sqref)!.replace(/\sdxfId="\d+"/, '')).toBe(rule.replace(/\sdxfId="\d+"/, ''));
    expect(styleOf(found.main.get(sqref)!, dxfs)).toBe(styleOf(rule, R.DXFS));
  }
  expect(found.x14).toEqual(written.x14);
  expect(loaded.notKept).toEqual([]);
});

test("a style's number format gets an id the copy's cells do not use for another format", async () => {
  const { copy } = await checkedCopyOf(await sampleWithRules([R.EXPRESSION]));
  const styles = await stylesXml(copy);
  const id = /<dxf><font><b\/><i val="0"\/><strike\/>[\s\S]*?<numFmt numFmtId="(\d+)" formatCode="0\.0%"\/>/.exec(styles)![1];
  const cells = /<numFmts\b[\s\S]*?<\/numFmts>/.exec(styles)?.[0] ?? '';
  const used = new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(cells)?.[1];
  expect(used === undefined || used === '0.0%').toBe(true);
});

test('all at once, the copy reads back, and checked again keeps them', async () => {
  const first = await checkedCopyOf(await sampleWithRules());
  expect(first.reread.getWorksheet(LIST)!.getCell('U21').value).toBe(17);
  const again = await checkedCopyOf(Buffer.from(await first.copy.generateAsync({ type: 'nodebuffer' })));
  const before = rulesOf(await sheetXml(first.copy));
  const after = rulesOf(await sheetXml(again.copy));
  expect(after.x14).toEqual(before.x14);
  const [d1, d2] = [dxfsOf(await stylesXml(first.copy)), dxfsOf(await stylesXml(again.copy))];
  const styled = (rule: string, dxfs: string[]) => rule.replace(/\sdxfId="(\d+)"/, (_m, n: string) => ` dxf="${dxfs[Number(n)]}"`);
  expect(new Map([...after.main].map(([k, v]) => [k, styled(v, d2)]))).toEqual(new Map([...before.main].map(([k, v]) => [k, styled(v, d1)])));
});

test("the original's styles go after the copy's own (a table column's format), and its rules' styles move up by as many", () => {
  const copy = '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><dxfs count="1"><dxf><font><b/></font></dxf></dxfs><tableStyles count="0"/></styleSheet>';
  const { styles, base } = withDxfsAdded(copy, R.DXFS);
  expect(base).toBe(1);
  expect(dxfsOf(styles)).toHaveLength(4);
  expect(styles).toContain('<dxfs count="4"><dxf><font><b/></font></dxf><dxf><font><color rgb="FF9C0006"/>');
  expect(styles).toContain('<numFmt numFmtId="165" formatCode="0.0%"/>');
  const sheet = '<worksheet><sheetData/><pageMargins/></worksheet>';
  const original = `<worksheet><sheetData/>${`<conditionalFormatting sqref="${R.BETWEEN.sqref}">${R.BETWEEN.rule}</conditionalFormatting>`}<pageMargins/></worksheet>`;
  expect(withConditionalFormatsOf(original, sheet, base)).toBe(`<worksheet><sheetData/><conditionalFormatting sqref="Q5:Q21">${R.BETWEEN.rule.replace('dxfId="0"', 'dxfId="1"')}</conditionalFormatting><pageMargins/></worksheet>`);
});

test('ExcelJS alone still writes formula thresholds as NaN, drops stop if true, standard deviations, "or equal to" and "show bar only", writes a style\'s number format as [object Object], "not italic" as italic and no borders, and stops at a colour scale kept in the extension list alone (a newer ExcelJS fails here)', async () => {
  const writtenByExcelJS = async (rules: R.CfRule[]) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sampleWithRules(rules)) as unknown as ExcelJS.Buffer);
    return JSZip.loadAsync(await wb.xlsx.writeBuffer());
  };
  const zip = await writtenByExcelJS([R.SCALE_FORMULA, ...R.BAR_PERCENT, R.BETWEEN, R.BELOW_SD, R.AT_OR_ABOVE, R.EXPRESSION]);
  const { main } = rulesOf(await sheetXml(zip));
  expect(main.get('J5:J21')).toContain('<cfvo type="formula" val="NaN"/>');
  expect(main.get('N5:N21')).toContain('<dataBar><cfvo type="percent" val="10"/>');
  expect(main.get('Q5:Q21')).not.toContain('stopIfTrue');
  expect(main.get('R5:R21')).not.toContain('stdDev');
  expect(main.get('S5:S21')).not.toContain('equalAverage');
  const dxfs = dxfsOf(await stylesXml(zip)).join('');
  expect(dxfs).toContain('formatCode="[object Object]"');
  expect(dxfs).toMatch(/<dxf><font><b\/><i\/>/);
  expect(dxfs).not.toContain('<border>');
  await expect(writtenByExcelJS([R.SCALE_ELSEWHERE])).rejects.toThrow(TypeError);
});

test("a PivotTable's rules (pivot=\"1\") stay on its cells as plain rules: the pivot is not kept, its values are", () => {
  const sheet = '<worksheet><sheetData/><pageMargins/></worksheet>';
  const rule = '<cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>19</formula></cfRule>';
  const ext = '<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" pivot="1"><x14:cfRule type="iconSet" priority="2" id="{00000000-0000-0000-0000-000000000001}"><x14:iconSet iconSet="3Triangles"><x14:cfvo type="percent"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>33</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>67</xm:f></x14:cfvo></x14:iconSet></x14:cfRule><xm:sqref>C4:C20</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>';
  const original = `<worksheet><sheetData/><conditionalFormatting sqref="B4:B20" pivot="1">${rule}</conditionalFormatting><pageMargins/><extLst>${ext}</extLst></worksheet>`;
  const copy = withConditionalFormatsOf(original, sheet, 2);
  expect(copy).toContain(`<conditionalFormatting sqref="B4:B20">${rule.replace('dxfId="0"', 'dxfId="2"')}</conditionalFormatting>`);
  expect(copy).toContain('<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="iconSet"');
  expect(copy).not.toMatch(/pivot=/);
});
