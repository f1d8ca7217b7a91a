import { DEFAULT_DEPARTMENTS, departmentKey, resolveDepartment, splitDepartments, withExtraDepartments } from '../../src/domain/criteria/departments';
import { DEPARTMENTS } from '../../src/domain/criteria/departments-data';

const idOf = (text: string) => {
  const r = resolveDepartment(text);
  return 'id' in r ? r.id : undefined;
};

describe('resolveDepartment: heads of departments and other district bodies', () => {
  it.each([
    ['Trưởng phòng NN&PTNT', 'nn-ptnt'],
    ['Phó Trưởng phòng Y tế', 'y-te'],
    ['Lãnh đạo Phòng Kinh tế và Hạ tầng', 'kt-ht'],
    ['Đại diện Công an huyện', 'cong-an'],
    ['Phòng Lao động TB&XH', 'ld-tbxh'],
    ['VP Điều phối NTM', 'vpdp-ntm'],
    ['Kho bạc Nhà nước huyện', 'kbnn'],
    ['Đài truyền thanh huyện', 'dai-truyen-thanh'],
  ])('%s → %s', (text, id) => {
    expect(resolveDepartment(text)).toMatchObject({ id });
  });

  it('a person is not a department', () => {
    expect('unknown' in resolveDepartment('Đ/c Nguyễn Văn A')).toBe(true);
  });
});

