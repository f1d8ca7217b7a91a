// A report dated after the period its sets were issued for ("giai đoạn 2021 - 2025"): said once per
// set, with the way to the next period's criteria (the definitions sheet, DOMAIN §4.4).
import { printSummary } from '../../src/cli/print-summary';
import { setPeriod } from '../../src/domain/criteria/set-period';
import { check, codes, fullMatrix, matrixSheet, sheet } from '../support/sheets';

test('the period is read from the set\'s name', () => {
  expect(setPeriod('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025')).toEqual({ from: '2021-01-01', to: '2025-12-31', label: '2021 - 2025' });
  expect(setPeriod('Thị trấn đạt chuẩn đô thị văn minh')).toBeUndefined();
});

test('at 25/11/2026 the commune set (2021 - 2025) is past its period: one info finding, and a line in the console', () => {
  const r = check([fullMatrix(['Tân Sơn'], { '11': ['Chưa đạt'] })], { asOf: '2026-11-25' });
  const f = codes(r, 'set.period-ended');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ severity: 'info', setId: 'xa-ntm-2021', found: '2021 - 2025', sheet: 'Hiện trạng' });
  expect(f[0].message.vi).toContain('Ngày báo cáo 25/11/2026 đã sau giai đoạn 2021 - 2025');
  expect(printSummary(r, 'vi').split('\n')[1]).toBe('Lưu ý: ngày này đã sau giai đoạn 2021 - 2025 của Xã NTM; kết quả theo các bộ tiêu chí đó (xem set.period-ended).');
});

test('within the period (31/12/2025) nothing is said', () => {
  const r = check([fullMatrix(['Tân Sơn'])], { asOf: '2025-12-31' });
  expect(codes(r, 'set.period-ended')).toEqual([]);
  expect(printSummary(r, 'vi')).not.toContain('Lưu ý: ngày này');
});

test('a definitions sheet with rows taking effect after the period: the office has brought the new criteria in', () => {
  const defs = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ'], ['Bộ tiêu chí', 'Mã', 'Tên', 'Chiều', 'Mức đạt', 'Hiệu lực từ'], ['Xã NTM', '12.1', 'Lao động qua đào tạo', '≥', '75%', '01/01/2026']]);
  const r = check([defs, fullMatrix(['Tân Sơn'])], { asOf: '2026-11-25' });
  expect(codes(r, 'set.period-ended')).toEqual([]);
});

test('a definitions sheet naming the next period ("giai đoạn 2026 - 2030") for a set with no shipped set of that period renames it in the reports and is not past it', () => {
  // QĐ 51/2025/QĐ-TTg has no "nâng cao" set: an office keeping one for 2026 - 2030 names it so.
  const NEXT = 'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2026 - 2030';
  const defs = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ'], ['Bộ tiêu chí', 'Mã', 'Tên', 'Chiều', 'Mức đạt'], [NEXT, '12.1', 'Lao động qua đào tạo', '≥', '75%']]);
  const advanced = matrixSheet(['Tân Sơn'], [['12', 'Lao động', 'Đạt'], ['12.1', 'Lao động qua đào tạo', '80%']], 'Hiện trạng NC', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NTM NÂNG CAO');
  const r = check([defs, advanced], { asOf: '2026-11-25' });
  expect(codes(r, 'definitions.set-period')).toEqual([expect.objectContaining({ severity: 'info', setId: 'xa-ntm-nang-cao-2021', found: '2026 - 2030', expected: '2021 - 2025' })]);
  expect(r.summary.sets.find((s) => s.id === 'xa-ntm-nang-cao-2021')?.name).toBe(NEXT);
  expect(codes(r, 'set.period-ended')).toEqual([]);
  // The commune sheet's subtitle names the set as the office does.
  const communeSheet = r.sheetPlans.find((p) => p.name.startsWith('TH_Theo xã'))!;
  expect(communeSheet.values.slice(0, 8).flat()).toContain(NEXT);
});

test('a definitions sheet naming the commune set for 2026 - 2030 names the shipped set of that period: nothing is renamed', () => {
  const defs = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ'], ['Bộ tiêu chí', 'Mã', 'Tên', 'Chiều', 'Mức đạt'], ['Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030', '6.1', 'Tỷ lệ hộ nghèo đa chiều', '≤', '3%']]);
  const r = check([defs, matrixSheet(['Tân Sơn'], [['6.1', 'Tỷ lệ hộ nghèo', '2%']])], { asOf: '2026-11-25' });
  expect(codes(r, 'definitions.set-period')).toEqual([]);
  expect(r.summary.communes.map((c) => [c.setId, c.criteriaMet, c.criteriaTotal])).toEqual([['xa-ntm-2026', ['6'], 10]]);
  expect(codes(r, 'set.period-ended')).toEqual([]);
});