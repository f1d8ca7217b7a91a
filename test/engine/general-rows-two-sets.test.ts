// A row for the rest on a row written for two sets ("Xã NTM và xã NTM nâng cao" in the set column)
// is one Assignment per set: each is narrowed against its own set's rows. Before, only the first
// set's was; the second led every criterion beside the rows naming them.
import type { CellValue } from '../../src/domain/model/grid';
import { shippedCatalogIndex } from '../../src/domain/criteria/catalog';
import { sheet, fullMatrix, matrixSheet, check, codes } from '../support/sheets';

const BOTH = 'Xã NTM và xã NTM nâng cao';
const NC = 'xa-ntm-nang-cao-2021';
const HEADER: CellValue[] = ['STT', 'Bộ tiêu chí', 'Tiêu chí/chỉ tiêu', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'];

/** A plan with a set column: rows of [set, code, lead, deadline], the header at row 2. */
function plan(rows: [string, string, string, string][]): ReturnType<typeof sheet> {
  return sheet('Phân công', [['BẢNG PHÂN CÔNG'], HEADER, ...rows.map(([set, code, lead, deadline], i) => [i + 1, set, code, lead, null, deadline])]);
}

/** The advanced set's status: each criterion, or its indicators, Đạt but the first commune's unmet ones. */
function advancedStatus(unmet: string[], communes = ['Kim Sơn']): ReturnType<typeof sheet> {
  const rows = shippedCatalogIndex().getSet(NC)!.criteria.flatMap((c) => (c.indicators.length ? c.indicators.map((i) => i.code) : [c.code]));
  const values = (c: string) => communes.map((_, k) => (k === 0 && unmet.includes(c) ? 'Chưa đạt' : 'Đạt'));
  return matrixSheet(communes, rows.map((c) => [c, `Chỉ tiêu ${c}`, ...values(c)]), 'Nâng cao', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO');
}

const range = (from: number, to: number, prefix = '') => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

describe('"Các tiêu chí còn lại" for both sets beside rows naming codes', () => {
  // Tân Sơn (Xã NTM) misses 1.1; Kim Sơn (nâng cao) misses 1 and 13.1. On 15/10/2023 Quý II/2023 is past.
  const r = check([
    plan([
      [BOTH, 'Tiêu chí 1, 2', 'Phòng Kinh tế và Hạ tầng', 'Quý IV/2023'],
      ['Xã NTM nâng cao', 'Chỉ tiêu 13.1', 'Phòng Tài chính - Kế hoạch', 'Quý IV/2023'],
      [BOTH, 'Các tiêu chí còn lại', 'Văn phòng Điều phối NTM', 'Quý II/2023'],
    ]),
    fullMatrix(['Tân Sơn'], { '1.1': ['Chưa đạt'] }),
    advancedStatus(['1', '13.1']),
  ], { asOf: '2023-10-15' });
  const dept = (id: string) => r.summary.departments.find((d) => d.departmentId === id);
  const items = (id: string, role: string, setId: string) => dept(id)?.items.filter((i) => i.role === role && i.setId === setId).map((i) => i.code);

  test('in each set the rows naming codes lead them and the rest row supports them: one lead per code', () => {
    // Before: in the advanced set the rest row led 1 … 19 too: "Mã 1", "Mã 2 … có 2 cơ quan chủ trì".
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
    expect(items('kt-ht', 'lead', 'xa-ntm-2021')).toEqual(['1', '2']);
    expect(items('kt-ht', 'lead', NC)).toEqual(['1', '2']);
    expect(items('tc-kh', 'lead', NC)).toEqual(['13.1']);
    expect(items('vpdp-ntm', 'lead', 'xa-ntm-2021')).toEqual(range(3, 19));
    expect(items('vpdp-ntm', 'coordinator', 'xa-ntm-2021')).toEqual(['1', '2']);
    // Criterion 13 of the advanced set has 8 indicators: the rest row leads the 7 not named.
    expect(items('vpdp-ntm', 'lead', NC)).toEqual([...range(3, 12), ...range(2, 8, '13.'), ...range(14, 19)]);
    expect(items('vpdp-ntm', 'coordinator', NC)).toEqual(['1', '2', '13.1']);
    // 17 + 23 led, 2 + 3 supported (before: 17 + 19 led, 2 supported).
    expect(dept('vpdp-ntm')).toMatchObject({ led: 40, coordinating: 5, overdue: 0 });
  });

  test('the rest row\'s past deadline judges no code another row leads, in either set', () => {
    // Before: 1 and 13 of the advanced set were overdue under the rest row's Quý II/2023.
    expect(codes(r, 'deadline.overdue')).toEqual([]);
    expect(codes(r, 'deadline.due-soon').map((f) => [f.cell, f.setId, f.indicator]).sort()).toEqual([
      ['F3', 'xa-ntm-2021', '1'],
      ['F3', NC, '1'],
      ['F4', NC, '13.1'],
    ]);
  });

  test('what it supports is said once per set, naming the set', () => {
    const said = codes(r, 'assign.general-row');
    expect(said.map((f) => f.cell)).toEqual(['C5', 'C5']);
    expect(said.map((f) => f.message.vi.split(', nên')[0]).sort()).toEqual([
      '"Các tiêu chí còn lại" của Xã NTM nâng cao: 1, 2, 13.1 đã có dòng phân công riêng',
      '"Các tiêu chí còn lại" của Xã NTM: 1, 2 đã có dòng phân công riêng',
    ]);
    expect(new Set(said.map((f) => f.key)).size).toBe(2);
  });
});

test('a row for the rest for "Xã NTM và huyện NTM" is every criterion of each set', () => {
  // Before: both copies had the criteria of the phrase read whole (huyện NTM: 1 … 9), so the
  // commune set's 10 … 19 had no lead.
  const r = check([plan([
    ['Xã NTM và huyện NTM', 'Tiêu chí 1', 'Phòng Kinh tế và Hạ tầng', 'Quý IV/2023'],
    ['Xã NTM và huyện NTM', 'Các tiêu chí còn lại', 'Văn phòng Điều phối NTM', 'Quý IV/2023'],
  ]), fullMatrix(['Tân Sơn'])]);
  const led = (setId: string) => r.summary.departments.find((d) => d.departmentId === 'vpdp-ntm')?.items.filter((i) => i.role === 'lead' && i.setId === setId).map((i) => i.code);
  expect(led('xa-ntm-2021')).toEqual(range(2, 19));
  expect(led('huyen-ntm-2021')).toEqual(range(2, 9));
  expect(codes(r, 'assign.multiple-leads')).toEqual([]);
});

describe('"Tất cả các tiêu chí" for both sets, one set\'s plan missing criterion 11', () => {
  const NN = 'Phòng Nông nghiệp và PTNT';
  const LD = 'Phòng Lao động - Thương binh và Xã hội';
  const VH = 'Phòng Văn hóa và Thông tin';
  const r = check([
    plan([
      [BOTH, 'Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10', NN, 'Quý IV/2023'],
      ['Xã NTM', 'Tiêu chí 11, 12', LD, 'Quý IV/2023'],
      ['Xã NTM nâng cao', 'Tiêu chí 12', LD, 'Quý IV/2023'],
      [BOTH, 'Tiêu chí 13, 14, 15, 16, 17, 18, 19', VH, 'Quý IV/2023'],
      [BOTH, 'Tất cả các tiêu chí', 'UBND các xã', 'Quý IV/2023'],
    ]),
    fullMatrix(['Tân Sơn']),
    advancedStatus([]),
  ], { asOf: '2023-10-15' });

  test('the advanced set\'s copy is the only lead of 11 there: warned, naming the set; the commune set\'s is not', () => {
    // Before: the advanced copy was no general row: no warning, and 18 "several leads" warnings.
    const f = codes(r, 'assign.general-only-lead');
    expect(f.map((x) => [x.cell, x.setId, x.indicator])).toEqual([['C7', NC, '11']]);
    expect(f[0].message.vi).toMatch(/^"Tất cả các tiêu chí" của Xã NTM nâng cao: không dòng nào khác phân công 11, /);
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
  });

  test('the communes\' row leads 11 of the advanced set alone and supports the other 37 codes', () => {
    const communes = r.summary.departments.find((d) => d.department === 'UBND các xã');
    const lead = communes?.items.filter((i) => i.role === 'lead').map((i) => `${i.setId}:${i.code}`);
    expect(lead).toEqual([`${NC}:11`]);
    // 19 of the commune set, 18 of the advanced one.
    expect(communes).toMatchObject({ led: 1, coordinating: 37 });
  });
});

describe('"Các xã còn lại" on rows for both sets', () => {
  // Communes in the set column's order: Tân Sơn, Kim Sơn (Xã NTM); Long Hòa, Hòa Cư (nâng cao).
  const table = (rows: [string, string, string | null, string][]) => sheet('Phân công', [
    ['BẢNG PHÂN CÔNG'],
    ['STT', 'Bộ tiêu chí', 'Tiêu chí/chỉ tiêu', 'Cơ quan chủ trì', 'Xã áp dụng', 'Thời hạn hoàn thành'],
    ...rows.map(([code, lead, communes, deadline], i) => [i + 1, BOTH, code, lead, communes, deadline]),
  ]);
  const advanced = (unmet: string[]) => advancedStatus(unmet, ['Long Hòa', 'Hòa Cư']);
  const REST = 'Tiêu chí 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19';

  test('each set\'s copy is the communes its set\'s other rows leave: one lead per commune, each judged once', () => {
    // Long Hòa misses 1: its own row (Quý IV/2023) leads it there, not the rest row (Quý II/2023).
    const r = check([table([
      ['Tiêu chí 1', 'Phòng Kinh tế và Hạ tầng', 'Tân Sơn, Long Hòa', 'Quý IV/2023'],
      ['Tiêu chí 1', 'Phòng Nông nghiệp và PTNT', 'Các xã còn lại', 'Quý II/2023'],
      [REST, 'Văn phòng Điều phối NTM', null, 'Quý IV/2023'],
    ]), fullMatrix(['Tân Sơn', 'Kim Sơn']), advanced(['1'])], { asOf: '2023-10-15' });
    // Before: the advanced copy was every commune: "Mã 1 của Xã NTM nâng cao có 2 cơ quan chủ trì",
    // and Long Hòa overdue under the rest row.
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
    expect(codes(r, 'deadline.overdue')).toEqual([]);
    expect(codes(r, 'deadline.due-soon').map((f) => [f.cell, f.setId, f.found])).toEqual([['F3', NC, 'Long Hòa']]);
    const nn = r.summary.departments.find((d) => d.departmentId === 'nn-ptnt')?.items.map((i) => [i.setId, i.code, i.state]);
    expect(nn).toEqual([['xa-ntm-2021', '1', 'met-on-time'], [NC, '1', 'met-on-time']]);
  });

  test('with no row naming communes it is unclear, said once at its cell', () => {
    const r = check([table([
      ['Tiêu chí 1', 'Phòng Nông nghiệp và PTNT', 'Các xã còn lại', 'Quý IV/2023'],
      [REST, 'Văn phòng Điều phối NTM', null, 'Quý IV/2023'],
    ]), fullMatrix(['Tân Sơn', 'Kim Sơn']), advanced([])], { asOf: '2023-10-15' });
    expect(codes(r, 'assign.scope-unclear').map((f) => f.cell)).toEqual(['E3']);
  });
});

describe('a section row naming two sets ("I. XÃ NTM VÀ XÃ NTM NÂNG CAO")', () => {
  // No set column: the section says which sets the rows under it serve. Read as one phrase it was
  // the advanced set alone, and Xã NTM lost the rows (criterion 1 without a lead there).
  const section = (title: string) => sheet('Phân công', [['BẢNG PHÂN CÔNG'], ['STT', 'Tiêu chí/chỉ tiêu', 'Cơ quan chủ trì', 'Thời hạn hoàn thành'], [title], [1, 'Tiêu chí 1, 2', 'Phòng Kinh tế và Hạ tầng', 'Quý IV/2023'], [2, 'Các tiêu chí còn lại', 'Văn phòng Điều phối NTM', 'Quý IV/2023']]);
  const r = check([section('I. XÃ NTM VÀ XÃ NTM NÂNG CAO'), fullMatrix(['Tân Sơn']), advancedStatus([])], { asOf: '2023-10-15' });
  const led = (id: string, setId: string) => r.summary.departments.find((d) => d.departmentId === id)?.items.filter((i) => i.role === 'lead' && i.setId === setId).map((i) => i.code);

  test('its rows serve both sets: KT&HT leads 1 and 2 in each, the rest row the other criteria of each', () => {
    const kt = r.summary.departments.find((d) => /Kinh tế/.test(d.department))!.departmentId;
    const vp = r.summary.departments.find((d) => /Điều phối/.test(d.department))!.departmentId;
    expect(led(kt, 'xa-ntm-2021')).toEqual(['1', '2']);
    expect(led(kt, NC)).toEqual(['1', '2']);
    expect(led(vp, 'xa-ntm-2021')).toEqual(range(3, 19));
    expect(led(vp, NC)).toEqual(range(3, 19));
    expect(codes(r, 'assign.no-lead')).toEqual([]);
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
  });

  test('a section naming one set is that set alone', () => {
    const one = check([section('II. XÃ NTM NÂNG CAO'), advancedStatus([])], { asOf: '2023-10-15' });
    expect(new Set(one.summary.departments.flatMap((d) => d.items.map((i) => i.setId)))).toEqual(new Set([NC]));
  });
});
