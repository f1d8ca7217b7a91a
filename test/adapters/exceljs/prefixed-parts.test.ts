// A file whose SpreadsheetML elements carry a prefix (<x:workbook>, <x:sheetData>), as the Open XML
// SDK and some reporting systems write it: read and copied as the same file unprefixed.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { withMainUnprefixed } from '../../../src/adapters/exceljs/prefixed-parts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Every element of the main namespace written with `x:`, as such files have them. */
function prefixed(xml: string): string {
  return xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, (_m, slash: string, name: string) => `<${slash}x:${name}`);
}

async function plan(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phân công');
  ws.addRows([['BẢNG PHÂN CÔNG'], ['STT', 'Tiêu chí', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'], [1, 'Tiêu chí 17', 'Môi trường', 'Phòng Tài nguyên và Môi trường', null, 'Quý II/2023']]);
  ws.mergeCells('A1:F1');
  ws.addConditionalFormatting({ ref: 'F3:F3', rules: [{ type: 'containsText', operator: 'containsText', text: 'Quý', priority: 1, style: { font: { bold: true } } } as ExcelJS.ConditionalFormattingRule] });
  return wb;
}

async function prefixedFile(wb: ExcelJS.Workbook): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const part of Object.keys(zip.files).filter((n) => /^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(n))) {
    zip.file(part, prefixed(await zip.file(part)!.async('string')));
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('only the prefix bound to the main namespace goes; other prefixes and text stay as they are', () => {
  const xml = `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${MAIN}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a &lt;x:b&gt;</x:t></x:is></x:c></x:row></x:sheetData><x:extLst><x:ext uri="{X}"><x14:sparklineGroups/></x:ext></x:extLst></x:worksheet>`;
  expect(withMainUnprefixed(xml)).toBe(`<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a &lt;x:b&gt;</t></is></c></row></sheetData><extLst><ext uri="{X}"><x14:sparklineGroups/></ext></extLst></worksheet>`);
  // Unprefixed parts, and a root whose default namespace another would shadow, are left alone.
  const plain = `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
  expect(withMainUnprefixed(plain)).toBe(plain);
  const both = `<x:worksheet xmlns="urn:other" xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`;
  expect(withMainUnprefixed(both)).toBe(both);
});

test('a prefixed file is read as the same file unprefixed, and its checked copy keeps what the package pass copies', async () => {
  const wb = await plan();
  const input = await prefixedFile(wb);
  expect(await (await JSZip.loadAsync(input)).file('xl/workbook.xml')!.async('string')).toContain('<x:workbook');
  // Before: ExcelJS stopped ("Cannot set properties of undefined (setting 'sheetNo')"), nothing could be checked.
  const plainAlone = new ExcelJS.Workbook();
  await expect(plainAlone.xlsx.load(input as unknown as ExcelJS.Buffer)).rejects.toThrow();
  const { openWorkbook } = await import('../../../src/ui/file-ops');
  const ops = await openWorkbook(input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) as ArrayBuffer);
  const read = ops.read().sheets;
  expect(read.map((s) => s.name)).toEqual(['Phân công']);
  expect(read[0].rows[2]).toEqual([1, 'Tiêu chí 17', 'Môi trường', 'Phòng Tài nguyên và Môi trường', null, 'Quý II/2023']);
  expect(read[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
  const copy = await JSZip.loadAsync(await ops.toBuffer());
  const sheet = await copy.file('xl/worksheets/sheet1.xml')!.async('string');
  // The conditional format, which the package pass copies from the original, is there.
  expect(sheet).toMatch(/<conditionalFormatting sqref="F3:F3"><cfRule type="containsText"[^>]*><formula>NOT\(ISERROR\(SEARCH\(&quot;Quý&quot;,F3\)\)\)<\/formula>/);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load((await copy.generateAsync({ type: 'nodebuffer' })) as unknown as ExcelJS.Buffer);
  expect(reread.getWorksheet('Phân công')!.getCell('D3').value).toBe('Phòng Tài nguyên và Môi trường');
});
