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

// "Tiếp cận pháp luật": the name of the advanced set's criterion 16 (DOMAIN §2.2), but in the
// standard set the words of indicator 18.4, "Xã đạt chuẩn tiếp cận pháp luật" (QĐ 318), which a
// standard plan's row most likely means. The finding offers 18.4 first and says the other reading.
test('"Tiêu chí Tiếp cận pháp luật" in a standard plan suggests indicator 18.4, and names advanced criterion 16 as the other reading', () => {
  const r = check([assignmentSheet([['Tiêu chí Tiếp cận pháp luật', 'Phòng Tư pháp', null, null, 'Quý III/2023']]), fullMatrix(['Tân Sơn'])]);
  const f = codes(r, 'code.unreadable');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ cell: 'B4', suggestion: 'Chỉ tiêu 18.4' });
  expect(f[0].message.vi).toContain('Trong bộ Xã NTM có chỉ tiêu 18.4 (Xã đạt chuẩn tiếp cận pháp luật)');
  expect(f[0].message.vi).toContain('tiêu chí 16 của bộ Xã NTM nâng cao');
  expect(f[0].message.en).toContain('indicator 18.4');
});

test('a row with no code whose content is an indicator\'s words ("Tiếp cận pháp luật") gets that indicator suggested; a task description does not', () => {
  const sheetWith = (content: string) => {
    const s = assignmentSheet([[null, 'Phòng Tư pháp', null, null, 'Quý III/2023']]);
    s.rows[3][2] = content;
    return s;
  };
  const f = codes(check([sheetWith('Tiếp cận pháp luật'), fullMatrix(['Tân Sơn'])]), 'code.unreadable');
  expect(f.map((x) => [x.cell, x.suggestion])).toEqual([['B4', 'Chỉ tiêu 18.4']]);
  const task = codes(check([sheetWith('Tổ chức tuyên truyền, phổ biến pháp luật cho người dân trên địa bàn xã'), fullMatrix(['Tân Sơn'])]), 'code.unreadable');
  expect(task.map((x) => x.suggestion)).toEqual([undefined]);
});
