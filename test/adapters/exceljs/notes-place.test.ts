// A sheet with notes and a table: ExcelJS writes the notes' drawing after the table, which Excel
// reads as a damaged sheet (exceljs#1369). The copy has it where ECMA-376 puts it.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { sampleWithTable } from '../../support/sample-variants';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { sheetsWithNotesOutOfPlace, withNotesInPlace } from '../../../src/adapters/exceljs/notes-place';

const STATUS = 'Hiện trạng NTM';

/** Element names after the cells, in document order. */
const tail = (xml: string) => [...xml.slice(xml.lastIndexOf('</sheetData>')).matchAll(/<(\w+)\b[^>]*?\/?>/g)].map((m) => m[1]);

test('a status sheet with a table of the office\'s: the check\'s notes come before the table, as Excel requires', async () => {
  const { copy, reread } = await checkedCopyOf(await sampleWithTable());
  const xml = await copy.file((await sheetParts(copy)).get(STATUS)!)!.async('string');
  const names = tail(xml);
  // The check marked unmet cells on this sheet with notes, and the table is still there.
  expect(names).toContain('legacyDrawing');
  expect(names.indexOf('legacyDrawing')).toBeLessThan(names.indexOf('tableParts'));
  expect(names.filter((n) => n === 'legacyDrawing')).toHaveLength(1);
  const ws = reread.getWorksheet(STATUS)!;
  expect(ws.getTable('PhanViec')).toBeDefined();
  expect(ws.getCell('B91').value).toBe('Rà soát');
  // Criterion 11 is unmet in 11 communes of the sample (seed 000): the check's notes are on their cells.
  let notes = 0;
  ws.eachRow((row) => row.eachCell((c) => (notes += c.note ? 1 : 0)));
  expect(notes).toBeGreaterThan(0);
});

test('ExcelJS still writes the notes after the table (a newer ExcelJS that does not fails here)', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleWithTable()) as unknown as ExcelJS.Buffer);
  wb.getWorksheet(STATUS)!.getCell('D10').note = 'ghi chú';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const names = tail(await zip.file((await sheetParts(zip)).get(STATUS)!)!.async('string'));
  expect(names.indexOf('legacyDrawing')).toBeGreaterThan(names.indexOf('tableParts'));
});

describe('withNotesInPlace', () => {
  const sheet = (afterCells: string) => `<worksheet><sheetData><row r="1"/></sheetData>${afterCells}</worksheet>`;
  const NOTES = '<legacyDrawing r:id="rId9"/>';

  test('moves it after the drawing and before a background picture, the table and the extensions', () => {
    const xml = sheet(`<pageMargins/><drawing r:id="rId1"/><picture r:id="rId2"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts><extLst><ext uri="x"/></extLst>${NOTES}`);
    expect(tail(withNotesInPlace(xml))).toEqual(['pageMargins', 'drawing', 'legacyDrawing', 'picture', 'tableParts', 'tablePart', 'extLst', 'ext']);
  });

  test('leaves a sheet alone where it is in place, even with a data bar\'s own <extLst> before it', () => {
    const inPlace = sheet(`<conditionalFormatting sqref="A1"><cfRule type="dataBar"><extLst><ext uri="y"/></extLst></cfRule></conditionalFormatting><pageMargins/>${NOTES}<tableParts count="0"/>`);
    expect(withNotesInPlace(inPlace)).toBe(inPlace);
    const none = sheet('<pageMargins/><tableParts count="0"/>');
    expect(withNotesInPlace(none)).toBe(none);
  });
});

test('a sheet with a table whose only note is on a blank cell (a mark on a missing deadline) is put in order too', () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phân công');
  ws.addTable({ name: 'PhanCong', ref: 'A1', headerRow: true, columns: [{ name: 'Mã' }, { name: 'Thời hạn' }], rows: [['11', 'quý IV/2023']] });
  // Row 5 holds no value: only the note on its blank deadline cell.
  ws.getCell('B5').note = '[NTM] Lỗi dữ liệu: chưa ghi thời hạn';
  expect([...sheetsWithNotesOutOfPlace(wb)]).toEqual(['Phân công']);
});
