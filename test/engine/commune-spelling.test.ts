// Without a communes sheet, a commune is named as first written; seed 004 writes "xã Lê lợi, xã
// Vân trình" in its lists, while a status sheet writes "Lê Lợi", "Vân Trình". The name written as
// a place name is written wins, and the lower-case one is the variant said, where it is.
import { assignmentSheet, check, codes, matrixSheet } from '../support/sheets';

const CRITERIA = Array.from({ length: 19 }, (_, i) => String(i + 1));
const COMMUNES = ['Đức Xuân', 'Lê Lợi', 'Vân Trình'];
const status = matrixSheet(COMMUNES, CRITERIA.map((c) => [c, `Tiêu chí ${c}`, ...COMMUNES.map((n) => (c === '11' && n !== 'Đức Xuân' ? 'Chưa đạt' : 'Đạt'))]));
// Seed 004 (line 350): "cho xã Đức Xuân, xã Lê lợi, xã Vân trình".
const assignment = assignmentSheet([['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, 'xã Đức Xuân, xã Lê lợi, xã Vân trình', 'năm 2025']]);

test('the summaries and messages name "Lê Lợi" and "Vân Trình", as the status sheet writes them', () => {
  const r = check([assignment, status], { asOf: '2026-01-15' });
  expect(r.summary.communes.map((c) => c.display)).toEqual(['Đức Xuân', 'Lê Lợi', 'Vân Trình']);
  expect(codes(r, 'deadline.overdue').map((f) => f.message.vi)).toEqual(['Quá hạn: mã 11, hạn năm 2025, còn 2 xã chưa đạt: Lê Lợi, Vân Trình. Chủ trì: Phòng Lao động - Thương binh và Xã hội.']);
});

test('the lower-case spellings are the variants said, at the scope cell that holds them', () => {
  const r = check([assignment, status], { asOf: '2026-01-15' });
  expect(codes(r, 'commune.variant').map((f) => [f.sheet, f.cell, f.found, f.expected])).toEqual([
    ['Phân công', 'F4', 'Lê lợi', 'Lê Lợi'],
    ['Phân công', 'F4', 'Vân trình', 'Vân Trình'],
  ]);
});

test('with a communes sheet its spelling stays the name, whatever the others write', () => {
  const list = { name: 'Danh sách xã', rows: [['DANH SÁCH XÃ'], ['Tên xã', 'Loại'], ['Đức Xuân', 'Xã'], ['Lê lợi', 'Xã'], ['Vân Trình', 'Xã']], merges: [] };
  const r = check([list, assignment, status], { asOf: '2026-01-15' });
  expect(r.summary.communes.map((c) => c.display)).toEqual(['Đức Xuân', 'Lê lợi', 'Vân Trình']);
});
