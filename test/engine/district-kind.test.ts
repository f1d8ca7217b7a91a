// The shipped department names say the office's own kind of unit: a thị xã's plan (seed 002 is a
// commune plan of one: "NHCSXH thị xã", "Các ngành thị xã") is not told of "Công an huyện".
import type { CellValue } from '../../src/domain/model/grid';
import { ASSIGN_HEADER, sheet, check, fullMatrix, codes } from '../support/sheets';
import type { CheckResult } from '../../src/domain/check-types';

/** Criterion 19 led by the police with the military as coordinator, 11 led by the labour office with the bank; both due Q2/2023. */
function plan(letterhead: string, lead19 = 'Công an', coord11 = 'NHCSXH'): CellValue[][] {
  return [
    [letterhead],
    ['BẢNG PHÂN CÔNG THỰC HIỆN CÁC TIÊU CHÍ NĂM 2023'],
    ASSIGN_HEADER,
    [1, 'Tiêu chí 19', null, lead19, 'Ban CHQS', null, 'Quý II/2023', null],
    [2, 'Tiêu chí 11', null, 'Phòng LĐ-TB&XH', coord11, null, 'Quý II/2023', null],
    [3, 'Tiêu chí 18', null, 'Đoàn Thanh niên', null, null, 'Quý II/2023', null],
  ];
}

// Tân An has not met 19.2, 11 nor 18.3: all three items are overdue on 15/10/2023.
const status = () => fullMatrix(['Tân An'], { '19.2': ['Chưa đạt'], '11': ['Chưa đạt'], '18.3': ['Chưa đạt'] });

const departmentSheetTexts = (r: CheckResult) =>
  (r.sheetPlans.find((p) => p.name === 'TH_Theo phòng ban')?.values ?? []).flat().filter((v): v is string => typeof v === 'string');
const overdueLeads = (r: CheckResult, lang: 'vi' | 'en' = 'vi') =>
  codes(r, 'deadline.overdue').map((f) => f.message[lang].split(lang === 'vi' ? 'Chủ trì: ' : 'Lead: ')[1]);

