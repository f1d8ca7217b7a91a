import { meansAllCommunes, parseAdminName, splitNameList, unclearScope } from '../../src/domain/text/admin-names';
import { foldKey } from '../../src/domain/text/normalize';

describe('parseAdminName', () => {
  it('strips the commune prefix so "xã Tân Sơn" and "Tân Sơn" share a key', () => {
    const a = parseAdminName('xã Tân Sơn');
    const b = parseAdminName('Tân Sơn');
    expect(a).toEqual({ kind: 'xa', name: 'Tân Sơn', key: 'xa:tân sơn', prefixWritten: true });
    expect(b).toEqual({ kind: 'xa', name: 'Tân Sơn', key: 'xa:tân sơn', prefixWritten: false });
  });

  it.each([
    ['Xã Tân Sơn', 'xa'],
    ['X. Tân Sơn', 'xa'],
    ['X.Tân Sơn', 'xa'],
    ['UBND xã Tân Sơn', 'xa'],
    ['Ủy ban nhân dân xã Tân Sơn', 'xa'],
    ['XÃ TÂN SƠN', 'xa'],
    ['thị trấn Tân Sơn', 'thi-tran'],
    ['Thị Trấn Tân Sơn', 'thi-tran'],
    ['TT Tân Sơn', 'thi-tran'],
    ['TT. Tân Sơn', 'thi-tran'],
    ['UBND thị trấn Tân Sơn', 'thi-tran'],
    ['phường Tân Sơn', 'phuong'],
    ['P. Tân Sơn', 'phuong'],
  ])('%s → %s', (text, kind) => {
    const r = parseAdminName(text);
    expect(r.kind).toBe(kind);
    expect(r.key).toBe(`${kind}:tân sơn`);
    expect(r.prefixWritten).toBe(true);
    expect(r.prefixProblem).toBeUndefined();
  });

  it('keeps "thị trấn Định An" apart from "xã Định An" (seed 000 has both)', () => {
    expect(parseAdminName('thị trấn Định An').key).not.toBe(parseAdminName('xã Định An').key);
    expect(parseAdminName('thị trấn Định An').key).toBe('thi-tran:định an');
  });

  it('matches case-insensitively: "Tập sơn" = "Tập Sơn" (seed 000)', () => {
    expect(parseAdminName('Tập sơn').key).toBe(parseAdminName('Tập Sơn').key);
    expect(parseAdminName('Tập sơn').name).toBe('Tập sơn');
  });

  it('keeps accents: "Binh" ≠ "Bình", but their fold keys agree', () => {
    const a = parseAdminName('xã Binh Minh');
    const b = parseAdminName('xã Bình Minh');
    expect(a.key).not.toBe(b.key);
    expect(foldKey(a.name)).toBe(foldKey(b.name));
  });

  it('recognises the misspelling "thi trấn" (seed 000) and flags it', () => {
    const r = parseAdminName('thi trấn Định An');
    expect(r.kind).toBe('thi-tran');
    expect(r.name).toBe('Định An');
    expect(r.prefixProblem).toMatch(/thị trấn/);
    expect(r.prefixProblem).toMatch(/thi trấn/);
    expect(parseAdminName('UBND thi tran Trà Cú').prefixProblem).toBeDefined();
  });

  it('uses the caller default kind when no prefix is written', () => {
    expect(parseAdminName('Trà Cú', 'thi-tran')).toMatchObject({ kind: 'thi-tran', key: 'thi-tran:trà cú', prefixWritten: false });
    expect(parseAdminName('xã Trà Cú', 'thi-tran').kind).toBe('xa');
  });

  it('cleans NFD, NBSP and the Ð look-alike', () => {
    const nfd = 'xa\u0303\u00A0Ta\u0302n  So\u031Bn';
    expect(parseAdminName(nfd).key).toBe('xa:tân sơn');
    expect(parseAdminName('thị trấn \u00D0ịnh An').key).toBe('thi-tran:định an');
  });

  it('sets a trailing parenthesis apart as a note', () => {
    const r = parseAdminName('UBND thị trấn Định An (chưa đạt nội dung 3.2, 8.2, 8.4)');
    expect(r).toMatchObject({ kind: 'thi-tran', name: 'Định An', note: 'chưa đạt nội dung 3.2, 8.2, 8.4' });
  });

  it('drops a footnote mark and the district or province written after the name', () => {
    for (const t of ['Kim Sơn*', 'Kim Sơn **', 'Kim Sơn¹', 'xã Kim Sơn - huyện Trà Cú', 'Xã Kim Sơn, huyện Trà Cú, tỉnh Trà Vinh', 'Kim Sơn huyện Trà Cú']) {
      expect({ t, key: parseAdminName(t).key }).toEqual({ t, key: 'xa:kim sơn' });
    }
    expect(parseAdminName('Phường 1, thành phố Trà Vinh').key).toBe('phuong:1');
    // A name that starts with the word is no tail.
    expect(parseAdminName('Huyện Hội').name).toBe('Huyện Hội');
  });

  it('a prefix alone gives an empty name', () => {
    expect(parseAdminName('Xã')).toMatchObject({ kind: 'xa', name: '', prefixWritten: true });
    expect(parseAdminName('Thị trấn').kind).toBe('thi-tran');
  });

  it('does not take the start of a name for a prefix', () => {
    expect(parseAdminName('Xuân Thọ').name).toBe('Xuân Thọ');
    expect(parseAdminName('Phước Hưng').name).toBe('Phước Hưng');
    expect(parseAdminName('Tân Tiến').name).toBe('Tân Tiến');
    expect(parseAdminName('Phường 1').kind).toBe('phuong');
  });
});

