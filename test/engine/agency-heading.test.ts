// The letterhead of the summaries comes from the workbook's own heading: a district office's, or a
// commune's own plan (seed 001: "ỦY BAN NHÂN DÂN XÃ HÒA CƯ"; seed 002: "UBND XÃ TÂN THẠNH / BQL XÂY DỰNG NTM").
import { sheet, check, fullMatrix } from '../support/sheets';
import type { CheckResult } from '../../src/domain/check-types';

const frame = (r: CheckResult) => {
  const plan = r.sheetPlans.find((p) => p.name === 'TH_Theo tiêu chí')!;
  return plan.values.slice(0, 5).flat().filter((v): v is string => typeof v === 'string');
};

test('a commune plan is headed by its commune, not by "ỦY BAN NHÂN DÂN HUYỆN"', () => {
  const heading = sheet('Tiêu đề', [['ỦY BAN NHÂN DÂN XÃ HÒA CƯ']]);
  const texts = frame(check([heading, fullMatrix(['Hòa Cư'])], { asOf: '2024-10-15' }));
  expect(texts).toContain('UBND XÃ HÒA CƯ');
  expect(texts).toContain('Hòa Cư, ngày 15 tháng 10 năm 2024');
  expect(texts).not.toContain('VĂN PHÒNG ĐIỀU PHỐI NTM');
});

test('a second line under the commune heading is the body that reports (BQL XÂY DỰNG NTM)', () => {
  const heading = sheet('Tiêu đề', [['UBND XÃ TÂN THẠNH\nBQL XÂY DỰNG NTM']]);
  const texts = frame(check([heading, fullMatrix(['Tân Thạnh'])]));
  expect(texts).toContain('UBND XÃ TÂN THẠNH');
  expect(texts).toContain('BQL XÂY DỰNG NTM');
  expect(texts).toContain('Tân Thạnh, ngày 15 tháng 10 năm 2023');
});

test('a district heading anywhere wins over a commune sheet\'s own', () => {
  const commune = sheet('Xã Tân Sơn', [['UBND XÃ TÂN SƠN']]);
  const district = sheet('Tổng hợp', [['UBND HUYỆN TRÀ CÚ']]);
  const texts = frame(check([commune, district, fullMatrix(['Tân Sơn', 'Kim Sơn'])]));
  expect(texts).toContain('UBND HUYỆN TRÀ CÚ');
  expect(texts).toContain('VĂN PHÒNG ĐIỀU PHỐI NTM');
  expect(texts).toContain('Trà Cú, ngày 15 tháng 10 năm 2023');
});

test('a province office\'s plan is headed by the province, not by "ỦY BAN NHÂN DÂN HUYỆN" and "……"', () => {
  const heading = sheet('Phân công', [['ỦY BAN NHÂN DÂN TỈNH TRÀ VINH\nVĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI']]);
  const texts = frame(check([heading, fullMatrix(['Tân Sơn'])]));
  expect(texts).toContain('UBND TỈNH TRÀ VINH');
  expect(texts).toContain('VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI');
  expect(texts).toContain('Trà Vinh, ngày 15 tháng 10 năm 2023');
  expect(texts).not.toContain('ỦY BAN NHÂN DÂN HUYỆN');
});

test('a district heading wins over the province\'s, and the province\'s over a commune sheet\'s', () => {
  const province = sheet('Tỉnh', [['UBND TỈNH TRÀ VINH']]);
  const district = sheet('Huyện', [['UBND HUYỆN TRÀ CÚ']]);
  const commune = sheet('Xã', [['UBND XÃ TÂN SƠN']]);
  expect(frame(check([province, district, fullMatrix(['Tân Sơn'])]))).toContain('UBND HUYỆN TRÀ CÚ');
  expect(frame(check([commune, province, fullMatrix(['Tân Sơn'])]))).toContain('UBND TỈNH TRÀ VINH');
});

