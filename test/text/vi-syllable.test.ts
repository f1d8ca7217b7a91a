import { isVietnameseSyllable } from '../../src/domain/text/vi-syllable';
import { foldSameLength } from '../../src/domain/text/fold';

describe('isVietnameseSyllable', () => {
  it.each(['Phòng', 'nghiệp', 'và', 'người', 'rượu', 'khuya', 'quyền', 'giữa', 'ĐẠT', 'xoong', 'ưu', 'ở', 'Tie\u0302u'])('%s is a syllable', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['Müller', 'nạve', 'Tieõu', 'abc', 'chấú', 'str', ''])('%s is not', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});

describe('foldSameLength', () => {
  it('keeps length and strips accents', () => {
    const s = 'Tiêu chí ĐẠT Sơn';
    expect(foldSameLength(s)).toBe('tieu chi dat son');
    expect(foldSameLength(s)).toHaveLength(s.length);
  });
});
