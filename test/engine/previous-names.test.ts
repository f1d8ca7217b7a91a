// A criterion written with its 2016–2020 name (seed 003: "Tiêu chí số 11 về Hộ nghèo", "Tiêu chí số 3
// về Thủy lợi"): the code is right, the name is the old one. In 2016–2020 criterion 11 was "Hộ
// nghèo"; 2021–2025 calls it "Nghèo đa chiều" (DOMAIN §2.1).
import { assignmentSheet, fullMatrix, check, codes, sheet } from '../support/sheets';

const TWO = ['Tân Sơn', 'Kim Sơn'];
const row = (code: string, lead = 'Phòng Lao động - Thương binh và Xã hội'): [string, string, null, null, string] => [code, lead, null, null, 'quý IV/2023'];
const run = (...rows: [string, string, null, null, string][]) => check([assignmentSheet(rows), fullMatrix(TWO)]);

test('seed 003\'s "Tiêu chí số 11 về Hộ nghèo" is said as criterion 11\'s former name, on its code cell, in both languages', () => {
  const f = codes(run(row('Tiêu chí số 11 về Hộ nghèo')), 'code.old-name');
  expect(f).toEqual([expect.objectContaining({ severity: 'info', sheet: 'Phân công', cell: 'B4', setId: 'xa-ntm-2021', indicator: '11', found: 'Hộ nghèo', expected: 'Nghèo đa chiều' })]);
  expect(f[0].message.vi).toContain('tên cũ của tiêu chí 11 (bộ tiêu chí 2016–2020); nay là «Nghèo đa chiều»');
  expect(f[0].message.en).toContain('former name of criterion 11 (2016–2020 set); it is now "Nghèo đa chiều"');
});

test('the other renamed criteria: 3 Thủy lợi (seed 003), 12 Lao động có việc làm, 13 Tổ chức sản xuất', () => {
  const r = run(row('Tiêu chí số 3 về Thủy lợi', 'Phòng NN&PTNT'), row('Tiêu chí số 12 về Lao động có việc làm'), row('Tiêu chí 13 về Tổ chức sản xuất', 'Phòng NN&PTNT'));
  expect(codes(r, 'code.old-name').map((f) => [f.indicator, f.found, f.expected])).toEqual([
    ['3', 'Thủy lợi', 'Thủy lợi và phòng, chống thiên tai'],
    ['12', 'Lao động có việc làm', 'Lao động'],
    ['13', 'Tổ chức sản xuất', 'Tổ chức sản xuất và phát triển kinh tế nông thôn'],
  ]);
  expect(codes(r, 'code.name-mismatch')).toEqual([]);
});

test('today\'s names raise nothing', () => {
  const r = run(
    row('Tiêu chí 11 về Nghèo đa chiều'),
    row('Tiêu chí số 3 về Thủy lợi và phòng, chống thiên tai', 'Phòng NN&PTNT'),
    row('Tiêu chí số 12 về Lao động'),
    row('Tiêu chí số 13 về Tổ chức sản xuất và phát triển kinh tế nông thôn', 'Phòng NN&PTNT'),
  );
  expect(codes(r, 'code.old-name')).toEqual([]);
  expect(codes(r, 'code.name-mismatch')).toEqual([]);
});

test('the former name of another code keeps today\'s finding: "Tiêu chí 4 về Thủy lợi" names criterion 3', () => {
  const r = run(row('Tiêu chí 4 về Thủy lợi', 'Phòng KT&HT'), row('Tiêu chí 10 về Hộ nghèo'));
  expect(codes(r, 'code.old-name')).toEqual([]);
  expect(codes(r, 'code.name-mismatch').map((f) => [f.indicator, f.suggestion])).toEqual([['4', 'Tiêu chí 3'], ['10', 'Tiêu chí 11']]);
});

test('a definitions sheet that still calls criterion 11 "Hộ nghèo": its current name, nothing said', () => {
  const defs = sheet('Bộ tiêu chí', [
    ['BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'],
    ['Bộ tiêu chí', 'Mã', 'Tên tiêu chí / chỉ tiêu', 'Đơn vị', 'Chiều', 'Mức đạt'],
    // "Tiêu chí 11", not "11": a bare 11 with a norm names its one indicator, not the criterion.
    ['Xã NTM', 'Tiêu chí 11', 'Hộ nghèo', '%', '≤', '4'],
  ]);
  const r = check([defs, assignmentSheet([row('Tiêu chí số 11 về Hộ nghèo')]), fullMatrix(TWO)]);
  expect(r.recognized.find((x) => x.sheet === 'Bộ tiêu chí')?.role).toBe('definitions');
  expect(codes(r, 'code.old-name')).toEqual([]);
});
