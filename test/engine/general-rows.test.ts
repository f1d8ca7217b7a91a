// Rows for "the rest" ("Tất cả các tiêu chí", "TC 17 (các chỉ tiêu còn lại)") and the other
// shapes of seed 002's commune plan (Tân Thạnh 2023): hamlet scopes, headings over "TC 11",
// people with their post, "Các ngành phụ trách".
import type { CellValue } from '../../src/domain/model/grid';
import { sheet, assignmentSheet, fullMatrix, check, codes, ASSIGN_HEADER } from '../support/sheets';

/** Seed 002's "PC 2023" rows, under the commune's own heading. */
function tanThanhPlan(): ReturnType<typeof sheet> {
  const row = (code: string, lead: string | null, coord: string | null, scope: string | null, deadline: string | null): CellValue[] => [null, code, null, lead, coord, scope, deadline, null];
  return sheet('PC 2023', [
    ['UBND XÃ TÂN THẠNH'],
    ['PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CÁC TIÊU CHÍ XÃ NTM NĂM 2023'],
    ASSIGN_HEADER,
    row('* Tiêu chí 1: Quy hoạch', null, null, null, null),
    row('Chỉ tiêu 1.1', 'Công chức Địa chính - Xây dựng\n(Tổ giúp việc NTM)', 'Các ngành thị xã', 'Toàn xã', 'trước 30/9/2023'),
    row('Chỉ tiêu 1.2', 'Công chức Địa chính - Xây dựng', 'Các ngành thị xã', 'Toàn xã', 'Quý 4 năm 2023'),
    row('Tiêu chí số 2.1, 2.4', 'UBND xã', 'Ban phát triển ấp', 'Ấp Hòa Tân\nẤp Hòa Thạnh', 'tháng 6/2023'),
    row('* Tiêu chí 11: Nghèo đa chiều', null, null, null, null),
    row('TC 11', 'Công chức LĐTB&XH', 'UBMTTQ và các đoàn thể', null, 'cuối năm 2023'),
    row('Chỉ tiêu 18.1', 'Đ/c Dương Văn Cảnh - Chủ tịch UBND xã', null, null, 'Quý II/2023'),
    row('Tiêu chí 9,10,15,17', 'Các ngành phụ trách', 'Ban phát triển ấp', null, 'năm 2024'),
    row('Tất cả các tiêu chí', 'Cán bộ phụ trách NTM (Đ/c Phạm Thị Kim Ngân)', null, null, 'ngày 10 hàng tháng'),
  ]);
}

