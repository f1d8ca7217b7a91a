// Seed 002 (Tân Thạnh 2023), II.3: "Phân công … từng tiêu chí, chỉ tiêu đã đạt tiếp tục duy trì,
// củng cố, nâng chất", a row for the codes already met, given to "Các thành viên BQL xã" (III.3).
import type { CellValue } from '../../src/domain/model/grid';
import { sheet, fullMatrix, check, codes, ASSIGN_HEADER } from '../support/sheets';

const DCXD = 'Công chức Địa chính - Xây dựng';
const row = (code: string, lead: string, coord: string | null, deadline: string): CellValue[] => [null, code, null, lead, coord, 'Toàn xã', deadline, null];
const plan = sheet('Phân công', [
  ['UBND XÃ TÂN THẠNH'],
  ['PHÂN CÔNG THÀNH VIÊN BQL PHỤ TRÁCH THỰC HIỆN CÁC TIÊU CHÍ, CHỈ TIÊU XÃ NÔNG THÔN MỚI NĂM 2023'],
  ASSIGN_HEADER,
  row('Chỉ tiêu 1.1', DCXD, 'Các ngành thị xã', 'cuối năm 2023'),
  row('Chỉ tiêu 2.1', DCXD, null, 'Năm 2023'),
  row('Các tiêu chí, chỉ tiêu đã đạt', 'Các thành viên BQL xã', 'UBMTTQ và đoàn thể cấp xã', 'Duy trì, nâng chất'),
]);
// Not met: 2.1 (its own row), 6.2 and 10 (no row names them). Every other indicator is met.
const status = fullMatrix(['Tân Thạnh'], { '2.1': ['Chưa đạt'], '6.2': ['Chưa đạt'], '10': ['Chưa đạt'] });
const r = check([plan, status], { asOf: '2023-10-15' });
const board = r.summary.departments.find((d) => d.department === 'Ban quản lý xây dựng nông thôn mới xã');

test('the row is read, not an unreadable code; "Các thành viên BQL xã" is the commune\'s board', () => {
  expect(codes(r, 'code.unreadable')).toEqual([]);
  expect(codes(r, 'department.unknown')).toEqual([]);
  expect(board).toBeDefined();
});

test('the board leads what is met and no other row names, and supports the met codes that have a row', () => {
  // Hand count: 1 and 2 are named in part (1.1, 2.1), 6 is met but for 6.2, 10 is not met.
  expect(board?.items.filter((i) => i.role === 'lead').map((i) => i.code)).toEqual(['1.2', '2.2', '2.3', '2.4', '3', '4', '5', '6.1', '6.3', '7', '8', '9', '11', '12', '13', '14', '15', '16', '17', '18', '19']);
  expect(board?.items.filter((i) => i.role === 'coordinator').map((i) => i.code)).toEqual(['1.1']);
  expect(codes(r, 'assign.general-row').map((f) => f.cell)).toEqual(['B6']);
});

test('unmet codes no row gives anyone keep their no-lead error; met ones are not said to lack a lead', () => {
  // At the row theirs would follow: the last row naming a criterion before 6 and 10 (2.1, B5).
  expect(codes(r, 'assign.no-lead').map((f) => [f.indicator, f.severity, f.cell]).sort()).toEqual([['10', 'error', 'B5'], ['6.2', 'error', 'B5']]);
});
