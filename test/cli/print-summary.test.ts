// The console summary's overdue list: what each department leads, one line per task.
import { printSummary } from '../../src/cli/print-summary';
import { assignmentSheet, check, communesSheet, fullMatrix, matrixSheet } from '../support/sheets';

test('overdue by lead department: coordinators are not listed, a task written on two rows is one line', () => {
  const r = check([
    assignmentSheet([
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
      // Seed 004 writes criterion 9 for Phòng KT-HT twice; Chi cục Thống kê only coordinates.
      ['Tiêu chí 9', 'Phòng Kinh tế và Hạ tầng', 'Chi cục Thống kê', null, 'quý II/2023'],
      ['Tiêu chí số 9', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý II/2023'],
    ]),
    fullMatrix(['Tân Sơn', 'Kim Sơn'], { '9.1': ['Chưa đạt', 'Đạt'] }),
  ], { asOf: '2023-10-15' });
  const text = printSummary(r, 'vi');
  const section = text.slice(text.indexOf('Quá hạn theo cơ quan chủ trì:'));
  // Hand count: one overdue task (criterion 9, due quý II/2023, Tân Sơn not met), led by KT-HT.
  expect(section.split('\n').filter((l) => l.startsWith('  ') && !l.startsWith('    '))).toEqual(['  Phòng Kinh tế và Hạ tầng: 1']);
  const lines9 = section.split('\n').filter((l) => l.startsWith('    - 9'));
  expect(lines9).toHaveLength(1);
  // The communes listed are those not meeting it (some may have a later deadline of their own).
  expect(lines9[0]).toMatch(/: chưa đạt: Tân Sơn$/);
  expect(section).not.toContain('Thống kê');
});

test('a commune with no status is "chưa có số liệu" in the console, not 0/19, and the average leaves it out', () => {
  const r = check([
    communesSheet([['Tân Sơn', 'xã', 'Nông thôn mới'], ['Kim Sơn', 'xã', 'Nông thôn mới'], ['Hàm Giang', 'xã', 'Nông thôn mới']]),
    assignmentSheet([['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023']]),
    fullMatrix(['Tân Sơn', 'Kim Sơn'], { '11': ['Chưa đạt', 'Đạt'] }),
  ]);
  const text = printSummary(r, 'vi');
  // Hand count: Tân Sơn 18, Kim Sơn 19 → 18,5; Hàm Giang has no column.
  expect(text).toContain('Bộ tiêu chí Xã NTM (xa-ntm-2021): 3 xã, 1 xã đạt đủ, bình quân 18,5 tiêu chí/xã, 1 xã chưa có số liệu');
  expect(text).toMatch(/Hàm Giang +chưa có số liệu/);
});

test('criterion 13 of the commune set and of the advanced set are two lines, each saying its set', () => {
  const r = check([
    assignmentSheet([['Tiêu chí 13', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý II/2023']]),
    assignmentSheet([['Tiêu chí 13', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý II/2023']], 'Phân công NC', 'BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO'),
    fullMatrix(['Tân Sơn'], { '13.1': ['Chưa đạt'] }),
    matrixSheet(['Kim Sơn'], [['13', 'Tổ chức sản xuất', 'Chưa đạt']], 'Nâng cao', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO'),
  ]);
  expect(r.summary.sets.map((s) => [s.id, s.shortName])).toEqual([
    ['xa-ntm-2021', 'Xã NTM'],
    ['xa-ntm-nang-cao-2021', 'Xã NTM nâng cao'],
  ]);
  const text = printSummary(r, 'vi');
  const section = text.slice(text.indexOf('Quá hạn theo cơ quan chủ trì:'));
  expect(section).toContain('  Phòng Nông nghiệp và Phát triển nông thôn: 2');
  const lines = section.split('\n').filter((l) => l.startsWith('    - '));
  expect(lines).toHaveLength(2);
  expect(lines.find((l) => l.includes('Tân Sơn'))).toMatch(/^    - \[Xã NTM\] 13 .*: chưa đạt: Tân Sơn$/);
  expect(lines.find((l) => l.includes('Kim Sơn'))).toMatch(/^    - \[Xã NTM nâng cao\] 13 .*: chưa đạt: Kim Sơn$/);
  expect(text).toContain('Bộ tiêu chí Xã NTM nâng cao (xa-ntm-nang-cao-2021): 1 xã');
});

test('with one set the overdue lines carry no set tag', () => {
  const r = check([
    assignmentSheet([['Tiêu chí 13', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý II/2023']]),
    fullMatrix(['Tân Sơn'], { '13.1': ['Chưa đạt'] }),
  ]);
  const lines = printSummary(r, 'vi').split('\n').filter((l) => l.startsWith('    - '));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^    - 13 /);
});