describe('seed 002: a commune plan with a row for "Tất cả các tiêu chí"', () => {
  // Tân Thạnh has not met 2.1 (due tháng 6/2023) nor 18.1 (due Quý II/2023): both overdue on 15/10/2023.
  const status = fullMatrix(['Tân Thạnh'], { '2.1': ['Chưa đạt'], '18.1': ['Chưa đạt'] });
  const r = check([tanThanhPlan(), status], { asOf: '2023-10-15' });
  const dept = (name: string) => r.summary.departments.find((d) => d.department === name);

  test('each overdue code is judged once, by its own row, with its own lead', () => {
    expect(codes(r, 'deadline.overdue').map((f) => [f.indicator, f.message.vi.split('Chủ trì: ')[1]])).toEqual([
      ['2.1', 'UBND xã.'],
      ['18.1', 'Chủ tịch UBND xã.'],
    ]);
    expect(codes(r, 'assign.multiple-leads')).toHaveLength(0);
  });

  test('the general row leads only what no row names; where others lead, its officer supports', () => {
    const general = codes(r, 'assign.general-row');
    expect(general).toHaveLength(1);
    expect(general[0].cell).toBe('B12');
    // Named by rows of their own: 1 (both indicators), 2.1, 2.4, 9, 10, 11, 15, 17, 18.1.
    expect(general[0].message.vi).toContain('1, 2.1, 2.4, 9, 10, 11, 15, 17, 18.1 đã có dòng phân công riêng');
    const officer = dept('Cán bộ chuyên trách NTM xã');
    const led = officer?.items.filter((i) => i.role === 'lead').map((i) => i.code);
    expect(led).toEqual(['2.2', '2.3', '3', '4', '5', '6', '7', '8', '12', '13', '14', '16', '18.2', '18.3', '18.4', '18.5', '18.6', '19']);
    const supported = officer?.items.filter((i) => i.role === 'coordinator').map((i) => i.code);
    expect(supported).toEqual(['1.1', '1.2', '2.1', '2.4', '9', '10', '11', '15', '17', '18.1']);
    // The criteria table keeps each criterion's own leads: 1 is led through 1.1 and 1.2.
    const crit = (code: string) => r.summary.criteria.find((c) => c.code === code);
    expect(crit('1')?.leads).toEqual(['Công chức Địa chính - Xây dựng']);
    expect(crit('1')?.coordinators).toContain('Cán bộ chuyên trách NTM xã');
    expect(crit('3')?.leads).toEqual(['Cán bộ chuyên trách NTM xã']);
    // The officer's monthly reports are all that row says: its lead of the codes no row names is warned about.
    expect(codes(r, 'assign.general-only-lead').map((f) => [f.cell, f.indicator])).toEqual([['B12', led!.join(',')]]);
  });

  test('"Các ngành phụ trách" names no one: 9, 10, 15, 17 have no lead, and the general row does not hide it', () => {
    expect(codes(r, 'assign.no-lead').map((f) => f.indicator).sort()).toEqual(['10', '15', '17', '9']);
  });

  test('headings over "TC 11" and over indicator rows are not tasks missing a deadline', () => {
    expect(codes(r, 'deadline.missing')).toHaveLength(0);
  });

  test('hamlets in the commune\'s own plan are within the commune: no unknown commune, no unclear scope', () => {
    expect(codes(r, 'assign.scope-unclear')).toHaveLength(0);
    expect(codes(r, 'assign.commune-no-status')).toHaveLength(0);
    expect(codes(r, 'commune.unknown')).toHaveLength(0);
  });

  test('people with their post, the NTM officer, "Các ngành thị xã": nothing is an unknown department', () => {
    expect(codes(r, 'department.unknown')).toHaveLength(0);
    expect(dept('Chủ tịch UBND xã')?.items.map((i) => i.code)).toEqual(['18.1']);
  });
});

describe('rows for the rest in a district plan', () => {
  test('"Tất cả các tiêu chí" beside rows naming criteria: their leads lead, it supports, each deadline judged once', () => {
    const r = check([assignmentSheet([
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý III/2023'],
      ['Tất cả các tiêu chí', 'Văn phòng Điều phối NTM', null, null, 'quý II/2023'],
    ]), fullMatrix(['Tân Sơn', 'Kim Sơn'], { '2.1': ['Chưa đạt', 'Đạt'], '12.1': ['Chưa đạt', 'Đạt'] })], { asOf: '2023-10-15' });
    // 2 is overdue under its own row (quý III/2023, Kinh tế và Hạ tầng); 12 under the general row (quý II/2023, VPĐP).
    expect(codes(r, 'deadline.overdue').map((f) => [f.indicator, f.message.vi.split('Chủ trì: ')[1]])).toEqual([
      ['2', 'Phòng Kinh tế và Hạ tầng.'],
      ['12', 'Văn phòng Điều phối nông thôn mới huyện.'],
    ]);
    expect(codes(r, 'assign.multiple-leads')).toHaveLength(0);
    const vpdp = r.summary.departments.find((d) => d.departmentId === 'vpdp-ntm');
    expect(vpdp?.led).toBe(9);
    expect(vpdp?.coordinating).toBe(10);
  });

  test('"TC 17 (các chỉ tiêu còn lại)" is the indicators of 17 that other rows do not name', () => {
    const r = check([assignmentSheet([
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19', 'Phòng Nông nghiệp và PTNT', null, null, 'quý IV/2023'],
      ['Chỉ tiêu 17.5, 17.6', 'Phòng Tài nguyên và Môi trường', null, null, 'quý IV/2023'],
      ['TC 17 (các chỉ tiêu còn lại)', 'Phòng Y tế', null, null, 'quý IV/2023'],
    ]), fullMatrix(['Tân Sơn'])]);
    const yTe = r.summary.departments.find((d) => d.departmentId === 'y-te')?.items.map((i) => i.code);
    expect(yTe).toEqual(['17.1', '17.2', '17.3', '17.4', '17.7', '17.8', '17.9', '17.10', '17.11', '17.12']);
    expect(codes(r, 'assign.multiple-leads')).toHaveLength(0);
    expect(codes(r, 'assign.no-lead')).toHaveLength(0);
    expect(codes(r, 'assign.general-row')).toHaveLength(0);
  });

  test('hamlets in a district plan: which commune is unknown, said once at the cell', () => {
    const r = check([assignmentSheet([
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và PTNT', null, 'Thôn 3, Thôn 5', 'quý IV/2023'],
    ]), fullMatrix(['Tân Sơn'])]);
    const unclear = codes(r, 'assign.scope-unclear');
    expect(unclear).toEqual([expect.objectContaining({ cell: 'F4', severity: 'warning' })]);
    expect(unclear[0].message.vi).toContain('là ấp/thôn, không phải xã');
    expect(codes(r, 'commune.unknown')).toHaveLength(0);
  });
});

