// Sets and the communes working towards them: rows for a set no commune is in, and a set some
// communes work towards that no row assigns.
import { sheet, ASSIGN_HEADER, fullMatrix, communesSheet, check, codes } from '../support/sheets';
import type { CellValue } from '../../src/domain/model/grid';

const ALL_NTM = 'Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19';

/** Two sections, as seed 004 writes them: the national set, then the advanced set. */
function twoSets(): ReturnType<typeof sheet> {
  const rows: CellValue[][] = [
    ['UBND HUYỆN THỬ NGHIỆM'],
    ['BẢNG PHÂN CÔNG'],
    ASSIGN_HEADER,
    ['I. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'],
    [1, ALL_NTM, null, 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023', null],
    ['II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO'],
    [2, 'Tiêu chí 2', null, 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023', null],
    [3, 'Tiêu chí 11', null, 'Phòng Lao động - Thương binh và Xã hội', null, null, 'quý IV/2023', null],
  ];
  return sheet('Phân công', rows);
}

describe('sets without communes, communes without rows', () => {
  test('rows for a set no commune works towards are said once, at the first of them', () => {
    // Tân Sơn and Kim Sơn work towards the national set only: the advanced rows have no one to judge.
    const r = check([twoSets(), fullMatrix(['Tân Sơn', 'Kim Sơn'])]);
    const f = codes(r, 'assign.set-no-communes');
    expect(f).toEqual([expect.objectContaining({ sheet: 'Phân công', cell: 'B7', severity: 'info', setId: 'xa-ntm-nang-cao-2021', found: '2' })]);
    expect(f[0].message.vi).toContain('2 dòng phân công');
    expect(f[0].message.vi).toContain('Xã NTM nâng cao');
    // Those rows' items say "Chưa có kết quả", never overdue.
    const items = r.summary.departments.flatMap((d) => d.items).filter((i) => i.setId === 'xa-ntm-nang-cao-2021');
    expect(items.length).toBe(2);
    expect(items.every((i) => i.state === 'no-result')).toBe(true);
    // The national set has communes: nothing said of it.
    expect(f.some((x) => x.setId === 'xa-ntm-2021')).toBe(false);
  });

  test('with no status sheet at all nothing is said: every set would be without communes', () => {
    const r = check([twoSets()]);
    expect(codes(r, 'assign.set-no-communes')).toEqual([]);
  });

  test('a commune targeting the advanced set makes its rows judged', () => {
    const communes = communesSheet([['Tân Sơn', 'xã', 'Nông thôn mới'], ['Kim Sơn', 'xã', 'Nông thôn mới nâng cao']]);
    const r = check([communes, twoSets(), fullMatrix(['Tân Sơn', 'Kim Sơn'])]);
    expect(codes(r, 'assign.set-no-communes')).toEqual([]);
  });

  test('a set communes work towards with no row at all is a warning (assign.set-missing)', () => {
    // Kim Sơn targets the advanced set; the plan has national rows only.
    const communes = communesSheet([['Tân Sơn', 'xã', 'Nông thôn mới'], ['Kim Sơn', 'xã', 'Nông thôn mới nâng cao']]);
    const national = sheet('Phân công', [['BẢNG PHÂN CÔNG'], ASSIGN_HEADER, [1, ALL_NTM, null, 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023', null]]);
    const r = check([communes, national, fullMatrix(['Tân Sơn', 'Kim Sơn'])]);
    const f = codes(r, 'assign.set-missing');
    expect(f).toEqual([expect.objectContaining({ setId: 'xa-ntm-nang-cao-2021', severity: 'warning' })]);
    expect(f[0].message.vi).toContain('1 xã');
  });
});
