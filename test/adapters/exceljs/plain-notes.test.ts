// Notes written as plain text (openpyxl's way: <text><t>…</t></text>, no runs) keep their text in
// the copy, and a mark on such a cell comes after the office's text, as on any note; a workbook
// whose notes' parts are where openpyxl puts them is read at all.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { getNote, noteText } from '../../../src/adapters/exceljs/cell-format';
import { withNoteRuns } from '../../../src/adapters/exceljs/plain-notes';
import { NOTE_MARKER, NOTE_SEPARATOR } from '../../../src/domain/plan/highlight-merge';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { relationships, relsPathOf, resolveTarget } from '../../../src/adapters/exceljs/package-rels';

const SHEET = 'Phân công';
// G13 is a deadline the check marks in the sample; B7 is a cell it leaves alone.
const NOTES: Record<string, string> = { G13: 'Đã nhắc phòng Kinh tế & xã', B7: 'Số liệu của "Phòng NN"\ncập nhật 10/2023' };
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The sample with the notes, written as openpyxl writes them: each note's text a bare <t>. */
async function sampleWithPlainNotes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  for (const ref of Object.keys(NOTES)) wb.getWorksheet(SHEET)!.getCell(ref).note = 'tạm';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = Object.keys(zip.files).find((n) => /^xl\/comments\d+\.xml$/.test(n))!;
  const comments = await zip.file(part)!.async('string');
  zip.file(part, comments.replace(/<comment ref="(\w+)"([^>]*)><text>[\s\S]*?<\/text>/g, (_m, ref: string, rest: string) => `<comment ref="${ref}"${rest}><text><t xml:space="preserve">${xml(NOTES[ref])}</t></text>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('a plain-text note keeps its text in the copy; a marked cell shows it before the check\'s lines', async () => {
  const input = await sampleWithPlainNotes();
  const original = await JSZip.loadAsync(input);
  expect(await original.file('xl/comments1.xml')!.async('string')).toContain('<text><t xml:space="preserve">Đã nhắc phòng Kinh tế &amp; xã</t></text>');
  const { copy, reread, loaded } = await checkedCopyOf(input);
  const ws = reread.getWorksheet(SHEET)!;
  expect(noteText(getNote(ws.getCell('B7')))).toBe(NOTES.B7);
  const marked = noteText(getNote(ws.getCell('G13')))!;
  expect(marked.startsWith(NOTES.G13 + NOTE_SEPARATOR + NOTE_MARKER)).toBe(true);
  // Written with the text (escaped as before), and no longer named as lost.
  const written = Object.keys(copy.files).filter((n) => /^xl\/comments\d+\.xml$/.test(n));
  const all = (await Promise.all(written.map((n) => copy.file(n)!.async('string')))).join('');
  expect(all).toContain('Đã nhắc phòng Kinh tế &amp; xã');
  expect(all).toContain('Số liệu của &quot;Phòng NN&quot;');
  expect(loaded.notKept.map((n) => n.en).filter((n) => /note/.test(n))).toEqual([]);
});

/**
 * The sample with NOTES as openpyxl writes them: xl/comments/comment1.xml and
 * xl/drawings/commentsDrawing1.vml, linked from the package root under openpyxl's Ids.
 */
async function sampleFromOpenpyxl(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await sampleWithPlainNotes());
  const sheet = (await sheetParts(zip)).get(SHEET)!;
  const rels = relsPathOf(sheet);
  const comments = (await zip.file('xl/comments1.xml')!.async('string')).replace(/<author>[^<]*<\/author>/, '<author>Nguyễn Văn An</author>').replace(/<comment ref="(\w+)" authorId="0">/g, '<comment ref="$1" authorId="0" shapeId="0">');
  const vml = await zip.file('xl/drawings/vmlDrawing1.vml')!.async('string');
  for (const old of ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml']) zip.remove(old);
  zip.file('xl/comments/comment1.xml', comments);
  zip.file('xl/drawings/commentsDrawing1.vml', vml);
  const links = await zip.file(rels)!.async('string');
  zip.file(rels, links.replace(/Id="(rId\d+)"([^>]*)Target="\.\.\/comments1\.xml"/, 'Id="comments"$2Target="/xl/comments/comment1.xml"').replace(/Id="(rId\d+)"([^>]*)Target="\.\.\/drawings\/vmlDrawing1\.vml"/, 'Id="anysvml"$2Target="/xl/drawings/commentsDrawing1.vml"'));
  zip.file(sheet, (await zip.file(sheet)!.async('string')).replace(/<legacyDrawing r:id="[^"]*"\/>/, '<legacyDrawing r:id="anysvml"/>'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('/xl/comments1.xml', '/xl/comments/comment1.xml'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('notes where openpyxl writes them (xl/comments/comment1.xml, linked from the root) are read and kept with their author', async () => {
  const input = await sampleFromOpenpyxl();
  const { copy, reread } = await checkedCopyOf(input);
  const ws = reread.getWorksheet(SHEET)!;
  expect(noteText(getNote(ws.getCell('B7')))).toBe(NOTES.B7);
  expect(noteText(getNote(ws.getCell('G13')))!.startsWith(NOTES.G13 + NOTE_SEPARATOR + NOTE_MARKER)).toBe(true);
  const written = (await sheetParts(copy)).get(SHEET)!;
  const comments = relationships(await copy.file(relsPathOf(written))!.async('string')).find((r) => r.type.endsWith('/comments'))!;
  expect(await copy.file(resolveTarget(written, comments.target))!.async('string')).toContain('<author>Nguyễn Văn An</author>');
});

test('ExcelJS still stops at notes where openpyxl writes them (a newer ExcelJS reading them fails here)', async () => {
  await expect(new ExcelJS.Workbook().xlsx.load((await sampleFromOpenpyxl()) as unknown as ExcelJS.Buffer)).rejects.toThrow(/reading 'comments'/);
});

test('a note with runs, an empty one and one with a phonetic run are read as before', () => {
  const runs = '<comment ref="A1" authorId="0"><text><r><rPr><b/></rPr><t>Hưng:</t></r><r><t>ghi chú</t></r></text></comment>';
  expect(withNoteRuns(runs)).toBe(runs);
  expect(withNoteRuns('<comment ref="A2" authorId="0"><text><t/></text></comment>')).toBe('<comment ref="A2" authorId="0"><text><r><t/></r></text></comment>');
  expect(withNoteRuns('<comment ref="A3" authorId="0"><text>\n<t>Tân Sơn</t><rPh sb="0" eb="1"><t>x</t></rPh></text></comment>')).toBe('<comment ref="A3" authorId="0"><text>\n<r><t>Tân Sơn</t></r><rPh sb="0" eb="1"><t>x</t></rPh></text></comment>');
});

test('ExcelJS still reads a plain-text note as empty (a newer ExcelJS reading it fails here)', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleWithPlainNotes()) as unknown as ExcelJS.Buffer);
  expect(noteText(getNote(wb.getWorksheet(SHEET)!.getCell('B7')))).toBe('');
});
