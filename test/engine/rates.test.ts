// Rates on the summaries: of the communes with a verdict; none at all leaves the rate blank.
import { sheet, check } from '../support/sheets';

describe('rates where no commune has a verdict', () => {
  test('an advanced criterion nobody reported has no rate, not "0,0"', () => {
    // Lê Lai and Đức Long report criteria 1 and 2 of the advanced set only (seed 004 probe's sheet).
    const s = sheet('KQ NTM nâng cao', [
      ['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2025'],
      [],
      ['Mã', 'Tên tiêu chí', 'Lê Lai', 'Đức Long'],
      ['1', 'Quy hoạch', 'Đạt', 'Chưa đạt'],
      ['2', 'Giao thông', 'Đạt', 'Đạt'],
    ]);
    const r = check([s], { asOf: '2025-06-30' });
    const bySheet = r.sheetPlans.find((p) => p.name === 'TH_Theo tiêu chí')!;
    const row = (prefix: string) => bySheet.values.find((v) => typeof v[1] === 'string' && (v[1] as string).startsWith(prefix))!;
    expect(row('1.')[4]).toBe('50,0');
    expect(row('3.')[4]).toBeNull();
    const communes = r.sheetPlans.find((p) => p.name.startsWith('TH_Theo xã'))!;
    const rates = communes.values.find((v) => v.includes('Tỷ lệ %') || v.some((x) => typeof x === 'string' && x.startsWith('Tỷ lệ')))!;
    const cells = rates.filter((x) => x !== null && x !== undefined && x !== '' && !(typeof x === 'string' && x.startsWith('Tỷ lệ')));
    // Two criteria reported: two rates ("50,0" and "100,0"), nothing for the other seventeen.
    expect(cells).toEqual(['50,0', '100,0']);
  });
});

describe('the town sheet counts towns', () => {
  test('a town with no status is counted as a town ("Số thị trấn chưa có số liệu"), not a commune (seed 001 probe)', () => {
    const list = sheet('Danh sách xã', [['DANH SÁCH XÃ, THỊ TRẤN'], ['Tên xã', 'Loại', 'Bộ tiêu chí phấn đấu'], ['Định An', 'thị trấn', 'Đô thị văn minh'], ['Trà Cú', 'thị trấn', 'Đô thị văn minh']]);
    const towns = sheet('Đô thị văn minh', [
      ['HIỆN TRẠNG THỰC HIỆN TIÊU CHÍ THỊ TRẤN ĐẠT CHUẨN ĐÔ THỊ VĂN MINH'],
      [],
      ['Mã', 'Nội dung', 'TT Định An'],
      ['3.2', 'Nội dung 3.2', 'Chưa đạt'],
      ['8.2', 'Nội dung 8.2', 'Đạt'],
    ]);
    const r = check([list, towns], { asOf: '2023-10-15' });
    const plan = r.sheetPlans.find((p) => p.values.flat().some((v) => typeof v === 'string' && v.includes('THEO THỊ TRẤN')))!;
    const text = plan.values.flat().filter((v): v is string => typeof v === 'string');
    expect(text).toContain('Số thị trấn chưa có số liệu đánh giá (không tính vào bình quân): 1 thị trấn');
    expect(text.some((t) => t.startsWith('Số xã chưa có số liệu'))).toBe(false);
  });
});
