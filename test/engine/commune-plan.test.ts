// A commune's own plan (seed 002, Tân Thạnh 2023): members are the commune's officers and bodies,
// often laid out as criteria × members with "CT" / "PH" marks.
import type { CellValue } from '../../src/domain/model/grid';
import { sheet, fullMatrix, check, codes } from '../support/sheets';

const MEMBERS = ['Công chức Địa chính - Xây dựng', 'Công chức Văn hóa - Xã hội', 'UBMTTQ xã', 'Hội Nông dân', 'Trạm Y tế xã', 'Công an xã', 'Ban CHQS xã'];

/** Seed 002's "Phân công thành viên BQL": one row per criterion, one column per member. */
function memberMatrix(): ReturnType<typeof sheet> {
  // criterion → [lead member index(es), coordinator index(es), deadline]
  const plan: Record<number, [number[], number[], string]> = {
    1: [[0], [], 'Quý III/2023'],
    2: [[0], [2], 'tháng 6/2023'],
    12: [[1], [], 'Quý III/2023'],
    13: [[3], [], 'Quý III/2023'],
    15: [[4], [], 'Năm 2024'],
    17: [[0], [3, 4], 'Năm 2024'],
    19: [[5, 6], [], 'Duy trì'],
  };
  const rows: CellValue[][] = [
    ['UBND XÃ TÂN THẠNH', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['BQL XÂY DỰNG NTM'],
    [],
    ['PHÂN CÔNG THÀNH VIÊN BAN QUẢN LÝ XÂY DỰNG NTM XÃ PHỤ TRÁCH CÁC TIÊU CHÍ'],
    [],
    ['TT', 'Tiêu chí', ...MEMBERS, 'Thời hạn'],
  ];
  for (let c = 1; c <= 19; c++) {
    const [leads, coords, deadline] = plan[c] ?? [[1], [], 'Duy trì'];
    rows.push([c, `Tiêu chí ${c}`, ...MEMBERS.map((_m, i) => (leads.includes(i) ? 'CT' : coords.includes(i) ? 'PH' : null)), deadline]);
  }
  return sheet('Phân công TV BQL', rows);
}

describe('a commune plan laid out as criteria × the commune\'s members', () => {
  // Tân Thạnh has not met 1.1 (criterion 1, due Quý III/2023) nor 13.3 (criterion 13, due Quý III/2023).
  const status = fullMatrix(['Tân Thạnh'], { '1.1': ['Chưa đạt'], '13.3': ['Chưa đạt'] });
  const r = check([memberMatrix(), status], { asOf: '2023-10-15' });

  test('is recognized as the assignment, though no column names a district department', () => {
    expect(r.recognized.find((x) => x.sheet === 'Phân công TV BQL')).toMatchObject({ role: 'assignment' });
    expect(codes(r, 'sheet.unrecognized')).toHaveLength(0);
  });

  test('the commune\'s bodies lead what their column marks "CT"; nothing is an unknown department', () => {
    expect(codes(r, 'department.unknown')).toHaveLength(0);
    const overdue = codes(r, 'deadline.overdue').map((f) => [f.indicator, f.message.vi.split('Chủ trì: ')[1]]);
    expect(overdue).toEqual([
      ['1', 'Công chức Địa chính - Xây dựng.'],
      ['13', 'Hội Nông dân xã.'],
    ]);
    const d = (name: string) => r.summary.departments.find((x) => x.department === name);
    expect(d('Trạm Y tế xã')?.items.map((i) => [i.code, i.role])).toEqual([['15', 'lead'], ['17', 'coordinator']]);
    expect(d('Ủy ban MTTQ xã')?.items.map((i) => [i.code, i.role])).toEqual([['2', 'coordinator']]);
  });

  test('two "CT" marks on one row are two leads without a split', () => {
    expect(codes(r, 'assign.multiple-leads').map((f) => f.indicator)).toEqual(['19']);
    expect(codes(r, 'assign.multiple-leads')[0].message.vi).toContain('Công an xã; Ban Chỉ huy Quân sự xã');
  });

  test('member names it cannot place are said once, at their header cell', () => {
    const odd = memberMatrix();
    odd.rows[5][3] = 'Tổ công tác đặc biệt';
    const o = check([odd, status], { asOf: '2023-10-15' });
    expect(codes(o, 'department.unknown').map((f) => [f.cell, f.found])).toEqual([['D6', 'Tổ công tác đặc biệt']]);
  });
});

test('columns naming people, not bodies, are still members when their cells are "CT" / "PH" marks', () => {
  const people = ['Đ/c Lê Văn Bình', 'Đ/c Trần Thị Cúc', 'Đ/c Phạm Văn Dũng'];
  const rows: CellValue[][] = [['UBND XÃ TÂN THẠNH'], ['PHÂN CÔNG PHỤ TRÁCH TIÊU CHÍ NTM NĂM 2023'], ['TT', 'Tiêu chí', ...people, 'Thời hạn']];
  for (let c = 1; c <= 19; c++) rows.push([c, `Tiêu chí ${c}`, c <= 9 ? 'CT' : 'PH', c > 9 ? 'CT' : null, c === 1 ? 'PH' : null, 'Quý IV/2023']);
  const r = check([sheet('Phân công', rows), fullMatrix(['Tân Thạnh'])], { asOf: '2023-10-15' });
  expect(r.recognized[0]).toMatchObject({ role: 'assignment' });
  expect(codes(r, 'assign.no-lead')).toHaveLength(0);
  // Each name is said once, at its header cell, not on every marked row.
  expect(codes(r, 'department.unknown').map((f) => f.cell)).toEqual(['C3', 'D3', 'E3']);
  const bình = r.summary.departments.find((d) => d.department === 'Đ/c Lê Văn Bình');
  expect(bình?.led).toBe(9);
  expect(bình?.coordinating).toBe(10);
  // A status matrix marking met cells "x" under commune names stays a status matrix.
  const st = check([sheet('HT', [['HIỆN TRẠNG'], ['Mã', 'Tên chỉ tiêu', 'Tân Thạnh', 'Tân Phú', 'Long Hòa'], ...['1.1', '1.2', '2.1', '2.2'].map((c) => [c, 'x', 'x', null, 'x'])])]);
  expect(st.recognized[0].role).toBe('status-matrix');
});

describe('a commune plan written as rows (lead and coordinator cells)', () => {
  test('"Hội Nông dân" is the commune\'s; "Các ngành thị xã" and "… và các đoàn thể" are no one in particular', () => {
    const rows: CellValue[][] = [
      ['ỦY BAN NHÂN DÂN XÃ TÂN THẠNH'],
      ['KẾ HOẠCH THỰC HIỆN CÁC TIÊU CHÍ NTM NĂM 2023'],
      ['STT', 'Tiêu chí/chỉ tiêu', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Xã áp dụng', 'Thời hạn hoàn thành'],
      [1, '13', null, 'Hội Nông dân', 'Các ngành thị xã', null, 'Quý III/2023'],
      [2, '16', null, 'Công chức Văn hóa - Xã hội', 'UBMTTQ và các đoàn thể', null, 'Quý IV/2023'],
    ];
    const status = fullMatrix(['Tân Thạnh'], { '13.3': ['Chưa đạt'] });
    const r = check([sheet('Kế hoạch', rows), status], { asOf: '2023-10-15' });
    expect(codes(r, 'department.unknown')).toHaveLength(0);
    expect(codes(r, 'deadline.overdue').map((f) => f.message.vi.split('Chủ trì: ')[1])).toEqual(['Hội Nông dân xã.']);
    const mttq = r.summary.departments.find((x) => x.department === 'Ủy ban MTTQ xã');
    expect(mttq?.items.map((i) => [i.code, i.role])).toEqual([['16', 'coordinator']]);
  });

  test('seed 002\'s "NHCSXH thị xã, UBMTTQ và các đoàn thể" and "UBMTTQ và đoàn thể cấp xã" name the Front as a coordinator', () => {
    // Before, the place tail after "thị xã" swallowed ", UBMTTQ …" (the Front silently dropped), and
    // "và đoàn thể" without "các" made the whole an unknown department.
    const rows: CellValue[][] = [
      ['UBND XÃ TÂN THẠNH'],
      ['PHÂN CÔNG THÀNH VIÊN BQL XÃ PHỤ TRÁCH THỰC HIỆN CÁC TIÊU CHÍ, CHỈ TIÊU NĂM 2023'],
      ['STT', 'Tiêu chí, chỉ tiêu', 'Thành viên phụ trách', 'Phối hợp', 'Thời gian hoàn thành'],
      ['3.5', 'Chỉ tiêu 11: Nghèo đa chiều (4%)', 'Công chức Lao động - Thương binh và Xã hội', 'NHCSXH thị xã, UBMTTQ và các đoàn thể', 'Cuối năm 2023'],
      ['3.9', 'Chỉ tiêu 18.1', 'Văn phòng UBND xã', 'UBMTTQ và đoàn thể cấp xã', 'Năm 2023'],
    ];
    const r = check([sheet('Phân công', rows), fullMatrix(['Tân Thạnh'])], { asOf: '2023-10-15' });
    expect(codes(r, 'department.unknown')).toHaveLength(0);
    const coordinating = (code: string) => r.summary.criteria.find((c) => c.code === code)?.coordinators;
    // Tân Thạnh is in a thị xã (its cells say so, and nothing says "huyện"): the bank is the thị xã's.
    expect(coordinating('11')).toEqual(expect.arrayContaining(['Phòng giao dịch Ngân hàng Chính sách xã hội thị xã', 'Ủy ban MTTQ xã']));
    const mttq = r.summary.departments.find((x) => x.department === 'Ủy ban MTTQ xã');
    expect(mttq?.items.map((i) => [i.code, i.role])).toEqual([['11', 'coordinator'], ['18.1', 'coordinator']]);
  });
});

describe('seed 001 (Hòa Cư 2024): officers by their title, the hamlets as coordinators', () => {
  const row = (code: string, lead: string, coord: string, deadline: string): CellValue[] => [null, code, null, lead, coord, 'Toàn xã', deadline, null];
  const plan = (title: string) => sheet('Phân công', [
    [title],
    ['KẾ HOẠCH THỰC HIỆN XÂY DỰNG NÔNG THÔN MỚI NĂM 2024'],
    ['STT', 'Tiêu chí/chỉ tiêu', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Xã áp dụng', 'Thời hạn hoàn thành', 'Ghi chú'],
    row('Tiêu chí 12', 'Công chức Văn hóa - Xã hội', 'Các thôn; UBMTTQ và các đoàn thể xã', 'Năm 2024'),
    row('Tiêu chí 16', 'Công chức Văn hóa - Xã hội', 'Các thôn', 'Duy trì'),
    row('Tiêu chí 19', 'Chỉ huy trưởng Ban CHQS xã', 'Trưởng Công an xã', 'Duy trì'),
  ]);
  const r = check([plan('ỦY BAN NHÂN DÂN XÃ HÒA CƯ'), fullMatrix(['Hòa Cư'])], { asOf: '2024-10-15' });
  const crit = (code: string) => r.summary.criteria.find((c) => c.code === code);
  const dept = (name: string) => r.summary.departments.find((d) => d.department === name);

  test('"Chỉ huy trưởng Ban CHQS xã" leads 19 as the Ban CHQS xã; "Trưởng Công an xã" supports it as the Công an xã', () => {
    expect(codes(r, 'department.unknown')).toEqual([]);
    expect(crit('19')).toMatchObject({ leads: ['Ban Chỉ huy Quân sự xã'], coordinators: ['Công an xã'] });
    expect(dept('Công an xã')?.items.map((i) => [i.code, i.role])).toEqual([['19', 'coordinator']]);
  });

  test('"Các thôn" coordinates 12 and 16 beside the Front; it is not dropped as no one in particular', () => {
    expect(crit('12')?.coordinators).toEqual(['Các thôn', 'Ủy ban MTTQ xã']);
    expect(crit('16')?.coordinators).toEqual(['Các thôn']);
    expect(dept('Các thôn')?.items.map((i) => [i.code, i.role])).toEqual([['12', 'coordinator'], ['16', 'coordinator']]);
  });

  test('in a district\'s plan every commune\'s hamlets are still no one the office follows up', () => {
    const d = check([plan('ỦY BAN NHÂN DÂN HUYỆN CAO LỘC'), fullMatrix(['Hòa Cư', 'Tân Liên'])], { asOf: '2024-10-15' });
    expect(d.summary.criteria.find((c) => c.code === '16')?.coordinators).toEqual([]);
    expect(codes(d, 'department.unknown')).toEqual([]);
  });
});

describe('the summaries are signed as the workbook\'s own documents are', () => {
  const texts = (r: ReturnType<typeof check>, name: string) => (r.sheetPlans.find((p) => p.name === name)?.values ?? []).flat().filter((v): v is string => typeof v === 'string');
  const status = fullMatrix(['Tân Thạnh']);

  test('seed 002\'s block under the plan ("TM. BQL NTM XÃ / TRƯỞNG BAN", then the name) signs every summary', () => {
    const plan = memberMatrix();
    plan.rows.push([], [null, null, null, null, null, 'TM. BQL NTM XÃ'], [null, null, null, null, null, 'TRƯỞNG BAN'], [], [], [null, null, null, null, null, 'Dương Văn Cảnh']);
    const r = check([plan, status], { asOf: '2023-10-15' });
    for (const name of ['TH_Theo tiêu chí', 'TH_Theo phòng ban']) {
      const t = texts(r, name);
      expect(t).toEqual(expect.arrayContaining(['TM. BQL NTM XÃ', 'TRƯỞNG BAN', 'Dương Văn Cảnh']));
      expect(t).not.toContain('TM. ỦY BAN NHÂN DÂN');
    }
  });

  test('one cell holding the block on two lines, with "(Ký, ghi rõ họ tên)" under it: the lines, no signer', () => {
    const plan = memberMatrix();
    plan.rows.push([], [null, null, null, null, null, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'], [null, null, null, null, null, '(Ký, ghi rõ họ tên)']);
    const r = check([plan, status], { asOf: '2023-10-15' });
    const t = texts(r, 'TH_Theo tiêu chí');
    expect(t).toEqual(expect.arrayContaining(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']));
    expect(t).not.toContain('(Ký, ghi rõ họ tên)');
  });

  test('the preparer named under the workbook\'s "NGƯỜI LẬP BIỂU" is carried, under ours, on the signer\'s row (probe 9-a: C90 / C95)', () => {
    const plan = memberMatrix();
    plan.rows.push([], [null, 'NGƯỜI LẬP BIỂU', null, null, null, 'TM. ỦY BAN NHÂN DÂN'], [null, null, null, null, null, 'KT. CHỦ TỊCH'], [null, null, null, null, null, 'PHÓ CHỦ TỊCH'], [], [], [null, 'Nguyễn Văn An', null, null, null, 'Trần Văn Bình']);
    const r = check([plan, status], { asOf: '2023-10-15' });
    for (const name of ['TH_Theo tiêu chí', 'TH_Theo phòng ban']) {
      const values = r.sheetPlans.find((p) => p.name === name)!.values;
      const at = (text: string) => {
        const row = values.findIndex((line) => line.includes(text));
        return row < 0 ? undefined : { row, col: values[row].indexOf(text) };
      };
      const heading = at('NGƯỜI LẬP BIỂU')!;
      expect(at('Nguyễn Văn An')).toEqual({ row: expect.any(Number), col: heading.col });
      expect(at('Nguyễn Văn An')!.row).toBe(at('Trần Văn Bình')!.row);
      expect(at('Nguyễn Văn An')!.row).toBeGreaterThan(heading.row);
    }
  });

  test('a "NGƯỜI LẬP BIỂU" with "(Ký, ghi rõ họ tên)" under it and no name: no preparer', () => {
    const plan = memberMatrix();
    plan.rows.push([], [null, 'Người lập biểu', null, null, null, 'TM. ỦY BAN NHÂN DÂN'], [null, '(Ký, ghi rõ họ tên)', null, null, null, 'CHỦ TỊCH'], [], [], [null, null, null, null, null, 'Trần Văn Bình']);
    const r = check([plan, status], { asOf: '2023-10-15' });
    const t = texts(r, 'TH_Theo tiêu chí');
    expect(t).toContain('Trần Văn Bình');
    expect(t).not.toContain('(Ký, ghi rõ họ tên)');
    expect(t.filter((x) => x === 'NGƯỜI LẬP BIỂU')).toHaveLength(1);
  });

  test('without a block of its own, the committee\'s form stays', () => {
    const r = check([memberMatrix(), status], { asOf: '2023-10-15' });
    expect(texts(r, 'TH_Theo tiêu chí')).toEqual(expect.arrayContaining(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']));
  });
});
