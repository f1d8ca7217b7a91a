// Seed 004's office tables number their rows the way the criteria are numbered ("I", "1", "1.1",
// "II", "2", "2.1"): the "TT" column is then the code column, though its header says "TT".
import { sheet, check, codes } from '../support/sheets';
import type { CellValue } from '../../src/domain/model/grid';

const TITLE = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI CÁC XÃ NĂM 2025';

describe('a TT column holding the codes', () => {
  test('indicator rows whose names carry no number are read by their TT code', () => {
    // Canh Tân: 1 and 1.1 met, 1.2 "Chưa đạt" under a criterion row typed "Đạt" (seed 004's probe).
    const rows: CellValue[][] = [
      [TITLE],
      ['TT', 'Tên tiêu chí, chỉ tiêu', 'Lê Lai', 'Canh Tân'],
      ['I', 'QUY HOẠCH', null, null],
      ['1', 'Tiêu chí số 1: Quy hoạch', 'Đạt', 'Đạt'],
      ['1.1', 'Có quy hoạch chung xây dựng xã được phê duyệt và công bố', 'Đạt', 'Đạt'],
      ['1.2', 'Ban hành quy định quản lý theo đồ án quy hoạch', 'Đạt', 'Chưa đạt'],
      ['II', 'HẠ TẦNG KINH TẾ - XÃ HỘI', null, null],
      ['2', 'Tiêu chí số 2: Giao thông', 'Chưa đạt', 'Đạt'],
      ['2.1', 'Đường xã được nhựa hóa hoặc bê tông hóa', 'Chưa đạt', 'Đạt'],
    ];
    const r = check([sheet('Hiện trạng NTM', rows)], { asOf: '2025-06-30' });
    expect(r.recognized.find((x) => x.sheet === 'Hiện trạng NTM')?.role).toBe('status-matrix');
    const canh = r.summary.communes.find((c) => c.display === 'Canh Tân')!;
    // Hand count: criterion 1 is not met (1.2), criterion 2 is met as far as written.
    expect(canh.criteriaUnmet).toContain('1');
    // 1.1 met, 1.2 not; criterion 2 "Đạt" over 2.1 "Đạt" stands for 2.2–2.4 too (2 has four
    // indicators): 1 + 4 = 5.
    expect(canh.indicatorsMet).toBe(5);
    // What is typed disagrees with itself: criterion 1 "Đạt" over 1.2 "Chưa đạt".
    expect(codes(r, 'status.criterion-inconsistent').map((f) => f.cell)).toEqual(['D4']);
    const lai = r.summary.communes.find((c) => c.display === 'Lê Lai')!;
    expect(lai.criteriaMet).toContain('1');
    // 1.1 and 1.2; criterion 2 is "Chưa đạt", so its indicators without a row stay unknown.
    expect(lai.indicatorsMet).toBe(2);
  });

  test('a criteria-only table "TT | Tên tiêu chí" whose numbers agree with the names is read (seed 004\'s advanced sheet)', () => {
    const rows: CellValue[][] = [
      ['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2025'],
      [],
      ['TT', 'Tên tiêu chí', 'Lê Lai', 'Đức Long', 'Ghi chú'],
      [1, 'Quy hoạch', 'Đạt', 'Đạt', null],
      [2, 'Giao thông', 'Chưa đạt', 'Chưa đạt', null],
      [3, 'Thủy lợi và phòng, chống thiên tai', 'Đạt', 'Đạt', null],
      [4, 'Điện', 'Đạt', 'Chưa đạt', null],
    ];
    const r = check([sheet('KQ NTM nâng cao', rows)], { asOf: '2025-06-30' });
    expect(r.recognized.find((x) => x.sheet === 'KQ NTM nâng cao')?.role).toBe('status-matrix');
    const byName = (n: string) => r.summary.communes.find((c) => c.display === n && c.setId === 'xa-ntm-nang-cao-2021')!;
    expect(byName('Lê Lai').criteriaMet).toEqual(['1', '3', '4']);
    expect(byName('Đức Long').criteriaMet).toEqual(['1', '3']);
  });

  test('a TT column that only counts rows is no code column', () => {
    // Row numbers 1–4 beside indicator names of other criteria: the numbers are not codes.
    const rows: CellValue[][] = [
      [TITLE],
      ['TT', 'Tên tiêu chí, chỉ tiêu', 'Lê Lai', 'Canh Tân'],
      [1, 'Tiêu chí số 2: Giao thông', 'Đạt', 'Đạt'],
      [2, 'Tiêu chí số 5: Trường học', 'Đạt', 'Chưa đạt'],
      [3, 'Tiêu chí số 11: Nghèo đa chiều', 'Đạt', 'Đạt'],
      [4, 'Tiêu chí số 17: Môi trường và an toàn thực phẩm', 'Đạt', 'Đạt'],
    ];
    const r = check([sheet('Hiện trạng NTM', rows)], { asOf: '2025-06-30' });
    const canh = r.summary.communes.find((c) => c.display === 'Canh Tân')!;
    // Read from the names: 5 unmet, 2, 11 and 17 met; never "criterion 2 unmet" from the TT number.
    expect(canh.criteriaUnmet).toEqual(['5']);
    expect(canh.criteriaMet).toEqual(['2', '11', '17']);
  });
});

