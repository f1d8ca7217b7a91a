// The bundled sample with what offices add to their workbooks, for the copy-path tests.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sheetParts } from '../../src/adapters/exceljs/page-breaks';
import { withoutOneCellEditAs } from '../../src/adapters/exceljs/one-cell-anchors';

export const SAMPLE = path.join(__dirname, '../../examples/tra-cu-2023.xlsx');
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** The sample with `edit` applied to the XML of its sheet `name`. */
export async function sampleWith(name: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  const part = (await sheetParts(zip)).get(name)!;
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The sample with the office's own small table under the status table (Insert › Table). */
export async function sampleWithTable(sheet = 'Hiện trạng NTM'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  wb.getWorksheet(sheet)!.addTable({ name: 'PhanViec', ref: 'B90', headerRow: true, columns: [{ name: 'Việc' }, { name: 'Người làm' }], rows: [['Rà soát', 'Anh Nam'], ['Tổng hợp', 'Chị Lan']] });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The sample with a logo at the top of the assignment sheet: a one-cell anchor without editAs, as Google Sheets writes it. */
export async function sampleWithLogo(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  wb.getWorksheet('Phân công')!.addImage(wb.addImage({ base64: PNG, extension: 'png' }), { tl: { col: 8, row: 0 }, ext: { width: 60, height: 60 } });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const drawing = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
  zip.file(drawing, withoutOneCellEditAs(await zip.file(drawing)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** `refs` of sheet `name` in `zip` typed with an apostrophe, as Excel saves them: each a cell format of its own, its old one with quotePrefix. */
export async function quoteCells(zip: JSZip, name: string, refs: string[]): Promise<void> {
  const part = (await sheetParts(zip)).get(name)!;
  let sheet = await zip.file(part)!.async('string');
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
  const added: string[] = [];
  for (const ref of refs) {
    sheet = sheet.replace(new RegExp(`<c r="${ref}" s="(\\d+)"`), (_m, s: string) => {
      added.push(xfs[Number(s)].replace('<xf ', '<xf quotePrefix="1" '));
      return `<c r="${ref}" s="${xfs.length + added.length - 1}"`;
    });
  }
  zip.file(part, sheet);
  zip.file('xl/styles.xml', styles.replace(/(<cellXfs\b[^>]*?count=")\d+("[^>]*>[\s\S]*?)(<\/cellXfs>)/, (_m, a: string, b: string, c: string) => `${a}${xfs.length + added.length}${b}${added.join('')}${c}`));
}
