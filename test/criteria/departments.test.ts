import { DEFAULT_DEPARTMENTS, departmentKey, resolveDepartment, splitDepartments, withExtraDepartments } from '../../src/domain/criteria/departments';
import { DEPARTMENTS, DISTRICT_DEPARTMENTS } from '../../src/domain/criteria/departments-data';

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
    ['UBND tỉnh', 'ubnd-tinh'],
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
    expect(resolveDepartment('Sở Kinh tế và Hạ tầng')).toEqual({ unknown: 'Sở Kinh tế và Hạ tầng' });
  });

  it('drops a place tail typed without accents for the suggestion, as an accented one is ("Cong an thi xa"), resolving nothing new', () => {
    expect(resolveDepartment('Cong an thi xa')).toEqual({ unknown: 'Cong an thi xa', suggestion: 'Công an huyện' });
    expect(resolveDepartment('Cong an huyen Tra Cu')).toEqual({ unknown: 'Cong an huyen Tra Cu', suggestion: 'Công an huyện' });
    expect(resolveDepartment('Hoi Nong dan huyen')).toEqual({ unknown: 'Hoi Nong dan huyen', suggestion: 'Hội Nông dân huyện' });
    expect(resolveDepartment('Ban Chi huy Quan su thi xa')).toEqual({ unknown: 'Ban Chi huy Quan su thi xa', suggestion: 'Ban Chỉ huy Quân sự huyện' });
    // Folded, "quan" is also "quản": "Ban Quan ly du an" is no "Ban" of a quận.
    expect(resolveDepartment('Ban Quan ly du an')).toEqual({ unknown: 'Ban Quan ly du an' });
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
    // An abbreviation in capitals after "và" is the second department, not a place after the first.
    expect(splitDepartments('Phòng Y tế và Phòng GD&ĐT')).toEqual(['Phòng Y tế', 'Phòng GD&ĐT']);
    expect(splitDepartments('Sở Y tế và Sở GD&ĐT')).toEqual(['Sở Y tế', 'Sở GD&ĐT']);
    expect(splitDepartments('Sở NN&PTNT và Sở TN&MT')).toEqual(['Sở NN&PTNT', 'Sở TN&MT']);
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

  it('builds the key tables once per set of entries, not once per place (a place changes no key)', () => {
    const place = DEFAULT_DEPARTMENTS.withPlace('Trà Cú');
    const commune = DEFAULT_DEPARTMENTS.withPlace('Tiểu Cần').forCommunePlan();
    expect(place['byKey']).toBe(DEFAULT_DEPARTMENTS['byKey']);
    expect(commune['folded']).toBe(DEFAULT_DEPARTMENTS['folded']);
    // Other entries are other tables.
    const extra = withExtraDepartments([{ name: 'Phòng Khoa học và Công nghệ', aliases: [] }]);
    expect(extra['byKey']).not.toBe(DEFAULT_DEPARTMENTS['byKey']);
    expect(extra.withPlace('Trà Cú')['byKey']).toBe(extra['byKey']);
  });
});

