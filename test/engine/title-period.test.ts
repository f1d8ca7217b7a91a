// A sheet titled for another period ("… GIAI ĐOẠN 2026 - 2030") than the set it is judged by (the
// shipped sets are "giai đoạn 2021 - 2025"): said on the title cell until the definitions sheet
// brings that period in.
import { check, codes, matrixSheet, NTM_INDICATORS, sheet, assignmentSheet } from '../support/sheets';
import { titlePeriod } from '../../src/domain/read/title-period';

const NEXT_TITLE = 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030';
const matrix = (title: string) => matrixSheet(['Tân Sơn', 'Long Hiệp'], NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 'Đạt', 'Đạt']), 'Hiện trạng', title);
const NEXT_ADVANCED = 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NTM NÂNG CAO GIAI ĐOẠN 2026 - 2030';
const advanced = (title: string) => matrixSheet(['Tân Sơn', 'Long Hiệp'], [['15.1', 'Chỉ tiêu 15.1', 'Đạt', 'Đạt']], 'Hiện trạng', title);

test('the period is read from a title row, wherever its cell, in capitals', () => {
  const s = sheet('KQ', [[null, 'UBND HUYỆN TRÀ CÚ'], [null, null, 'Kết quả xã NTM giai đoạn 2026–2030'], ['Mã', 'Tên', 'Tân Sơn']]);
  expect(titlePeriod(s, 2)).toEqual({ cell: 'C2', from: '2026-01-01', to: '2030-12-31', label: '2026 - 2030' });
  expect(titlePeriod(matrix(NEXT_TITLE), 2)).toMatchObject({ cell: 'A1', label: '2026 - 2030' });
  // A title with no period, or a period only under the header, gives none.
  expect(titlePeriod(sheet('KQ', [['KẾT QUẢ'], ['Mã', 'Tên'], ['1', 'giai đoạn 2026 - 2030']]), 1)).toBeUndefined();
});

test('a status sheet titled 2026 - 2030 and judged by a 2021 - 2025 set: one warning on its title cell', () => {
  // No "nâng cao" set of 2026 - 2030 is shipped (QĐ 51/2025/QĐ-TTg has none): judged by 2021 - 2025's.
  const r = check([advanced(NEXT_ADVANCED)], { asOf: '2026-11-25' });
  const f = codes(r, 'set.title-period');
  expect(f).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Hiện trạng', cell: 'A1', setId: 'xa-ntm-nang-cao-2021', found: '2026 - 2030', expected: '2021 - 2025' })]);
  expect(f[0].message.vi).toContain('Tiêu đề ghi giai đoạn 2026 - 2030');
  expect(f[0].message.vi).toContain('giai đoạn 2021 - 2025');
});

test('the commune set titled 2026 - 2030 is judged by that period\'s shipped set: nothing to say', () => {
  const r = check([matrix(NEXT_TITLE)], { asOf: '2026-11-25' });
  expect(codes(r, 'set.title-period')).toEqual([]);
  expect(r.summary.communes.map((c) => c.setId)).toEqual(['xa-ntm-2026', 'xa-ntm-2026']);
});
test('an assignment sheet titled for the next period is said too, once', () => {
  const a = assignmentSheet([['Tiêu chí 15', 'Phòng Nội vụ', null, null, 'Quý IV/2026']]);
  a.rows[1] = ['BẢNG PHÂN CÔNG THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO GIAI ĐOẠN 2026-2030'];
  const r = check([a, advanced('KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NTM NÂNG CAO')], { asOf: '2026-11-25' });
  expect(codes(r, 'set.title-period')).toEqual([expect.objectContaining({ sheet: 'Phân công', cell: 'A2', found: '2026 - 2030' })]);
});

test('a period within or overlapping the set\'s own says nothing', () => {
  for (const title of ['KẾT QUẢ BỘ TIÊU CHÍ XÃ NTM GIAI ĐOẠN 2021 - 2025', 'KẾ HOẠCH XÂY DỰNG NTM GIAI ĐOẠN 2023-2025', 'KẾT QUẢ XÃ NTM GIAI ĐOẠN 2021 - 2030']) {
    expect([title, codes(check([matrix(title)], { asOf: '2024-10-15' }), 'set.title-period')]).toEqual([title, []]);
  }
});

test('an older period (2016 - 2020) is another period too', () => {
  const r = check([matrix('KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NTM GIAI ĐOẠN 2016 - 2020')], { asOf: '2020-12-31' });
  expect(codes(r, 'set.title-period')).toEqual([expect.objectContaining({ found: '2016 - 2020', expected: '2021 - 2025' })]);
});