describe('splitNameList', () => {
  it('splits on commas and keeps multi-word names whole', () => {
    expect(splitNameList('Phước Hưng, Tân Sơn, An Quảng Hữu, Lưu Nghiệp Anh')).toEqual([
      'Phước Hưng',
      'Tân Sơn',
      'An Quảng Hữu',
      'Lưu Nghiệp Anh',
    ]);
  });

  it('splits on ";", "và" and line breaks', () => {
    expect(splitNameList('Phước Hưng; Tân Sơn và An Quảng Hữu')).toEqual(['Phước Hưng', 'Tân Sơn', 'An Quảng Hữu']);
    expect(splitNameList('Phước Hưng\nTân Sơn\r\n- Lưu Nghiệp Anh')).toEqual(['Phước Hưng', 'Tân Sơn', 'Lưu Nghiệp Anh']);
  });

  it('keeps prefixes and drops a leading label and a final period', () => {
    expect(splitNameList('Gồm: xã Tập Sơn, thị trấn Định An.')).toEqual(['xã Tập Sơn', 'thị trấn Định An']);
  });

  it('handles NBSP and empty items', () => {
    expect(splitNameList('Tân\u00A0Sơn,, ,Long Hiệp')).toEqual(['Tân Sơn', 'Long Hiệp']);
    expect(splitNameList('')).toEqual([]);
  });
});

describe('meansAllCommunes', () => {
  it.each(['Tất cả các xã', 'tất cả', 'Toàn huyện', 'Toàn xã', 'Trên địa bàn xã', 'Các xã', 'Các xã, thị trấn', '8/8 xã', '17/17 xã, thị trấn'])('%s', (t) => expect(meansAllCommunes(t)).toBe(true));
  it.each(['Tân Sơn', 'xã Tân Sơn', '', '3/8 xã'])('%s is a list', (t) => expect(meansAllCommunes(t)).toBe(false));
  it('"8/8 xã" is every commune, not an unclear scope; "3/8 xã" is unclear', () => {
    expect(unclearScope('8/8 xã')).toBe(false);
    expect(unclearScope('3/8 xã')).toBe(true);
  });
});
