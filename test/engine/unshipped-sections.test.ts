// A section naming a set the product knows of but does not ship ("II. XÃ NÔNG THÔN MỚI HIỆN ĐẠI",
// the 2026 - 2030 pilot of QĐ 51/2025/QĐ-TTg Phụ lục II; "THÔN NÔNG THÔN MỚI KIỂU MẪU"): its rows
// were read as the section above's (criterion 12 of the pilot was "not in Xã NTM 2026 - 2030", a
// village's criterion 3 was assigned to the commune set). They are set aside, and said once.
import { ASSIGN_HEADER, check, codes, sheet } from '../support/sheets';
import { recognizeSetName } from '../../src/domain/criteria/set-names';

const AS_OF = '2026-11-25';

test('"xã nông thôn mới hiện đại" is a set of its own, not shipped', () => {
  expect(recognizeSetName('II. XÃ NÔNG THÔN MỚI HIỆN ĐẠI')).toEqual({ id: 'xa-ntm-hien-dai-2026', shipped: false });
  expect(recognizeSetName('I. XÃ NÔNG THÔN MỚI')?.id).toBe('xa-ntm-2021');
});

test('assignment rows under such sections are set aside, each section said once; the commune set\'s rows are read', () => {
  const plan = sheet('Phân công', [
    ['UBND TỈNH VĨNH LONG'], ['BẢNG PHÂN CÔNG NĂM 2026'], ASSIGN_HEADER,
    ['I. XÃ NÔNG THÔN MỚI'],
    [1, 'Tiêu chí 6', null, 'Phòng Văn hóa - Xã hội', null, null, 'Quý IV/2026', null],
    ['II. XÃ NÔNG THÔN MỚI HIỆN ĐẠI'],
    [1, 'Tiêu chí 12', null, 'Phòng Kinh tế', null, 'Tân Sơn', 'Quý IV/2026', null],
    ['III. THÔN NÔNG THÔN MỚI KIỂU MẪU'],
    [1, 'Tiêu chí 3', null, 'Phòng Kinh tế', null, null, 'Quý IV/2026', null],
  ]);
  const r = check([plan], { asOf: AS_OF });
  expect(codes(r, 'code.unknown')).toEqual([]);
  expect(codes(r, 'set.not-shipped').map((f) => [f.cell, f.severity, f.found])).toEqual([['A6', 'info', 'II. XÃ NÔNG THÔN MỚI HIỆN ĐẠI'], ['A8', 'info', 'III. THÔN NÔNG THÔN MỚI KIỂU MẪU']]);
  // Only criterion 6 is assigned (to the 2026 - 2030 commune set, the plan being of 2026).
  expect(r.summary.departments.flatMap((d) => d.items.map((i) => [i.setId, i.code]))).toEqual([['xa-ntm-2026', '6']]);
});

test('status rows under such a section are set aside too, in a matrix and in a long table', () => {
  const matrix = sheet('Hiện trạng', [
    ['KẾT QUẢ NĂM 2026'], ['Mã', 'Tiêu chí', 'Tân Sơn'],
    ['I. XÃ NÔNG THÔN MỚI'], ['6', 'Giảm nghèo và an sinh xã hội', 'Đạt'],
    ['II. XÃ NÔNG THÔN MỚI HIỆN ĐẠI'], ['12', 'Tiêu chí của khung thí điểm', 'Chưa đạt'],
  ]);
  const long = sheet('Kết quả', [
    ['KẾT QUẢ NĂM 2026'], ['Xã', 'Mã', 'Đánh giá'],
    ['I. XÃ NÔNG THÔN MỚI'], ['Long Hiệp', '6', 'Đạt'],
    ['II. THÔN NÔNG THÔN MỚI KIỂU MẪU'], ['Long Hiệp', '3', 'Chưa đạt'],
  ]);
  const r = check([matrix, long], { asOf: AS_OF });
  expect(codes(r, 'code.unknown')).toEqual([]);
  expect(codes(r, 'set.not-shipped').map((f) => [f.sheet, f.cell])).toEqual([['Hiện trạng', 'A5'], ['Kết quả', 'A5']]);
  expect(r.summary.communes.map((c) => [c.display, c.setId, c.criteriaMet, c.criteriaUnmet])).toEqual([
    ['Tân Sơn', 'xa-ntm-2026', ['6'], []],
    ['Long Hiệp', 'xa-ntm-2026', ['6'], []],
  ]);
});

test('a set cell naming such a set sets its row aside too, said once per sheet and set (it was an error "không nhận ra", or the row was read as the commune set)', () => {
  const long = sheet('Kết quả', [
    ['KẾT QUẢ NĂM 2026'], ['Xã', 'Bộ tiêu chí', 'Mã', 'Đánh giá'],
    ['Long Hiệp', 'Xã NTM', '6', 'Đạt'],
    ['Long Hiệp', 'Xã NTM hiện đại', '12', 'Chưa đạt'],
    ['Tân Sơn', 'Xã NTM hiện đại', '12', 'Đạt'],
  ]);
  const plan = sheet('Phân công', [
    ['BẢNG PHÂN CÔNG NĂM 2026'], ['STT', 'Bộ tiêu chí', 'Tiêu chí/chỉ tiêu', 'Cơ quan chủ trì', 'Thời hạn hoàn thành'],
    [1, 'Xã NTM', 'Tiêu chí 6', 'Phòng Văn hóa - Xã hội', 'Quý IV/2026'],
    [2, 'Xã NTM hiện đại', 'Tiêu chí 12', 'Phòng Kinh tế', 'Quý IV/2026'],
  ]);
  const r = check([plan, long], { asOf: AS_OF });
  expect(codes(r, 'set.unknown')).toEqual([]);
  expect(codes(r, 'code.unknown')).toEqual([]);
  expect(codes(r, 'set.not-shipped').map((f) => [f.sheet, f.cell, f.found])).toEqual([['Kết quả', 'B4', 'Xã NTM hiện đại'], ['Phân công', 'B4', 'Xã NTM hiện đại']]);
  expect(r.summary.communes.map((c) => [c.display, c.setId, c.criteriaMet])).toEqual([['Long Hiệp', 'xa-ntm-2026', ['6']]]);
});
