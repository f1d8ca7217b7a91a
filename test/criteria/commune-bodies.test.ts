// Commune plans (seeds 001, 002) name the commune's own bodies as members, not the district's.
import { DEFAULT_DEPARTMENTS, resolveDepartment } from '../../src/domain/criteria/departments';

const nameOf = (text: string, reg = DEFAULT_DEPARTMENTS) => {
  const r = reg.resolve(text);
  return 'id' in r ? r.name : `unknown:${r.unknown}`;
};

describe('commune-level bodies', () => {
  it.each([
    ['Trạm Y tế xã', 'Trạm Y tế xã'],
    ['Trạm Y tế', 'Trạm Y tế xã'],
    ['Ban Văn hóa xã', 'Ban Văn hóa xã'],
    ['Công an xã', 'Công an xã'],
    ['Ban CHQS xã', 'Ban Chỉ huy Quân sự xã'],
    ['Hội Nông dân xã', 'Hội Nông dân xã'],
    ['Hội Phụ nữ xã', 'Hội Liên hiệp Phụ nữ xã'],
    ['UBMTTQ xã', 'Ủy ban MTTQ xã'],
    ['Đoàn Thanh niên xã', 'Đoàn Thanh niên xã'],
    ['Bưu điện văn hóa xã', 'Bưu điện văn hóa xã'],
    ['Bộ phận Một cửa xã', 'Bộ phận Một cửa xã'],
    ['Chủ tịch UBND xã', 'Chủ tịch UBND xã'],
    ['Văn phòng UBND xã', 'Văn phòng UBND xã'],
    ['Công an xã Tân Thạnh', 'Công an xã'],
    ['Trạm Y tế cấp xã', 'Trạm Y tế xã'],
    ['Trường Mầm non', 'Trường Mầm non'],
    ['Tiểu học', 'Trường Tiểu học'],
    ['THCS xã', 'Trường THCS'],
    ['Hợp tác xã', 'Hợp tác xã'],
    ['02 HTX-NN', 'Hợp tác xã'],
    // Seed 001 probe: "Hợp tác xã, tổ hợp tác", "Ban Chỉ huy PCTT&TKCN", the schools as a group.
    ['tổ hợp tác', 'Tổ hợp tác'],
    ['Ban Chỉ huy PCTT&TKCN xã', 'Ban Chỉ huy PCTT&TKCN xã'],
    ['Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn', 'Ban Chỉ huy PCTT&TKCN xã'],
    ['Các trường học trên địa bàn xã', 'Các trường học trên địa bàn xã'],
    ['Cán bộ phụ trách NTM (Đ/c Phạm Thị Kim Ngân)', 'Cán bộ chuyên trách NTM xã'],
    ['Đ/c Dương Văn Cảnh - Chủ tịch UBND xã', 'Chủ tịch UBND xã'],
    ['Ban phát triển ấp Hòa Tân', 'Ban phát triển ấp Hòa Tân'],
    ['Ban phát triển thôn 3', 'Ban phát triển thôn 3'],
    // Seed 002 says "ấp", the summaries keep it; "thôn" stays "thôn".
    ['Ban phát triển ấp', 'Ban phát triển ấp'],
    ['Ban phát triển thôn', 'Ban phát triển thôn'],
    ['Tổ giúp việc NTM', 'Tổ giúp việc BQL NTM xã'],
    ['trường Trung cấp Nghề', 'Trường Trung cấp nghề'],
    ['Bưu điện huyện', 'Bưu điện huyện'],
    ['Bưu điện văn hóa xã', 'Bưu điện văn hóa xã'],
    // Seed 001: the commune's officers by their title stand for their body, as "Trưởng phòng …" does.
    ['Chỉ huy trưởng Ban CHQS xã', 'Ban Chỉ huy Quân sự xã'],
    ['Trưởng Công an xã', 'Công an xã'],
    ['Phó Chỉ huy trưởng Ban CHQS xã', 'Ban Chỉ huy Quân sự xã'],
    ['Trạm trưởng Trạm Y tế xã', 'Trạm Y tế xã'],
    // Seed 002 III.3: the board's members are the board.
    ['Các thành viên BQL xã', 'Ban quản lý xây dựng nông thôn mới xã'],
    ['Thành viên Ban quản lý xây dựng NTM xã', 'Ban quản lý xây dựng nông thôn mới xã'],
    // Seed 001 III.5: the hamlets as one member, in the plan's own word.
    ['Các thôn', 'Các thôn'],
    ['Các thôn, bản', 'Các thôn'],
    ['Các ấp', 'Các ấp'],
  ])('%s is the commune\'s %s', (text, name) => {
    expect(nameOf(text)).toBe(name);
  });

  it('a commune body and the district body of the same kind are two departments', () => {
    const xa = resolveDepartment('Công an xã');
    const huyen = resolveDepartment('Công an huyện');
    expect('id' in xa && 'id' in huyen && xa.id !== huyen.id).toBe(true);
  });

  it('"xã hội" is a word, not the commune: district names ending in it stay district names', () => {
    expect(resolveDepartment('Phòng Lao động - Thương binh và Xã hội')).toMatchObject({ id: 'ld-tbxh' });
    expect(resolveDepartment('Bảo hiểm xã hội')).toMatchObject({ id: 'bhxh' });
    expect('unknown' in resolveDepartment('Hợp tác xã Tân Phú')).toBe(true);
  });

  it('"Chủ tịch UBND" needs "xã" to be the commune\'s; a district one is not guessed', () => {
    expect('unknown' in resolveDepartment('Chủ tịch UBND huyện')).toBe(true);
  });

  it('in a commune\'s own plan a bare "Hội Nông dân" is the commune\'s; "… huyện" stays the district\'s', () => {
    const plan = DEFAULT_DEPARTMENTS.forCommunePlan();
    expect(nameOf('Hội Nông dân', plan)).toBe('Hội Nông dân xã');
    expect(nameOf('Công an', plan)).toBe('Công an xã');
    expect(nameOf('Hội Nông dân huyện', plan)).toBe('Hội Nông dân huyện');
    expect(nameOf('Huyện Đoàn', plan)).toBe('Huyện Đoàn');
    // A district office's workbook keeps the district reading.
    expect(nameOf('Hội Nông dân')).toBe('Hội Nông dân huyện');
  });

  it('a district body followed by a place name ("Điện lực Cao Lộc") is that body, where the title names no district', () => {
    expect(resolveDepartment('Điện lực Cao Lộc')).toMatchObject({ id: 'dien-luc' });
    expect(resolveDepartment('Kho bạc Nhà nước Cao Lộc')).toMatchObject({ id: 'kbnn' });
    // Not an administrative word, and not a body every commune has its own of.
    expect('unknown' in resolveDepartment('Hội Nông dân Tân Thạnh')).toBe(true);
    expect('unknown' in resolveDepartment('Điện lực lưới')).toBe(true);
  });

  it('"Công chức Văn phòng - Thống kê" and a bare "Văn phòng - Thống kê" are one officer', () => {
    const a = resolveDepartment('Công chức Văn phòng - Thống kê');
    const b = resolveDepartment('Văn phòng - Thống kê');
    expect('id' in a && 'id' in b && a.id === b.id).toBe(true);
  });

  it('a commune body counts as a known member for an assignment matrix header', () => {
    expect(DEFAULT_DEPARTMENTS.knows('Trạm Y tế xã')).toBe(true);
    expect(DEFAULT_DEPARTMENTS.knows('Tân Thạnh')).toBe(false);
  });
});
