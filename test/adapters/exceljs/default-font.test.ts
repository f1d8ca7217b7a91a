// The office's default font reaches the copy: ExcelJS wrote its own Calibri 11 as the font of
// every cell without a format of its own, marked cells included.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { matrixSheet, NTM_INDICATORS } from '../../support/sheets';

// As Excel writes it when File › Options › General sets Times New Roman 12 as the default font.
const TIMES = '<font><sz val="12"/><color theme="1"/><name val="Times New Roman"/><family val="2"/><charset val="163"/></font>';

async function withDefaultFont(font: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = matrixSheet(['Tân Sơn', 'Kim Sơn'], NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 'Đạt', c === '11' ? 'Chưa đạt' : 'Đạt']));
  const ws = wb.addWorksheet(data.name);
  data.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  ws.getCell('A1').font = { name: 'Arial', size: 14, bold: true };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', styles.replace(/(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/, (_m, open: string) => open + font));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const firstFont = async (zip: JSZip) => /<fonts\b[^>]*>(<font>[\s\S]*?<\/font>)/.exec(await zip.file('xl/styles.xml')!.async('string'))?.[1];

test("the copy's unformatted and marked cells keep the office's default font, formatted cells their own", async () => {
  const { copy, reread } = await checkedCopyOf(await withDefaultFont(TIMES));
  expect(await firstFont(copy)).toBe(TIMES);
  const ws = reread.getWorksheet('Hiện trạng')!;
  const row = NTM_INDICATORS.indexOf('11') + 4;
  // The marked cell (a fill and a note) is written with the first font, now the office's.
  expect(ws.getCell(row, 4).note).toBeDefined();
  expect(ws.getCell(row, 4).font).toMatchObject({ name: 'Times New Roman', size: 12 });
  expect(ws.getCell('A1').font).toMatchObject({ name: 'Arial', size: 14, bold: true });
  // The summary sheets keep the fonts they set.
  expect(reread.getWorksheet('TH_Kết quả kiểm tra')!.getCell('A1').font?.name).toBe('Times New Roman');
});

test("a workbook whose default font is ExcelJS's own is left as ExcelJS writes it", async () => {
  const calibri = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
  const { copy } = await checkedCopyOf(await withDefaultFont(calibri));
  expect(await firstFont(copy)).toBe('<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>');
});

// A cell the office set to Calibri 11 in a Times New Roman workbook: Excel writes that font apart,
// as it writes any font (Home › Font), and points the cell's format at it.
const CALIBRI = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

async function withCalibriCell(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = matrixSheet(['Tân Sơn', 'Kim Sơn'], NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 'Đạt', c === '11' ? 'Chưa đạt' : 'Đạt']));
  const ws = wb.addWorksheet(data.name);
  data.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  // Written with a strike-through only to give it a font entry of its own, taken out below.
  ws.getCell('B4').font = { name: 'Calibri', size: 11, color: { theme: 1 } as ExcelJS.Color, family: 2, scheme: 'minor', strike: true };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const fonts = styles.replace(/(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/, (_m, open: string) => open + TIMES);
  const struck = /<font><strike\/>[\s\S]*?<\/font>|<font>(?:(?!<\/font>)[\s\S])*<strike\/>[\s\S]*?<\/font>/.exec(fonts)![0];
  zip.file('xl/styles.xml', fonts.replace(struck, CALIBRI));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('a cell set by hand to Calibri 11 keeps it; the unformatted and marked cells show the default font', async () => {
  const input = await withCalibriCell();
  const styles = await (await JSZip.loadAsync(input)).file('xl/styles.xml')!.async('string');
  expect(styles).toContain(CALIBRI);
  expect(await firstFont(await JSZip.loadAsync(input))).toBe(TIMES);
  const { copy, reread } = await checkedCopyOf(input);
  expect(await firstFont(copy)).toBe(TIMES);
  const ws = reread.getWorksheet('Hiện trạng')!;
  expect(ws.getCell('B4').font).toMatchObject({ name: 'Calibri', size: 11 });
  // Nothing of how it was kept apart is left in the copy.
  expect(await copy.file('xl/styles.xml')!.async('string')).not.toContain('vertAlign');
  // An unformatted cell has no font of its own: it shows the first font.
  expect(ws.getCell('B5').font).toBeUndefined();
  const row = NTM_INDICATORS.indexOf('11') + 4;
  expect(ws.getCell(row, 4).note).toBeDefined();
  expect(ws.getCell(row, 4).font).toMatchObject({ name: 'Times New Roman', size: 12 });
});