describe('provincial bodies (a province plan: the provincial NTM office assigns criteria to the Sở)', () => {
  it.each([
    // Specialised agencies of a provincial People's Committee (NĐ 24/2014, NĐ 107/2020; NĐ 45/2025).
    ['Sở Nội vụ', 'so-noi-vu'],
    ['Sở Tư pháp', 'so-tu-phap'],
    ['Sở Kế hoạch và Đầu tư', 'so-kh-dt'],
    ['Sở Tài chính', 'so-tai-chinh'],
    ['Sở Công Thương', 'so-cong-thuong'],
    ['Sở Nông nghiệp và Phát triển nông thôn', 'so-nn-ptnt'],
    ['Sở Giao thông vận tải', 'so-gtvt'],
    ['Sở Xây dựng', 'so-xay-dung'],
    ['Sở Tài nguyên và Môi trường', 'so-tn-mt'],
    ['Sở Thông tin và Truyền thông', 'so-tt-tt'],
    ['Sở Lao động - Thương binh và Xã hội', 'so-ld-tbxh'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'so-vh-tt-dl'],
    ['Sở Khoa học và Công nghệ', 'so-kh-cn'],
    ['Sở Giáo dục và Đào tạo', 'so-gd-dt'],
    ['Sở Y tế', 'so-y-te'],
    ['Thanh tra tỉnh', 'thanh-tra-tinh'],
    ['Văn phòng Ủy ban nhân dân tỉnh', 'vp-ubnd-tinh'],
    ['Sở Nông nghiệp và Môi trường', 'so-nn-mt'],
    ['Sở Dân tộc và Tôn giáo', 'so-dt-tg'],
    // Before 2025; and provinces that keep tourism apart from culture.
    ['Ban Dân tộc tỉnh', 'ban-dan-toc-tinh'],
    ['Sở Văn hóa và Thể thao', 'so-vh-tt'],
    ['Sở Du lịch', 'so-du-lich'],
    // Provincial bodies NTM plans name.
    ['Văn phòng Điều phối nông thôn mới tỉnh', 'vpdp-ntm-tinh'],
    ['Công an tỉnh', 'cong-an-tinh'],
    ['Bộ Chỉ huy Quân sự tỉnh', 'bchqs-tinh'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'mttq-tinh'],
    ['Hội Nông dân tỉnh', 'hoi-nong-dan-tinh'],
    ['Hội Liên hiệp Phụ nữ tỉnh', 'hlhpn-tinh'],
    ['Tỉnh đoàn', 'tinh-doan'],
    ['Hội Cựu chiến binh tỉnh', 'hoi-ccb-tinh'],
    ['Liên minh Hợp tác xã tỉnh', 'lmhtx-tinh'],
    ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh', 'nhcsxh-tinh'],
    ['Cục Thống kê tỉnh', 'cuc-thong-ke-tinh'],
    ['Kho bạc Nhà nước tỉnh', 'kbnn-tinh'],
    ['Công ty Điện lực tỉnh', 'dien-luc-tinh'],
    ['Đài Phát thanh và Truyền hình tỉnh', 'dai-pt-th-tinh'],
  ])('%s is %s, under its own name', (text, id) => {
    expect(resolveDepartment(text)).toEqual({ id, name: text });
  });

  it.each([
    ['Sở NN&PTNT', 'so-nn-ptnt'],
    ['Sở NN và PTNT', 'so-nn-ptnt'],
    ['Sở Nông nghiệp và PTNT', 'so-nn-ptnt'],
    ['Sở TN&MT', 'so-tn-mt'],
    ['Sở TNMT', 'so-tn-mt'],
    ['Sở GTVT', 'so-gtvt'],
    ['Sở VHTTDL', 'so-vh-tt-dl'],
    ['Sở VH-TT&DL', 'so-vh-tt-dl'],
    ['Sở VH, TT&DL', 'so-vh-tt-dl'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'so-vh-tt-dl'],
    ['Sở LĐ-TB&XH', 'so-ld-tbxh'],
    ['Sở LĐTBXH', 'so-ld-tbxh'],
    ['Sở Lao động – Thương binh và Xã hội', 'so-ld-tbxh'],
    ['Sở KH&ĐT', 'so-kh-dt'],
    ['Sở KHĐT', 'so-kh-dt'],
    ['Sở TT&TT', 'so-tt-tt'],
    ['Sở TTTT', 'so-tt-tt'],
    ['Sở KH&CN', 'so-kh-cn'],
    ['Sở GD&ĐT', 'so-gd-dt'],
    ['Sở GDĐT', 'so-gd-dt'],
    ['Sở NN&MT', 'so-nn-mt'],
    ['Sở VH&TT', 'so-vh-tt'],
    ['Sở VHTT', 'so-vh-tt'],
    ['Sở Văn hoá và Thể thao', 'so-vh-tt'],
    ['Sở Văn hóa - Thể thao', 'so-vh-tt'],
    ['UBMTTQ tỉnh', 'mttq-tinh'],
    ['MTTQ tỉnh', 'mttq-tinh'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'mttq-tinh'],
    ['BCH Quân sự tỉnh', 'bchqs-tinh'],
    ['Bộ CHQS tỉnh', 'bchqs-tinh'],
    ['Hội LHPN tỉnh', 'hlhpn-tinh'],
    ['Hội CCB tỉnh', 'hoi-ccb-tinh'],
    ['NHCSXH tỉnh', 'nhcsxh-tinh'],
    ['Ngân hàng CSXH tỉnh', 'nhcsxh-tinh'],
    ['VP Điều phối NTM tỉnh', 'vpdp-ntm-tinh'],
    ['VP UBND tỉnh', 'vp-ubnd-tinh'],
    ['KBNN tỉnh', 'kbnn-tinh'],
    ['Tỉnh Đoàn', 'tinh-doan'],
    ['Lãnh đạo Sở Y tế', 'so-y-te'],
  ])('the abbreviation %s is %s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it.each([
    ['Sở Y tế tỉnh Trà Vinh', 'so-y-te'],
    ['Sở Y tế tỉnh', 'so-y-te'],
    ['Sở NN&PTNT tỉnh An Giang', 'so-nn-ptnt'],
    ['Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Vinh', 'so-vh-tt-dl'],
    ['Công an tỉnh An Giang', 'cong-an-tinh'],
    ['Hội Nông dân tỉnh Đắk Nông', 'hoi-nong-dan-tinh'],
    ['Ủy ban MTTQ Việt Nam tỉnh Trà Vinh', 'mttq-tinh'],
    ['Văn phòng Điều phối nông thôn mới tỉnh Trà Vinh', 'vpdp-ntm-tinh'],
    ['Kho bạc Nhà nước tỉnh Trà Vinh', 'kbnn-tinh'],
    ['Ban Dân tộc tỉnh Trà Vinh', 'ban-dan-toc-tinh'],
    ['Sở Du lịch tỉnh Quảng Nam', 'so-du-lich'],
    ['Sở Văn hóa và Thể thao tỉnh Quảng Nam', 'so-vh-tt'],
  ])('%s, followed by the province, is %s as the bare name', (text, id) => {
    expect(idOf(text)).toBe(id);
    // The same in a district's workbook, whose own place tail is another.
    expect(DEFAULT_DEPARTMENTS.withPlace('Trà Cú').resolve(text)).toMatchObject({ id });
  });

  it('knows "UBND tỉnh", the province\'s own committee, as the province\'s, however written', () => {
    expect(resolveDepartment('UBND tỉnh')).toEqual({ id: 'ubnd-tinh', name: 'UBND tỉnh' });
    expect(idOf('UBND tỉnh Trà Vinh')).toBe('ubnd-tinh');
    expect(idOf('Ủy ban nhân dân tỉnh')).toBe('ubnd-tinh');
    expect(idOf('Uỷ ban nhân dân tỉnh Trà Vinh')).toBe('ubnd-tinh');
    expect(DEFAULT_DEPARTMENTS.withPlace('Trà Cú').resolve('UBND tỉnh Trà Vinh')).toMatchObject({ id: 'ubnd-tinh' });
    // Its office stays its own department.
    expect(idOf('Văn phòng UBND tỉnh')).toBe('vp-ubnd-tinh');
  });

  it.each([
    ['Phòng Y tế', 'y-te', 'Sở Y tế', 'so-y-te'],
    ['Phòng NN&PTNT', 'nn-ptnt', 'Sở NN&PTNT', 'so-nn-ptnt'],
    ['Phòng Tài nguyên và Môi trường', 'tn-mt', 'Sở Tài nguyên và Môi trường', 'so-tn-mt'],
    ['Phòng GD&ĐT', 'gd-dt', 'Sở GD&ĐT', 'so-gd-dt'],
    ['Phòng Nội vụ', 'noi-vu', 'Sở Nội vụ', 'so-noi-vu'],
    ['Thanh tra huyện', 'thanh-tra', 'Thanh tra tỉnh', 'thanh-tra-tinh'],
    ['Văn phòng UBND', 'vp-hdnd-ubnd', 'Văn phòng UBND tỉnh', 'vp-ubnd-tinh'],
    ['Công an', 'cong-an', 'Công an tỉnh', 'cong-an-tinh'],
    ['Ban Chỉ huy Quân sự', 'bchqs', 'Bộ Chỉ huy Quân sự', 'bchqs-tinh'],
    ['UBMTTQ', 'mttq', 'UBMTTQ tỉnh', 'mttq-tinh'],
    ['Hội Nông dân', 'hoi-nong-dan', 'Hội Nông dân tỉnh', 'hoi-nong-dan-tinh'],
    ['Huyện Đoàn', 'doan-tn', 'Tỉnh đoàn', 'tinh-doan'],
    ['NHCSXH', 'nhcsxh', 'NHCSXH tỉnh', 'nhcsxh-tinh'],
    ['Chi cục Thống kê', 'thong-ke', 'Cục Thống kê tỉnh', 'cuc-thong-ke-tinh'],
    ['Kho bạc Nhà nước', 'kbnn', 'Kho bạc Nhà nước tỉnh', 'kbnn-tinh'],
    ['Điện lực', 'dien-luc', 'Công ty Điện lực', 'dien-luc-tinh'],
    ['VP Điều phối NTM', 'vpdp-ntm', 'VP Điều phối NTM tỉnh', 'vpdp-ntm-tinh'],
    ['UBND huyện', 'ubnd-huyen', 'UBND tỉnh', 'ubnd-tinh'],
    ['Ủy ban nhân dân huyện', 'ubnd-huyen', 'Ủy ban nhân dân tỉnh', 'ubnd-tinh'],
  ])('the district\'s %s (%s) is not the province\'s %s (%s)', (district, districtId, province, provinceId) => {
    expect(idOf(district)).toBe(districtId);
    expect(idOf(province)).toBe(provinceId);
  });

  it('a commune plan reads "Hội Nông dân" as the commune\'s, "Hội Nông dân tỉnh" as the province\'s', () => {
    const commune = DEFAULT_DEPARTMENTS.forCommunePlan();
    expect(commune.resolve('Hội Nông dân')).toMatchObject({ id: 'xa-body:hoi-nong-dan' });
    expect(commune.resolve('Hội Nông dân tỉnh')).toMatchObject({ id: 'hoi-nong-dan-tinh' });
  });

  it('a provincial body followed by the province without "tỉnh" is the body, where no district is named', () => {
    expect(idOf('Công ty Điện lực Trà Vinh')).toBe('dien-luc-tinh');
    expect(idOf('Sở Y tế Trà Vinh')).toBe('so-y-te');
  });

  it('gives every entry a short name no longer than its name, that resolves back to it', () => {
    const short = (id: string) => DEFAULT_DEPARTMENTS.get(id)?.shortName;
    expect([short('so-nn-ptnt'), short('so-vh-tt-dl'), short('so-ld-tbxh'), short('mttq-tinh'), short('bchqs-tinh')])
      .toEqual(['Sở NN&PTNT', 'Sở VHTTDL', 'Sở LĐ-TB&XH', 'UB MTTQ tỉnh', 'Bộ CHQS tỉnh']);
    for (const d of DEPARTMENTS) {
      expect([d.id, d.shortName.length <= d.name.length]).toEqual([d.id, true]);
      expect([d.shortName, idOf(d.shortName)]).toEqual([d.shortName, d.id]);
    }
  });
});

