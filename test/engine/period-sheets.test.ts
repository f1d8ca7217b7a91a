// One status sheet per year or quarter (probe 9-a: "KQ 2022" beside "KQ 2023"), and year blocks
// in the "theo xã" table: the latest period up to the report date is read, the others are history.
import type { CellValue } from '../../src/domain/model/grid';
import { sheetPeriod } from '../../src/domain/read/sheet-period';
import { check, codes, matrixSheet, NTM_INDICATORS, sheet } from '../support/sheets';

const TWO = ['Tân Sơn', 'Kim Sơn'];

/** Every indicator Đạt for both communes, except Tân Sơn's codes listed as unmet. */
function yearMatrix(name: string, tanSonUnmet: string[], title = 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI', communes = TWO): ReturnType<typeof matrixSheet> {
  return matrixSheet(communes, NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, ...communes.map((n) => (n === 'Tân Sơn' && tanSonUnmet.includes(c) ? 'Chưa đạt' : 'Đạt'))]), name, title);
}

describe('the period a status sheet reports', () => {
  const titled = (name: string, ...titles: string[]) => sheet(name, [...titles.map((t) => [t]), ['Mã', 'Tên', 'Tân Sơn']]);
  test('from the name: one year, a quarter; a range is no period', () => {
    expect(sheetPeriod(sheet('KQ 2023', []), 0)).toEqual({ year: 2023, label: 'năm 2023', labelEn: '2023' });
    expect(sheetPeriod(sheet('Q2-2024', []), 0)).toEqual({ year: 2024, quarter: 2, label: 'quý II/2024', labelEn: 'Q2 2024' });
    expect(sheetPeriod(sheet('Quý III năm 2023', []), 0)?.quarter).toBe(3);
    expect(sheetPeriod(sheet('TD 2021-2025', []), 0)).toBeUndefined();
    // "QUY HOẠCH" is no quarter.
    expect(sheetPeriod(sheet('Quy hoạch 2023', []), 0)?.quarter).toBeUndefined();
  });
  test('from the title rows when the name has no year; cited documents and ranges are not the period', () => {
    const s = titled('Hiện trạng', 'BẢNG TỔNG HỢP HIỆN TRẠNG TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2022', '(Kèm theo Kế hoạch số 17/KH-UBND ngày 02/3/2023 của UBND huyện)');
    expect(sheetPeriod(s, 2)?.year).toBe(2022);
    expect(sheetPeriod(titled('HT', 'KẾT QUẢ', '(Số liệu đánh giá đến 31/12/2022)'), 2)?.year).toBe(2022);
    expect(sheetPeriod(titled('HT', 'TỔNG HỢP KẾT QUẢ THEO XÃ NĂM 2022 - 2023'), 1)).toBeUndefined();
    expect(sheetPeriod(titled('HT', 'Trà Cú, ngày 02 tháng 3 năm 2023'), 1)).toBeUndefined();
    expect(sheetPeriod(titled('HT', 'KẾT QUẢ NĂM 2022', 'Số liệu năm 2023'), 2)).toBeUndefined();
  });
});

