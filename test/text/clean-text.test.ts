// cleanText skips its replacements when a cell needs none: the shortcut must never change a result.
import { cleanText } from '../../src/domain/text/normalize';

/** The clean-up as specified, without the shortcut. */
function reference(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00D0\u0189]/g, 'Đ')
    .replace(/[\u00F0\u0256]/g, 'đ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

const PIECES = ['Tân', 'Sơn', 'Đạt', 'Chưa đạt', ' ', '  ', '\u00A0', '\t', '\n', '\r\n', '\u200B', '\uFEFF', '\u00AD', 'Ð', 'ð', '\u0189', '\u0256', '\u2003', '\u202F', '\u3000', '\u2028', 'Sơn'.normalize('NFD'), 'x', '17.10', ''];

describe('cleanText', () => {
  it('gives what the full clean-up gives, on 20,000 generated strings', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20000; i++) {
      const n = Math.floor(next() * 6);
      let s = '';
      for (let k = 0; k < n; k++) s += PIECES[Math.floor(next() * PIECES.length)];
      expect(cleanText(s)).toBe(reference(s));
    }
  });

  it('cleans the forms offices paste', () => {
    expect(cleanText(' Tân\u00A0 Sơn ')).toBe('Tân Sơn');
    expect(cleanText('Ðạt')).toBe('Đạt');
    expect(cleanText('Chưa\u200B đạt')).toBe('Chưa đạt');
    expect(cleanText('Tân  Sơn')).toBe('Tân Sơn');
    expect(cleanText('Sơn'.normalize('NFD'))).toBe('Sơn');
    expect(cleanText('Tân Sơn')).toBe('Tân Sơn');
  });
});
