// Returns, control characters and typed "_xHHHH_" in the office's texts come out of the copy as
// they went in: escaped as Excel escapes them (ST_Xstring), since XML cannot hold them as they are.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { escapeXstring, withEscapedTexts } from '../../../src/adapters/exceljs/escaped-text';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';

test('escapeXstring: what Excel escapes, and nothing else', () => {
  // A return (Word's line ends), control characters, the two non-characters XML refuses.
  expect(escapeXstring('dòng 1\r\ndòng 2')).toBe('dòng 1_x000D_\ndòng 2');
  expect(escapeXstring('a\u0001b\u000Bc\u001Fd')).toBe('a_x0001_b_x000B_c_x001F_d');
  expect(escapeXstring('\uFFFE\uFFFF')).toBe('_xFFFE__xFFFF_');
  // A literal escape typed by the office: its underscore escaped, so Excel shows it as typed.
  expect(escapeXstring('mã _x0041_ và _x00e9_')).toBe('mã _x005F_x0041_ và _x005F_x00e9_');
  // Tab and line feed are XML; an underscore not starting an escape stays; Vietnamese untouched.
  for (const plain of ['Cột\tA\nB', 'TC_17', '_x41_', '_xZZZZ_', 'Chưa đạt – Phòng NN&PTNT']) expect(escapeXstring(plain)).toBe(plain);
});

/** The sample with the assignment sheet's B3 and its note pasted from Word, as Excel saves them. */
async function sampleWithPastedText(): Promise<{ file: Buffer; value: string; note: string }> {
  const value = 'Rà soát tiêu chí 17\r\nPhòng TN-MT chủ trì\u000B (mã _x0041_)';
  const note = 'Dán từ Word:\r\nchờ xác nhận\u0007';
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  const cell = wb.getWorksheet('Phân công')!.getCell('B3');
  // ExcelJS writes a text as given: given Excel's escapes, the file holds what Excel writes.
  cell.value = escapeXstring(value);
  cell.note = escapeXstring(note);
  return { file: Buffer.from(await wb.xlsx.writeBuffer()), value, note };
}

test('a cell and a note pasted from Word keep their returns, control characters and typed escape in the copy', async () => {
  const { file, value, note } = await sampleWithPastedText();
  // The input as Excel and ExcelJS read it.
  const input = new ExcelJS.Workbook();
  await input.xlsx.load(file as unknown as ExcelJS.Buffer);
  expect(input.getWorksheet('Phân công')!.getCell('B3').value).toBe(value);
  const { copy, reread, loaded } = await checkedCopyOf(file);
  const b3 = reread.getWorksheet('Phân công')!.getCell('B3');
  expect(b3.value).toBe(value);
  expect(b3.note).toBe(note);
  // In the copy's package, escaped as Excel writes them.
  expect(await copy.file('xl/sharedStrings.xml')!.async('string')).toContain('Rà soát tiêu chí 17_x000D_\nPhòng TN-MT chủ trì_x000B_ (mã _x005F_x0041_)');
  const comments = Object.keys(copy.files).filter((n) => /^xl\/comments\d*\.xml$/.test(n));
  const noteXml = (await Promise.all(comments.map((n) => copy.file(n)!.async('string')))).join('');
  expect(noteXml).toContain('Dán từ Word:_x000D_\nchờ xác nhận_x0007_');
  // The loaded workbook is as it was before the write (the escapes were for the file only).
  expect(loaded.workbook.getWorksheet('Phân công')!.getCell('B3').value).toBe(value);
});

test('the model is given back as it was, after a write and after a failed one; a run two cells share is escaped once', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tờ');
  const shared = { text: 'a\rb' };
  ws.getCell('A1').value = { richText: [shared] };
  ws.getCell('A2').value = { richText: [shared] };
  ws.getCell('A3').value = { text: 'liên kết\r', hyperlink: 'https://example.org' };
  ws.getCell('A4').value = 'có ghi chú';
  ws.getCell('A4').note = { texts: [{ text: 'ghi\u0001chú' }] };
  ws.getCell('A5').value = 'x\ry';
  const before = JSON.stringify([1, 2, 3, 4, 5].map((r) => [ws.getCell(`A${r}`).value, ws.getCell(`A${r}`).note]));
  const buf = (await withEscapedTexts(wb, () => wb.xlsx.writeBuffer())) as ArrayBuffer;
  expect(JSON.stringify([1, 2, 3, 4, 5].map((r) => [ws.getCell(`A${r}`).value, ws.getCell(`A${r}`).note]))).toBe(before);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf);
  const t = back.getWorksheet('Tờ')!;
  expect((t.getCell('A1').value as ExcelJS.CellRichTextValue).richText[0].text).toBe('a\rb');
  expect((t.getCell('A2').value as ExcelJS.CellRichTextValue).richText[0].text).toBe('a\rb');
  expect((t.getCell('A3').value as ExcelJS.CellHyperlinkValue).text).toBe('liên kết\r');
  expect(JSON.stringify(t.getCell('A4').note)).toContain('ghi\\u0001chú');
  expect(t.getCell('A5').value).toBe('x\ry');
  await expect(withEscapedTexts(wb, () => Promise.reject(new Error('đĩa đầy')))).rejects.toThrow('đĩa đầy');
  expect(JSON.stringify([1, 2, 3, 4, 5].map((r) => [ws.getCell(`A${r}`).value, ws.getCell(`A${r}`).note]))).toBe(before);
  // The sheet part names nothing of it: the texts are in the shared strings.
  expect((await sheetParts(await JSZip.loadAsync(buf))).size).toBe(1);
});
