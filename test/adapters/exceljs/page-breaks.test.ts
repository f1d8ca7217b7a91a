// Manual page breaks read from the package and put back on the copy (ExcelJS reads none and
// cannot write column breaks): where they are found, and where column breaks are written.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { inspectPackage } from '../../../src/adapters/exceljs/package-parts';

/** Two sheets, the second with a table (ExcelJS writes <tableParts> after where breaks go). */
async function twoSheets(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Phân công').addRows([['STT', 'Nội dung'], [1, 'Tiêu chí 17.5']]);
  const ws = wb.addWorksheet('Hiện trạng & kế hoạch');
  ws.addTable({ name: 'BangHienTrang', ref: 'A1', headerRow: true, style: { theme: 'TableStyleMedium2' }, columns: [{ name: 'Xã' }, { name: 'Đạt' }], rows: [['Tân Sơn', 18], ['Kim Sơn', 19]] });
  return wb;
}

async function withBreaks(wb: ExcelJS.Workbook, part: string, xml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheet = await zip.file(part)!.async('string');
  zip.file(part, sheet.replace(/(<pageSetup\b[^>]*\/>)/, `$1${xml}`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

// Break 30 is not manual; break 12 listed twice is one break.
const BREAKS = '<rowBreaks count="3" manualBreakCount="2"><brk id="12" max="16383" man="1"/><brk id="30" max="16383"/><brk id="12" max="16383" man="1"/></rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="2" max="1048575" man="1"/></colBreaks>';

test('only manual breaks are read, under the sheet\'s name (escaped in workbook.xml), also through an absolute relationship target', async () => {
  const buf = await withBreaks(await twoSheets(), 'xl/worksheets/sheet2.xml', BREAKS);
  const zip = await JSZip.loadAsync(buf);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('Target="worksheets/sheet2.xml"', 'Target="/xl/worksheets/sheet2.xml"'));
  const info = await inspectPackage(await zip.generateAsync({ type: 'nodebuffer' }));
  expect(Object.fromEntries(info.pageBreaks)).toEqual({ 'Hiện trạng & kế hoạch': { rows: [{ id: 12, max: 16383, man: 1 }], cols: [{ id: 2, max: 1048575, man: 1 }] } });
  expect(info.notKept).toEqual([]);
});

test('the browser mode\'s save keeps them: column breaks before the table parts, as the schema orders a worksheet', async () => {
  const input = await withBreaks(await twoSheets(), 'xl/worksheets/sheet2.xml', BREAKS);
  const { openWorkbook } = await import('../../../src/ui/file-ops');
  const ops = await openWorkbook(input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) as ArrayBuffer);
  const copy = await JSZip.loadAsync(await ops.toBuffer());
  const xml = await copy.file('xl/worksheets/sheet2.xml')!.async('string');
  expect(xml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="12" max="16383" man="1"/></rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="2" max="1048575" man="1"/></colBreaks>');
  expect(xml.indexOf('<colBreaks')).toBeLessThan(xml.indexOf('<tableParts'));
  expect(await copy.file('xl/worksheets/sheet1.xml')!.async('string')).not.toMatch(/Breaks/);
  // Still a workbook ExcelJS reads, its table intact.
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load((await copy.generateAsync({ type: 'nodebuffer' })) as unknown as ExcelJS.Buffer);
  expect(reread.getWorksheet('Hiện trạng & kế hoạch')!.getCell('A3').value).toBe('Kim Sơn');
});

test('a data bar\'s rule holds an <extLst> of its own: the column breaks still go after the page setup, not inside the rule', async () => {
  const wb = await twoSheets();
  const ws = wb.getWorksheet('Hiện trạng & kế hoạch')!;
  ws.addConditionalFormatting({ ref: 'B2:B3', rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: 'FF638EC6' } } as unknown as ExcelJS.ConditionalFormattingRule] });
  const input = await withBreaks(wb, 'xl/worksheets/sheet2.xml', BREAKS);
  expect(await (await JSZip.loadAsync(input)).file('xl/worksheets/sheet2.xml')!.async('string')).toMatch(/<cfRule[^>]*>[\s\S]*<extLst>[\s\S]*<\/cfRule>/);
  const { openWorkbook } = await import('../../../src/ui/file-ops');
  const ops = await openWorkbook(input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) as ArrayBuffer);
  const xml = await (await JSZip.loadAsync(await ops.toBuffer())).file('xl/worksheets/sheet2.xml')!.async('string');
  const cf = /<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/.exec(xml)![0];
  expect(cf).not.toContain('colBreaks');
  expect(xml.indexOf('<colBreaks')).toBeGreaterThan(xml.indexOf('<pageSetup'));
  expect(xml.indexOf('<colBreaks')).toBeLessThan(xml.indexOf('<tableParts'));
});