describe('a commune\'s own sheet whose TT column holds the codes (seed 001 probe: xã Hòa Cư)', () => {
  // "TT | Tên tiêu chí, chỉ tiêu | Chỉ tiêu theo quy định | Kết quả thực hiện | Đánh giá | Dự kiến đạt",
  // the sheet named after the commune, no code column: before, the sheet was not recognized at all.
  const rows: CellValue[][] = [
    ['ỦY BAN NHÂN DÂN XÃ HÒA CƯ', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['KẾT QUẢ RÀ SOÁT, ĐÁNH GIÁ MỨC ĐỘ ĐẠT CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI XÃ HÒA CƯ NĂM 2024'],
    [],
    ['TT', 'Tên tiêu chí, chỉ tiêu', 'Chỉ tiêu theo quy định', 'Kết quả thực hiện', 'Đánh giá', 'Dự kiến đạt'],
    [1, 'Quy hoạch', null, null, 'Đạt', null],
    ['1.1', 'Có quy hoạch chung xây dựng xã được phê duyệt', 'Đạt', null, 'Đạt', null],
    ['1.2', 'Ban hành quy định quản lý theo đồ án quy hoạch', 'Đạt', null, 'Đạt', null],
    [6, 'Cơ sở vật chất văn hóa', null, null, 'Chưa đạt', null],
    ['6.1', 'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao', 'Đạt', null, 'Đạt', null],
    ['6.2', 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi', 'Đạt', null, 'Chưa đạt', 'Năm 2025'],
    ['6.3', 'Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng', '100%', null, 'Chưa đạt', 'Quý IV/2024'],
    [12, 'Lao động', null, null, 'Đạt', null],
    ['12.1', 'Tỷ lệ lao động có việc làm qua đào tạo', '≥ 65%', '66,5%', 'Đạt', null],
    ['12.2', 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ', '≥ 20%', '27%', 'Đạt', null],
  ];

  test('is read as Hòa Cư\'s status, each row by the code in its TT cell', () => {
    const r = check([sheet('Hòa Cư', rows)], { asOf: '2024-10-15' });
    expect(r.recognized.find((x) => x.sheet === 'Hòa Cư')?.role).toBe('status-commune');
    const hoaCu = r.summary.communes.find((c) => c.display === 'Hòa Cư')!;
    // Hand count: 1 and 12 met (all their indicators), 6 not (6.2 and 6.3); 1.1, 1.2, 6.1, 12.1, 12.2 met.
    expect(hoaCu.criteriaMet).toEqual(['1', '12']);
    expect(hoaCu.criteriaUnmet).toEqual(['6']);
    expect(hoaCu.indicatorsMet).toBe(5);
  });
});

describe('the group rows of a commune\'s own sheet whose TT column holds the codes (seed 001: "I | QUY HOẠCH" … "V | HỆ THỐNG CHÍNH TRỊ")', () => {
  const head: CellValue[][] = [
    ['UBND XÃ HÒA CƯ'],
    ['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2024'],
    [],
    ['TT', 'Tên tiêu chí, chỉ tiêu', 'Chỉ tiêu theo quy định', 'Kết quả thực hiện', 'Đánh giá', 'Dự kiến đạt', 'Ngày đạt'],
  ];
  const body = (group3: CellValue[]): CellValue[][] => [
    ['I', 'QUY HOẠCH', null, null, null, null, null],
    [1, 'Tiêu chí 1. Quy hoạch', null, null, 'Đạt', null, null],
    ['1.1', 'Có quy hoạch chung xây dựng xã được phê duyệt', null, null, 'Đạt', null, null],
    ['1.2', 'Ban hành quy định quản lý theo đồ án quy hoạch', null, null, 'Đạt', null, null],
    ['II', 'HẠ TẦNG KINH TẾ - XÃ HỘI', null, null, null, null, null],
    [6, 'Tiêu chí 6. Cơ sở vật chất văn hóa', null, null, 'Chưa đạt', null, null],
    ['6.1', 'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao', null, null, 'Chưa đạt', 'Năm 2025', null],
    ['6.2', 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi', null, null, 'Đạt', null, null],
    group3,
    [12, 'Tiêu chí 12. Lao động', null, null, 'Chưa đạt', null, null],
    ['12.1', 'Tỷ lệ lao động có việc làm qua đào tạo', '≥ 60%', '61,5%', 'Đạt', null, null],
    ['12.2', 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ', '≥ 20%', '18,2%', 'Chưa đạt', 'Quý IV/2024', null],
    ['IV', 'VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG', null, null, null, null, null],
    [16, 'Văn hóa: Tỷ lệ thôn đạt chuẩn văn hóa theo quy định', null, null, 'Đạt', null, null],
    ['V.', 'HỆ THỐNG CHÍNH TRỊ', null, null, null, null, null],
  ];

  test('are headings: no finding, no mark, the criteria under them read as before', () => {
    const r = check([sheet('Hòa Cư', [...head, ...body(['III', 'KINH TẾ VÀ TỔ CHỨC SẢN XUẤT', null, null, null, null, null])])], { asOf: '2025-01-15' });
    expect(r.recognized.find((x) => x.sheet === 'Hòa Cư')?.role).toBe('status-commune');
    // Before: 5 errors "Không đọc được mã tiêu chí/chỉ tiêu: "I"." at A5, A9, A13, A17, A19, each a pink cell.
    expect(codes(r, 'code.unreadable')).toEqual([]);
    expect(r.highlights.marks.filter((m) => m.kind === 'data-error' && m.col === 0)).toEqual([]);
    const hoaCu = r.summary.communes.find((c) => c.display === 'Hòa Cư')!;
    // Hand count: 1 and 16 met, 6 (6.1) and 12 (12.2) not.
    expect(hoaCu.criteriaMet).toEqual(['1', '16']);
    expect(hoaCu.criteriaUnmet).toEqual(['6', '12']);
  });

  test('a group number with a verdict beside it is still an unreadable code', () => {
    const r = check([sheet('Hòa Cư', [...head, ...body(['III', 'KINH TẾ VÀ TỔ CHỨC SẢN XUẤT', null, null, 'Đạt', null, null])])], { asOf: '2025-01-15' });
    expect(codes(r, 'code.unreadable').map((f) => [f.cell, f.found])).toEqual([['A13', 'III']]);
  });
});
