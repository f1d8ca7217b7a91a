// The comparison key: what two spellings of one name must share, and what must stay apart.
import { matchKey } from '../../src/domain/text/normalize';

test('both tone placements of oa / oe / uy and both apostrophes give one key', () => {
  const same: [string, string][] = [
    ['Đắk Hoà', 'Đắk Hòa'],
    ['Thuỷ lợi', 'Thủy lợi'],
    ['Hoè', 'Hòe'],
    ['khoẻ', 'khỏe'],
    ['HOÀ BÌNH', 'Hòa Bình'],
    ['Nâm N’Jang', "Nâm N'Jang"],
    ['Đắk N‘Drung', "Đắk N'Drung"],
    // Seed 003 writes "Đăk Song" and "Đắk Song" in one plan.
    ["Đăk N'Drung", "Đắk N'Drung"],
    ['ĐĂK SONG', 'Đắk Song'],
  ];
  for (const [a, b] of same) expect({ a, key: matchKey(a) }).toEqual({ a, key: matchKey(b) });
});

test('syllables with a final consonant, "qu" and other letters keep their own key', () => {
  // "quý" is the only spelling (u belongs to qu); "hoàn", "Quỳnh", "thuyền" have one placement.
  expect(matchKey('quý')).toBe('quý');
  expect(matchKey('Hoàn')).toBe('hoàn');
  expect(matchKey('Quỳnh')).toBe('quỳnh');
  expect(matchKey('thuyền')).toBe('thuyền');
  expect(matchKey('Hòa')).not.toBe(matchKey('Hoa'));
  expect(matchKey('Tân Sơn')).toBe('tân sơn');
  expect(matchKey('Đăklăk')).toBe('đăklăk');
});