describe('a bracket that states the level counts; any other bracket is no part of the name', () => {
  it.each([
    ['NHCSXH (chi nhánh tỉnh)', 'nhcsxh-tinh'],
    ['Ngân hàng CSXH (cấp tỉnh)', 'nhcsxh-tinh'],
    ['NHCSXH (tỉnh)', 'nhcsxh-tinh'],
    ['NHCSXH (Chi nhánh Tỉnh)', 'nhcsxh-tinh'],
    ['Công an (tỉnh)', 'cong-an-tinh'],
    ['Sở Y tế (tỉnh)', 'so-y-te'],
    ['NHCSXH (huyện)', 'nhcsxh'],
    ['Hội Nông dân (cấp huyện)', 'hoi-nong-dan'],
    ['NHCSXH (cơ quan thường trực)', 'nhcsxh'],
    ['Phòng NN&PTNT (cơ quan thường trực)', 'nn-ptnt'],
  ])('%s → %s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it('reads the same in a district\'s workbook and a commune\'s plan, and in a list', () => {
    expect(DEFAULT_DEPARTMENTS.withPlace('Trà Cú').resolve('NHCSXH (chi nhánh tỉnh)')).toMatchObject({ id: 'nhcsxh-tinh' });
    expect(DEFAULT_DEPARTMENTS.forCommunePlan().resolve('Hội Nông dân (tỉnh)')).toMatchObject({ id: 'hoi-nong-dan-tinh' });
    expect(DEFAULT_DEPARTMENTS.forCommunePlan().resolve('Hội Nông dân (huyện)')).toMatchObject({ id: 'hoi-nong-dan' });
    expect(splitDepartments('NHCSXH (chi nhánh tỉnh), Sở LĐ-TB&XH').map(idOf)).toEqual(['nhcsxh-tinh', 'so-ld-tbxh']);
  });
});

