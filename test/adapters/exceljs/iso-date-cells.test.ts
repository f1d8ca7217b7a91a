// Cells typed as ISO dates (t="d") are read as the dates they are, and the copy holds them as Excel
// reads them: ExcelJS alone read 31/12/2023 as the number 2023 and wrote 2023 into the copy.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { isoSerial, withSerialDates } from '../../../src/adapters/exceljs/iso-date-cells';
import { checkWorkbook } from '../../../src/domain/check';

describe('isoSerial', () => {
  test.each([
    // Excel's own serial numbers: 45291 is 31/12/2023, 1 is 1/1/1900, 61 is 1/3/1900 (60 is the 29/02/1900 Excel counts).
    ['2023-12-31', false, 45291],
    ['2023-12-31T00:00:00', false, 45291],
    ['2023-12-31T18:00:00Z', false, 45291.75],
    ['2023-12-31T06:00:00.000+07:00', false, 45291.25],
    ['1900-01-01', false, 1],
    ['1900-02-28', false, 59],
    ['1900-03-01', false, 61],
    ['1904-01-02', true, 1],
    ['2023-12-31', true, 45291 - 1462],
    ['12:00:00', false, 0.5],
  ])('%s (1904 system: %s) is %d', (iso, date1904, serial) => {
    expect(isoSerial(iso, date1904)).toBeCloseTo(serial, 9);
  });

  test.each(['2023-02-30', '2023-13-01', 'Quý IV/2023', '', '1899-12-01'])('"%s" is not a date Excel reads', (text) => {
    expect(isoSerial(text, false)).toBeUndefined();
  });
});

describe('withSerialDates', () => {
  test('a date cell becomes its serial number in the same cell, whatever the attribute order; its formula stays', () => {
    const xml = '<sheetData><row r="1"><c r="A1" s="3" t="d"><v>2023-12-31T00:00:00</v></c><c r="B1" t=\'d\' s="3"><f>A1+1</f><v>2024-01-01</v></c><c r="C1" t="s"><v>4</v></c></row></sheetData>';
    expect(withSerialDates(xml, false)).toBe('<sheetData><row r="1"><c r="A1" s="3"><v>45291</v></c><c r="B1" s="3"><f>A1+1</f><v>45292</v></c><c r="C1" t="s"><v>4</v></c></row></sheetData>');
  });

  test('a sheet without date cells, and a value that is no date, are left as written', () => {
    const plain = '<sheetData><row r="1"><c r="A1" t="str"><v>2023-12-31</v></c></row></sheetData>';
    expect(withSerialDates(plain, false)).toBe(plain);
    const odd = '<sheetData><row r="1"><c r="A1" t="d"><v>hôm nay</v></c></row></sheetData>';
    expect(withSerialDates(odd, false)).toBe(odd);
  });
});

const SHEET = 'Phân công';
// G7: the deadline of codes 1, 2, 4, 7, 9, left blank in the sample (a `deadline.missing` finding).
const CELL = 'G7';

/** The sample with 31/12/2023 in G7, typed as Excel writes a date (its serial number, a date format). */
async function sampleWithDeadline(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  const cell = wb.getWorksheet(SHEET)!.getCell(CELL);
  expect(cell.value).toBeNull();
  cell.value = new Date(Date.UTC(2023, 11, 31));
  cell.numFmt = 'dd/mm/yyyy';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a deadline typed as an ISO date cell is read and copied as the same date typed as Excel types it', async () => {
  const asExcel = await sampleWithDeadline();
  const zip = await JSZip.loadAsync(asExcel);
  const part = (await sheetParts(zip)).get(SHEET)!;
  const xml = await zip.file(part)!.async('string');
  const serialCell = new RegExp(`<c r="${CELL}"( s="\\d+")><v>45291</v></c>`);
  expect(xml).toMatch(serialCell);
  zip.file(part, xml.replace(serialCell, `<c r="${CELL}"$1 t="d"><v>2023-12-31T00:00:00</v></c>`));
  const asIso = await zip.generateAsync({ type: 'nodebuffer' });

  const [excel, iso] = [await checkedCopyOf(asExcel), await checkedCopyOf(asIso)];
  const isoValue = iso.loaded.data.sheets.find((s) => s.name === SHEET)!.rows[6][6];
  expect(isoValue).toEqual(new Date(Date.UTC(2023, 11, 31)));
  // The same reading: every finding alike, and none says G7's deadline is missing.
  const findings = (c: typeof excel) => checkWorkbook(c.loaded.data, { asOf: '2023-10-15' }).findings.map((f) => [f.code, f.sheet, f.cell, f.message.vi]);
  expect(findings(iso)).toEqual(findings(excel));
  expect(findings(iso).filter(([code, sheet, cell]) => code === 'deadline.missing' && sheet === SHEET && cell === CELL)).toEqual([]);
  expect(iso.reread.getWorksheet(SHEET)!.getCell(CELL).value).toEqual(new Date(Date.UTC(2023, 11, 31)));
  expect(excel.reread.getWorksheet(SHEET)!.getCell(CELL).value).toEqual(new Date(Date.UTC(2023, 11, 31)));
  const copyPart = (await sheetParts(iso.copy)).get(SHEET)!;
  expect(await iso.copy.file(copyPart)!.async('string')).toMatch(new RegExp(`<c r="${CELL}" s="\\d+"><v>45291</v></c>`));
});