describe('items with no commune result to judge', () => {
  test('an advanced-set row when no commune targets that set: "Chưa có kết quả", never overdue or due soon', () => {
    const nc = assignmentSheet([['Tiêu chí 15', 'Phòng Y tế', null, null, 'quý II/2023']], 'Phân công NC', 'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO');
    const r = check([nc, fullMatrix(['Tân Sơn'])], { asOf: '2023-10-15' });
    const item = r.summary.departments.find((d) => d.departmentId === 'y-te')?.items.find((i) => i.code === '15');
    expect(item?.state).toBe('no-result');
    expect(item?.communesUnmet).toEqual([]);
    expect(codes(r, 'deadline.overdue')).toHaveLength(0);
    expect(codes(r, 'deadline.due-soon')).toHaveLength(0);
  });

  test('a scope whose communes have no result yet: "Chưa có kết quả", the communes named as without result', () => {
    const rows = sheet('Phân công', [['BẢNG PHÂN CÔNG'], ASSIGN_HEADER, [1, 'Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', null, 'Phòng Nông nghiệp và PTNT', null, 'Tân Sơn, Kim Sơn', 'quý II/2023']]);
    // Only Tân Sơn and Kim Sơn are in scope; the status sheet has Long Hòa alone.
    const r = check([rows, fullMatrix(['Long Hòa'])], { asOf: '2023-10-15' });
    const items = r.summary.departments.find((d) => d.departmentId === 'nn-ptnt')?.items ?? [];
    expect(items).toHaveLength(19);
    expect(items.every((i) => i.state === 'no-result')).toBe(true);
    expect(items[0].communesNoResult).toEqual(['Tân Sơn', 'Kim Sơn']);
    expect(codes(r, 'deadline.overdue')).toHaveLength(0);
  });
});

