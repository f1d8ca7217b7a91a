// The 2026 - 2030 set's levels by commune group (QĐ 51/2025/QĐ-TTg: xã nhóm 1, 2, 3). The decision's
// own levels are not shipped, so these tests give a province's on the definitions sheet: 6.1 (tỷ lệ
// hộ nghèo đa chiều, lower is better) ≤ 2 % for group 1, ≤ 3 % for group 2, ≤ 5 % for group 3.
import { check, codes, matrixSheet, sheet } from '../support/sheets';
import { groupOfColumn, parseCommuneGroup } from '../../src/domain/criteria/commune-group';

const TITLE = 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026';
const AS_OF = '2026-11-25';
/** Tân Sơn 2,5 %, Long Hiệp 2,5 %, Đại An 4,5 %. */
const status = () => matrixSheet(['Tân Sơn', 'Long Hiệp', 'Đại An'], [['6.1', 'Tỷ lệ hộ nghèo đa chiều', '2,5%', '2,5%', '4,5%']], 'Hiện trạng', TITLE);
const communes = (groups: (string | null)[]) =>
  sheet('Danh sách xã', [['DANH SÁCH XÃ NĂM 2026'], ['Tên xã', 'Loại', 'Nhóm xã'], ['Tân Sơn', 'xã', groups[0]], ['Long Hiệp', 'xã', groups[1]], ['Đại An', 'xã', groups[2]]]);
/** One row per group, with a "Nhóm xã" column. */
const byGroupColumn = () =>
  sheet('Bộ tiêu chí', [
    ['BỘ TIÊU CHÍ ÁP DỤNG NĂM 2026'],
    ['Bộ tiêu chí', 'Mã', 'Tên', 'Đơn vị', 'Chiều', 'Mức đạt', 'Nhóm xã'],
    ['Xã NTM', '6.1', 'Tỷ lệ hộ nghèo đa chiều', '%', '≤', '2%', 'Nhóm 1'],
    ['Xã NTM', '6.1', 'Tỷ lệ hộ nghèo đa chiều', '%', '≤', '3%', 'Nhóm 2'],
    ['Xã NTM', '6.1', 'Tỷ lệ hộ nghèo đa chiều', '%', '≤', '5%', 'Nhóm 3'],
  ]);
const unmet = (r: ReturnType<typeof check>) => r.summary.communes.map((c) => [c.display, c.criteriaUnmet]);