describe('status sheets kept per year', () => {
  // Tân Sơn: 11 and 13.1 not met in 2022; 11 met in 2023, 13.1 still not. Kim Sơn met everything both years.
  const y2022 = yearMatrix('KQ 2022', ['11', '13.1']);
  const y2023 = yearMatrix('KQ 2023', ['13.1']);

  test('the latest year up to the report date is read; the older sheet is history, not a conflict', () => {
    const r = check([y2022, y2023]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', ['13']], ['Kim Sơn', []]]);
    expect(codes(r, 'status.conflict')).toHaveLength(0);
    expect(codes(r, 'status.period-sheets')).toEqual([expect.objectContaining({ severity: 'info', sheet: 'KQ 2022', cell: 'A1', found: 'năm 2022', expected: 'năm 2023' })]);
    // No mark on the 2022 sheet: its "Chưa đạt" cells are history.
    expect(r.highlights.marks.filter((m) => m.sheet === 'KQ 2022')).toHaveLength(0);
    expect(r.highlights.marks.filter((m) => m.sheet === 'KQ 2023' && m.kind === 'unmet').map((m) => [m.row, m.col])).toEqual([[28, 2]]); // 13.1: 26th code under the header row 2; Tân Sơn in C
    // The summary sheets say which year and sheet their figures come from.
    const theoXa = r.sheetPlans.find((p) => p.name.startsWith('TH_Theo xã'))!;
    expect(theoXa.values.flat()).toContain('Tính đến ngày 15/10/2023; số liệu năm 2023 (trang "KQ 2023")');
  });

  test('as of a date in 2022, the 2022 sheet is read and the 2023 sheet is set aside', () => {
    const r = check([y2022, y2023], { asOf: '2022-12-31' });
    expect(r.summary.communes.map((c) => c.criteriaUnmet)).toEqual([['11', '13'], []]);
    expect(codes(r, 'status.period-sheets')).toEqual([expect.objectContaining({ severity: 'info', sheet: 'KQ 2023' })]);
    expect(codes(r, 'status.period-sheets')[0].message.vi).toBe('Trang "KQ 2023" là số liệu năm 2023, sau ngày báo cáo 31/12/2022: không đọc.');
  });

  test('every dated sheet after the report date: nothing is read, and a warning says so', () => {
    const r = check([y2022, y2023], { asOf: '2021-06-30' });
    expect(r.summary.communes.every((c) => c.noData)).toBe(true);
    expect(codes(r, 'status.period-sheets').map((f) => [f.sheet, f.severity])).toEqual([['KQ 2022', 'warning'], ['KQ 2023', 'warning']]);
  });

  test('a commune the newer sheet lacks keeps its older figures, and the user is told', () => {
    const three = ['Tân Sơn', 'Kim Sơn', 'Hàm Giang'];
    // Hàm Giang is only in the 2022 sheet, with 11 not met (its column reads like Tân Sơn's: built by hand below).
    const old = matrixSheet(three, NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, c === '11' ? 'Chưa đạt' : 'Đạt', 'Đạt', c === '11' ? 'Chưa đạt' : 'Đạt']), 'KQ 2022');
    const r = check([old, y2023]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', ['13']], ['Kim Sơn', []], ['Hàm Giang', ['11']]]);
    expect(codes(r, 'status.period-older')).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'KQ 2022', found: 'Hàm Giang', communes: ['xa:hàm giang'] })]);
    expect(codes(r, 'status.period-older')[0].message.vi).toBe('Trang "KQ 2023" (năm 2023) không có số liệu của Hàm Giang: dùng số liệu năm 2022 ở trang "KQ 2022".');
    const theoXa = r.sheetPlans.find((p) => p.name.startsWith('TH_Theo xã'))!;
    expect(theoXa.values.flat()).toContain('Tính đến ngày 15/10/2023; số liệu năm 2023 (trang "KQ 2023"), năm 2022 (trang "KQ 2022")');
  });

  test('the year can come from the titles; a single dated sheet is read as before', () => {
    const a = yearMatrix('Hiện trạng', ['11', '13.1'], 'BẢNG TỔNG HỢP HIỆN TRẠNG NĂM 2022');
    const b = yearMatrix('Hiện trạng (2)', ['13.1'], 'BẢNG TỔNG HỢP HIỆN TRẠNG NĂM 2023');
    expect(check([a, b]).summary.communes[0].criteriaUnmet).toEqual(['13']);
    const alone = check([y2022]);
    expect(alone.summary.communes[0].criteriaUnmet).toEqual(['11', '13']);
    expect(codes(alone, 'status.period-sheets')).toHaveLength(0);
  });

  test('quarterly sheets: the latest quarter begun by the report date', () => {
    const q2 = yearMatrix('Q2-2023', ['11', '13.1']);
    const q3 = yearMatrix('Q3-2023', ['13.1']);
    expect(check([q2, q3], { asOf: '2023-08-15' }).summary.communes[0].criteriaUnmet).toEqual(['13']);
    const june = check([q2, q3], { asOf: '2023-06-30' });
    expect(june.summary.communes[0].criteriaUnmet).toEqual(['11', '13']);
    expect(codes(june, 'status.period-sheets')[0].message.vi).toBe('Trang "Q3-2023" là số liệu quý III/2023, sau ngày báo cáo 30/06/2023: không đọc.');
  });
});

describe('the "theo xã" table with one block of criteria per year', () => {
  const criteria = Array.from({ length: 19 }, (_, i) => i + 1);
  // Tân Sơn: criterion 11 Chưa đạt in 2022, Đạt in 2023; 13 Chưa đạt both years. Kim Sơn all Đạt.
  const block = (name: string, unmet: number[]): CellValue[] => criteria.map((c) => (name === 'Tân Sơn' && unmet.includes(c) ? 'Chưa đạt' : 'Đạt'));
  const rows: CellValue[][] = [
    ['TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ THEO XÃ'],
    ['TT', 'Tên xã', 'Kết quả năm 2022', ...Array(18).fill(null), 'Kết quả năm 2023', ...Array(18).fill(null)],
    [null, null, ...criteria, ...criteria],
    ...TWO.map((n, i) => [i + 1, n, ...block(n, [11, 13]), ...block(n, [13])]),
  ];
  const merges = [{ top: 0, left: 0, bottom: 0, right: 39 }, { top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 1, right: 20 }, { top: 1, left: 21, bottom: 1, right: 39 }];

  test('the latest year block up to the report date is read; the earlier block is history', () => {
    const r = check([sheet('Theo xã', rows, merges)]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', ['13']], ['Kim Sơn', []]]);
    expect(codes(r, 'status.conflict')).toHaveLength(0);
    const f = codes(r, 'status.year-columns');
    expect(f).toEqual([expect.objectContaining({ severity: 'info', found: '2023', sheet: 'Theo xã', cell: 'V2' })]);
    expect(f[0].message.vi).toBe('Mỗi tiêu chí có cột theo năm (2022, 2023): dùng số liệu năm 2023; các năm trước chỉ để tham khảo.');
    // Marks only in the 2023 block (columns V… = 21+): Tân Sơn's criterion 13 is column 21 + 12.
    const unmet = r.highlights.marks.filter((m) => m.kind === 'unmet');
    expect(unmet.map((m) => [m.row, m.col])).toEqual([[3, 33]]);
    expect(check([sheet('Theo xã', rows, merges)], { asOf: '2022-12-31' }).summary.communes[0].criteriaUnmet).toEqual(['11', '13']);
  });
});
