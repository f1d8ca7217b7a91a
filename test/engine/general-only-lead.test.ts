// "Tất cả các tiêu chí" left as the only lead of codes no other row names (seed 003 IV.1: the
// communes' committees, for all criteria, by 30/3/2023): said, never silent.
import type { CellValue } from '../../src/domain/model/grid';
import { assignmentSheet, fullMatrix, check, codes } from '../support/sheets';

const NN = 'Phòng Nông nghiệp và PTNT';
const LD = 'Phòng Lao động - Thương binh và Xã hội';
const VH = 'Phòng Văn hóa và Thông tin';

/** Seed 003's shape: the departments' rows, then the communes' row. `twelve` is the row meant for 11. */
function plan(twelve: string, general: string): ReturnType<typeof assignmentSheet> {
  return assignmentSheet([
    ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10', NN, null, null, 'Quý IV/2023'],
    [twelve, LD, null, null, 'Quý IV/2023'],
    ['Tiêu chí 13, 14, 15, 16, 17, 18, 19', VH, null, null, 'Quý IV/2023'],
    [general, 'UBND các xã', NN, null, 'trước 30/3/2023'],
  ]);
}

// Tân Sơn has not met 11.
const status = (): ReturnType<typeof fullMatrix> => fullMatrix(['Tân Sơn', 'Kim Sơn'], { '11': ['Chưa đạt', 'Đạt'] as CellValue[] });

describe('a slip leaves criterion 11 to "Tất cả các tiêu chí"', () => {
  // Criterion 11 typed as "Tiêu chí số 12 về Hộ nghèo": no row names 11 any more.
  const r = check([plan('Tiêu chí số 12 về Hộ nghèo', 'Tất cả các tiêu chí'), status()], { asOf: '2023-10-15' });

  test('a warning at the row\'s code cell lists 11, and says what to write', () => {
    const f = codes(r, 'assign.general-only-lead');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Phân công', cell: 'B7', indicator: '11', setId: 'xa-ntm-2021', found: 'Tất cả các tiêu chí' })]);
    expect(f[0].message.vi).toMatch(/^"Tất cả các tiêu chí": không dòng nào khác phân công 11, /);
    expect(f[0].message.en).toMatch(/^"Tất cả các tiêu chí": no other row assigns 11, /);
    expect(f[0].suggestion).toBe('Ghi cơ quan chủ trì cho 11, hoặc ghi "Các tiêu chí còn lại"');
    expect(r.counts).toContainEqual({ code: 'assign.general-only-lead', severity: 'warning', total: 1, shown: 1 });
  });

  test('11 still counts as led by the communes\' row (figures unchanged), so no "no lead" besides the warning', () => {
    expect(codes(r, 'assign.general-only-lead')).toHaveLength(1);
    expect(codes(r, 'assign.no-lead')).toEqual([]);
    expect(r.summary.criteria.find((c) => c.code === '11')?.leads).toEqual(['UBND các xã']);
    const communes = r.summary.departments.find((d) => d.department === 'UBND các xã');
    expect(communes).toMatchObject({ led: 1, overdue: 1, coordinating: 18 });
  });

  test('"Các tiêu chí còn lại" in its place leads 11 as it says, with no warning; a complete plan has none either', () => {
    expect(codes(r, 'assign.general-only-lead')).toHaveLength(1);
    const rest = check([plan('Tiêu chí số 12 về Hộ nghèo', 'Các tiêu chí còn lại'), status()], { asOf: '2023-10-15' });
    expect(codes(rest, 'assign.general-only-lead')).toEqual([]);
    expect(rest.summary.criteria.find((c) => c.code === '11')?.leads).toEqual(['UBND các xã']);
    const complete = check([plan('Tiêu chí 11, 12', 'Tất cả các tiêu chí'), status()], { asOf: '2023-10-15' });
    expect(codes(complete, 'assign.general-only-lead')).toEqual([]);
  });
});

test('a "Tất cả" row alone in its set is the plan: no warning; beside a row naming one criterion, it is', () => {
  const alone = check([assignmentSheet([['Tất cả các tiêu chí', 'UBND các xã', null, null, 'Quý IV/2023']]), fullMatrix(['Tân Sơn'])]);
  expect(codes(alone, 'assign.general-only-lead')).toEqual([]);
  const beside = check([assignmentSheet([
    ['Tiêu chí 1', NN, null, null, 'Quý IV/2023'],
    ['Tất cả các tiêu chí', 'UBND các xã', null, null, 'Quý IV/2023'],
  ]), fullMatrix(['Tân Sơn'])]);
  expect(codes(beside, 'assign.general-only-lead').map((f) => f.indicator)).toEqual(['2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19']);
});

test('a code named for some communes only is listed as led by the "Tất cả" row in the others', () => {
  const r = check([assignmentSheet([
    ['Tiêu chí 1', NN, null, 'Tân Sơn', 'Quý IV/2023'],
    ['Tiêu chí 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', VH, null, null, 'Quý IV/2023'],
    ['Tất cả các tiêu chí', 'UBND các xã', null, null, 'Quý IV/2023'],
  ]), fullMatrix(['Tân Sơn', 'Kim Sơn'])]);
  const f = codes(r, 'assign.general-only-lead');
  expect(f.map((x) => [x.cell, x.indicator])).toEqual([['B6', '1']]);
  expect(f[0].message.vi).toContain('không dòng nào khác phân công 1 (ở một số xã), ');
});
