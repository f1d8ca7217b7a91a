import { levenshtein, nearest } from '../../src/domain/text/suggest';

describe('levenshtein', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['tan son', 'tam son', 1],
    ['bình', 'binh', 1],
    ['flaw', 'lawn', 2],
  ])('%s / %s = %d', (a, b, d) => {
    expect(levenshtein(a, b)).toBe(d);
    expect(levenshtein(b, a)).toBe(d);
  });
});

describe('nearest', () => {
  const communes = ['Phước Hưng', 'Tập Sơn', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Bình Minh'];

  it('an accent-blind match is flagged accentOnly', () => {
    expect(nearest('Binh Minh', communes)).toEqual({ candidate: 'Bình Minh', distance: 1, accentOnly: true });
    expect(nearest('Phuoc Hung', communes)).toMatchObject({ candidate: 'Phước Hưng', accentOnly: true });
  });

  it('an exact key (case, NFD, spaces aside) has distance 0', () => {
    expect(nearest('tập  sơn', communes)).toEqual({ candidate: 'Tập Sơn', distance: 0, accentOnly: false });
    expect(nearest('Ta\u0302n So\u031Bn', communes)).toEqual({ candidate: 'Tân Sơn', distance: 0, accentOnly: false });
  });

  it('a misspelling within the limit is suggested', () => {
    expect(nearest('Lưu Nghiệp An', communes)).toEqual({ candidate: 'Lưu Nghiệp Anh', distance: 1, accentOnly: false });
    expect(nearest('Tân Sơm', communes)).toEqual({ candidate: 'Tân Sơn', distance: 1, accentOnly: false });
  });

  it('prefers an accent-only match over a one-letter misspelling', () => {
    // "Tan Son" folds to both "tan son" (Tân Sơn, accents only) and is one letter from "tap son".
    expect(nearest('Tan Son', communes)).toMatchObject({ candidate: 'Tân Sơn', accentOnly: true });
  });

  it('returns nothing when too far', () => {
    expect(nearest('Hàm Giang', communes)).toBeUndefined();
    expect(nearest('', communes)).toBeUndefined();
    expect(nearest('Tân Sơn', [])).toBeUndefined();
  });

  it('honours maxDistance', () => {
    expect(nearest('Tân Sơm', communes, { maxDistance: 0 })).toBeUndefined();
    expect(nearest('Phòng Y tê', ['Phòng Y tế', 'Phòng Tư pháp'])).toMatchObject({ candidate: 'Phòng Y tế', accentOnly: true });
  });
});
