// Without a communes sheet the summaries list communes as the status sheet does, not in the
// order one assignment row happens to name them (seed 003 probe: Đắk Song, 8 communes).
import { assignmentSheet, fullMatrix, check, codes } from '../support/sheets';

// The status matrix's columns, as the office typed them.
const MATRIX = ['Nam Bình', "Nâm N'Jang", 'Thuận Hạnh', 'Thuận Hà', 'Đắk Hòa', 'Đắk Môl', "Đắk N'Drung", 'Trường Xuân'];
// Seed 003's own list for 17.8 (Hội LHPN), in its order and with its misspellings.
const SCOPE_178 = "Đắk Môt, Năm N'Jang, Đắk N'Drung, Trường Xuân, Nam Bình, Thuận Hạnh, Thuận Hà, Đắk Hòa";

function workbook() {
  const unmet = (who: string[]) => MATRIX.map((c) => (who.includes(c) ? 'Chưa đạt' : 'Đạt'));
  return [
    assignmentSheet([
      ['17.8', 'Hội Liên hiệp Phụ nữ huyện', null, SCOPE_178, 'Quý III/2023'],
      ['11', 'Phòng Lao động - Thương binh và Xã hội', null, null, 'Quý III/2023'],
    ]),
    fullMatrix(MATRIX, { '11': unmet(['Thuận Hà', 'Trường Xuân']) }),
  ];
}

describe('commune order without a communes sheet', () => {
  test('the summary lists the communes in the status matrix column order', () => {
    const r = check(workbook());
    expect(r.summary.communes.map((c) => c.display)).toEqual(MATRIX);
  });

  test('the "theo xã" sheet has its rows in that order', () => {
    const r = check(workbook());
    const plan = r.sheetPlans.find((p) => p.name.startsWith('TH_Theo xã'))!;
    const names = plan.values.map((v) => v[1]).filter((v): v is string => typeof v === 'string' && MATRIX.includes(v));
    expect(names).toEqual(MATRIX);
  });

  test('an overdue item names its communes in that order', () => {
    const r = check(workbook());
    const f = codes(r, 'deadline.overdue').find((x) => x.message.vi.includes('mã 11'))!;
    expect(f.message.vi).toContain('còn 2 xã chưa đạt: Thuận Hà, Trường Xuân');
  });
});
