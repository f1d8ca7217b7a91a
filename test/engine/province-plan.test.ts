// A province's own plan: the provincial NTM office assigns criteria to the Sở and the provincial
// bodies. Every name is one known department, listed once under its official name.
import type { CellValue } from '../../src/domain/model/grid';
import { ASSIGN_HEADER, assignmentSheet, check, codes, fullMatrix, sheet } from '../support/sheets';

type Row = [string, string, string | null];

/** An assignment sheet under the province's own heading (no district named). */
function provincePlan(rows: Row[]): ReturnType<typeof sheet> {
  const body: CellValue[][] = rows.map(([code, lead, coord], i) => [i + 1, code, null, lead, coord, null, 'quý II/2023', null]);
  return sheet('Phân công', [['ỦY BAN NHÂN DÂN TỈNH TRÀ VINH'], ['BẢNG PHÂN CÔNG CÁC SỞ, NGÀNH'], ASSIGN_HEADER, ...body]);
}

describe('a province plan naming the Sở and provincial bodies', () => {
  const r = check([provincePlan([
    ['Tiêu chí 16', 'Sở Văn hóa, Thể thao và Du lịch', 'Ủy ban MTTQ Việt Nam tỉnh'],
    ['Tiêu chí 13', 'Sở Nông nghiệp và PTNT', 'Liên minh Hợp tác xã tỉnh, Sở Tài chính'],
    ['Tiêu chí 3', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở TN&MT'],
    ['Tiêu chí 15', 'Sở Y tế tỉnh Trà Vinh', null],
    ['Tiêu chí 14', 'Sở GD&ĐT', 'Tỉnh đoàn'],
    ['Tiêu chí 19', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['Tiêu chí 11', 'Sở LĐ-TB&XH', 'NHCSXH tỉnh'],
    ['Tiêu chí 18', 'Sở Nội vụ', 'Sở Tư pháp; Hội LHPN tỉnh; Hội Nông dân tỉnh; Hội CCB tỉnh'],
    ['Tiêu chí 6', 'Sở VH, TT&DL', null],
  ]), fullMatrix(['Tân Sơn'], { '3.1': ['Chưa đạt'] })]);

  test('no name is an unknown department', () => {
    expect(codes(r, 'department.unknown').map((f) => f.message.vi)).toEqual([]);
  });

  test('the department summary lists each body once, under its official name', () => {
    const names = r.summary.departments.map((d) => d.department).sort();
    expect(names).toEqual([
      'Bộ Chỉ huy Quân sự tỉnh',
      'Chi nhánh Ngân hàng Chính sách xã hội tỉnh',
      'Công an tỉnh',
      'Hội Cựu chiến binh tỉnh',
      'Hội Liên hiệp Phụ nữ tỉnh',
      'Hội Nông dân tỉnh',
      'Liên minh Hợp tác xã tỉnh',
      'Sở Giáo dục và Đào tạo',
      'Sở Lao động - Thương binh và Xã hội',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Sở Tài nguyên và Môi trường',
      'Sở Tư pháp',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Y tế',
      'Tỉnh đoàn',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    ].sort());
  });

  test('the two spellings of Sở NN&PTNT lead as one department; the abbreviation with a comma is Sở VHTTDL', () => {
    const nn = r.summary.departments.find((d) => d.department === 'Sở Nông nghiệp và Phát triển nông thôn')!;
    expect(nn.items.filter((i) => i.role === 'lead').map((i) => i.code).sort()).toEqual(['13', '3']);
    const vh = r.summary.departments.find((d) => d.department === 'Sở Văn hóa, Thể thao và Du lịch')!;
    expect(vh.items.map((i) => i.code).sort()).toEqual(['16', '6']);
  });

  test('an overdue item (3.1, due quý II/2023) is the Sở\'s, and its finding names the Sở', () => {
    const nn = r.summary.departments.find((d) => d.departmentId === 'so-nn-ptnt');
    expect(nn?.items.find((i) => i.code === '3')?.state).toBe('overdue');
    const overdue = codes(r, 'deadline.overdue').find((f) => f.indicator === '3');
    expect(overdue?.message.vi).toContain('Chủ trì: Sở Nông nghiệp và Phát triển nông thôn');
  });
});

describe('a province plan naming its People\'s Committee, Ban Dân tộc, a split culture/tourism Sở and a bracketed level', () => {
  const r = check([provincePlan([
    ['Tiêu chí 1', 'UBND tỉnh', 'Sở Xây dựng'],
    ['Tiêu chí 16', 'Sở Văn hóa và Thể thao', 'Sở Du lịch'],
    ['Tiêu chí 6', 'Sở VH&TT', 'Ủy ban nhân dân tỉnh Trà Vinh'],
    ['Tiêu chí 11', 'Sở LĐ-TB&XH', 'NHCSXH (chi nhánh tỉnh), Ban Dân tộc tỉnh'],
  ]), fullMatrix(['Tân Sơn'])]);

  test('no name is an unknown department, and each is the province\'s body under its official name', () => {
    expect(codes(r, 'department.unknown').map((f) => f.message.vi)).toEqual([]);
    expect(r.summary.departments.map((d) => d.department).sort()).toEqual([
      'Ban Dân tộc tỉnh',
      'Chi nhánh Ngân hàng Chính sách xã hội tỉnh',
      'Sở Du lịch',
      'Sở Lao động - Thương binh và Xã hội',
      'Sở Văn hóa và Thể thao',
      'Sở Xây dựng',
      'UBND tỉnh',
    ].sort());
  });

  test('"UBND tỉnh" leads 1 and, written out with the province, coordinates 6', () => {
    const ubnd = r.summary.departments.find((d) => d.departmentId === 'ubnd-tinh');
    expect(ubnd?.items.map((i) => [i.code, i.role]).sort()).toEqual([['1', 'lead'], ['6', 'coordinator']]);
  });
});

describe('a district plan naming a Sở beside its own Phòng', () => {
  const r = check([assignmentSheet([
    ['Tiêu chí 15', 'Phòng Y tế', 'Sở Y tế tỉnh Trà Vinh', null, 'quý IV/2023'],
    ['Tiêu chí 16', 'Phòng Văn hóa và Thông tin', 'Sở Văn hóa, Thể thao và Du lịch', null, 'quý IV/2023'],
  ]), fullMatrix(['Tân Sơn'])]);

  test('each is its own department', () => {
    expect(codes(r, 'department.unknown')).toHaveLength(0);
    const role = (name: string) => r.summary.departments.find((d) => d.department === name)?.items.map((i) => [i.code, i.role]);
    expect(role('Phòng Y tế')).toEqual([['15', 'lead']]);
    expect(role('Sở Y tế')).toEqual([['15', 'coordinator']]);
    expect(role('Phòng Văn hóa và Thông tin')).toEqual([['16', 'lead']]);
    expect(role('Sở Văn hóa, Thể thao và Du lịch')).toEqual([['16', 'coordinator']]);
  });
});

describe('a district plan of 2025 naming the reorganised Phòng', () => {
  const r = check([assignmentSheet([
    ['Tiêu chí 3', 'Phòng Nông nghiệp và Môi trường', 'Phòng Kinh tế, Hạ tầng và Đô thị', null, 'quý IV/2023'],
    ['Tiêu chí 2', 'Phòng KT,HT&ĐT', 'Phòng NN&MT, Phòng Tài chính - Kế hoạch', null, 'quý IV/2023'],
    ['Tiêu chí 6', 'Phòng Văn hóa, Khoa học và Thông tin', 'Phòng Dân tộc và Tôn giáo, Trung tâm Văn hóa - Thông tin và Thể thao', null, 'quý IV/2023'],
  ]), fullMatrix(['Tân Sơn'])]);

  test('no name is an unknown department, and each is listed under the name the office wrote', () => {
    expect(codes(r, 'department.unknown').map((f) => f.message.vi)).toEqual([]);
    expect(r.summary.departments.map((d) => d.department).sort()).toEqual([
      'Phòng Dân tộc và Tôn giáo',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
      'Phòng Nông nghiệp và Môi trường',
      'Phòng Tài chính - Kế hoạch',
      'Phòng Văn hóa, Khoa học và Thông tin',
      'Trung tâm Văn hóa - Thông tin và Thể thao',
    ].sort());
  });

  test('the name and its abbreviation are one department (leads 3 and 2)', () => {
    const role = (name: string) => r.summary.departments.find((d) => d.department === name)?.items.map((i) => [i.code, i.role]).sort();
    expect(role('Phòng Nông nghiệp và Môi trường')).toEqual([['2', 'coordinator'], ['3', 'lead']]);
    expect(role('Phòng Kinh tế, Hạ tầng và Đô thị')).toEqual([['2', 'lead'], ['3', 'coordinator']]);
  });
});

describe('a misspelt 2025 name with a comma in a lead cell', () => {
  const r = check([assignmentSheet([
    ['Tiêu chí 2', 'Phòng Kinh tế, Hạ tầng và Đô thi', 'Phòng Tài chính - Kế hoạch', null, 'quý IV/2023'],
  ]), fullMatrix(['Tân Sơn'])]);

  test('is one unknown department offered the new name, and not the Phòng Kinh tế', () => {
    const unknown = codes(r, 'department.unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message.vi).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(r.summary.departments.map((d) => d.department)).not.toContain('Phòng Kinh tế');
  });
});