describe('a thị xã office ("UBND THỊ XÃ TÂN CHÂU")', () => {
  const r = check([sheet('Phân công', plan('UBND THỊ XÃ TÂN CHÂU')), status()]);

  test('the department sheet names its departments "… thị xã"', () => {
    const texts = departmentSheetTexts(r);
    expect(texts.some((t) => t.startsWith('I. Công an thị xã ('))).toBe(true);
    expect(texts.some((t) => /\. Ban Chỉ huy Quân sự thị xã \(/.test(t))).toBe(true);
    expect(texts.some((t) => /\. Phòng giao dịch Ngân hàng Chính sách xã hội thị xã \(/.test(t))).toBe(true);
    expect(texts.some((t) => /\. Thị Đoàn \(/.test(t))).toBe(true);
    expect(texts.join('\n')).not.toMatch(/huyện|Huyện Đoàn/);
  });

  test('the findings\' messages say "thị xã", in Vietnamese and in English', () => {
    expect(overdueLeads(r)).toEqual(['Công an thị xã.', 'Phòng Lao động - Thương binh và Xã hội.', 'Thị Đoàn.']);
    expect(overdueLeads(r, 'en')).toEqual(['Công an thị xã.', 'Phòng Lao động - Thương binh và Xã hội.', 'Thị Đoàn.']);
  });

  test('the summary (console, pane, JSON) and the criteria\'s leads say it too; ids stay the same', () => {
    expect(r.summary.departments.map((d) => [d.departmentId, d.department])).toEqual(expect.arrayContaining([
      ['cong-an', 'Công an thị xã'],
      ['bchqs', 'Ban Chỉ huy Quân sự thị xã'],
      ['nhcsxh', 'Phòng giao dịch Ngân hàng Chính sách xã hội thị xã'],
      ['doan-tn', 'Thị Đoàn'],
    ]));
    expect(r.summary.criteria.find((c) => c.setId === 'xa-ntm-2021' && c.code === '19')?.leads).toEqual(['Công an thị xã']);
  });

  test('a department written "… huyện" still resolves to its id, and is shown in the office\'s kind', () => {
    const h = check([sheet('Phân công', plan('UBND THỊ XÃ TÂN CHÂU', 'Công an huyện')), status()]);
    expect(codes(h, 'department.unknown')).toHaveLength(0);
    expect(h.summary.departments.find((d) => d.departmentId === 'cong-an')?.department).toBe('Công an thị xã');
  });

  test('a name it does not know is offered the office\'s kind ("Có phải …?")', () => {
    const u = check([sheet('Phân công', plan('UBND THỊ XÃ TÂN CHÂU', 'UBNDTTQ Việt Nam thị xã Tân Châu')), status()]);
    const f = codes(u, 'department.unknown');
    expect(f.map((x) => x.suggestion)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam thị xã']);
    expect(f[0].message.vi).toContain('Có phải "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã"?');
  });

  test('a name the office typed is never rewritten ("Đội An ninh huyện" stays as typed)', () => {
    const u = check([sheet('Phân công', plan('UBND THỊ XÃ TÂN CHÂU', 'Đội An ninh huyện')), status()]);
    expect(codes(u, 'department.unknown').map((f) => f.found)).toEqual(['Đội An ninh huyện']);
    expect(u.summary.departments.map((d) => d.department)).toContain('Đội An ninh huyện');
  });
});

test('a thành phố office\'s departments are "… thành phố", its Youth Union "Thành Đoàn"', () => {
  const r = check([sheet('Phân công', plan('ỦY BAN NHÂN DÂN THÀNH PHỐ SÓC TRĂNG')), status()]);
  expect(overdueLeads(r)).toEqual(['Công an thành phố.', 'Phòng Lao động - Thương binh và Xã hội.', 'Thành Đoàn.']);
});

test('a quận office ("UBND QUẬN Ô MÔN") is headed by its quận, its departments "… quận"', () => {
  const r = check([sheet('Phân công', plan('UBND QUẬN Ô MÔN')), status()]);
  expect(overdueLeads(r)).toEqual(['Công an quận.', 'Phòng Lao động - Thương binh và Xã hội.', 'Quận Đoàn.']);
  expect(departmentSheetTexts(r)).toEqual(expect.arrayContaining(['UBND QUẬN Ô MÔN', 'Ô Môn, ngày 15 tháng 10 năm 2023']));
});

test('a huyện office is unchanged', () => {
  const r = check([sheet('Phân công', plan('UBND HUYỆN TRÀ CÚ')), status()]);
  expect(overdueLeads(r)).toEqual(['Công an huyện.', 'Phòng Lao động - Thương binh và Xã hội.', 'Huyện Đoàn.']);
  const texts = departmentSheetTexts(r);
  expect(texts.some((t) => t.startsWith('I. Công an huyện ('))).toBe(true);
  expect(texts.join('\n')).not.toContain('thị xã');
});

describe('without a district letterhead, the department cells\' own place words', () => {
  test('a commune plan whose cells all say "thị xã" (seed 002) names the district\'s bodies "… thị xã"', () => {
    const r = check([sheet('Phân công', plan('UBND XÃ TÂN THẠNH', 'Công an thị xã', 'NHCSXH thị xã, UBMTTQ và các đoàn thể')), status()]);
    expect(r.summary.departments.map((d) => d.department)).toEqual(expect.arrayContaining(['Công an thị xã', 'Phòng giao dịch Ngân hàng Chính sách xã hội thị xã']));
  });

  test('cells that disagree ("thị xã" here, "huyện" there) leave the shipped names', () => {
    const rows = plan('UBND XÃ TÂN THẠNH', 'Công an thị xã', 'NHCSXH huyện');
    const r = check([sheet('Phân công', rows), status()]);
    expect(r.summary.departments.map((d) => d.department)).toEqual(expect.arrayContaining(['Công an huyện', 'Phòng giao dịch Ngân hàng Chính sách xã hội huyện']));
  });

  test('a district letterhead wins over the cells\' words', () => {
    const r = check([sheet('Phân công', plan('UBND HUYỆN TRÀ CÚ', 'Công an thị xã', 'NHCSXH thị xã')), status()]);
    expect(overdueLeads(r)[0]).toBe('Công an huyện.');
  });
});

test('"Thị đoàn", "Thành đoàn", "Quận đoàn" typed by an office are its Youth Union, not an unknown department', () => {
  const rows = plan('UBND THỊ XÃ TÂN CHÂU', 'Công an', 'NHCSXH');
  rows[5] = [3, 'Tiêu chí 18', null, 'Thị đoàn', 'Thành đoàn', null, 'Quý II/2023', null];
  rows.push([4, 'Tiêu chí 16', null, 'Quận đoàn', null, null, 'Quý II/2023', null]);
  const r = check([sheet('Phân công', rows), status()]);
  expect(codes(r, 'department.unknown')).toEqual([]);
  expect(overdueLeads(r)).toContain('Thị Đoàn.');
});

describe('place words typed without accents ("Cong an thi xa") are offered the name meant, as "Côngg an thị xã" is', () => {
  const suggested = (letterhead: string, lead: string) => {
    const r = check([sheet('Phân công', plan(letterhead, lead)), status()]);
    return codes(r, 'department.unknown').map((f) => [f.found, f.suggestion]);
  };

  test('in the office\'s kind, and still unknown (what resolves is unchanged)', () => {
    // Accented, the place tail never kept the suggestion away.
    expect(suggested('UBND THỊ XÃ TÂN CHÂU', 'Côngg an thị xã')).toEqual([['Côngg an thị xã', 'Công an thị xã']]);
    expect(suggested('UBND THỊ XÃ TÂN CHÂU', 'Cong an thi xa')).toEqual([['Cong an thi xa', 'Công an thị xã']]);
    expect(suggested('UBND HUYỆN TRÀ CÚ', 'Cong an huyen')).toEqual([['Cong an huyen', 'Công an huyện']]);
    expect(suggested('ỦY BAN NHÂN DÂN THÀNH PHỐ SÓC TRĂNG', 'Cong an thanh pho Soc Trang')).toEqual([['Cong an thanh pho Soc Trang', 'Công an thành phố']]);
    expect(suggested('UBND QUẬN Ô MÔN', 'Cong an quan')).toEqual([['Cong an quan', 'Công an quận']]);
  });

  test('a longer name: "Ban Chi huy Quan su thi xa" (its "Quan" is no quận)', () => {
    expect(suggested('UBND THỊ XÃ TÂN CHÂU', 'Ban Chi huy Quan su thi xa')).toEqual([['Ban Chi huy Quan su thi xa', 'Ban Chỉ huy Quân sự thị xã']]);
  });
});

test('without a letterhead, a suggestion follows the kind the department cells agree on (was "… huyện" while they said "thị xã")', () => {
  // No "UBND …" line: the cells' "NHCSXH thị xã" and the misspelt "Côngg an thị xã" are all there is.
  const r = check([sheet('Phân công', plan('BẢNG PHÂN CÔNG NĂM 2023', 'Côngg an thị xã', 'NHCSXH thị xã')), status()]);
  expect(codes(r, 'department.unknown').map((f) => [f.found, f.suggestion])).toEqual([['Côngg an thị xã', 'Công an thị xã']]);
});
