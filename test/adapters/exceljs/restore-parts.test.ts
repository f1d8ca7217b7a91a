// The checked copy keeps what ExcelJS drops: the office's custom document properties.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { restoreDroppedParts } from '../../../src/adapters/exceljs/restore-parts';

const CUSTOM_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Số hiệu"><vt:lpwstr>KH 249/KH-BQL</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Người lập"><vt:lpwstr>Phạm Thị Kim Ngân</vt:lpwstr></property></Properties>';

/** A small plan, saved the way Excel saves a file with custom properties (File › Properties › Custom). */
async function withCustomProperties(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hiện trạng');
  ws.addRows([['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], [], ['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn'], ['11', 'Nghèo đa chiều', 'Chưa đạt']]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file('docProps/custom.xml', CUSTOM_XML);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'));
  const rels = await zip.file('_rels/.rels')!.async('string');
  zip.file('_rels/.rels', rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('the checked copy keeps the custom document properties, linked and typed as Excel needs them', async () => {
  const { copy, reread } = await checkedCopyOf(await withCustomProperties());
  expect(await copy.file('docProps/custom.xml')!.async('string')).toBe(CUSTOM_XML);
  const rels = await copy.file('_rels/.rels')!.async('string');
  expect(rels.match(/Target="docProps\/custom\.xml"/g)).toHaveLength(1);
  // Relationship ids stay unique.
  const ids = [...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  expect(await copy.file('[Content_Types].xml')!.async('string')).toContain('PartName="/docProps/custom.xml"');
  // Still a workbook ExcelJS reads, with the summary sheets in it.
  expect(reread.worksheets.map((w) => w.name)).toContain('Hiện trạng');
  expect(reread.worksheets.length).toBeGreaterThan(1);
});

test('a file without custom properties is written as ExcelJS wrote it', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('A').addRow(['x']);
  const plain = new Uint8Array(await wb.xlsx.writeBuffer());
  expect(await restoreDroppedParts(plain, plain)).toEqual(plain);
});

test('the browser mode\'s save keeps them too (file-ops toBuffer, Uint8Array only: no Buffer in the browser)', async () => {
  const input = await withCustomProperties();
  const { openWorkbook } = await import('../../../src/ui/file-ops');
  const ops = await openWorkbook(input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) as ArrayBuffer);
  const out = await ops.toBuffer();
  const copy = await JSZip.loadAsync(out);
  expect(await copy.file('docProps/custom.xml')!.async('string')).toBe(CUSTOM_XML);
});