describe('splitDepartments: a comma inside a provincial name', () => {
  it('keeps "Sở Văn hóa, Thể thao và Du lịch" and its abbreviation with a comma one department', () => {
    expect(splitDepartments('Sở Văn hóa, Thể thao và Du lịch')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(splitDepartments('Sở VH, TT&DL')).toEqual(['Sở VH, TT&DL']);
    expect(splitDepartments('Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Vinh')).toEqual(['Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Vinh']);
  });

  it('still splits between departments around it', () => {
    expect(splitDepartments('Sở Y tế, Sở Văn hóa, Thể thao và Du lịch, Tỉnh đoàn'))
      .toEqual(['Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch', 'Tỉnh đoàn']);
    expect(splitDepartments('Sở Văn hóa, Thể thao và Du lịch; Ủy ban MTTQ Việt Nam tỉnh'))
      .toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Ủy ban MTTQ Việt Nam tỉnh']);
    expect(splitDepartments('Phòng Y tế, Phòng GD&ĐT')).toEqual(['Phòng Y tế', 'Phòng GD&ĐT']);
    expect(splitDepartments('UBND các xã, thị trấn')).toEqual(['UBND các xã, thị trấn']);
  });

  it('tells "Sở Văn hóa và Thể thao" (with a Sở Du lịch beside it) from "Sở Văn hóa, Thể thao và Du lịch"', () => {
    expect(idOf('Sở Văn hóa và Thể thao')).toBe('so-vh-tt');
    expect(idOf('Sở Văn hóa, Thể thao và Du lịch')).toBe('so-vh-tt-dl');
    expect(splitDepartments('Sở Văn hóa và Thể thao, Sở Du lịch')).toEqual(['Sở Văn hóa và Thể thao', 'Sở Du lịch']);
    expect(splitDepartments('Sở Văn hóa và Thể thao và Sở Du lịch')).toEqual(['Sở Văn hóa và Thể thao', 'Sở Du lịch']);
    expect(splitDepartments('Sở Văn hóa và Thể thao; Sở Văn hóa, Thể thao và Du lịch'))
      .toEqual(['Sở Văn hóa và Thể thao', 'Sở Văn hóa, Thể thao và Du lịch']);
    expect(splitDepartments('Sở Y tế, Sở Văn hóa, Thể thao và Du lịch, Sở Du lịch'))
      .toEqual(['Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Du lịch']);
  });
});

describe('suggestions never cross from a Sở to a Phòng, or back', () => {
  it('suggests the Sở for a misspelt Sở', () => {
    expect(resolveDepartment('Sở Nông nghiêp và PTNT')).toMatchObject({ suggestion: 'Sở Nông nghiệp và Phát triển nông thôn' });
    expect(resolveDepartment('So Tai nguyen va Moi truong')).toMatchObject({ suggestion: 'Sở Tài nguyên và Môi trường' });
  });

  it('proposes no Phòng for a Sở the registry does not know', () => {
    expect(resolveDepartment('Sở Nông nghiệp và PTNN')).toEqual({ unknown: 'Sở Nông nghiệp và PTNN', suggestion: 'Sở Nông nghiệp và Phát triển nông thôn' });
    expect(resolveDepartment('Sở Tài chính - Kế hoạch')).toEqual({ unknown: 'Sở Tài chính - Kế hoạch' });
    expect(resolveDepartment('Sở Văn hóa và Thông tin')).toEqual({ unknown: 'Sở Văn hóa và Thông tin' });
  });

  it('proposes no Sở for a Phòng, nor for a name without a level word', () => {
    expect(resolveDepartment('Phòng Văn hóa, Thể thao và Du lịch')).not.toMatchObject({ suggestion: 'Sở Văn hóa, Thể thao và Du lịch' });
    // A district has no Phòng Giao thông vận tải: three letters from "Sở Giao thông vận tải", never offered.
    expect(resolveDepartment('Phòng Giao thông vận tải')).toEqual({ unknown: 'Phòng Giao thông vận tải' });
    expect(resolveDepartment('Phòng Nông nghiệp và Môi trường')).toMatchObject({ id: 'nn-mt' });
    expect(resolveDepartment('Thông tin và Truyền thông')).toEqual({ unknown: 'Thông tin và Truyền thông' });
  });

  it('proposes no provincial body for a short abbreviation that happens to be near one', () => {
    // "HĐND" (the People's Council) is four letters, "tỉnh" no part of a typo: not "UBND tỉnh",
    // two letters away; "NCT" is not "ND".
    expect(resolveDepartment('HĐND tỉnh Trà Vinh')).toEqual({ unknown: 'HĐND tỉnh Trà Vinh' });
    expect(resolveDepartment('HĐND tỉnh')).toEqual({ unknown: 'HĐND tỉnh' });
    expect(resolveDepartment('Hội NCT tỉnh')).toEqual({ unknown: 'Hội NCT tỉnh' });
  });
});

describe('the 2025 reorganisation\'s district bodies (district plans of March to June 2025)', () => {
  it.each([
    ['Phòng Nông nghiệp và Môi trường', 'nn-mt'],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', 'kt-ht-dt'],
    ['Phòng Văn hóa, Khoa học và Thông tin', 'vh-kh-tt'],
    ['Phòng Dân tộc và Tôn giáo', 'dt-tg'],
  ])('%s is %s, under the name the office wrote', (text, id) => {
    expect(resolveDepartment(text)).toEqual({ id, name: text });
    expect(DEFAULT_DEPARTMENTS.withPlace('Trà Cú').resolve(`${text} huyện Trà Cú`)).toEqual({ id, name: text });
  });

  it.each([
    ['Phòng NN&MT', 'nn-mt'],
    ['Phòng NN-MT', 'nn-mt'],
    ['Phòng NNMT', 'nn-mt'],
    ['phòng Nông nghiệp - Môi trường huyện', 'nn-mt'],
    ['Phòng KT,HT&ĐT', 'kt-ht-dt'],
    ['Phòng KT, HT & ĐT', 'kt-ht-dt'],
    ['Phòng Kinh tế - Hạ tầng và Đô thị', 'kt-ht-dt'],
    ['Phòng VH,KH&TT', 'vh-kh-tt'],
    ['Phòng Văn hoá, Khoa học và Thông tin', 'vh-kh-tt'],
    ['Trưởng phòng Dân tộc và Tôn giáo', 'dt-tg'],
  ])('%s is %s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it.each([
    ['Phòng Nông nghiệp', 'nn-ptnt'],
    ['Phòng Nông nghiệp và PTNT', 'nn-ptnt'],
    ['Phòng Tài nguyên và Môi trường', 'tn-mt'],
    ['Phòng Kinh tế', 'kinh-te'],
    ['Phòng Kinh tế và Hạ tầng', 'kt-ht'],
    ['Phòng Quản lý đô thị', 'ql-do-thi'],
    ['Phòng Văn hóa', 'vh-tt'],
    ['Phòng Văn hóa và Thông tin', 'vh-tt'],
    ['Phòng Dân tộc', 'dan-toc'],
    ['Sở Nông nghiệp và Môi trường', 'so-nn-mt'],
    ['Sở Dân tộc và Tôn giáo', 'so-dt-tg'],
  ])('the names before 2025 and the Sở stay their own: %s is %s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it('keeps the names with a comma or "và" whole in a list, and still splits around them', () => {
    for (const name of ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Văn hóa, Khoa học và Thông tin', 'Phòng Dân tộc và Tôn giáo', 'Phòng KT,HT&ĐT', 'Phòng VH, KH&TT']) {
      // One piece ("KT,HT&ĐT" is rejoined as "KT, HT&ĐT"), the department itself.
      expect([name, splitDepartments(name).map(idOf)]).toEqual([name, [expect.any(String)]]);
      expect(splitDepartments(name).map(idOf)).toEqual([idOf(name)]);
    }
    expect(splitDepartments('Phòng Nông nghiệp và Môi trường, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa, Khoa học và Thông tin; Phòng Dân tộc và Tôn giáo').map(idOf))
      .toEqual(['nn-mt', 'kt-ht-dt', 'vh-kh-tt', 'dt-tg']);
    expect(splitDepartments('Phòng Kinh tế, Phòng Văn hóa')).toEqual(['Phòng Kinh tế', 'Phòng Văn hóa']);
    expect(splitDepartments('Phòng Dân tộc và Phòng Y tế')).toEqual(['Phòng Dân tộc', 'Phòng Y tế']);
  });

  it('suggests the new name for a misspelt one, not the Phòng it replaced', () => {
    expect(resolveDepartment('Phòng Nông nghiệp và Môi trườn')).toMatchObject({ suggestion: 'Phòng Nông nghiệp và Môi trường' });
    expect(resolveDepartment('Phong Nong nghiep va Moi truong')).toMatchObject({ suggestion: 'Phòng Nông nghiệp và Môi trường' });
    expect(resolveDepartment('Phòng Kinh tế, Hạ tầng và Đôthị')).toMatchObject({ suggestion: 'Phòng Kinh tế, Hạ tầng và Đô thị' });
    expect(resolveDepartment('Phòng Văn hóa, Khoa học và Thong tn')).toMatchObject({ suggestion: 'Phòng Văn hóa, Khoa học và Thông tin' });
    expect(resolveDepartment('Phòng Dân tộc và Tôngiáo')).toMatchObject({ suggestion: 'Phòng Dân tộc và Tôn giáo' });
  });

  it('keeps a misspelt name with a comma whole in a list, for its suggestion, not its head as another department', () => {
    // Split at the comma, "Phòng Kinh tế" would be taken for the Phòng Kinh tế and the rest be unknown, with no suggestion.
    expect(splitDepartments('Phòng Kinh tế, Hạ tầng và Đô thi')).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thi']);
    expect(splitDepartments('Phòng Văn hóa, Khoa học và Thong tin, Phòng Y tế')).toEqual(['Phòng Văn hóa, Khoa học và Thong tin', 'Phòng Y tế']);
    expect(splitDepartments('Sở Văn hoá, Thể thao và Du lich')).toEqual(['Sở Văn hoá, Thể thao và Du lich']);
    expect(resolveDepartment('Phòng Kinh tế, Hạ tầng và Đô thi')).toMatchObject({ suggestion: 'Phòng Kinh tế, Hạ tầng và Đô thị' });
    // An unknown name after a known one is still its own.
    expect(splitDepartments('Phòng Văn hóa, Khoa học')).toEqual(['Phòng Văn hóa', 'Khoa học']);
    expect(splitDepartments('Phòng Kinh tế, Ban Quản lý dự án')).toEqual(['Phòng Kinh tế', 'Ban Quản lý dự án']);
  });
});

describe('the district registry is unchanged by the provincial entries', () => {
  it('resolves every district name, short name and alias to its own entry, bare or with its district', () => {
    for (const d of DISTRICT_DEPARTMENTS) {
      for (const n of [d.name, d.shortName, ...d.aliases]) {
        expect([n, idOf(n)]).toEqual([n, d.id]);
        expect([n, idOf(`${n} huyện Trà Cú`)]).toEqual([n, d.id]);
      }
    }
  });
});
