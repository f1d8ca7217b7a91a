// Filtering, search and grouping behind the findings list; the pane's region list.
import { filterFindings, filterOptions, groupFindings, isFiltered, itemKeys, navigationOrder, neighbourAfterRemoval, openByDefault, searchFold, type Names } from '../../src/ui/findings-view';
import type { Finding } from '../../src/domain/model/finding';
import { REGIONS, REGION_NAMES } from '../../src/domain/criteria/schema';
import { UI_REGIONS, UI_REGION_NAMES } from '../../src/ui/regions';
import { checkOptions, inputSheets } from '../../src/ui/run-check';
import { langFromDisplayLanguage, formatDecimal } from '../../src/ui/i18n';
import { checkedName } from '../../src/ui/file-host';
import { vietnamToday } from '../../src/ui/vietnam-date';

const names: Names = { commune: (k) => ({ 'xa:tập sơn': 'Tập Sơn', 'xa:tân sơn': 'Tân Sơn' })[k] ?? k, department: (d) => ({ 'tn-mt': 'Phòng Tài nguyên và Môi trường' })[d] ?? d };

function f(p: Partial<Finding> & Pick<Finding, 'code' | 'severity'>): Finding {
  return { message: { vi: p.code, en: p.code }, key: p.code + (p.cell ?? ''), ...p };
}

const findings: Finding[] = [
  f({ code: 'deadline.overdue', severity: 'warning', sheet: 'Phân công', cell: 'G18', department: 'tn-mt', message: { vi: 'Quá hạn: mã 17, còn 7 xã chưa đạt: Tập Sơn', en: 'Overdue' } }),
  f({ code: 'commune.variant', severity: 'warning', sheet: 'Phân công', cell: 'F18', commune: 'xa:tập sơn', message: { vi: 'Tên xã viết khác nhau: "Tập sơn" và "Tập Sơn".', en: 'spelt two ways' } }),
  f({ code: 'code.name-mismatch', severity: 'error', sheet: 'Phân công', cell: 'B39', message: { vi: 'Tên ghi cạnh mã 4 là tên của tiêu chí 3', en: 'x' } }),
  f({ code: 'program.unmet', severity: 'info', sheet: 'Hiện trạng NTM', cell: 'D7', commune: 'xa:tân sơn', message: { vi: 'Tân Sơn chưa đạt tiêu chí 2', en: 'x' } }),
];

test('search ignores accents and case: "tan son" finds Tân Sơn but "tap son" not Tân Sơn', () => {
  expect(searchFold('Tập Sơn  Đại An')).toBe('tap son dai an');
  expect(filterFindings(findings, { text: 'tan son' }, names).map((x) => x.cell)).toEqual(['D7']);
  expect(filterFindings(findings, { text: 'TAP SON' }, names).map((x) => x.cell)).toEqual(['G18', 'F18']);
});

test('search reaches department names the finding only holds as ids', () => {
  expect(filterFindings(findings, { text: 'tai nguyen' }, names).map((x) => x.cell)).toEqual(['G18']);
});

test('filters combine', () => {
  expect(filterFindings(findings, { sheet: 'Phân công', severity: 'warning' }, names)).toHaveLength(2);
  expect(filterFindings(findings, { commune: 'xa:tập sơn' }, names).map((x) => x.code)).toEqual(['commune.variant']);
  expect(filterFindings(findings, { department: 'tn-mt', severity: 'error' }, names)).toHaveLength(0);
});

describe('findings about several communes or departments', () => {
  // Made by hand: an item led by three departments overdue in two communes (its single fields keep
  // the first lead and no commune, as the engine writes them), one led by KT-HT in Tập Sơn, a
  // commune's own finding, and a conflict between two leads naming no commune.
  const several: Finding[] = [
    f({ code: 'deadline.overdue', severity: 'warning', cell: 'G35', department: 'nn-ptnt', departments: ['nn-ptnt', 'kt-ht', 'hlhpn'], communes: ['xa:đại an', 'xa:long hiệp'] }),
    f({ code: 'deadline.overdue', severity: 'warning', cell: 'G23', department: 'kt-ht', departments: ['kt-ht'], communes: ['xa:tập sơn'] }),
    f({ code: 'program.unmet', severity: 'info', cell: 'G6', commune: 'xa:long hiệp' }),
    f({ code: 'assign.multiple-leads', severity: 'warning', cell: 'D35', departments: ['nn-ptnt', 'hlhpn'] }),
  ];
  const cells = (filter: Parameters<typeof filterFindings>[1]) => filterFindings(several, filter, names).map((x) => x.cell);

  test('a commune or a department in the list matches, as the single field does', () => {
    expect(cells({ commune: 'xa:long hiệp' })).toEqual(['G35', 'G6']);
    expect(cells({ commune: 'xa:tập sơn' })).toEqual(['G23']);
    expect(cells({ department: 'hlhpn' })).toEqual(['G35', 'D35']);
    expect(cells({ department: 'kt-ht' })).toEqual(['G35', 'G23']);
  });

  test('commune and department filters combine', () => {
    expect(cells({ commune: 'xa:long hiệp', department: 'kt-ht' })).toEqual(['G35']);
    expect(cells({ commune: 'xa:tập sơn', department: 'hlhpn' })).toEqual([]);
    expect(cells({ commune: 'xa:long hiệp', department: 'nn-ptnt', severity: 'info' })).toEqual([]);
  });

  test('the lists offer every commune and department either field names', () => {
    const o = filterOptions(several, names);
    expect(o.communes.map((x) => x.value).sort()).toEqual(['xa:long hiệp', 'xa:tập sơn', 'xa:đại an'].sort());
    expect(o.departments.map((x) => x.value).sort()).toEqual(['hlhpn', 'kt-ht', 'nn-ptnt']);
  });
});

