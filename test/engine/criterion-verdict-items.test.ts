// Statuses kept by criterion ("Tiêu chí 13: Chưa đạt"), assignments by indicator ("chỉ tiêu 13.2",
// seed 004): a commune whose criterion is written not met has a result, and the item says so,
// rather than "chưa có kết quả" (seed 004 probe).
import { assignmentSheet, check, codes, matrixSheet } from '../support/sheets';

const CRITERIA = Array.from({ length: 19 }, (_, i) => String(i + 1));
// Columns C..F: Tân Sơn and Long Hiệp have not met criterion 13, Hàm Giang left it blank, Kim Sơn met it.
const COMMUNES = ['Tân Sơn', 'Long Hiệp', 'Hàm Giang', 'Kim Sơn'];
const status = matrixSheet(COMMUNES, CRITERIA.map((c) => [c, `Tiêu chí ${c}`, ...(c === '13' ? ['Chưa đạt', 'Chưa đạt', null, 'Đạt'] : ['Đạt', 'Đạt', 'Đạt', 'Đạt'])]));
const assignment = assignmentSheet([['Chỉ tiêu 13.2', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'Quý II/2023']]);

test('an overdue indicator item names the communes whose criterion is not met apart from those with no result', () => {
  const r = check([assignment, status], { asOf: '2023-10-15' });
  const overdue = codes(r, 'deadline.overdue');
  expect(overdue).toHaveLength(1);
  expect(overdue[0].message.vi).toBe('Quá hạn: mã 13.2, hạn quý II/2023, 2 xã chưa đạt tiêu chí 13 (không ghi riêng mã 13.2): Tân Sơn, Long Hiệp; 1 xã chưa có kết quả: Hàm Giang. Chủ trì: Phòng Nông nghiệp và Phát triển nông thôn.');
  expect(overdue[0].message.en).toContain('2 commune(s) not meeting criterion 13 (no row for 13.2): Tân Sơn, Long Hiệp; no result from 1 commune(s): Hàm Giang');
});

test('the criterion\'s cells are marked for it, and the deadline cell counts the three groups', () => {
  const r = check([assignment, status], { asOf: '2023-10-15' });
  const overdueMarks = r.highlights.marks.filter((m) => m.kind === 'overdue');
  // Row of criterion 13: title, blank, header, then criteria 1..19 → 0-based row 15; Tân Sơn col 2, Long Hiệp col 3.
  expect(overdueMarks.filter((m) => m.sheet === 'Hiện trạng').map((m) => [m.row, m.col])).toEqual([[15, 2], [15, 3]]);
  const deadlineMark = overdueMarks.find((m) => m.sheet === 'Phân công')!;
  expect(deadlineMark.cue).toContain('2 xã chưa đạt tiêu chí 13; 1 xã chưa có kết quả');
});

test('the department summary lists them apart, and its sheet says it', () => {
  const r = check([assignment, status], { asOf: '2023-10-15' });
  const item = r.summary.departments.find((d) => d.department === 'Phòng Nông nghiệp và Phát triển nông thôn')!.items[0];
  expect(item).toMatchObject({ code: '13.2', state: 'overdue', communesUnmet: [], communesCriterionUnmet: ['Tân Sơn', 'Long Hiệp'], communesNoResult: ['Hàm Giang'] });
  const sheet = r.sheetPlans.find((p) => p.name === 'TH_Theo phòng ban')!;
  expect(sheet.values.flat()).toContain('Chưa đạt tiêu chí 13 (không ghi riêng chỉ tiêu): Tân Sơn, Long Hiệp.\nChưa có kết quả: Hàm Giang.');
});

test('an indicator with a row of its own is judged by it, as before', () => {
  const rows = CRITERIA.map((c) => [c, `Tiêu chí ${c}`, ...(c === '13' ? ['Chưa đạt', 'Chưa đạt', null, 'Đạt'] : ['Đạt', 'Đạt', 'Đạt', 'Đạt'])]);
  rows.splice(13, 0, ['13.2', 'Chỉ tiêu 13.2', 'Đạt', 'Chưa đạt', null, 'Đạt']);
  const r = check([assignment, matrixSheet(COMMUNES, rows)], { asOf: '2023-10-15' });
  expect(codes(r, 'deadline.overdue')[0].message.vi).toBe('Quá hạn: mã 13.2, hạn quý II/2023, còn 1 xã chưa đạt: Long Hiệp; 1 xã chưa có kết quả: Hàm Giang. Chủ trì: Phòng Nông nghiệp và Phát triển nông thôn.');
});

test('the console lists them apart under the department', async () => {
  const { printSummary } = await import('../../src/cli/print-summary');
  const r = check([assignment, status], { asOf: '2023-10-15' });
  expect(printSummary(r, 'vi')).toContain('[Quý II/2023]; chưa đạt tiêu chí 13: Tân Sơn, Long Hiệp; chưa có kết quả: Hàm Giang');
});