describe('resolveDepartment: names as the seeds write them', () => {
  it.each([
    ['Phòng NN&PTNT', 'nn-ptnt'],
    ['Phòng Nông nghiệp và Phát triển nông thôn', 'nn-ptnt'],
    ['Phòng Nông nghiệp và PTNT', 'nn-ptnt'],
    ['phòng Nông nghiệp và Phát triển nông thôn huyện', 'nn-ptnt'],
    ['Phòng KT&HT', 'kt-ht'],
    ['Phòng Kinh tế - Hạ tầng', 'kt-ht'],
    ['Phòng Kinh tế và Hạ tầng', 'kt-ht'],
    ['phòng Kinh tế và Hạ tầng', 'kt-ht'],
    ['Phòng LĐ-TB&XH', 'ld-tbxh'],
    ['Phòng Lao động – Thương binh và Xã hội', 'ld-tbxh'],
    ['Phòng Lao động - Thương binh và Xã hội', 'ld-tbxh'],
    ['phòng Lao động - Thương binh - Xã hội thị xã Tân Châu', 'ld-tbxh'],
    ['Phòng Văn hóa và Thông tin', 'vh-tt'],
    ['Phòng Văn hóa và thông tin', 'vh-tt'],
    ['Phòng Văn hóa - Thông tin', 'vh-tt'],
    ['Phòng VH-TT', 'vh-tt'],
    ['Phòng Văn hoá và Thông tin', 'vh-tt'],
    ['Trung tâm Văn hóa – Thông tin và Thể thao', 'tt-vh-tt-tt'],
    ['Trung tâm Văn hóa – thông tin và thể thao', 'tt-vh-tt-tt'],
    ['Trung tâm Văn hóa - Thông tin và Thể thao huyện', 'tt-vh-tt-tt'],
    ['Trung tâm Văn hóa TT&TT', 'tt-vh-tt-tt'],
    ['Phòng Y tế', 'y-te'],
    ['Trung tâm Y tế', 'tt-y-te'],
    ['Trung tâm Y tế huyện', 'tt-y-te'],
    ['Phòng Tài nguyên và Môi trường', 'tn-mt'],
    ['phòng Tài Nguyên và Môi trường', 'tn-mt'],
    ['Phòng TN&MT', 'tn-mt'],
    ['Phòng Tài chính - Kế hoạch', 'tc-kh'],
    ['Phòng Tài chính – Kế hoạch', 'tc-kh'],
    ['Phòng TC-KH', 'tc-kh'],
    ['Phòng Giáo dục và Đào tạo', 'gd-dt'],
    ['Phòng Giáo dục và Đào tạo huyện', 'gd-dt'],
    ['Phòng GD&ĐT', 'gd-dt'],
    ['Phòng Nội vụ', 'noi-vu'],
    ['Phòng Tư pháp', 'tu-phap'],
    ['Phòng Tư Pháp', 'tu-phap'],
    ['Phòng Dân tộc', 'dan-toc'],
    ['Chi cục Thống kê', 'thong-ke'],
    ['Chi Cục Thống kê Khu vực Tiểu Cần – Trà Cú', 'thong-ke'],
    ['Chi cục Thống kê khu vực Tiểu Cần - Trà Cú', 'thong-ke'],
    ['Chi cục Thống kê liên huyện Đăk Mil - Đăk Song', 'thong-ke'],
    ['Chi cục thống kê huyện', 'thong-ke'],
    ['Ban chỉ huy Quân sự', 'bchqs'],
    ['Ban Chỉ huy Quân sự huyện', 'bchqs'],
    ['Công an huyện', 'cong-an'],
    ['Văn phòng HĐND và UBND', 'vp-hdnd-ubnd'],
    ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện', 'vp-hdnd-ubnd'],
    ['Văn phòng UBND&HĐND huyện', 'vp-hdnd-ubnd'],
    ['Thanh tra', 'thanh-tra'],
    ['Hội Liên hiệp Phụ nữ', 'hlhpn'],
    ['Hội Liên hiệp Phụ nữ huyện', 'hlhpn'],
    ['Ủy ban MTTQ', 'mttq'],
    ['Ủy Ban Mặt trận Tổ quốc', 'mttq'],
    ['Uỷ ban MTTQ Việt Nam huyện Đắk Song', 'mttq'],
    ['UBMTTQ', 'mttq'],
    ['Hội Nông dân huyện', 'hoi-nong-dan'],
    ['Hội Cựu chiến binh', 'hoi-ccb'],
    ['Hội Người cao tuổi', 'hoi-nct'],
    ['Huyện Đoàn', 'doan-tn'],
    ['Đoàn Thanh niên', 'doan-tn'],
    ['Liên đoàn Lao động huyện', 'ldld'],
    ['Bảo hiểm xã hội huyện', 'bhxh'],
    ['Văn phòng nông thôn mới huyện Đăk Song', 'vpdp-ntm'],
    ['Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới huyện', 'vpdp-ntm'],
    ['Văn phòng điều phối nông thôn mới huyện', 'vpdp-ntm'],
    ['Ban quản lý xây dựng nông thôn mới của xã', 'bql-ntm-xa'],
    ['UBND huyện', 'ubnd-huyen'],
    ['UBND tỉnh', undefined],
  ])('%s → %s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it('returns the canonical name', () => {
    expect(resolveDepartment('Phòng KT&HT')).toEqual({ id: 'kt-ht', name: 'Phòng Kinh tế và Hạ tầng' });
  });

  it('treats UBND xã / thị trấn as commune authorities, never unknown', () => {
    expect(resolveDepartment('UBND xã Ngọc Biên')).toEqual({
      id: 'ubnd-xa:xa:ngọc biên', name: 'UBND xã Ngọc Biên', commune: { kind: 'xa', name: 'Ngọc Biên' },
    });
    expect(idOf('UBND thị trấn Định An')).toBe('ubnd-xa:thi-tran:định an');
    expect(idOf('Ủy ban nhân dân xã Long Hiệp')).toBe('ubnd-xa:xa:long hiệp');
    expect(idOf('Xã Long Hiệp')).toBe('ubnd-xa:xa:long hiệp');
    expect(idOf('UBND thị trấn Định An')).not.toBe(idOf('UBND xã Định An'));
    expect(idOf('UBND các xã, thị trấn')).toBe('ubnd-xa:*');
    expect(idOf('Ủy ban nhân dân các xã')).toBe('ubnd-xa:*');
  });

  it('reads "P." as "Phòng" ("P. NN&PTNT", "P.KT-HT", "P LĐTBXH")', () => {
    expect(resolveDepartment('P. NN&PTNT')).toMatchObject({ id: 'nn-ptnt' });
    expect(resolveDepartment('P.KT-HT')).toMatchObject({ id: 'kt-ht' });
    expect(resolveDepartment('P LĐTBXH')).toMatchObject({ id: 'ld-tbxh' });
  });

  it('knows the district branches plans name beside the departments (seed 002: NHCSXH)', () => {
    expect(resolveDepartment('Ngân hàng CSXH huyện')).toMatchObject({ id: 'nhcsxh' });
    expect(resolveDepartment('Phòng giao dịch NHCSXH')).toMatchObject({ id: 'nhcsxh' });
    expect(resolveDepartment('Điện lực huyện')).toMatchObject({ id: 'dien-luc' });
    expect(resolveDepartment('Trung tâm Dịch vụ nông nghiệp')).toMatchObject({ id: 'tt-dvnn' });
    expect(resolveDepartment('Hạt Kiểm lâm')).toMatchObject({ id: 'kiem-lam' });
  });

  it('suggests the nearest name for a typo, never resolving it', () => {
    expect(resolveDepartment('Phòng Nông nghiêp')).toEqual({ unknown: 'Phòng Nông nghiêp', suggestion: 'Phòng Nông nghiệp và Phát triển nông thôn' });
    expect(resolveDepartment('Phong Tai nguyen va Moi truong')).toEqual({ unknown: 'Phong Tai nguyen va Moi truong', suggestion: 'Phòng Tài nguyên và Môi trường' });
    // Seed 003 writes "UBNDTTQ" for UBMTTQ.
    expect(resolveDepartment('UBNDTTQ Việt Nam huyện Đăk Song')).toMatchObject({ suggestion: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện' });
    expect(resolveDepartment('Sở Công Thương')).toEqual({ unknown: 'Sở Công Thương' });
  });

  it('has no alias shared by two departments', () => {
    const owner = new Map<string, string>();
    for (const d of DEPARTMENTS) {
      for (const n of [d.name, d.shortName, ...d.aliases]) {
        const k = departmentKey(n);
        expect([k, owner.get(k) ?? d.id]).toEqual([k, d.id]);
        owner.set(k, d.id);
      }
    }
  });
});

describe('splitDepartments', () => {
  it('splits seed 000 lists at commas', () => {
    expect(splitDepartments('Phòng Y tế, Trung tâm Y tế')).toEqual(['Phòng Y tế', 'Trung tâm Y tế']);
    expect(splitDepartments('Phòng Nông nghiệp và Phát triển nông thôn, phòng Tài chính - Kế hoạch'))
      .toEqual(['Phòng Nông nghiệp và Phát triển nông thôn', 'phòng Tài chính - Kế hoạch']);
    expect(splitDepartments('Phòng Nông nghiệp và Phát triển nông thôn, phòng Tài Nguyên và Môi trường, phòng Kinh tế và Hạ tầng, Hội Liên hiệp Phụ nữ huyện'))
      .toHaveLength(4);
  });

  it('splits at line breaks, semicolons and bullets', () => {
    expect(splitDepartments('Phòng NN&PTNT\nPhòng TN&MT; Công an huyện')).toEqual(['Phòng NN&PTNT', 'Phòng TN&MT', 'Công an huyện']);
    expect(splitDepartments('- Phòng Tư pháp\r\n- Phòng Nội vụ')).toEqual(['Phòng Tư pháp', 'Phòng Nội vụ']);
  });

  it('keeps names that contain "và", a dash or a comma whole', () => {
    expect(splitDepartments('Phòng Lao động – Thương binh và Xã hội')).toEqual(['Phòng Lao động – Thương binh và Xã hội']);
    expect(splitDepartments('Chi cục Thống kê khu vực Tiểu Cần – Trà Cú')).toEqual(['Chi cục Thống kê khu vực Tiểu Cần – Trà Cú']);
    expect(splitDepartments('UBND các xã, thị trấn')).toEqual(['UBND các xã, thị trấn']);
    expect(splitDepartments('Phòng Văn hóa và thông tin, Trung tâm Văn hóa – thông tin và thể thao'))
      .toEqual(['Phòng Văn hóa và thông tin', 'Trung tâm Văn hóa – thông tin và thể thao']);
  });

  it('splits at "và" only between two known departments', () => {
    expect(splitDepartments('Phòng Y tế và Trung tâm Y tế')).toEqual(['Phòng Y tế', 'Trung tâm Y tế']);
    expect(splitDepartments('Phòng Khoa học và Công nghệ')).toEqual(['Phòng Khoa học và Công nghệ']);
  });

  it('splits one committee written for several named communes into one committee each (seed 004: Lê Lai, Đức Long)', () => {
    expect(splitDepartments('UBND xã Lê Lai, Đức Long')).toEqual(['UBND xã Lê Lai', 'UBND xã Đức Long']);
    expect(splitDepartments('UBND xã Lê Lai và Đức Long')).toEqual(['UBND xã Lê Lai', 'UBND xã Đức Long']);
    expect(splitDepartments('Phòng Văn hóa và Thông tin, UBND xã Đức Long, Lê Lai')).toEqual(['Phòng Văn hóa và Thông tin', 'UBND xã Đức Long', 'UBND xã Lê Lai']);
    expect(splitDepartments('UBND xã Lê Lai, Đức Long').map((p) => resolveDepartment(p))).toEqual([
      { id: 'ubnd-xa:xa:lê lai', name: 'UBND xã Lê Lai', commune: { kind: 'xa', name: 'Lê Lai' } },
      { id: 'ubnd-xa:xa:đức long', name: 'UBND xã Đức Long', commune: { kind: 'xa', name: 'Đức Long' } },
    ]);
    // Every commune and town together stays one body; so does a commune body with no name after it.
    expect(splitDepartments('UBND các xã, thị trấn')).toEqual(['UBND các xã, thị trấn']);
    expect(splitDepartments('UBND xã, Hội Nông dân xã')).toEqual(['UBND xã', 'Hội Nông dân xã']);
  });

  it('gives nothing for an empty cell', () => {
    expect(splitDepartments('  ')).toEqual([]);
  });
});

describe('withExtraDepartments', () => {
  const reg = withExtraDepartments([
    { name: 'Phòng Khoa học và Công nghệ', aliases: ['Phòng KH&CN'] },
    { name: 'Phòng Nông nghiệp và Phát triển nông thôn', aliases: ['Phòng NNPTNT huyện Trà Cú', 'Bộ phận Nông nghiệp'] },
  ]);

  it('adds the workbook departments and their aliases', () => {
    const a = reg.resolve('Phòng KH&CN');
    expect(a).toEqual({ id: 'extra:khoa-học-công-nghệ', name: 'Phòng Khoa học và Công nghệ' });
    expect(reg.split('Phòng Y tế và Phòng Khoa học và Công nghệ')).toEqual(['Phòng Y tế', 'Phòng Khoa học và Công nghệ']);
  });

  it('merges aliases of a known department into it', () => {
    expect(reg.resolve('Bộ phận Nông nghiệp')).toMatchObject({ id: 'nn-ptnt' });
    expect(reg.get('nn-ptnt')?.aliases).toContain('Bộ phận Nông nghiệp');
  });

  it('leaves the default registry unchanged', () => {
    expect('unknown' in DEFAULT_DEPARTMENTS.resolve('Bộ phận Nông nghiệp')).toBe(true);
    expect('unknown' in resolveDepartment('Phòng KH&CN')).toBe(true);
  });
});

describe('resolved names are remembered per registry', () => {
  it('gives the same answer the second time, and a list the caller may change', () => {
    const first = splitDepartments('Phòng Y tế; Trung tâm Y tế huyện');
    first.push('changed by the caller');
    expect(splitDepartments('Phòng Y tế; Trung tâm Y tế huyện')).toEqual(['Phòng Y tế', 'Trung tâm Y tế huyện']);
    expect(resolveDepartment('Phòng KT&HT')).toBe(resolveDepartment('Phòng KT&HT'));
  });

  it('does not share what one registry learnt with another', () => {
    expect('unknown' in DEFAULT_DEPARTMENTS.resolve('Phòng KH&CN')).toBe(true);
    const reg = withExtraDepartments([{ name: 'Phòng Khoa học và Công nghệ', aliases: ['Phòng KH&CN'] }]);
    expect(reg.resolve('Phòng KH&CN')).toMatchObject({ id: 'extra:khoa-học-công-nghệ' });
    expect('unknown' in DEFAULT_DEPARTMENTS.resolve('Phòng KH&CN')).toBe(true);
  });
});