describe('seed 001: criteria written by name only (Hòa Cư 2024, the messy copy)', () => {
  test('each name is read as its criterion and said once at its cell; nothing is left without a lead', () => {
    const row = (code: string, lead: string, coord: string | null, deadline: string): CellValue[] => [null, code, null, lead, coord, null, deadline, null];
    const plan = sheet('PC nhiem vu', [
      ['ỦY BAN NHÂN DÂN XÃ HÒA CƯ'],
      ['KẾ HOẠCH THỰC HIỆN TIÊU CHÍ NTM NĂM 2024'],
      ASSIGN_HEADER,
      row('Tiêu chí Quy hoạch', 'Công chức Địa chính - Xây dựng', 'Các thôn', 'Thường xuyên'),
      row('Tiêu chí Trường học; Giáo dục', 'Công chức Văn hóa - Xã hội', 'Trường Mầm non, Tiểu học, THCS xã', 'Thường xuyên'),
      row('Tiêu chí Cơ sở vật chất văn hóa, Văn hóa', 'Ban Văn hóa xã', 'Các thôn', 'Quý IV/2024'),
      row('Tiêu chí số Quốc phòng và An ninh', 'Ban CHQS xã', 'Công an xã', 'Thường xuyên'),
      row('Tiêu chí 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 15, 17, 18', 'Công chức Văn phòng - Thống kê', 'Hợp tác xã', 'Thường xuyên'),
    ]);
    const r = check([plan, fullMatrix(['Hòa Cư'], { '6.2': ['Chưa đạt'] })], { asOf: '2024-10-15' });
    expect(codes(r, 'code.name-only').map((f) => [f.cell, f.expected])).toEqual([
      ['B4', 'Tiêu chí 1'],
      ['B5', 'Tiêu chí 5, 14'],
      ['B6', 'Tiêu chí 6, 16'],
      ['B7', 'Tiêu chí 19'],
    ]);
    expect(codes(r, 'code.unreadable')).toHaveLength(0);
    expect(codes(r, 'assign.no-lead')).toHaveLength(0);
    expect(codes(r, 'department.unknown')).toHaveLength(0);
    // 6.2 is due this quarter under "Cơ sở vật chất văn hóa" (6), led by Ban Văn hóa xã.
    expect(codes(r, 'deadline.due-soon').map((f) => [f.indicator, f.cell])).toEqual([['6', 'G6']]);
  });

  test('a name that is no criterion\'s stays unreadable, with the criteria it could be suggested', () => {
    const plan = assignmentSheet([['Tiêu chí Trường học; Chợ nổi', 'Phòng Giáo dục và Đào tạo', null, null, 'quý IV/2023']]);
    const r = check([plan, fullMatrix(['Tân Sơn'])]);
    expect(codes(r, 'code.name-only')).toHaveLength(0);
    expect(codes(r, 'code.unreadable')).toHaveLength(1);
  });
});

describe('"TC 17 (các chỉ tiêu còn lại)" and "Các tiêu chí còn lại" in one plan (seed 002 probe)', () => {
  const plan = assignmentSheet([
    ['Chỉ tiêu 17.1', 'Phòng Kinh tế', 'Phòng Tài nguyên và Môi trường', null, 'Quý III/2023'],
    ['TC 17 (các chỉ tiêu còn lại)', 'Phòng Tài nguyên và Môi trường', 'Phòng Y tế', null, 'năm 2023'],
    ['Các tiêu chí còn lại', 'Văn phòng Điều phối NTM', null, null, 'năm 2023'],
  ]);
  const r = check([plan, fullMatrix(['Tân Thạnh'])], { asOf: '2023-10-15' });

  test('the rest of 17 is the TC 17 row\'s alone: one lead each, no "several leads" warnings', () => {
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
    const lead = (code: string) => r.summary.departments.filter((d) => d.items.some((i) => i.code === code && i.role === 'lead')).map((d) => d.department);
    expect(lead('17.2')).toEqual(['Phòng Tài nguyên và Môi trường']);
    expect(lead('17.1')).toEqual(['Phòng Kinh tế']);
    // "Các tiêu chí còn lại" still leads the criteria no row names.
    expect(lead('1')).toEqual(['Văn phòng Điều phối nông thôn mới huyện']);
  });
});

