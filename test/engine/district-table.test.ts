// The district criteria kept as one table: result, deadline and lead on each row (the layout of
// DOMAIN §6 "District criteria"), under the coordination office's name (seed 003 probe).
import { sheet, check, codes } from '../support/sheets';
import type { CellValue } from '../../src/domain/model/grid';
import { SHEET_NAMES } from '../../src/domain/layout';

function districtTable(blank: string[] = []): ReturnType<typeof sheet> {
  const rows: CellValue[][] = [
    ['UBND HUYỆN ĐẮK SONG'],
    ['VĂN PHÒNG ĐIỀU PHỐI NTM'],
    [],
    ['KẾT QUẢ RÀ SOÁT BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI THEO QUYẾT ĐỊNH SỐ 320/QĐ-TTg - HUYỆN ĐẮK SONG'],
    ['(Tính đến ngày 30/9/2023)'],
    [],
    ['TT', 'Tiêu chí / Nội dung', 'Kết quả đánh giá', 'Thời hạn hoàn thành', 'Cơ quan chủ trì', 'Ghi chú'],
    ['8', 'Chất lượng môi trường sống', 'Chưa đạt', null, null, null],
    ['8.1', 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn từ hệ thống cấp nước tập trung', 'Chưa đạt', 'Năm 2025', 'Phòng Nông nghiệp và PTNT', null],
    ['8.3', 'Có kế hoạch/Đề án kiểm kê, kiểm soát, bảo vệ chất lượng nước', 'Chưa đạt', '30/6/2023', 'Phòng Tài nguyên và Môi trường', null],
    ['9.5', 'Có dịch vụ công trực tuyến mức độ 3 trở lên', 'Chưa đạt', 'Quý IV/2023', 'Văn phòng HĐND và UBND huyện', null],
    ['9.6', 'Huyện đạt chuẩn tiếp cận pháp luật theo quy định', 'Đạt', 'Năm 2025', 'Phòng Tư pháp', null],
  ];
  for (const row of rows) if (typeof row[0] === 'string' && blank.includes(row[0])) row[2] = null;
  return sheet('Tiêu chí huyện', rows);
}

describe('district criteria with their result, deadline and lead in one table', () => {
  const r = check([districtTable()], { asOf: '2023-10-15' });

  test('read as the district set\'s assignments, codes from TT: no code is unknown', () => {
    expect(r.recognized.find((x) => x.sheet === 'Tiêu chí huyện')?.role).toBe('assignment');
    expect(codes(r, 'code.unknown')).toEqual([]);
    expect(codes(r, 'set.assumed')).toEqual([]);
  });

  test('its results are the district\'s: 8.3 (due 30/6/2023, not met) is overdue, 9.5 due soon, 9.6 met', () => {
    expect(codes(r, 'deadline.overdue').map((f) => [f.cell, f.indicator])).toEqual([['D10', '8.3']]);
    expect(codes(r, 'deadline.due-soon').map((f) => [f.cell, f.indicator])).toEqual([['D11', '9.5']]);
    const item = (code: string) => r.summary.departments.flatMap((d) => d.items).find((i) => i.code === code)!;
    expect(item('8.3')).toMatchObject({ state: 'overdue', district: 'unmet' });
    expect(item('9.6').state).toBe('met-on-time');
    // Nothing says the district has no results for its set.
    expect(codes(r, 'assign.set-no-communes')).toEqual([]);
  });

  test('the district sheet is written, with the results as typed', () => {
    const plan = r.sheetPlans.find((p) => p.name === SHEET_NAMES.district)!;
    expect(plan).toBeDefined();
    const row = plan.values.find((v) => v.some((x) => typeof x === 'string' && x.includes('dịch vụ công trực tuyến')))!;
    expect(row).toContain('Chưa đạt');
  });
});

describe('a district row left without its result', () => {
  // 8 (criterion, above 8.1 and 8.3 which have results), 9.5 and 9.6 blank in column C.
  const r = check([districtTable(['8', '9.5', '9.6'])], { asOf: '2023-10-15' });

  test('is said once, at its cell, with every code left blank; a criterion heading over results is not', () => {
    expect(codes(r, 'status.district-missing')).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Tiêu chí huyện', cell: 'C11', found: '9.5, 9.6' })]);
  });

  test('is not counted "chưa đạt" when its deadline comes: the district has no result yet', () => {
    const soon = codes(r, 'deadline.due-soon').map((f) => f.message.vi);
    expect(soon).toEqual(['Sắp đến hạn: mã 9.5, hạn quý IV/2023, huyện chưa có kết quả. Chủ trì: Văn phòng HĐND và UBND huyện.']);
    // 8.3 has its "Chưa đạt": still not met.
    expect(codes(r, 'deadline.overdue').map((f) => f.message.vi)).toEqual(['Quá hạn: mã 8.3, hạn 30/06/2023, huyện chưa đạt. Chủ trì: Phòng Tài nguyên và Môi trường.']);
  });
});

describe('the set a title names', () => {
  test('"VĂN PHÒNG ĐIỀU PHỐI NTM" is the office, not the set: the district title below it names the set', () => {
    const r = check([districtTable()], { asOf: '2023-10-15' });
    const item = r.summary.departments.flatMap((d) => d.items).find((i) => i.code === '9.5')!;
    expect(item.setId).toBe('huyen-ntm-2021');
  });

  test('a line citing the district plan ("Kèm theo Kế hoạch … xây dựng huyện nông thôn mới") does not make a commune table the district\'s', () => {
    const s = sheet('Hiện trạng', [
      ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'],
      ['(Kèm theo Kế hoạch số 17/KH-UBND ngày 02/3/2023 về xây dựng huyện nông thôn mới năm 2023)'],
      ['Mã', 'Tên chỉ tiêu', 'Tân Sơn'],
      ['11', 'Nghèo đa chiều', 'Chưa đạt'],
    ]);
    const r = check([s], { asOf: '2023-10-15' });
    expect(r.summary.communes.map((c) => [c.display, c.setId])).toEqual([['Tân Sơn', 'xa-ntm-2021']]);
  });
});
