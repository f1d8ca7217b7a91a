// Whose deadline judges whom, as the department sheet and the findings say it (exploratory runs
// on seeds 003 and 004): communes of one item in different states are named by state; a general
// row's supported codes are judged by their lead row's deadline; a criterion's status row with a
// deadline is judged by the indicator items it stands for, and not said again from the status sheet.
import { assignmentSheet, check, codes, communesSheet, fullMatrix, sheet } from '../support/sheets';

const LDTBXH = 'Phòng Lao động - Thương binh và Xã hội';
const NN = 'Phòng Nông nghiệp và Phát triển nông thôn';

describe('an item whose communes are not all in its state', () => {
  // Seed 004 as typed: criterion 8 due "Năm 2025" on the assignment; Thái Cường's own status row
  // says "6 tháng đầu năm 2025". At 31/12/2025 Thái Cường is overdue (30/6 passed), the other two
  // are due soon (31/12 is in the report date's quarter, not passed).
  const assignment = assignmentSheet([['Tiêu chí 8', 'Phòng Văn hóa và Thông tin', null, null, 'Năm 2025']]);
  const status = sheet('Kết quả', [
    ['XÃ NÔNG THÔN MỚI'],
    ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'],
    ['Thụy Hùng', '8', 'Chưa đạt', null],
    ['Thái Cường', '8', 'Chưa đạt', '6 tháng đầu năm 2025'],
    ['Minh Khai', '8', 'Chưa đạt', null],
    ['Kim Đồng', '8', 'Đạt', null],
  ]);
  const r = check([assignment, status], { asOf: '2025-12-31' });
  const item = r.summary.departments.find((d) => d.department === 'Phòng Văn hóa và Thông tin')!.items[0];

  test('the summary keeps every unmet commune and adds each one\'s state, worst first', () => {
    expect(item.state).toBe('overdue');
    expect(item.communesUnmet).toEqual(['Thụy Hùng', 'Thái Cường', 'Minh Khai']);
    expect(item.communesUnmetByState).toEqual([
      { state: 'overdue', communes: ['Thái Cường'] },
      { state: 'due-soon', communes: ['Thụy Hùng', 'Minh Khai'] },
    ]);
  });

  test('the department sheet says which commune is overdue and which is due soon', () => {
    const plan = r.sheetPlans.find((p) => p.name === 'TH_Theo phòng ban')!;
    const row = plan.values.find((v) => typeof v[2] === 'string' && (v[2] as string).startsWith('Tiêu chí 8'))!;
    expect(row[5]).toBe('Quá hạn');
    expect(row[6]).toBe('Có 3 xã chưa đạt, trong đó quá hạn 1 (Thái Cường); sắp đến hạn 2 (Thụy Hùng, Minh Khai).');
    const en = check([assignment, status], { asOf: '2025-12-31', lang: 'en' }).sheetPlans.find((p) => p.name === 'TH_Theo phòng ban')!;
    expect(en.values.flat()).toContain('3 communes do not meet it: overdue 1 (Thái Cường); due soon 2 (Thụy Hùng, Minh Khai).');
  });

  test('the findings already split them, as before', () => {
    expect(codes(r, 'deadline.overdue').map((f) => f.found)).toEqual(['Thái Cường']);
    expect(codes(r, 'deadline.due-soon').map((f) => f.found)).toEqual(['Thụy Hùng, Minh Khai']);
  });

  test('communes all in the item\'s state are one list, without the split', () => {
    const same = check([assignment, status], { asOf: '2025-05-15' });
    // 15/5/2025: 30/6 is in the quarter (due soon), 31/12 is not (not yet due): still two states.
    expect(same.summary.departments[0].items[0].communesUnmetByState?.map((g) => g.state)).toEqual(['due-soon', 'pending']);
    const later = check([assignment, status], { asOf: '2026-01-15' });
    // Both deadlines passed: one state, one list.
    const it = later.summary.departments[0].items[0];
    expect(it.state).toBe('overdue');
    expect(it.communesUnmetByState).toBeUndefined();
  });
});

describe('"Tất cả các tiêu chí" supporting the codes other rows lead', () => {
  // Seed 003 IV.1: the communes draw up their plans by 30/3/2023, for all criteria, with the
  // agriculture office; criterion 11 has its own row due Quý IV/2023.
  const assignment = assignmentSheet([
    ['Tiêu chí 11', LDTBXH, null, null, 'Quý IV/2023'],
    ['Tất cả các tiêu chí', 'UBND các xã', NN, null, 'trước 30/3/2023'],
  ]);
  const status = fullMatrix(['Tân Sơn', 'Kim Sơn'], { '11': ['Chưa đạt', 'Đạt'] });
  const r = check([assignment, status], { asOf: '2023-10-15' });
  const itemOf = (department: string, code: string) => r.summary.departments.find((d) => d.department === department)!.items.find((i) => i.code === code)!;

  test('the supporting departments\' line for 11 carries the lead row\'s deadline and state, not 30/3/2023 overdue', () => {
    expect(itemOf(LDTBXH, '11')).toMatchObject({ role: 'lead', deadlineLabel: 'Quý IV/2023', state: 'due-soon' });
    expect(itemOf(NN, '11')).toMatchObject({ role: 'coordinator', deadlineLabel: 'Quý IV/2023', state: 'due-soon', communesUnmet: ['Tân Sơn'] });
  });

  test('no supported code is overdue on the department sheet, and the findings judge 11 once', () => {
    const plan = r.sheetPlans.find((p) => p.name === 'TH_Theo phòng ban')!;
    expect(plan.values.filter((v) => v[5] === 'Quá hạn')).toEqual([]);
    expect(codes(r, 'deadline.overdue')).toEqual([]);
    expect(codes(r, 'deadline.due-soon').map((f) => f.indicator)).toEqual(['11']);
  });
});

