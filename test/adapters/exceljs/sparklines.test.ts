// The office's sparklines, which ExcelJS never reads, are copied back into the same sheet of the
// copy, in the sheet's extension list beside what ExcelJS writes there, in Excel's order.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { LIST_EXT, SOLID_BAR, SOLID_BAR_EXT, SPARKLINES, STATUS, sampleWithExtensions } from '../../support/extension-package';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { withExtension } from '../../../src/adapters/exceljs/worksheet-extensions';

const sheetXml = async (zip: JSZip, name: string) => zip.file((await sheetParts(zip)).get(name)!)!.async('string');
/** The uris of the worksheet's own extension list, in order (upper-cased). */
const uris = (xml: string) => [.../<extLst>((?:(?!<extLst>)[\s\S])*)<\/extLst>\s*<\/worksheet>/.exec(xml)![1].matchAll(/<ext uri="([^"]*)"/g)].map((m) => m[1].toUpperCase());
const [CF, DV, SPARK] = ['{78C0D931-6437-407D-A8EE-F0AAD7539E65}', '{CCE6A557-97BC-4B89-ADB6-D9C93CAAB3DF}', '{05C60535-1F16-4FD2-B633-F4F36F0B64E0}'];

test('sparklines come back on their sheet, after the data bar ExcelJS writes and the drop-down copied back, the extension list last', async () => {
  const { copy, loaded } = await checkedCopyOf(await sampleWithExtensions([SOLID_BAR_EXT, LIST_EXT, SPARKLINES], SOLID_BAR));
  const xml = await sheetXml(copy, STATUS);
  expect(xml).toContain(SPARKLINES);
  expect(xml).toContain(LIST_EXT);
  expect(uris(xml)).toEqual([CF, DV, SPARK]);
  // The check marks this sheet: its notes' drawing comes before the list, which ends the sheet.
  expect(xml.indexOf('<legacyDrawing')).toBeGreaterThan(0);
  expect(xml.indexOf('<legacyDrawing')).toBeLessThan(xml.lastIndexOf('<extLst>'));
  // The groups' xr2:uid keeps its namespace, ignorable as in the input.
  const root = /<worksheet\b[^>]*>/.exec(xml)![0];
  expect(root).toContain('xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"');
  expect(root).toMatch(/mc:Ignorable="[^"]*\bxr2\b/);
  expect(loaded.notKept.map((n) => n.en).filter((n) => /sparkline/.test(n))).toEqual([]);
  // Only on that sheet.
  expect(await sheetXml(copy, 'Danh sách xã')).not.toContain('sparkline');
});

test('a sheet with sparklines alone gets an extension list; a re-run on the copy keeps them once', async () => {
  const first = await checkedCopyOf(await sampleWithExtensions([SPARKLINES]));
  const again = await checkedCopyOf(await first.copy.generateAsync({ type: 'nodebuffer' }));
  const xml = await sheetXml(again.copy, STATUS);
  expect(uris(xml)).toEqual([SPARK]);
  expect(xml.split('<x14:sparklineGroups').length).toBe(2);
});

test('an extension goes in Excel\'s order, replaces one of its uri and leaves others (an unknown one, one nested in a rule) in place', () => {
  const sheet = (list: string) => `<worksheet><sheetData/><conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}"><x14:id>{1}</x14:id></ext></extLst></cfRule></conditionalFormatting>${list}</worksheet>`;
  const ext = (uri: string, body = '') => `<ext uri="${uri}">${body}</ext>`;
  const other = ext('{AAAAAAAA-0000-0000-0000-000000000000}');
  expect(withExtension(sheet(''), ext(SPARK))).toBe(sheet(`<extLst>${ext(SPARK)}</extLst>`));
  expect(withExtension(sheet('<extLst/>'), ext(SPARK))).toBe(sheet(`<extLst>${ext(SPARK)}</extLst>`));
  expect(withExtension(sheet(`<extLst>${ext(CF)}${other}${ext(SPARK, 'old')}</extLst>`), ext(DV))).toBe(sheet(`<extLst>${ext(CF)}${other}${ext(DV)}${ext(SPARK, 'old')}</extLst>`));
  expect(withExtension(sheet(`<extLst>${ext(CF)}${ext(SPARK.toLowerCase(), 'old')}</extLst>`), ext(SPARK, 'new'))).toBe(sheet(`<extLst>${ext(CF)}${ext(SPARK, 'new')}</extLst>`));
});

test('ExcelJS still drops sparklines (a newer ExcelJS keeping them fails here)', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleWithExtensions([SPARKLINES])) as unknown as ExcelJS.Buffer);
  expect(await sheetXml(await JSZip.loadAsync(await wb.xlsx.writeBuffer()), STATUS)).not.toContain('sparkline');
});
