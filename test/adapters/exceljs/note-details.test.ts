// The office's notes keep their author and the size and place of their box in the copy: ExcelJS
// writes every note by "Author" in a box of its default size.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { relationships, relsPathOf, resolveTarget } from '../../../src/adapters/exceljs/package-rels';
import { notesToRestore, withNoteBoxesOf } from '../../../src/adapters/exceljs/note-details';
import { inspectPackage } from '../../../src/adapters/exceljs/package-parts';

const SAMPLE = path.join(__dirname, '../../../examples/tra-cu-2023.xlsx');
const STATUS = 'Hiện trạng NTM';
// As Excel writes a widened note: its anchor and its style's place and size.
const WIDE_ANCHOR = '<x:Anchor>\n    3, 15, 5, 2, 8, 40, 14, 5</x:Anchor>';

/** The parts of the notes on sheet `name`: [comments part, VML drawing]. */
async function noteParts(zip: JSZip, name: string): Promise<[string, string]> {
  const part = (await sheetParts(zip)).get(name)!;
  const rels = relationships(await zip.file(relsPathOf(part))!.async('string'));
  const target = (type: string) => resolveTarget(part, rels.find((r) => r.type.endsWith(`/${type}`))!.target);
  return [target('comments'), target('vmlDrawing')];
}

/**
 * The sample with two notes on "Hiện trạng NTM" (C7 by Nguyễn Văn An, widened; C8 by Trần Thị Bình),
 * as Excel saves them: ExcelJS writes the notes, then the parts are set as Excel has them.
 */
async function withNotes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet(STATUS)!;
  ws.getCell('C7').note = 'Nguyễn Văn An:\nSố liệu theo báo cáo tháng 9';
  ws.getCell('C8').note = 'Trần Thị Bình:\nChờ xác nhận của xã';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const [comments, vml] = await noteParts(zip, STATUS);
  const xml = await zip.file(comments)!.async('string');
  zip.file(comments, xml.replace('<author>Author</author>', '<author>Nguyễn Văn An</author><author>Trần Thị Bình</author>').replace(/(<comment ref="C8" authorId=")0/, '$11'));
  const shapes = await zip.file(vml)!.async('string');
  // Only C7's box (the first shape) is widened.
  zip.file(vml, shapes.replace(/<x:Anchor>[^<]*<\/x:Anchor>/, WIDE_ANCHOR).replace(/margin-left:[\d.]+pt;margin-top:[\d.]+pt;width:[\d.]+pt;height:[\d.]+pt/, 'margin-left:160pt;margin-top:40pt;width:300pt;height:150pt'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('each note keeps its author and its box; a note the check adds keeps ExcelJS\'s', async () => {
  const { copy, reread } = await checkedCopyOf(await withNotes());
  const [comments, vml] = await noteParts(copy, STATUS);
  const xml = await copy.file(comments)!.async('string');
  const authors = [...xml.matchAll(/<author>([^<]*)<\/author>/g)].map((m) => m[1]);
  const by = (ref: string) => authors[Number(new RegExp(`<comment ref="${ref}" authorId="(\\d+)"`).exec(xml)![1])];
  expect([by('C7'), by('C8')]).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  // The check marks this sheet: its own notes stay by ExcelJS's author, listed once.
  const ntm = /<comment ref="([A-Z]+\d+)"[^>]*><text><r><t[^>]*>\[NTM\]/.exec(xml)![1];
  expect(by(ntm)).toBe('Author');
  expect(new Set(authors).size).toBe(authors.length);
  const shapes = await copy.file(vml)!.async('string');
  const shapeAt = (row: number, col: number) => [...shapes.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)].map((m) => m[0]).find((s) => s.includes(`<x:Row>${row}</x:Row>`) && s.includes(`<x:Column>${col}</x:Column>`))!;
  expect(shapeAt(6, 2)).toContain(WIDE_ANCHOR);
  expect(shapeAt(6, 2)).toMatch(/style="position:absolute;margin-left:160pt;margin-top:40pt;width:300pt;height:150pt;z-index:1;visibility:hidden"/);
  // C8 kept its own (default) box.
  expect(shapeAt(7, 2)).not.toContain(WIDE_ANCHOR);
  expect(reread.getWorksheet(STATUS)!.getCell('C7').note).toBeTruthy();
});

test('a note the office set to show all the time (Review › Show Note) is shown in the copy too', async () => {
  const input = await withNotes();
  const zip = await JSZip.loadAsync(input);
  const [, vml] = await noteParts(zip, STATUS);
  const shapes = await zip.file(vml)!.async('string');
  // C8's note (the second shape) shown all the time, as Excel writes it: the flag and the style.
  let i = 0;
  zip.file(vml, shapes.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => (i++ === 1 ? shape.replace('visibility:hidden', 'visibility:visible').replace('</x:ClientData>', '<x:Visible/></x:ClientData>') : shape)));
  const { copy } = await checkedCopyOf(await zip.generateAsync({ type: 'nodebuffer' }));
  const [, written] = await noteParts(copy, STATUS);
  const out = await copy.file(written)!.async('string');
  const shapeAt = (row: number, col: number) => [...out.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)].map((m) => m[0]).find((s) => s.includes(`<x:Row>${row}</x:Row>`) && s.includes(`<x:Column>${col}</x:Column>`))!;
  expect(shapeAt(7, 2)).toContain('<x:Visible/>');
  expect(shapeAt(7, 2)).toMatch(/visibility:visible/);
  expect(shapeAt(7, 2)).not.toMatch(/visibility:hidden/);
  // Shown alone (ExcelJS's author and box otherwise) is enough to ask for the repair.
  expect(notesToRestore(['<authors><author>Author</author></authors>'], ['<v:shape style="margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;visibility:visible"><x:ClientData ObjectType="Note"><x:Visible/></x:ClientData></v:shape>'])).toBe(true);
  expect(notesToRestore(['<authors><author>Author</author></authors>'], ['<v:shape style="margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;visibility:hidden"><x:ClientData ObjectType="Note"></x:ClientData></v:shape>'])).toBe(false);
  // C7's note stays shown on hover only.
  expect(shapeAt(6, 2)).not.toContain('<x:Visible/>');
  expect(shapeAt(6, 2)).toMatch(/visibility:hidden/);
});

test('ExcelJS still writes "Author" and its default box (a newer ExcelJS keeping them fails here)', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withNotes()) as unknown as ExcelJS.Buffer);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const [comments, vml] = await noteParts(zip, STATUS);
  expect(await zip.file(comments)!.async('string')).not.toContain('Nguyễn Văn An</author>');
  expect(await zip.file(vml)!.async('string')).not.toContain('width:300pt');
});