test('group words: "1", "Nhóm 2", "xã nhóm 3", "Nhóm II"; a column named after a group', () => {
  expect(['1', 'Nhóm 2', 'xã nhóm 3', 'Nhóm II', 'NHÓM 1', 2].map(parseCommuneGroup)).toEqual(['1', '2', '3', '2', '1', '2']);
  expect(['4', 'Nhóm', 'nhóm 1, 2', '', undefined].map(parseCommuneGroup)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  expect(['Xã nhóm 1', 'Nhóm 3', 'Nhóm xã', 'Mức đạt'].map(groupOfColumn)).toEqual(['1', '3', undefined, undefined]);
});

test('each commune is judged by its own group\'s level: Tân Sơn (nhóm 1) 2,5 % > 2 % unmet; Long Hiệp (nhóm 2) 2,5 % ≤ 3 % and Đại An (nhóm 3) 4,5 % ≤ 5 % met', () => {
  const r = check([byGroupColumn(), communes(['1', 'Nhóm 2', 'xã nhóm 3']), status()], { asOf: AS_OF });
  expect(unmet(r)).toEqual([['Tân Sơn', ['6']], ['Long Hiệp', []], ['Đại An', []]]);
  // No assignment sheet in these workbooks: only that is said.
  expect(r.findings.filter((f) => f.severity !== 'info' && !f.code.startsWith('assign.')).map((f) => f.code)).toEqual([]);
});

test('a verdict the group\'s level contradicts names that level and the group', () => {
  const typed = sheet('Kết quả', [[TITLE], ['Xã', 'Mã', 'Kết quả', 'Đánh giá'], ['Tân Sơn', '6.1', '2,5%', 'Đạt'], ['Long Hiệp', '6.1', '2,5%', 'Đạt']]);
  const r = check([byGroupColumn(), communes(['1', '2', '3']), typed], { asOf: AS_OF });
  const [f] = codes(r, 'status.contradicts-threshold');
  // Long Hiệp's 2,5 % meets its group's 3 %: no contradiction there.
  expect(codes(r, 'status.contradicts-threshold')).toHaveLength(1);
  expect(f).toMatchObject({ commune: 'xa:tân sơn', indicator: '6.1' });
  expect(f.message.vi).toMatch(/≤ 2% \(xã nhóm 1, trang "Bộ tiêu chí"!F3\)/);
  expect(f.message.en).toMatch(/≤ 2% \(commune group 1, sheet "Bộ tiêu chí"!F3\)/);
});

test('the annex layout, one level column per group ("Xã nhóm 1 | Xã nhóm 2 | Xã nhóm 3"), reads the same', () => {
  const annex = sheet('Bộ tiêu chí', [
    ['BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030 ÁP DỤNG TRÊN ĐỊA BÀN TỈNH'],
    ['Mã', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chiều', 'Xã nhóm 1', 'Xã nhóm 2', 'Xã nhóm 3'],
    ['6.1', 'Tỷ lệ hộ nghèo đa chiều', '%', '≤', '2%', '3%', '5%'],
  ]);
  const r = check([annex, communes(['1', '2', '3']), status()], { asOf: AS_OF });
  expect(r.recognized.find((s) => s.sheet === 'Bộ tiêu chí')?.role).toBe('definitions');
  expect(unmet(r)).toEqual([['Tân Sơn', ['6']], ['Long Hiệp', []], ['Đại An', []]]);
});

test('a commune whose group is not written is not judged by another group\'s level: the finding says where to write it', () => {
  const r = check([byGroupColumn(), communes(['1', null, '3']), status()], { asOf: AS_OF });
  const f = codes(r, 'status.value-unjudged');
  expect(f.map((x) => x.commune)).toEqual(['xa:long hiệp']);
  expect(f[0].message.vi).toContain('cột "Nhóm xã" của trang danh sách xã');
  expect(unmet(r)).toEqual([['Tân Sơn', ['6']], ['Long Hiệp', []], ['Đại An', []]]);
  expect(r.summary.communes.find((c) => c.display === 'Long Hiệp')?.criteriaMet).toEqual([]);
});

test('a level for every group applies where the commune\'s group has none of its own', () => {
  const defs = sheet('Bộ tiêu chí', [
    ['BỘ TIÊU CHÍ ÁP DỤNG NĂM 2026'],
    ['Bộ tiêu chí', 'Mã', 'Tên', 'Đơn vị', 'Chiều', 'Mức đạt', 'Nhóm xã'],
    ['Xã NTM', '6.1', 'Tỷ lệ hộ nghèo đa chiều', '%', '≤', '3%', null],
    ['Xã NTM', '6.1', 'Tỷ lệ hộ nghèo đa chiều', '%', '≤', '5%', '3'],
  ]);
  // Tân Sơn (1) and Long Hiệp (2) by the general 3 %: 2,5 % met; Đại An (3) by its own 5 %: met.
  const r = check([defs, communes(['1', '2', '3']), matrixSheet(['Tân Sơn', 'Long Hiệp', 'Đại An'], [['6.1', 'Tỷ lệ hộ nghèo', '2,5%', '3,5%', '4,5%']], 'Hiện trạng', TITLE)], { asOf: AS_OF });
  expect(unmet(r)).toEqual([['Tân Sơn', []], ['Long Hiệp', ['6']], ['Đại An', []]]);
});

test('a group word nobody can read is a finding where it is written, on the definitions sheet and on the communes sheet', () => {
  const defs = byGroupColumn();
  defs.rows[4][6] = 'Nhóm A';
  const r = check([defs, communes(['1', 'vùng sâu', '3']), status()], { asOf: AS_OF });
  expect(codes(r, 'definitions.unknown-group').map((f) => [f.sheet, f.cell, f.found, f.severity])).toEqual([['Bộ tiêu chí', 'G5', 'Nhóm A', 'error']]);
  expect(codes(r, 'commune.bad-group').map((f) => [f.sheet, f.cell, f.found, f.severity])).toEqual([['Danh sách xã', 'C4', 'vùng sâu', 'warning']]);
});

test('a matrix cell with the verdict and its value ("Đạt (2,5%)") keeps the value, which the level judges too', () => {
  const typed = matrixSheet(['Tân Sơn', 'Long Hiệp', 'Đại An'], [['6.1', 'Tỷ lệ hộ nghèo đa chiều', 'Đạt (2,5%)', 'Đạt (2,5%)', 'Chưa đạt - 4,5%']], 'Hiện trạng', TITLE);
  const r = check([byGroupColumn(), communes(['1', '2', '3']), typed], { asOf: AS_OF });
  // Tân Sơn: 2,5 % is over group 1's 2 % although typed "Đạt"; Đại An: 4,5 % meets group 3's 5 % although typed "Chưa đạt".
  expect(codes(r, 'status.contradicts-threshold').map((f) => [f.cell, f.commune])).toEqual([['C4', 'xa:tân sơn'], ['E4', 'xa:đại an']]);
  expect(unmet(r)).toEqual([['Tân Sơn', ['6']], ['Long Hiệp', []], ['Đại An', ['6']]]);
});
