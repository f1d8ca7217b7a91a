// A workbook counting its dates from 1904 read through Office.js: Range.values gives a date as its
// serial in that system (1,462 lower), and the adapter reads it as the date Excel shows. The fake
// answers DATE(1904,1,1) and Range.values as Excel does for such a workbook (functions.ts, cells.ts).
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../../src/adapters/office/read-workbook';
import { asSerial1900 } from '../../../src/adapters/office/date-system';
import { createFakeExcel } from '../../support/fake-excel';
import { serialOf } from '../../support/fake-excel/functions';
import { checkWorkbook } from '../../../src/domain/check';
import { SAMPLE } from '../../support/sample-variants';

const SHEET = 'Phân công';
// G7: the deadline of codes 1, 2, 4, 7, 9, blank in the sample; typed here as 31/12/2023.
const CELL = 'G7';
const DEADLINE = new Date(Date.UTC(2023, 11, 31));

async function sampleWithDateDeadline(date1904: boolean): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  wb.properties.date1904 = date1904;
  wb.getWorksheet(SHEET)!.getCell(CELL).value = DEADLINE;
  wb.getWorksheet(SHEET)!.getCell(CELL).numFmt = 'dd/mm/yyyy';
  return wb;
}

test('the fake answers as Excel: DATE(1904,1,1) is 0 counting from 1904, 1462 from 1900; 31/12/2023 is 45291 and 43829', async () => {
  expect(serialOf(1904, 1, 1, true)).toBe(0);
  expect(serialOf(1904, 1, 1, false)).toBe(1462);
  expect(serialOf(2023, 12, 31, false)).toBe(45291);
  expect(serialOf(2023, 12, 31, true)).toBe(43829);
  const fake = createFakeExcel(await sampleWithDateDeadline(true));
  const r = fake.context.workbook.worksheets.getItem(SHEET).getRange(CELL);
  r.load('values');
  await fake.context.sync();
  expect(r.values).toEqual([[43829]]);
});

test.each([true, false])('a date deadline is read as the date shown, the workbook counting from 1904: %s', async (date1904) => {
  const fake = createFakeExcel(await sampleWithDateDeadline(date1904), { apiVersion: '1.13' });
  const data = await readWorkbook(fake.context, { requirements: fake.Office.context.requirements });
  // The domain reads a date the Office adapter gives as its 1900 serial: 45291 is 31/12/2023.
  expect(data.sheets.find((s) => s.name === SHEET)!.rows[6][6]).toBe(45291);
  const result = checkWorkbook(data, { asOf: '2023-10-15' });
  const labels = result.summary.departments.flatMap((d) => d.items).filter((i) => i.deadline === '2023-12-31');
  expect(labels.length).toBeGreaterThan(0);
  expect(result.summary.departments.flatMap((d) => d.items).filter((i) => i.deadline === '2019-12-30')).toEqual([]);
});

test('only numbers shown as dates are moved: a count, a percentage, a month-year date', () => {
  expect(asSerial1900(43829, 'dd/mm/yyyy')).toBe(45291);
  expect(asSerial1900(43829, 'mm/yyyy')).toBe(45291);
  expect(asSerial1900(12, '0')).toBe(12);
  expect(asSerial1900(0.5, '0%')).toBe(0.5);
  expect(asSerial1900(12, 'General')).toBe(12);
  expect(asSerial1900(1, '"Đạt";"Đạt";"Chưa đạt"')).toBe(1);
  expect(asSerial1900('Quý IV/2023', 'dd/mm/yyyy')).toBe('Quý IV/2023');
});
