// Excel 365's threaded comments (replies, resolved state, their people) are kept in the checked
// copy: ExcelJS keeps only the legacy note Excel writes under each thread.
import * as fs from 'fs';
import type JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { AN, BINH, PERSONS, PERSON_REL, PERSON_TYPE, THREAD_REL, THREAD_TYPE, sampleWithThreads, threadsXml, type Thread } from '../../support/thread-package';
import { readWorkbookFile } from '../../../src/adapters/exceljs/read-workbook';
import { checkWorkbook } from '../../../src/domain/check';
import { toA1 } from '../../../src/domain/model/address';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { relationships, relsPathOf, resolveTarget } from '../../../src/adapters/exceljs/package-rels';
import { withNoteIdsOf } from '../../../src/adapters/exceljs/threaded-comments';

const STATUS = 'Hiện trạng NTM';
const ASSIGNMENT = 'Phân công';

const text = (zip: JSZip, part: string) => zip.file(part)!.async('string');

/** The part a sheet (or the workbook) links with a relationship of `type`. */
async function linked(zip: JSZip, from: string, type: string): Promise<string | undefined> {
  const rel = relationships((await zip.file(relsPathOf(from))?.async('string')) ?? '').find((r) => r.type === type);
  return rel && resolveTarget(from, rel.target);
}

/** The `<comment>` tag of a sheet's legacy note on `cell`, and its text. */
async function legacyNote(zip: JSZip, sheet: string, cell: string): Promise<{ tag: string; body: string; root: string }> {
  const part = (await sheetParts(zip)).get(sheet)!;
  const xml = await text(zip, (await linked(zip, part, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments'))!);
  const m = new RegExp(`(<comment ref="${cell}"[^>]*>)([\\s\\S]*?)</comment>`).exec(xml)!;
  return { tag: m[1], body: m[2], root: /<comments\b[^>]*>/.exec(xml)![0] };
}

test('threads, their replies, resolved state and people are kept, each under its note; a marked cell keeps its thread and shows the check\'s cue in the note', async () => {
  // A cell the check marks unmet on the status sheet: the office discussed it in a thread.
  const marks = checkWorkbook(await readWorkbookFile(SAMPLE), { asOf: '2023-10-15' }).highlights.marks;
  const unmet = marks.find((m) => m.sheet === STATUS && m.kind === 'unmet')!;
  const marked = toA1(unmet.row, unmet.col);
  const threads: Thread[] = [
    { sheet: ASSIGNMENT, cell: 'B3', id: '{0A1B2C3D-1111-4A2B-8C3D-4E5F6A7B8C01}', comments: [[AN, 'Phòng Kinh tế - Hạ tầng đề nghị đổi hạn sang quý IV.'], [BINH, 'Đã thống nhất, chờ UBND huyện ký.']], done: true },
    { sheet: STATUS, cell: marked, id: '{0A1B2C3D-2222-4A2B-8C3D-4E5F6A7B8C02}', comments: [[BINH, 'Xã báo cáo chưa đạt, cần kiểm tra lại số liệu.']] },
  ];
  const { copy, loaded } = await checkedCopyOf(await sampleWithThreads(threads));
  const parts = await sheetParts(copy);
  for (const sheet of [ASSIGNMENT, STATUS]) {
    const mine = threads.filter((t) => t.sheet === sheet);
    // The thread part, as Excel wrote it, linked from its sheet with its content type.
    const part = (await linked(copy, parts.get(sheet)!, THREAD_REL))!;
    expect(await text(copy, part)).toBe(threadsXml(mine));
    expect(await text(copy, '[Content_Types].xml')).toContain(`<Override PartName="/${part}" ContentType="${THREAD_TYPE}"/>`);
    // Its note: by the thread ("tc={id}"), with the thread's id, the namespace ignorable as Excel declares it.
    for (const t of mine) {
      const note = await legacyNote(copy, sheet, t.cell);
      expect(note.tag).toContain(`xr:uid="${t.id}"`);
      expect(note.root).toContain('xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"');
      expect(note.root).toMatch(/mc:Ignorable="[^"]*\bxr\b/);
      const authors = [...(await text(copy, (await linked(copy, parts.get(sheet)!, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments'))!)).matchAll(/<author>([^<]*)<\/author>/g)].map((m) => m[1]);
      expect(authors[Number(/authorId="(\d+)"/.exec(note.tag)![1])]).toBe(`tc=${t.id}`);
      expect(note.body).toContain('[Threaded comment]');
    }
  }
  // The marked cell's note still carries the check's cue under the thread's text.
  expect((await legacyNote(copy, STATUS, marked)).body).toContain('[NTM]');
  // The people, once, linked from the workbook.
  const persons = (await linked(copy, 'xl/workbook.xml', PERSON_REL))!;
  expect(await text(copy, persons)).toBe(PERSONS);
  expect(await text(copy, '[Content_Types].xml')).toContain(`<Override PartName="/${persons}" ContentType="${PERSON_TYPE}"/>`);
  expect(Object.keys(copy.files).filter((n) => n.startsWith('xl/persons/') && !n.endsWith('/') && !n.includes('_rels'))).toEqual([persons]);
  // Nothing said lost any more.
  expect(loaded.notKept.map((n) => n.en).join(' ')).not.toMatch(/threaded/i);
});

test('a file without threads gets no thread or persons part', async () => {
  const { copy } = await checkedCopyOf(fs.readFileSync(SAMPLE));
  expect(Object.keys(copy.files).filter((n) => /threadedComments|persons/.test(n))).toEqual([]);
});

test('a note gets the id its cell\'s note had, once, and the namespace is declared once', () => {
  const original = '<comments xmlns="m" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>tc={A}</author></authors><commentList><comment ref="B3" authorId="0" shapeId="0" xr:uid="{A}"><text><t>x</t></text></comment><comment ref="C4" authorId="0" shapeId="0"><text><t>y</t></text></comment></commentList></comments>';
  const written = '<comments xmlns="m"><authors><author>tc={A}</author></authors><commentList><comment ref="C4" authorId="0"><text><t>y</t></text></comment><comment ref="B3" authorId="0"><text><t>x</t></text></comment></commentList></comments>';
  const out = withNoteIdsOf(original, written);
  expect(out).toContain('<comment ref="B3" authorId="0" xr:uid="{A}">');
  expect(out).toContain('<comment ref="C4" authorId="0">');
  expect(out.match(/xmlns:xr=/g)).toHaveLength(1);
  expect(out).toMatch(/^<comments xmlns="m" xmlns:xr="[^"]+" xmlns:mc="[^"]+" mc:Ignorable="xr">/);
  // Run again on its own output: nothing added twice.
  expect(withNoteIdsOf(original, out)).toBe(out);
  // An original without ids (LibreOffice, ExcelJS) changes nothing.
  expect(withNoteIdsOf(written, written)).toBe(written);
});