test('the definitions sheet naming the set for 2026 - 2030, or bringing rows in force then, silences it', () => {
  const named = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ'], ['Bộ tiêu chí', 'Mã', 'Tên', 'Chiều', 'Mức đạt'], ['Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2026 - 2030', '15.1', 'Chỉ tiêu 15.1', '≥', '75%']]);
  expect(codes(check([named, advanced(NEXT_ADVANCED)], { asOf: '2026-11-25' }), 'set.title-period')).toEqual([]);
  const dated = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ'], ['Bộ tiêu chí', 'Mã', 'Tên', 'Chiều', 'Mức đạt', 'Hiệu lực từ'], ['Xã NTM nâng cao', '15.1', 'Chỉ tiêu 15.1', '≥', '75%', '01/01/2026']]);
  expect(codes(check([dated, advanced(NEXT_ADVANCED)], { asOf: '2026-11-25' }), 'set.title-period')).toEqual([]);
  // A row in force in the old period brings nothing of the new one.
  const old = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ'], ['Bộ tiêu chí', 'Mã', 'Tên', 'Chiều', 'Mức đạt', 'Hiệu lực từ'], ['Xã NTM nâng cao', '15.1', 'Chỉ tiêu 15.1', '≥', '75%', '01/03/2024']]);
  expect(codes(check([old, advanced(NEXT_ADVANCED)], { asOf: '2026-11-25' }), 'set.title-period')).toHaveLength(1);
});

describe('a section row inside the table naming another period', () => {
  const NEXT_SECTION = 'B. XÃ NTM NÂNG CAO GIAI ĐOẠN 2026-2030';
  /** Two sections: the commune set (no period), then the advanced set under `second`. */
  const plan = (second: string, title = 'BẢNG PHÂN CÔNG THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI') => sheet('Phân công', [
    ['ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM'],
    [title],
    ['STT', 'Tiêu chí/chỉ tiêu', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Xã áp dụng', 'Thời hạn hoàn thành', 'Ghi chú'],
    ['A. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'],
    [1, 'Tiêu chí 1', null, 'Phòng Kinh tế và Hạ tầng', null, null, 'Quý IV/2026', null],
    [second],
    [1, 'Tiêu chí 15', null, 'Phòng Nội vụ', null, null, 'Quý IV/2026', null],
  ]);
  const status = () => matrix('KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI');

  test('is said on the section cell for the set of the rows under it, as a title is', () => {
    const r = check([plan(NEXT_SECTION), status()], { asOf: '2026-11-25' });
    const f = codes(r, 'set.title-period');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Phân công', cell: 'A6', setId: 'xa-ntm-nang-cao-2021', found: '2026 - 2030', expected: '2021 - 2025' })]);
    expect(f[0].message.vi).toContain(`Dòng mục "${NEXT_SECTION}" ghi giai đoạn 2026 - 2030, nhưng các dòng dưới nó được đối chiếu theo`);
    expect(f[0].message.en).toContain(`The section row "${NEXT_SECTION}" says 2026 - 2030`);
  });

  test('in a status table too ("II. BỘ TIÊU CHÍ XÃ NTM NÂNG CAO GIAI ĐOẠN 2026 - 2030" over its rows)', () => {
    const rows = [...NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 'Đạt', 'Đạt']), ['II. BỘ TIÊU CHÍ XÃ NTM NÂNG CAO GIAI ĐOẠN 2026 - 2030'], ['15.1', 'Chỉ tiêu 15.1', 'Đạt', 'Chưa đạt']];
    const s = matrixSheet(['Tân Sơn', 'Long Hiệp'], rows, 'Hiện trạng', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI');
    const f = codes(check([s], { asOf: '2026-11-25' }), 'set.title-period');
    expect(f.map((x) => [x.cell, x.setId, x.found])).toEqual([[`A${4 + NTM_INDICATORS.length}`, 'xa-ntm-nang-cao-2021', '2026 - 2030']]);
  });

  test('a section of the set\'s own period, or naming none, says nothing', () => {
    for (const second of ['B. XÃ NTM NÂNG CAO GIAI ĐOẠN 2021-2025', 'B. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO']) {
      expect([second, codes(check([plan(second), status()], { asOf: '2026-11-25' }), 'set.title-period')]).toEqual([second, []]);
    }
  });

  test('the title already naming that period says it once, on the title', () => {
    const r = check([plan(NEXT_SECTION, 'BẢNG PHÂN CÔNG GIAI ĐOẠN 2026 - 2030'), status()], { asOf: '2026-11-25' });
    // The commune rows of a 2026 - 2030 plan are that period's set: only the advanced set is said.
    expect(codes(r, 'set.title-period').map((f) => [f.cell, f.setId])).toEqual([['A2', 'xa-ntm-nang-cao-2021']]);
  });

  test('the definitions sheet naming the set for that period silences it', () => {
    const named = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ'], ['Bộ tiêu chí', 'Mã', 'Tên', 'Chiều', 'Mức đạt'], ['Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2026 - 2030', '15.1', 'Chỉ tiêu 15.1', '≥', '90%']]);
    const r = check([named, plan(NEXT_SECTION), status()], { asOf: '2026-11-25' });
    expect(r.recognized.find((x) => x.sheet === 'Bộ tiêu chí')?.role).toBe('definitions');
    expect(codes(r, 'set.title-period')).toEqual([]);
  });
});
