import { isSectionRow, recognizeSetName, resolveSetName } from '../../src/domain/criteria/set-names';

describe('resolveSetName', () => {
  it.each([
    ['Bộ tiêu chí xã nông thôn mới', 'xa-ntm-2021'],
    ['xã NTM', 'xa-ntm-2021'],
    ['NTM', 'xa-ntm-2021'],
    ['nông thôn mới', 'xa-ntm-2021'],
    ['Nong thon moi', 'xa-ntm-2021'],
    ['nâng cao', 'xa-ntm-nang-cao-2021'],
    ['xã NTM nâng cao', 'xa-ntm-nang-cao-2021'],
    ['NTMNC', 'xa-ntm-nang-cao-2021'],
    ['NC', 'xa-ntm-nang-cao-2021'],
    ['KM', 'xa-ntm-kieu-mau-2021'],
    ['NTMKM', 'xa-ntm-kieu-mau-2021'],
    ['NTM KM', 'xa-ntm-kieu-mau-2021'],
    ['xã nông thôn mới nâng cao', 'xa-ntm-nang-cao-2021'],
    ['kiểu mẫu', 'xa-ntm-kieu-mau-2021'],
    ['Xã nông thôn mới kiểu mẫu', 'xa-ntm-kieu-mau-2021'],
    ['huyện nông thôn mới', 'huyen-ntm-2021'],
    ['huyện NTM', 'huyen-ntm-2021'],
    ['tiêu chí huyện', 'huyen-ntm-2021'],
    ['đô thị văn minh', 'do-thi-van-minh-2022'],
    ['thị trấn văn minh', 'do-thi-van-minh-2022'],
    ['I. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI', 'xa-ntm-2021'],
    ['II. XÃ NÔNG THÔN MỚI NÂNG CAO', 'xa-ntm-nang-cao-2021'],
    ['III. TIÊU CHÍ HUYỆN NÔNG THÔN MỚI', 'huyen-ntm-2021'],
    ['xa-ntm-nang-cao-2021', 'xa-ntm-nang-cao-2021'],
  ])('%s → %s', (text, id) => {
    expect(resolveSetName(text)).toBe(id);
  });

  it('does not ship huyện NTM nâng cao, nor village sets (seed 004 "xóm nông thôn mới kiểu mẫu")', () => {
    expect(resolveSetName('huyện nông thôn mới nâng cao')).toBeUndefined();
    expect(recognizeSetName('Bộ tiêu chí huyện nông thôn mới nâng cao')).toEqual({ id: 'huyen-ntm-nang-cao', shipped: false });
    expect(resolveSetName('Xóm nông thôn mới kiểu mẫu')).toBeUndefined();
    expect(resolveSetName('Bộ tiêu chí thôn nông thôn mới')).toBeUndefined();
  });

  it('does not call the advanced set the plain one', () => {
    expect(resolveSetName('xã nông thôn mới nâng cao')).not.toBe('xa-ntm-2021');
    expect(resolveSetName('Bộ tiêu chí xã NTM nâng cao giai đoạn 2021-2025')).toBe('xa-ntm-nang-cao-2021');
  });

  it('names nothing for unrelated text', () => {
    expect(resolveSetName('Phân công nhiệm vụ')).toBeUndefined();
    expect(resolveSetName('')).toBeUndefined();
    expect(resolveSetName('nâng cao chất lượng hoạt động')).toBeUndefined();
    // "NC" / "KM" only alone in a cell.
    expect(resolveSetName('Km 5 tỉnh lộ 915')).toBeUndefined();
    expect(resolveSetName('NC-01')).toBeUndefined();
  });
});

describe('isSectionRow', () => {
  it('accepts numbered or lettered rows naming a set', () => {
    expect(isSectionRow('I. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI')).toBe(true);
    expect(isSectionRow('II. XÃ NÔNG THÔN MỚI NÂNG CAO')).toBe(true);
    expect(isSectionRow('III. TIÊU CHÍ HUYỆN NÔNG THÔN MỚI')).toBe(true);
    expect(isSectionRow('A. Đô thị văn minh')).toBe(true);
    expect(isSectionRow('BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO')).toBe(true);
  });

  it('rejects rows that are not set headings', () => {
    expect(isSectionRow('1. Phòng Nông nghiệp và Phát triển nông thôn')).toBe(false);
    expect(isSectionRow('Xã NTM')).toBe(false);
    expect(isSectionRow('17.5')).toBe(false);
    expect(isSectionRow('')).toBe(false);
  });
});
