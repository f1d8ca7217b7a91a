// Reading through Office.js (on the fake) must give what a plain ExcelJS walk gives,
// in a bounded number of round trips.
import ExcelJS from 'exceljs';
import { readWorkbook, readWorkbookWithStats } from '../../../src/adapters/office/read-workbook';
import { createFakeExcel } from '../../support/fake-excel';
import { cellMap, readFixture, serial, walk } from './fixtures';

describe('readWorkbook (Office adapter)', () => {
  test('values, merges and hidden flags equal a direct ExcelJS walk', async () => {
    const wb = readFixture();
    const fx = createFakeExcel(wb);
    const data = await readWorkbook(fx.context, { requirements: fx.Office.context.requirements });
    const expected = walk(wb);
    expect(data.sheets.map((s) => s.name)).toEqual(['Phân công', 'Tiến độ', 'Ẩn', 'Trống']);
    data.sheets.forEach((s, i) => {
      expect(cellMap(s.rows)).toEqual(cellMap(expected.sheets[i].rows));
      expect([...s.merges].sort((a, b) => a.top - b.top)).toEqual([...expected.sheets[i].merges].sort((a, b) => a.top - b.top));
      expect(Boolean(s.hidden)).toBe(expected.sheets[i].hidden);
    });
    expect(fx.stats.syncs).toBe(2);
  });

  test('rows[0] is row 1 even when the data starts at C5; dates are serials, errors are errors', async () => {
    const fx = createFakeExcel(readFixture());
    const data = await readWorkbook(fx.context, { requirements: fx.Office.context.requirements });
    const progress = data.sheets[1];
    expect(progress.rows[4][2]).toBe('Xã');
    expect(progress.rows[0]).toEqual([]);
    expect(progress.rows[6][4]).toBe(true);
    expect(progress.rows[7][2]).toBe('=không phải công thức');
    const plan = data.sheets[0];
    expect(plan.rows[4][4]).toBe(serial(2023, 6, 30));
    expect(plan.rows[5][5]).toEqual({ error: '#N/A' });
    expect(plan.rows[6][5]).toBe(3);
    // Formatting alone (J30) does not extend the rows read.
    expect(plan.rows.length).toBe(8);
    expect(data.sheets[3].rows).toEqual([]);
  });

  test('a date shown "mm/yyyy" is that month and a 1 shown "Đạt" is that word, as the user sees them (first and later windows)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phân công');
    ws.getCell('A1').value = 'Mã';
    ws.getCell('B1').value = 'Thời gian hoàn thành';
    ws.getCell('C1').value = 'Kết quả';
    for (const r of [2, 40]) {
      ws.getCell(r, 1).value = '11';
      ws.getCell(r, 2).value = new Date(Date.UTC(2023, 9, 1));
      ws.getCell(r, 2).numFmt = 'mm/yyyy';
      ws.getCell(r, 3).value = 1;
      ws.getCell(r, 3).numFmt = '"Đạt";"Đạt";"Chưa đạt"';
    }
    ws.getCell('C3').value = 0;
    ws.getCell('C3').numFmt = '"Đạt";"Đạt";"Chưa đạt"';
    // A full date and a plain number keep the serial and the number.
    ws.getCell('B4').value = new Date(Date.UTC(2023, 9, 1));
    ws.getCell('B4').numFmt = 'dd/mm/yyyy';
    ws.getCell('C4').value = 85;
    ws.getCell('C4').numFmt = '0';
    const fx = createFakeExcel(wb);
    // Windows of 10 rows: row 40 comes in a later read than rows 2–4.
    const rows = (await readWorkbook(fx.context, { requirements: fx.Office.context.requirements, chunkRows: 10 })).sheets[0].rows;
    expect(rows[1][1]).toBe('10/2023');
    expect(rows[39][1]).toBe('10/2023');
    expect(rows[1][2]).toBe('Đạt');
    expect(rows[39][2]).toBe('Đạt');
    expect(rows[2][2]).toBe('Chưa đạt');
    expect(rows[3][1]).toBe(serial(2023, 10, 1));
    expect(rows[3][2]).toBe(85);
  });

  test('without ExcelApi 1.13 merges are skipped instead of failing', async () => {
    const fx = createFakeExcel(readFixture(), { apiVersion: '1.12' });
    const data = await readWorkbook(fx.context, { requirements: fx.Office.context.requirements });
    expect(data.sheets[0].merges).toEqual([]);
    expect(data.sheets[0].rows[1][0]).toBe('KẾ HOẠCH PHÂN CÔNG THỰC HIỆN TIÊU CHÍ NTM NĂM 2023');
  });

  test('a response over the payload limit is retried with smaller windows and succeeds', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lớn');
    for (let r = 1; r <= 3000; r++) {
      for (let c = 1; c <= 8; c++) ws.getCell(r, c).value = `Xã ${r} – chỉ tiêu ${c} – đạt chuẩn nông thôn mới`;
    }
    // About 1.4 MB of values against a 300 kB limit.
    const fx = createFakeExcel(wb, { payloadLimitBytes: 300_000 });
    const { data, stats } = await readWorkbookWithStats(fx.context, { requirements: fx.Office.context.requirements });
    expect(fx.stats.batches.some((b) => b.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(stats.chunkRows).toBeLessThan(5000);
    expect(cellMap(data.sheets[0].rows)).toEqual(cellMap(walk(wb).sheets[0].rows));
    expect(fx.stats.batches.filter((b) => !b.error).every((b) => b.bytes <= 300_000)).toBe(true);
  });
});