describe('"Các tiêu chí còn lại" in a plan whose rows name their communes ("Xã áp dụng": Tân Sơn)', () => {
  const plan = assignmentSheet([
    ['Tiêu chí 1', 'Phòng Kinh tế - Hạ tầng', null, 'Tân Sơn', 'Quý IV/2023'],
    ['Chỉ tiêu 17.1', 'Phòng Tài nguyên và Môi trường', null, 'Tân Sơn, Kim Sơn', 'Quý III/2023'],
    ['Tiêu chí 2', 'Phòng Giáo dục và Đào tạo', null, 'Kim Sơn', 'Quý IV/2023'],
    ['Các tiêu chí còn lại', 'UBND xã', null, 'Tân Sơn', 'Năm 2023'],
  ]);
  const r = check([plan, fullMatrix(['Tân Sơn', 'Kim Sơn'])], { asOf: '2023-10-15' });
  const lead = (code: string) => r.summary.departments.filter((d) => d.items.some((i) => i.code === code && i.role === 'lead')).map((d) => d.department);

  test('the rows naming Tân Sơn keep their codes: no "several leads" for 1 or 17.1', () => {
    // Before, only rows for every commune counted as "a row of its own": 1 and 17.1 got two leads.
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
    expect(lead('1')).toEqual(['Phòng Kinh tế và Hạ tầng']);
    expect(lead('17.1')).toEqual(['Phòng Tài nguyên và Môi trường']);
    // A row for Kim Sơn alone does not cover Tân Sơn: the rest row still leads 2 there.
    expect(lead('2').sort()).toEqual(['Phòng Giáo dục và Đào tạo', 'UBND xã']);
    expect(lead('3')).toEqual(['UBND xã']);
    const general = codes(r, 'assign.general-row');
    expect(general.map((f) => f.cell)).toEqual(['B7']);
    expect(general[0].message.vi).toMatch(/^"Các tiêu chí còn lại": 1, 17\.1 đã có dòng phân công riêng/);
  });
});

describe('"Các tiêu chí còn lại" for every commune under a row naming one commune ("Tiêu chí 1 — Tân Sơn")', () => {
  // Tân Sơn and Kim Sơn both miss 1.1; on 15/12/2023 Quý IV/2023 and Năm 2023 are both due soon.
  const plan = assignmentSheet([
    ['Tiêu chí 1', 'Phòng Kinh tế - Hạ tầng', null, 'Tân Sơn', 'Quý IV/2023'],
    ['Các tiêu chí còn lại', 'UBND xã', null, null, 'Năm 2023'],
  ]);
  const r = check([plan, fullMatrix(['Tân Sơn', 'Kim Sơn'], { '1.1': ['Chưa đạt', 'Chưa đạt'] })], { asOf: '2023-12-15' });

  test('1 is led by its own row in Tân Sơn and by the rest row elsewhere: one lead each, each commune judged once', () => {
    // Before: "Mã 1 có 2 cơ quan chủ trì", and Tân Sơn judged under both rows.
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
    expect(codes(r, 'deadline.due-soon').map((f) => [f.cell, f.found])).toEqual([
      ['G4', 'Tân Sơn'],
      ['G5', 'Kim Sơn'],
    ]);
    const general = codes(r, 'assign.general-row');
    expect(general.map((f) => f.cell)).toEqual(['B5']);
    expect(general[0].message.vi).toMatch(/^"Các tiêu chí còn lại": 1 \(dòng 4\) có dòng phân công riêng cho một số xã/);
    // The rest row's department supports 1 where Phòng Kinh tế và Hạ tầng leads, and leads 2 everywhere.
    // On the department sheet its one line for 1 is the part it leads (Kim Sơn): leading beats supporting.
    const items = (name: string, role: string) => r.summary.departments.find((d) => d.department === name)?.items.filter((i) => i.role === role).map((i) => i.code);
    expect(items('UBND xã', 'coordinator')).not.toContain('1');
    expect(items('UBND xã', 'lead')).toEqual(expect.arrayContaining(['1', '2']));
    expect(r.summary.departments.find((d) => d.department === 'UBND xã')?.items.find((i) => i.code === '1')?.communesUnmet).toEqual(['Kim Sơn']);
    expect(items('Phòng Kinh tế và Hạ tầng', 'lead')).toEqual(['1']);
  });
});