describe('a criterion\'s status row with a deadline, the assignment by indicator (seed 004)', () => {
  // The nâng cao rows of seed 004 assign 13.2 and 13.3 "trước ngày 20/9/2025"; the status sheet
  // keeps criterion verdicts, each with its expected date.
  const status = (deadline: string) =>
    sheet('Kết quả', [
      ['XÃ NÔNG THÔN MỚI'],
      ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'],
      ['Tân Sơn', '13', 'Chưa đạt', deadline],
      ['Kim Sơn', '13', 'Chưa đạt', deadline],
    ]);
  const assignment = assignmentSheet([['Chỉ tiêu 13.2, 13.3', NN, null, null, 'trước ngày 20/9/2025']]);

  test('the same deadline: the items say it with their lead, the status sheet says nothing more', () => {
    const r = check([assignment, status('20/9/2025')], { asOf: '2025-12-31' });
    const overdue = codes(r, 'deadline.overdue');
    expect(overdue.map((f) => [f.sheet, f.indicator])).toEqual([
      ['Phân công', '13.2'],
      ['Phân công', '13.3'],
    ]);
    expect(overdue[0].message.vi).toContain('Chủ trì: Phòng Nông nghiệp và Phát triển nông thôn');
    expect(overdue[0].message.vi).not.toContain('theo dòng hiện trạng');
  });

  test('another deadline on the row: the items judge by it and say where it comes from', () => {
    // "Quý I/2026" on the rows: not yet due at 31/12/2025, though the assignment's 20/9 has passed.
    const r = check([assignment, status('Quý I/2026')], { asOf: '2025-12-31' });
    expect(codes(r, 'deadline.overdue')).toEqual([]);
    const items = r.summary.departments.find((d) => d.department === NN)!.items;
    expect(items.map((i) => [i.code, i.state, i.statusDeadlineLabel])).toEqual([
      ['13.2', 'pending', 'Quý I/2026'],
      ['13.3', 'pending', 'Quý I/2026'],
    ]);
    expect(codes(r, 'deadline.due-soon')).toEqual([]);
  });

  test('a criterion no assignment row covers is still said from the status sheet', () => {
    const r = check([assignmentSheet([['Tiêu chí 1', NN, null, null, 'Năm 2025']]), status('20/9/2025')], { asOf: '2025-12-31' });
    expect(codes(r, 'deadline.overdue').map((f) => [f.sheet, f.indicator, f.found])).toEqual([['Kết quả', '13', 'Tân Sơn, Kim Sơn']]);
  });
});

describe('a criterion\'s status row with a deadline over its indicators\' rows, the assignment on the criterion (seed 001)', () => {
  // Seed 001 (xã Hòa Cư): "12 | Chưa đạt | Năm 2024" over "12.2 | Chưa đạt | Quý IV/2024"; the plan
  // gives criterion 12 to one officer, "Năm 2024".
  const status = (deadline122: string) =>
    sheet('Kết quả', [
      ['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2024'],
      ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'],
      ['Hòa Cư', '12', 'Chưa đạt', 'Năm 2024'],
      ['Hòa Cư', '12.1', 'Đạt', null],
      ['Hòa Cư', '12.2', 'Chưa đạt', deadline122],
    ]);
  const assignment = assignmentSheet([['Tiêu chí 12', LDTBXH, null, null, 'Năm 2024']]);

  test('the indicator row giving the same date is said once, by the assignment row with its lead', () => {
    const r = check([assignment, status('Quý IV/2024')], { asOf: '2025-01-15' });
    // Before: also "Kết quả!D5 Quá hạn: mã 12.2, hạn quý IV/2024, 1 xã: Hòa Cư".
    expect(codes(r, 'deadline.overdue').map((f) => [f.sheet, f.cell, f.indicator])).toEqual([['Phân công', 'G4', '12']]);
  });

  test('an indicator row with another date is still said from its row', () => {
    const r = check([assignment, status('Quý II/2024')], { asOf: '2025-01-15' });
    expect(codes(r, 'deadline.overdue').map((f) => [f.sheet, f.cell, f.indicator])).toEqual([
      ['Kết quả', 'D5', '12.2'],
      ['Phân công', 'G4', '12'],
    ]);
  });
});

describe('the communes\' own committees as one department', () => {
  const assignment = assignmentSheet([['Tiêu chí 1', 'UBND các xã', null, null, 'Năm 2023']]);
  const status = fullMatrix(['Tân Sơn', 'Kim Sơn'], { '1.1': ['Chưa đạt', 'Đạt'] });

  test('named by the kinds the plan has: no "thị trấn" where there is none (seeds 003, 004)', () => {
    const r = check([assignment, status]);
    expect(r.summary.departments.map((d) => d.department)).toEqual(['UBND các xã']);
  });

  test('a district with a town keeps "UBND các xã, thị trấn"', () => {
    const communes = communesSheet([
      ['Tân Sơn', 'Xã', 'Xã NTM'],
      ['Kim Sơn', 'Xã', 'Xã NTM'],
      ['Trà Cú', 'Thị trấn', 'Đô thị văn minh'],
    ]);
    const r = check([communes, assignment, status]);
    expect(r.summary.departments.map((d) => d.department)).toEqual(['UBND các xã, thị trấn']);
  });
});
