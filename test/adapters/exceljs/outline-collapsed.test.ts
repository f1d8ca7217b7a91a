// Outline groups keep their open or closed state in the copy: ExcelJS writes collapsed="1" on
// every grouped row and column and drops the flag of a closed group's summary row or column.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { withCollapsedOf } from '../../../src/adapters/exceljs/outline-collapsed';

const SHEET = 'xl/worksheets/sheet1.xml';

/**
 * A small plan saved as Excel saves groups: rows 5–7 an open group; rows 9–10 a closed group
 * (hidden) whose summary row 11 is flagged; rows 13–14 a closed group whose summary row 15 is
 * empty. Columns E:F an open group; H:I a closed one flagged on J, which looks like K (ExcelJS
 * writes J:K as one element); L:M a closed one flagged on N, a column of the default width
 * (ExcelJS writes no element for it).
 */
async function grouped(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hiện trạng');
  ws.addRows([['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], [], ['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn']]);
  for (let r = 4; r <= 14; r++) ws.getRow(r).values = [String(r), `Chỉ tiêu ${r}`, r % 2 ? 'Đạt' : 'Chưa đạt'];
  for (const c of ['E', 'F', 'H', 'I', 'J', 'K', 'L', 'M']) ws.getColumn(c).width = 12;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  let xml = await zip.file(SHEET)!.async('string');
  const row = (r: number, attrs: string) => (xml = xml.replace(new RegExp(`(<row r="${r}"[^>]*?)(/?>)`), `$1 ${attrs}$2`));
  [5, 6, 7].forEach((r) => row(r, 'outlineLevel="1"'));
  [9, 10, 13, 14].forEach((r) => row(r, 'hidden="1" outlineLevel="1"'));
  row(11, 'collapsed="1"');
  xml = xml.replace('</sheetData>', '<row r="15" collapsed="1"/></sheetData>');
  const col = (min: number, max: number, attrs: string) => `<col min="${min}" max="${max}" width="12" customWidth="1"${attrs}/>`;
  const cols = [col(5, 6, ' outlineLevel="1"'), col(8, 9, ' hidden="1" outlineLevel="1"'), col(10, 10, ' collapsed="1"'), col(11, 11, ''), col(12, 13, ' hidden="1" outlineLevel="1"'), '<col min="14" max="14" width="9" collapsed="1"/>'];
  xml = xml.replace(/<cols>[\s\S]*?<\/cols>/, `<cols>${cols.join('')}</cols>`).replace(/outlineLevelRow="0"/, 'outlineLevelRow="1"').replace(/outlineLevelCol="0"/, 'outlineLevelCol="1"');
  zip.file(SHEET, xml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const tags = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[0]);

test('an open group keeps no collapsed flag and a closed one keeps it on its summary row and column', async () => {
  const { copy, reread } = await checkedCopyOf(await grouped());
  const xml = await copy.file(SHEET)!.async('string');
  const flagged = tags(xml, /<row\b[^>]*\bcollapsed="1"[^>]*>/g).map((t) => Number(/\br="(\d+)"/.exec(t)![1]));
  expect(flagged).toEqual([11, 15]);
  // The groups themselves are as they were.
  const outlined = tags(xml, /<row\b[^>]*\boutlineLevel="1"[^>]*>/g).map((t) => Number(/\br="(\d+)"/.exec(t)![1]));
  expect(outlined).toEqual([5, 6, 7, 9, 10, 13, 14]);
  // The added summary row sits in row order, after row 14.
  expect(xml).toMatch(/<row r="14"[^>]*>[\s\S]*?<\/row><row r="15" collapsed="1"\/><\/sheetData>/);
  const cols = tags(/<cols>([\s\S]*?)<\/cols>/.exec(xml)![1], /<col\b[^>]*>/g);
  const span = (t: string) => `${/\bmin="(\d+)"/.exec(t)![1]}-${/\bmax="(\d+)"/.exec(t)![1]}`;
  expect(cols.filter((t) => /\bcollapsed=/.test(t)).map(span)).toEqual(['10-10', '14-14']);
  // J:K, written as one element, is cut in two; nothing else of it changes.
  expect(cols.map(span)).toEqual(['5-6', '8-9', '10-10', '11-11', '12-13', '14-14']);
  expect(cols.find((t) => span(t) === '11-11')).toMatch(/width="12"/);
  // Still a workbook ExcelJS reads, its groups in it.
  const ws = reread.getWorksheet('Hiện trạng')!;
  expect([ws.getRow(9).hidden, ws.getRow(9).outlineLevel, ws.getRow(6).hidden]).toEqual([true, 1, false]);
  expect(ws.getColumn(8).outlineLevel).toBe(1);
});

test('LibreOffice\'s flags ("true", and "false" on every row) are read as Excel\'s', () => {
  const original = '<cols><col min="1" max="2" width="11" outlineLevel="1" collapsed="false"/><col min="3" max="3" width="11" collapsed="true"/></cols><sheetData><row r="1" outlineLevel="1" collapsed="false"><c r="A1"/></row><row r="2" outlineLevel="0" collapsed="true"/></sheetData>';
  const written = '<cols><col min="1" max="2" width="11" outlineLevel="1" collapsed="1" customWidth="1"/></cols><sheetData><row r="1" outlineLevel="1" collapsed="1"><c r="A1"/></row></sheetData>';
  expect(withCollapsedOf(original, written)).toBe('<cols><col min="1" max="2" width="11" outlineLevel="1" customWidth="1"/><col min="3" max="3" width="11" collapsed="1"/></cols><sheetData><row r="1" outlineLevel="1"><c r="A1"/></row><row r="2" collapsed="1"/></sheetData>');
});

test('a sheet without groups is left as ExcelJS wrote it', () => {
  const written = '<cols><col min="1" max="1" width="12" customWidth="1"/></cols><sheetData><row r="1" spans="1:1"><c r="A1"/></row></sheetData>';
  expect(withCollapsedOf(written, written)).toBe(written);
});