describe('a row naming one indicator for some communes ("Chỉ tiêu 1.1 — Tân Sơn") under a row for the rest', () => {
  // Tân Sơn and Kim Sơn both miss 1.1; on 15/12/2023 Quý IV/2023 and Năm 2023 are both due soon.
  const judged = (rest: string, code: string) => {
    const plan = assignmentSheet([
      [code, 'Phòng Kinh tế - Hạ tầng', null, 'Tân Sơn', 'Quý IV/2023'],
      [rest, 'UBND xã', null, null, 'Năm 2023'],
    ]);
    return check([plan, fullMatrix(['Tân Sơn', 'Kim Sơn'], { [code.replace('Chỉ tiêu ', '')]: ['Chưa đạt', 'Chưa đạt'] })], { asOf: '2023-12-15' });
  };
  const items = (r: ReturnType<typeof check>, name: string, role: string) => r.summary.departments.find((d) => d.department === name)?.items.filter((i) => i.role === role).map((i) => [i.code, i.communesUnmet]);

  test('"Các tiêu chí còn lại": Tân Sơn is judged on 1.1 by its own row only, Kim Sơn by the rest row', () => {
    // Before: the rest row led all of 1 in Tân Sơn too, so Tân Sơn was due soon under both rows.
    const r = judged('Các tiêu chí còn lại', 'Chỉ tiêu 1.1');
    expect(codes(r, 'deadline.due-soon').map((f) => [f.cell, f.found])).toEqual([
      ['G4', 'Tân Sơn'],
      ['G5', 'Kim Sơn'],
    ]);
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
    // In Tân Sơn the rest row supports 1.1 and still leads 1.2, the other indicator of criterion 1.
    expect(items(r, 'UBND xã', 'coordinator')).toEqual([['1.1', ['Tân Sơn']]]);
    expect(items(r, 'UBND xã', 'lead')).toEqual(expect.arrayContaining([['1', ['Kim Sơn']], ['1.2', []]]));
    expect(items(r, 'Phòng Kinh tế và Hạ tầng', 'lead')).toEqual([['1.1', ['Tân Sơn']]]);
    const general = codes(r, 'assign.general-row');
    expect(general.map((f) => f.cell)).toEqual(['B5']);
    expect(general[0].message.vi).toMatch(/^"Các tiêu chí còn lại": 1\.1 \(dòng 4\) có dòng phân công riêng cho một số xã/);
  });

  test('"TC 17 (các chỉ tiêu còn lại)" beside "Chỉ tiêu 17.1 — Tân Sơn": the same split within criterion 17', () => {
    const r = judged('TC 17 (các chỉ tiêu còn lại)', 'Chỉ tiêu 17.1');
    expect(codes(r, 'deadline.due-soon').map((f) => [f.cell, f.found])).toEqual([
      ['G4', 'Tân Sơn'],
      ['G5', 'Kim Sơn'],
    ]);
    expect(items(r, 'UBND xã', 'coordinator')).toEqual([['17.1', ['Tân Sơn']]]);
    // 17 has 12 indicators (QĐ 318): in Tân Sơn the row still leads the 11 others.
    const led = items(r, 'UBND xã', 'lead')!.map(([code]) => code);
    expect(led).toEqual(['17', ...Array.from({ length: 11 }, (_, i) => `17.${i + 2}`)]);
  });
});

describe('"Tất cả các tiêu chí" beside "Các tiêu chí còn lại"', () => {
  test('it supports what the rest row leads: one lead per code', () => {
    const r = check([assignmentSheet([
      ['Tiêu chí 1, 2', 'Phòng Nông nghiệp và PTNT', null, null, 'Quý IV/2023'],
      ['Các tiêu chí còn lại', 'Văn phòng Điều phối NTM', null, null, 'Quý IV/2023'],
      ['Tất cả các tiêu chí', 'UBND các xã', null, null, 'trước 30/3/2023'],
    ]), fullMatrix(['Tân Sơn', 'Kim Sơn'])], { asOf: '2023-10-15' });
    // Before, both rows led 3 … 19: seventeen "several leads" warnings, and the communes' 30/3/2023 judged them.
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
    // Nothing is left to the "Tất cả" row alone: nothing to warn about.
    expect(codes(r, 'assign.general-only-lead')).toEqual([]);
    const roles = (name: string) => r.summary.departments.find((d) => d.department === name)?.items.map((i) => i.role);
    expect(new Set(roles('UBND các xã'))).toEqual(new Set(['coordinator']));
    // The rest row leads 3 … 19 and supports 1, 2.
    expect(roles('Văn phòng Điều phối nông thôn mới huyện')?.filter((x) => x === 'lead')).toHaveLength(17);
  });
});
