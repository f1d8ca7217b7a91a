// "Đạt đúng hạn" only where a date met ("Ngày đạt") shows the item met by its deadline (DOMAIN §5);
// met with no date known is "Đã đạt", and still counts as met.
import type { CellValue } from '../../src/domain/model/grid';
import type { CheckResult } from '../../src/domain/check-types';
import { SHEET_NAMES } from '../../src/domain/layout';
import { assignmentSheet, check, fullMatrix, sheet } from '../support/sheets';

const LD = 'Phòng Lao động - Thương binh và Xã hội';
const NN = 'Phòng Nông nghiệp và PTNT';

/** Criterion 11 due Quý II/2023 (30/6/2023), criterion 1 due Quý III/2023 (30/9/2023). */
const plan = () => assignmentSheet([
  ['Tiêu chí 11', LD, null, null, 'Quý II/2023'],
  ['Tiêu chí 1', NN, null, null, 'Quý III/2023'],
]);

/** A long status table: Xã · Mã · Đánh giá · Ngày đạt. */
const long = (rows: CellValue[][]) => sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Ngày đạt'], ...rows]);

/** The state column of the department sheet, by item label. */
function states(r: CheckResult): Record<string, CellValue> {
  const p = r.sheetPlans.find((x) => x.name === SHEET_NAMES.departments)!;
  return Object.fromEntries(p.values.filter((v) => typeof v?.[2] === 'string' && /^Tiêu chí \d/.test(v[2] as string)).map((v) => [(v[2] as string).split(':')[0], v[5]]));
}

const item = (r: CheckResult, code: string) => r.summary.departments.flatMap((d) => d.items).find((i) => i.code === code)!;

test('no "Ngày đạt" column: met items read "Đã đạt", flagged in the JSON summary, and still counted as met', () => {
  const r = check([plan(), fullMatrix(['Tân Sơn', 'Kim Sơn'])], { asOf: '2023-10-15' });
  expect(states(r)).toEqual({ 'Tiêu chí 11': 'Đã đạt', 'Tiêu chí 1': 'Đã đạt' });
  expect(item(r, '11')).toMatchObject({ state: 'met-on-time', metUndated: true });
  // Each department leads one item, met in both communes.
  expect(r.summary.departments.map((d) => [d.departmentId, d.led, d.met])).toEqual([['ld-tbxh', 1, 1], ['nn-ptnt', 1, 1]]);
});

test('"Đạt đúng hạn" when every commune\'s date is by the deadline; one empty "Ngày đạt" cell makes it "Đã đạt"', () => {
  const dated = check([plan(), long([['Tân Sơn', '11', 'Đạt', '20/05/2023'], ['Kim Sơn', '11', 'Đạt', '30/06/2023']])], { asOf: '2023-10-15' });
  expect(states(dated)['Tiêu chí 11']).toBe('Đạt đúng hạn');
  expect(item(dated, '11').metUndated).toBeUndefined();
  const oneEmpty = check([plan(), long([['Tân Sơn', '11', 'Đạt', '20/05/2023'], ['Kim Sơn', '11', 'Đạt', null]])], { asOf: '2023-10-15' });
  expect(states(oneEmpty)['Tiêu chí 11']).toBe('Đã đạt');
  expect(item(oneEmpty, '11')).toMatchObject({ state: 'met-on-time', metUndated: true });
  expect(oneEmpty.summary.departments.find((d) => d.departmentId === 'ld-tbxh')).toMatchObject({ led: 1, met: 1 });
  // A date after the deadline still says so, whatever the other commune lacks.
  const late = check([plan(), long([['Tân Sơn', '11', 'Đạt', '15/08/2023'], ['Kim Sơn', '11', 'Đạt', null]])], { asOf: '2023-10-15' });
  expect(states(late)['Tiêu chí 11']).toBe('Hoàn thành muộn');
});

test('a criterion is on time by its own date, or by every indicator\'s: one undated indicator leaves it "Đã đạt"', () => {
  const ownDate = check([plan(), long([['Tân Sơn', '1', 'Đạt', '01/09/2023'], ['Tân Sơn', '1.1', 'Đạt', null], ['Tân Sơn', '1.2', 'Đạt', null]])], { asOf: '2023-10-15' });
  expect(states(ownDate)['Tiêu chí 1']).toBe('Đạt đúng hạn');
  const both = check([plan(), long([['Tân Sơn', '1.1', 'Đạt', '01/03/2023'], ['Tân Sơn', '1.2', 'Đạt', '01/09/2023']])], { asOf: '2023-10-15' });
  expect(states(both)['Tiêu chí 1']).toBe('Đạt đúng hạn');
  const oneUndated = check([plan(), long([['Tân Sơn', '1.1', 'Đạt', '01/03/2023'], ['Tân Sơn', '1.2', 'Đạt', null]])], { asOf: '2023-10-15' });
  expect(states(oneUndated)['Tiêu chí 1']).toBe('Đã đạt');
  expect(item(oneUndated, '1')).toMatchObject({ state: 'met-on-time', metUndated: true });
});

test('district contents: "Đạt đúng hạn" with a date met by the deadline, "Đã đạt" without one, on the district and department sheets', () => {
  const assigned = assignmentSheet([
    ['Nội dung 9.5', 'Văn phòng HĐND và UBND huyện', null, null, 'Quý III/2023'],
    ['Nội dung 9.6', 'Phòng Tư pháp', null, null, 'Quý III/2023'],
  ], 'Phân công', 'I. BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI');
  const results = sheet('Tiêu chí huyện', [['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI'], [], ['Mã', 'Tiêu chí / Nội dung', 'Kết quả đánh giá', 'Ngày đạt'],
    ['9.5', 'Có dịch vụ công trực tuyến mức độ 3 trở lên', 'Đạt', '15/9/2023'],
    ['9.6', 'Huyện đạt chuẩn tiếp cận pháp luật theo quy định', 'Đạt', null]]);
  const r = check([assigned, results], { asOf: '2023-10-15' });
  const district = r.sheetPlans.find((p) => p.name === SHEET_NAMES.district)!;
  const stateOf = (code: string) => district.values.find((v) => v?.[0] === code)?.[4];
  expect([stateOf('9.5'), stateOf('9.6')]).toEqual(['Đạt đúng hạn', 'Đã đạt']);
  expect(r.summary.district.find((d) => d.code === '9.6')).toMatchObject({ state: 'met-on-time', metUndated: true });
  expect(r.summary.district.find((d) => d.code === '9.5')?.metUndated).toBeUndefined();
  const depts = r.sheetPlans.find((x) => x.name === SHEET_NAMES.departments)!;
  expect(depts.values.filter((v) => typeof v?.[2] === 'string' && (v[2] as string).startsWith('Nội dung 9.')).map((v) => [(v[2] as string).slice(0, 12), v[5]])).toEqual([
    ['Nội dung 9.6', 'Đã đạt'],
    ['Nội dung 9.5', 'Đạt đúng hạn'],
  ]);
});
