// Tables, pictures and notes whose parts another program named or linked otherwise than ExcelJS
// does ("Bang_1.xml", "hinh-anh_1.png", a subfolder, a target from the package root) are read, and
// kept in the copy.
// Before: a table's stopped the check ("Cannot read properties of undefined (reading 'name')"),
// and a picture's drawing was left out of the copy without a word.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { relationships, relsPathOf, resolveTarget } from '../../../src/adapters/exceljs/package-rels';

const SHEET = 'Ghi chú';
const ICON = 'assets/icon-32.png';

/** The sample with a sheet holding a table, a picture and a note, as ExcelJS writes them. */
async function sampleWithLinkedParts(): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  const ws = wb.addWorksheet(SHEET);
  ws.addTable({ name: 'BangGhiChu', ref: 'A1', headerRow: true, columns: [{ name: 'Việc' }, { name: 'Người' }], rows: [['Rà soát', 'Lan'], ['Báo cáo', 'Minh']] });
  ws.addImage(wb.addImage({ buffer: fs.readFileSync(ICON) as unknown as ExcelJS.Buffer, extension: 'png' }), 'D2:E4');
  ws.getCell('A2').note = 'Hạn 20/10';
  return JSZip.loadAsync(await wb.xlsx.writeBuffer());
}

/** Renames `from` to `to` (with its own relationships, their targets given as written in `relsOf`), and points every link to it at `target`. */
async function move(zip: JSZip, from: string, to: string, target: string, relsOf?: (rels: string) => string): Promise<void> {
  if (to !== from) {
    zip.file(to, await zip.file(from)!.async('uint8array'));
    zip.remove(from);
  }
  const own = zip.file(relsPathOf(from));
  if (own && to !== from) {
    const rels = await own.async('string');
    zip.file(relsPathOf(to), relsOf ? relsOf(rels) : rels);
    zip.remove(relsPathOf(from));
  }
  for (const rels of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
    const xml = await zip.file(rels)!.async('string');
    const part = rels.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const fixed = xml.replace(/Target="([^"]*)"/g, (m, t: string) => (resolveTarget(part, t) === from ? `Target="${target}"` : m));
    if (fixed !== xml) zip.file(rels, fixed);
  }
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace(`PartName="/${from}"`, `PartName="/${to}"`));
}

/** The part the sheet links to with a relationship of `type`. */
async function linked(zip: JSZip, type: string): Promise<string | undefined> {
  const sheet = (await sheetParts(zip)).get(SHEET)!;
  const rel = relationships(await zip.file(relsPathOf(sheet))!.async('string')).find((r) => r.type.endsWith(`/${type}`));
  return rel && resolveTarget(sheet, rel.target);
}

const CASES: [string, (zip: JSZip) => Promise<void>][] = [
  ['a table part named otherwise (xl/tables/Bang_1.xml)', (z) => move(z, 'xl/tables/table1.xml', 'xl/tables/Bang_1.xml', '../tables/Bang_1.xml')],
  ['a table linked from the package root (/xl/tables/table1.xml)', (z) => move(z, 'xl/tables/table1.xml', 'xl/tables/table1.xml', '/xl/tables/table1.xml')],
  ['a drawing part named otherwise (xl/drawings/Hinh_anh.xml)', (z) => move(z, 'xl/drawings/drawing1.xml', 'xl/drawings/Hinh_anh.xml', '../drawings/Hinh_anh.xml')],
  ['a drawing in a subfolder (xl/drawings/trang8/drawing1.xml)', (z) => move(z, 'xl/drawings/drawing1.xml', 'xl/drawings/trang8/drawing1.xml', '../drawings/trang8/drawing1.xml', (r) => r.replace(/Target="\.\.\/media\//g, 'Target="../../media/'))],
  ['a picture file named otherwise (xl/media/hinh-anh_1.png)', (z) => move(z, 'xl/media/image1.png', 'xl/media/hinh-anh_1.png', '../media/hinh-anh_1.png')],
  ['a picture file in a subfolder (xl/media/anh/image1.png)', (z) => move(z, 'xl/media/image1.png', 'xl/media/anh/image1.png', '../media/anh/image1.png')],
  ['notes linked from the package root', async (z) => {
    const comments = (await linked(z, 'comments'))!;
    await move(z, comments, 'xl/ghi-chu/ghichu8.xml', '/xl/ghi-chu/ghichu8.xml');
  }],
];

test.each(CASES)('%s: the table, the picture and the note are kept in the copy', async (_name, rewrite) => {
  const zip = await sampleWithLinkedParts();
  await rewrite(zip);
  const input = await zip.generateAsync({ type: 'nodebuffer' });
  const { copy, reread, loaded } = await checkedCopyOf(input);
  const ws = reread.getWorksheet(SHEET)!;
  expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(['BangGhiChu']);
  expect((ws.getTable('BangGhiChu') as unknown as { table: { tableRef: string } }).table.tableRef).toBe('A1:B3');
  expect(ws.getCell('A2').value).toBe('Rà soát');
  expect(ws.getImages().map((i) => i.range.tl.nativeCol)).toEqual([3]);
  // The picture itself, not only its anchor: the copy's drawing links to a media part it holds, the icon's bytes.
  const drawing = (await linked(copy, 'drawing'))!;
  const pic = relationships(await copy.file(relsPathOf(drawing))!.async('string')).find((r) => r.type.endsWith('/image'))!;
  expect(Buffer.from(await copy.file(resolveTarget(drawing, pic.target))!.async('uint8array')).equals(fs.readFileSync(ICON))).toBe(true);
  expect(JSON.stringify(ws.getCell('A2').note)).toContain('Hạn 20/10');
  expect(loaded.notKept).toEqual([]);
});