test('a note box in a VML drawing with single-quoted styles (older Excel) and form controls beside it', () => {
  const shape = (type: string, style: string, inner: string) => `<v:shape id="s" type="#_x0000_t202" style=${style}><x:ClientData ObjectType="${type}">${inner}</x:ClientData></v:shape>`;
  const original = shape('Note', "'position:absolute;margin-left:10pt;width:200pt;height:90pt;z-index:2;visibility:hidden'", '<x:Anchor>1, 2, 3, 4, 5, 6, 7, 8</x:Anchor><x:Row>0</x:Row><x:Column>1</x:Column>') + shape('Checkbox', "'width:50pt'", '<x:Anchor>9, 9, 9, 9, 9, 9, 9, 9</x:Anchor>');
  const written = shape('Note', '"position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden"', '<x:Anchor>2, 6, 0, 14, 4, 2, 4, 16</x:Anchor><x:Row>0</x:Row><x:Column>1</x:Column>');
  expect(withNoteBoxesOf(original, written)).toBe(shape('Note', '"position:absolute;margin-left:10pt;margin-top:10.5pt;width:200pt;height:90pt;z-index:1;visibility:hidden"', '<x:Anchor>1, 2, 3, 4, 5, 6, 7, 8</x:Anchor><x:Row>0</x:Row><x:Column>1</x:Column>'));
});

test('notes as ExcelJS writes them (a re-run on the check\'s own copy) ask for nothing: the copy is not zipped again', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hiện trạng').getCell('B2').note = '[NTM] Quá hạn: mã 13, hạn Quý II/2023';
  const ours = Buffer.from(await wb.xlsx.writeBuffer());
  expect((await inspectPackage(ours)).notesToRestore).toBe(false);
  expect((await inspectPackage(await withNotes())).notesToRestore).toBe(true);
});