test('the letterhead written on two lines, "ỦY BAN NHÂN DÂN" over "XÃ HÒA CƯ", is the commune\'s (seed 001 probe)', () => {
  // One cell with a line break (merged A1:C2, as NĐ 30 sets the agency), and two cells one above the other.
  for (const rows of [[['ỦY BAN NHÂN DÂN\nXÃ HÒA CƯ']], [['ỦY BAN NHÂN DÂN'], ['XÃ HÒA CƯ']]]) {
    const texts = frame(check([sheet('Phân công', rows), fullMatrix(['Hòa Cư'])], { asOf: '2024-10-15' }));
    expect(texts).toContain('UBND XÃ HÒA CƯ');
    expect(texts).toContain('Hòa Cư, ngày 15 tháng 10 năm 2024');
    expect(texts).not.toContain('ỦY BAN NHÂN DÂN HUYỆN');
  }
});

test('under a two-line commune letterhead the plan is the commune\'s own: its "Ủy ban Mặt trận Tổ quốc" is the commune\'s Front', () => {
  const rows = [
    ['ỦY BAN NHÂN DÂN\nXÃ HÒA CƯ'],
    ['BẢNG PHÂN CÔNG CÁN BỘ, CÔNG CHỨC PHỤ TRÁCH CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2024'],
    ['STT', 'Tiêu chí', 'Công chức phụ trách', 'Phối hợp', 'Thời gian hoàn thành'],
    [1, 'Tiêu chí 16', 'Công chức Văn hóa - Xã hội', 'Ủy ban Mặt trận Tổ quốc', 'Thường xuyên'],
  ];
  const r = check([sheet('Phân công CBCC', rows), fullMatrix(['Hòa Cư'])], { asOf: '2024-10-15' });
  expect(r.summary.departments.map((d) => d.department)).toEqual(expect.arrayContaining(['Ủy ban MTTQ xã']));
  expect(r.summary.departments.map((d) => d.department)).not.toContain('Ủy ban Mặt trận Tổ quốc Việt Nam huyện');
});

test('a district letterhead on two lines is the district\'s, with the office on the third', () => {
  const heading = sheet('Phân công', [['ỦY BAN NHÂN DÂN\nHUYỆN CAO LỘC\nVĂN PHÒNG ĐIỀU PHỐI NTM']]);
  const texts = frame(check([heading, fullMatrix(['Hòa Cư'])]));
  expect(texts).toContain('UBND HUYỆN CAO LỘC');
  expect(texts).toContain('VĂN PHÒNG ĐIỀU PHỐI NTM');
  expect(texts).toContain('Cao Lộc, ngày 15 tháng 10 năm 2023');
});

test('the body that reports in the cell below the commune heading (seed 002 as kept in a sheet: A1, A2)', () => {
  const heading = sheet('Phân công', [['UBND XÃ TÂN THẠNH', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['BQL XÂY DỰNG NTM', null, 'Độc lập - Tự do - Hạnh phúc'], [], ['PHÂN CÔNG THÀNH VIÊN BQL PHỤ TRÁCH THỰC HIỆN CÁC TIÊU CHÍ']]);
  const texts = frame(check([heading, fullMatrix(['Tân Thạnh'])]));
  expect(texts).toContain('UBND XÃ TÂN THẠNH');
  expect(texts).toContain('BQL XÂY DỰNG NTM');
});

test('a title under the heading is no body: the letterhead keeps one line', () => {
  const heading = sheet('Phân công', [['UBND XÃ HÒA CƯ'], ['KẾ HOẠCH THỰC HIỆN CÁC TIÊU CHÍ NĂM 2024']]);
  const texts = frame(check([heading, fullMatrix(['Hòa Cư'])], { asOf: '2024-10-15' }));
  expect(texts).toContain('UBND XÃ HÒA CƯ');
  expect(texts).not.toContain('KẾ HOẠCH THỰC HIỆN CÁC TIÊU CHÍ NĂM 2024');
});
