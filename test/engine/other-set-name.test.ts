// A criterion written by name only, whose name is a criterion of the other commune set (seed 001:
// "Tiêu chí Hành chính công" in a plan of the standard set; Hành chính công is criterion 15 of the
// advanced set, DOMAIN §2.2). The row cannot be read; the finding says whose name it is.
import { assignmentSheet, check, codes, fullMatrix } from '../support/sheets';

test('the unreadable code names the advanced set\'s criterion 15 and the way to write it', () => {
  const r = check([assignmentSheet([['Tiêu chí Hành chính công', 'Văn phòng HĐND và UBND huyện', null, null, 'Quý IV/2023']]), fullMatrix(['Tân Sơn'])]);
  const f = codes(r, 'code.unreadable');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ severity: 'error', sheet: 'Phân công', cell: 'B4', suggestion: 'Tiêu chí 15 (Xã NTM nâng cao)' });
  expect(f[0].message.vi).toContain('Đây là tên tiêu chí 15 của bộ Xã NTM nâng cao; bộ Xã NTM không có tiêu chí tên này.');
});

test('a name of the row\'s own set is read as before; a name of no set gets no suggestion', () => {
  const r = check([assignmentSheet([['Tiêu chí Giao thông nông thôn', 'Phòng Kinh tế và Hạ tầng', null, null, 'Quý IV/2023'], ['Tiêu chí Chợ nổi', 'Phòng Kinh tế và Hạ tầng', null, null, 'Quý IV/2023']]), fullMatrix(['Tân Sơn'])]);
  const f = codes(r, 'code.unreadable');
  expect(f.map((x) => x.suggestion)).toEqual([undefined]);
  expect(f[0].found).toBe('Tiêu chí Chợ nổi');
});
