// A province's own criteria set, defined on the workbook's definitions sheet (DOMAIN §4.4: "this is
// how a province's own set … reaches the product"): the sheets that name it are read as that set,
// not as the national commune set.
import { printSummary } from '../../src/cli/print-summary';
import { assignmentSheet, check, codes, communesSheet, fullMatrix, matrixSheet, sheet } from '../support/sheets';

const SET = 'Bộ tiêu chí xã an toàn thực phẩm';
const DEFS = sheet('Bộ tiêu chí', [
  ['BỘ TIÊU CHÍ CỦA TỈNH'],
  [],
  ['Bộ tiêu chí', 'Mã', 'Tên tiêu chí/chỉ tiêu', 'Đơn vị', 'Chiều', 'Mức đạt'],
  [SET, '1', 'Cơ sở sản xuất được cấp giấy chứng nhận', null, 'Đạt', null],
  [SET, '2', 'Không có ngộ độc thực phẩm đông người', null, 'Đạt', null],
]);
const ATTP_TITLE = 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ AN TOÀN THỰC PHẨM NĂM 2023';

const idOf = (r: ReturnType<typeof check>) => r.summary.sets.find((s) => s.name === SET)?.id;

test('a status matrix titled with the province\'s set and an assignment section naming it are that set', () => {
  const r = check([
    DEFS,
    assignmentSheet([['Tiêu chí 1', 'Phòng Y tế', null, null, 'quý II/2023'], ['Tiêu chí 2', 'Phòng Y tế', null, null, 'quý II/2023']], 'Phân công ATTP', 'II. BỘ TIÊU CHÍ XÃ AN TOÀN THỰC PHẨM'),
    fullMatrix(['Tân Sơn', 'Kim Sơn']),
    matrixSheet(['Tân Sơn', 'Kim Sơn'], [['1', 'Cơ sở sản xuất', 'Đạt', 'Chưa đạt'], ['2', 'Ngộ độc', 'Đạt', 'Đạt']], 'ATTP', ATTP_TITLE),
  ]);
  const id = idOf(r);
  expect(id).toBeDefined();
  // Hand count: on the province's set Tân Sơn meets both criteria, Kim Sơn misses criterion 1.
  const attp = r.summary.communes.filter((c) => c.setId === id);
  expect(attp.map((c) => [c.display, c.criteriaMet, c.criteriaUnmet])).toEqual([
    ['Tân Sơn', ['1', '2'], []],
    ['Kim Sơn', ['2'], ['1']],
  ]);
  // The national set is untouched: both communes meet all 19 on the full matrix.
  expect(r.summary.totals.find((t) => t.setId === 'xa-ntm-2021')).toMatchObject({ communes: 2, full: 2 });
  // Before, criterion 1 of this sheet was taken for the national criterion 1 (all its indicators met).
  expect(codes(r, 'status.criterion-inconsistent')).toEqual([]);
  // The section's rows lead the province's set: its criterion 1 is overdue for Kim Sơn.
  const overdue = codes(r, 'deadline.overdue');
  expect(overdue).toHaveLength(1);
  expect(overdue[0]).toMatchObject({ sheet: 'Phân công ATTP', setId: id });
  expect(overdue[0].message.vi).toContain('Kim Sơn');
  // The console names the set as the definitions sheet wrote it.
  expect(printSummary(r, 'vi')).toContain(`Bộ tiêu chí Xã an toàn thực phẩm (${id}): 2 xã, 1 xã đạt đủ`);
});

test('a long table and an assignment sheet with a set column naming the province\'s set', () => {
  const long = sheet('Kết quả', [
    ['KẾT QUẢ RÀ SOÁT'],
    ['Xã', 'Bộ tiêu chí', 'Mã', 'Đánh giá'],
    ['Tân Sơn', 'Xã an toàn thực phẩm', '1', 'Chưa đạt'],
    ['Tân Sơn', 'Xã an toàn thực phẩm', '2', 'Đạt'],
    ['Kim Sơn', 'Xã an toàn thực phẩm', '1', 'Đạt'],
    ['Kim Sơn', 'Xã an toàn thực phẩm', '2', 'Đạt'],
  ]);
  const assign = sheet('Phân công', [
    ['BẢNG PHÂN CÔNG'],
    ['STT', 'Bộ tiêu chí', 'Tiêu chí', 'Cơ quan chủ trì', 'Thời hạn hoàn thành'],
    [1, SET, 'Tiêu chí 1', 'Phòng Y tế', 'quý IV/2023'],
    [2, SET, 'Tiêu chí 2', 'Phòng Y tế', 'quý IV/2023'],
  ]);
  const r = check([DEFS, assign, long]);
  const id = idOf(r);
  expect(id).toBeDefined();
  // Before, the set column named a set the reader did not know: an error on each row.
  expect(codes(r, 'set.unknown')).toEqual([]);
  expect(r.summary.communes.map((c) => [c.display, c.setId, c.criteriaUnmet])).toEqual([
    ['Tân Sơn', id, ['1']],
    ['Kim Sơn', id, []],
  ]);
  expect(codes(r, 'assign.no-lead')).toEqual([]);
});

test('a title naming a shipped set stays that set when the workbook adds its own', () => {
  const r = check([
    DEFS,
    matrixSheet(['Tân Sơn'], [['1', 'Quy hoạch', 'Đạt']], 'Nâng cao', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO'),
    fullMatrix(['Kim Sơn']),
  ]);
  expect(r.summary.communes.map((c) => [c.display, c.setId])).toEqual([
    ['Tân Sơn', 'xa-ntm-nang-cao-2021'],
    ['Kim Sơn', 'xa-ntm-2021'],
  ]);
});

test('a communes sheet whose target column names the province\'s set puts the commune in it', () => {
  const r = check([
    DEFS,
    communesSheet([['Tân Sơn', 'xã', 'Xã an toàn thực phẩm'], ['Hàm Giang', 'xã', 'Xã an toàn thực phẩm']]),
    matrixSheet(['Tân Sơn'], [['1', 'Cơ sở sản xuất', 'Đạt'], ['2', 'Ngộ độc', 'Đạt']], 'ATTP', ATTP_TITLE),
  ]);
  const id = idOf(r);
  // Hàm Giang has no column yet: it is counted in the set, with no status.
  expect(r.summary.communes.map((c) => [c.display, c.setId, c.noData === true])).toEqual([
    ['Tân Sơn', id, false],
    ['Hàm Giang', id, true],
  ]);
});
