// Data bars keep their Excel 2010 definition in the copy: automatic bounds (Excel's default), fixed
// numbers, negative bars and axis, in solid fill and in gradient fill, each linked to its rule.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { STATUS, barsExt, dataBar, sampleWithExtensions } from '../../support/extension-package';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';

const AUTO = ['<x14:cfvo type="autoMin"/>', '<x14:cfvo type="autoMax"/>'] as const;
const sheetXml = async (zip: JSZip) => zip.file((await sheetParts(zip)).get(STATUS)!)!.async('string');
/** Each sheet-level data bar's cells, and the x14 rule its link names (the bar inside it; undefined when there is none). */
function bars(xml: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const [, sqref, id] of xml.matchAll(/<conditionalFormatting sqref="([^"]*)"><cfRule type="dataBar"[\s\S]*?<x14:id>([^<]*)<\/x14:id>/g)) {
    out.set(sqref, new RegExp(`<x14:cfRule type="dataBar" id="${id.replace(/[{}]/g, '\\$&')}">([\\s\\S]*?)</x14:cfRule>`).exec(xml)?.[1]);
  }
  return out;
}

test('a bar in solid fill with automatic bounds keeps them, its negative colour and axis; nothing is named', async () => {
  const bar = dataBar('{2C0B5C5D-7A1E-4B8C-9D0F-1E2F3A4B5C01}', 'B7:B81', ...AUTO);
  const { copy, loaded } = await checkedCopyOf(await sampleWithExtensions([barsExt([bar])], bar.main));
  const found = bars(await sheetXml(copy));
  expect([...found.keys()]).toEqual(['B7:B81']);
  expect(found.get('B7:B81')).toBe('<x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar>');
  expect(loaded.notKept).toEqual([]);
});

test('a bar in gradient fill gets its x14 rule back under its link; a bar over fixed numbers keeps them', async () => {
  const gradient = dataBar('{2C0B5C5D-7A1E-4B8C-9D0F-1E2F3A4B5C02}', 'B7:B81', ...AUTO, false);
  const fixed = dataBar('{2C0B5C5D-7A1E-4B8C-9D0F-1E2F3A4B5C03}', 'A7:A81', '<x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo>', '<x14:cfvo type="num"><xm:f>20</xm:f></x14:cfvo>');
  const { copy } = await checkedCopyOf(await sampleWithExtensions([barsExt([gradient, fixed])], gradient.main + fixed.main));
  const xml = await sheetXml(copy);
  const found = bars(xml);
  expect(found.get('B7:B81')).toBe('<x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar>');
  expect(found.get('A7:A81')).toContain('<x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>20</xm:f></x14:cfvo>');
  // The gradient bar's x14 rule sits over its cells, in the extension list's conditional formats.
  expect(xml).toMatch(/<x14:cfRule type="dataBar" id="[^"]*"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"\/>[\s\S]*?<xm:sqref>B7:B81<\/xm:sqref>/);  // Alone, it gets the extension list ExcelJS did not write.
  const alone = await sheetXml((await checkedCopyOf(await sampleWithExtensions([barsExt([gradient])], gradient.main))).copy);
  expect(bars(alone).get('B7:B81')).toBe(found.get('B7:B81'));
  expect(alone).toMatch(/<legacyDrawing\b[^>]*\/><extLst><ext uri="\{78C0D931-6437-407D-A8EE-F0AAD7539E65\}"[^>]*><x14:conditionalFormattings>/i);
});

test('ExcelJS still writes automatic bounds as lowest / highest value and no x14 rule for a gradient bar (a newer ExcelJS fails here)', async () => {
  const solid = dataBar('{2C0B5C5D-7A1E-4B8C-9D0F-1E2F3A4B5C01}', 'B7:B81', ...AUTO);
  const gradient = dataBar('{2C0B5C5D-7A1E-4B8C-9D0F-1E2F3A4B5C02}', 'A7:A81', ...AUTO, false);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleWithExtensions([barsExt([solid, gradient])], solid.main + gradient.main)) as unknown as ExcelJS.Buffer);
  const found = bars(await sheetXml(await JSZip.loadAsync(await wb.xlsx.writeBuffer())));
  expect(found.get('B7:B81')).toMatch(/^<x14:dataBar\b[^>]*><x14:cfvo type="min"\/><x14:cfvo type="max"\/>/);
  expect(found.has('A7:A81')).toBe(true);
  expect(found.get('A7:A81')).toBeUndefined();
});
