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
