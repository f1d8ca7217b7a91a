// The district set's precondition (QĐ 320/QĐ-TTg, DOMAIN §2): every xã of the district meets the
// commune set. Judged from the status data, said on the district sheet and, when not met, as a finding.
import { check, codes, communesSheet, fullMatrix, sheet } from '../support/sheets';

/** The district's own results, as a one-commune status sheet titled with the district set. */
const DISTRICT = sheet('Tiêu chí huyện', [
  ['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI'],
  [],
  ['Mã', 'Tiêu chí / Nội dung', 'Kết quả đánh giá'],
  ['9.6', 'Huyện đạt chuẩn tiếp cận pháp luật theo quy định', 'Đạt'],
]);
const districtLine = (r: ReturnType<typeof check>) =>
  r.sheetPlans.find((p) => p.name.startsWith('TH_Tiêu chí huyện'))?.values.flat().find((v) => typeof v === 'string' && v.startsWith('Điều kiện:'));

test('every xã meets the commune set: the condition is met, no finding, the sheet says so', () => {
  const r = check([DISTRICT, fullMatrix(['Tân Sơn', 'Kim Sơn'])]);
  expect(r.summary.districtConditions).toEqual([expect.objectContaining({ met: true, full: ['Tân Sơn', 'Kim Sơn'], notFull: [], noData: [] })]);
  expect(codes(r, 'district.condition-unmet')).toEqual([]);
  expect(districtLine(r)).toMatch(/2\/2 xã đạt đủ các tiêu chí Xã NTM \(đủ điều kiện\)\.$/);
});

test('a xã missing a criterion, and a xã of the communes sheet with no status, keep the district from it', () => {
  const r = check([
    communesSheet([['Tân Sơn', 'xã', 'Nông thôn mới'], ['Kim Sơn', 'xã', 'Nông thôn mới'], ['Hàm Giang', 'xã', 'Nông thôn mới'], ['Định An', 'thị trấn', 'Đô thị văn minh']]),
    DISTRICT,
    fullMatrix(['Tân Sơn', 'Kim Sơn'], { '11': ['Đạt', 'Chưa đạt'] }),
  ]);
  const c = r.summary.districtConditions[0];
  // Hand count: Tân Sơn 19/19; Kim Sơn misses 11; Hàm Giang has no column; the town is not a xã.
  expect(c).toMatchObject({ met: false, full: ['Tân Sơn'], notFull: ['Kim Sơn'], noData: ['Hàm Giang'] });
  const f = codes(r, 'district.condition-unmet');
  expect(f).toHaveLength(1);
  expect(f[0].message.vi).toContain('1/3 xã đạt đủ các tiêu chí Xã NTM; 1 xã chưa đạt: Kim Sơn; 1 xã chưa có số liệu: Hàm Giang');
  expect(districtLine(r)).toContain('1/3 xã đạt đủ các tiêu chí Xã NTM; chưa đạt: Kim Sơn; chưa có số liệu: Hàm Giang.');
});

test('no district results, or no xã to judge, gives no district condition (never "0/0 xã")', () => {
  const r = check([fullMatrix(['Tân Sơn'], { '11': ['Chưa đạt'] })]);
  expect(r.summary.districtConditions).toEqual([]);
  expect(codes(r, 'district.condition-unmet')).toEqual([]);
  const alone = check([DISTRICT]);
  expect(alone.summary.districtConditions).toEqual([]);
  expect(codes(alone, 'district.condition-unmet')).toEqual([]);
});
