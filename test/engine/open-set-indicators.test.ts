// "Số chỉ tiêu đạt/tổng số" of a set whose indicator list is not complete here: the advanced set
// has 75 indicators (QĐ 318/QĐ-TTg, DOMAIN §2.2), of which the catalog knows some. Its column
// read "14/33" for a commune meeting 14 of 19 criteria (seed 004 probe): no total, and a note.
import { check, matrixSheet } from '../support/sheets';

const CRITERIA = Array.from({ length: 19 }, (_, i) => String(i + 1));
// Tân Sơn meets criteria 1–14, Kim Sơn 1–12; criterion verdicts only, as offices keep them.
const verdicts = (title: string) =>
  matrixSheet(['Tân Sơn', 'Kim Sơn'], CRITERIA.map((c) => [c, `Tiêu chí ${c}`, Number(c) <= 14 ? 'Đạt' : 'Chưa đạt', Number(c) <= 12 ? 'Đạt' : 'Chưa đạt']), 'Hiện trạng', title);

test('an advanced-set commune gets no indicator total, the decision\'s count is given instead', () => {
  const r = check([verdicts('KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO')]);
  const rows = r.summary.communes;
  expect(rows.map((c) => [c.display, c.setId, c.criteriaMet.length, c.indicatorsTotal, c.indicatorsExpected])).toEqual([
    ['Tân Sơn', 'xa-ntm-nang-cao-2021', 14, 0, 75],
    ['Kim Sơn', 'xa-ntm-nang-cao-2021', 12, 0, 75],
  ]);
  const plan = r.sheetPlans.find((p) => p.name.startsWith('TH_Theo xã'))!;
  const row = plan.values.find((v) => v[1] === 'Tân Sơn')!;
  // No "x/33" anywhere in the row; the criteria count stays.
  expect(row.filter((v) => typeof v === 'string' && /^\d+\/\d+$/.test(v))).toEqual([]);
  expect(row).toContain(14);
  expect(plan.values.flat()).toContain('Cột số chỉ tiêu đạt để trống: chưa có đủ danh sách 75 chỉ tiêu của bộ tiêu chí này (thêm các chỉ tiêu còn thiếu vào trang bộ tiêu chí của tệp để tính).');
});

test('the national commune set keeps its "x/57"', () => {
  const r = check([verdicts('KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI')]);
  expect(r.summary.communes.map((c) => [c.setId, c.indicatorsTotal, c.indicatorsExpected])).toEqual([
    ['xa-ntm-2021', 57, undefined],
    ['xa-ntm-2021', 57, undefined],
  ]);
  const plan = r.sheetPlans.find((p) => p.name.startsWith('TH_Theo xã'))!;
  expect(plan.values.flat().some((v) => typeof v === 'string' && v.startsWith('Cột số chỉ tiêu đạt để trống'))).toBe(false);
});