test('groups follow severity then code, with the engine counts; navigation walks groups in order', () => {
  const counts = [
    { code: 'program.unmet', severity: 'info' as const, total: 77, shown: 5 },
    { code: 'code.name-mismatch', severity: 'error' as const, total: 1, shown: 1 },
  ];
  const groups = groupFindings(findings, counts);
  expect(groups.map((g) => `${g.severity}:${g.code}`)).toEqual(['error:code.name-mismatch', 'warning:commune.variant', 'warning:deadline.overdue', 'info:program.unmet']);
  expect(groups[3]).toMatchObject({ shown: 5, total: 77 });
  expect(navigationOrder(groups).map((x) => x.cell)).toEqual(['B39', 'F18', 'G18', 'D7']);
});

test('errors open by default, warnings and information closed; a filter or a search opens all', () => {
  expect([openByDefault('error', false), openByDefault('warning', false), openByDefault('info', false)]).toEqual([true, false, false]);
  expect(openByDefault('info', true)).toBe(true);
  expect([isFiltered({}), isFiltered({ text: undefined }), isFiltered({ text: 'tap' }), isFiltered({ severity: 'info' })]).toEqual([false, false, true, true]);
});

test('after "Bỏ qua" focus goes to the next finding, the previous one for the last, skipping those that go with it', () => {
  const order = navigationOrder(groupFindings(findings, []));
  const at = (cell: string) => order.find((x) => x.cell === cell)!;
  expect(neighbourAfterRemoval(order, at('B39'))?.cell).toBe('F18');
  expect(neighbourAfterRemoval(order, at('D7'))?.cell).toBe('G18');
  // A finding of the same key (another cell) is ignored with it.
  const twin = { ...at('F18'), cell: 'F19' };
  expect(neighbourAfterRemoval([at('B39'), at('F18'), twin, at('G18')], at('F18'))?.cell).toBe('G18');
  expect(neighbourAfterRemoval([at('B39')], at('B39'))).toBeUndefined();
});

test('item keys do not move when an earlier finding goes (focus stays on its element)', () => {
  const [a, b, c] = findings;
  expect(itemKeys([b, c]).slice(-1)).toEqual(itemKeys([a, b, c]).slice(-1));
  // Two findings on one cell with one key still get distinct keys.
  expect(new Set(itemKeys([a, { ...a }])).size).toBe(2);
});

test('the pane lists the same seven regions as the criteria schema', () => {
  expect([...UI_REGIONS]).toEqual([...REGIONS]);
  for (const r of REGIONS) expect(UI_REGION_NAMES[r].vi).toBe(REGION_NAMES[r]);
});

test('options from settings; the state sheet is never input, a user\'s "TH_" sheet is (hosts drop the add-in\'s own)', () => {
  const o = checkOptions({ ignored: ['k'], region: 'DBSCL', sheetRoles: { A: null } }, '2023-10-15');
  expect(o).toMatchObject({ asOf: '2023-10-15', region: 'DBSCL', ignored: ['k'], sheetRoles: { A: null } });
  expect(checkOptions({ ignored: [], region: 'Miền Tây', asOf: '2024-01-01' }, '2023-10-15')).toMatchObject({ asOf: '2024-01-01', region: undefined });
  const wb = { sheets: ['Phân công', 'TH_Theo tiêu chí', '_ntm_state', '_NTM_STATE'].map((name) => ({ name, rows: [], merges: [] })) };
  expect(inputSheets(wb).sheets.map((s) => s.name)).toEqual(['Phân công', 'TH_Theo tiêu chí']);
});

test('language, decimal comma, Vietnam date, download name', () => {
  expect(langFromDisplayLanguage('vi-VN')).toBe('vi');
  expect(langFromDisplayLanguage('en-US')).toBe('en');
  expect(langFromDisplayLanguage(undefined)).toBe('vi');
  expect(formatDecimal(16.4, 'vi')).toBe('16,4');
  expect(formatDecimal(16.4, 'en')).toBe('16.4');
  // 18:30 UTC on 31/12 is already 1 January in Vietnam (UTC+7).
  expect(vietnamToday(new Date(Date.UTC(2023, 11, 31, 18, 30)))).toBe('2024-01-01');
  expect(checkedName('Ke hoach.XLSX')).toBe('Ke hoach.checked.xlsx');
  // The copy is an .xlsx package: under .xlsm Excel would refuse it.
  expect(checkedName('KH 2023.xlsm')).toBe('KH 2023.checked.xlsx');
});
