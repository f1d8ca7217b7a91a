import { convertLegacy, detectLegacy, legacyFont, toUnicode } from '../../src/domain/text/legacy';

// TCVN3 strings are written here by hand from the TCVN 5712:1993 (VN3) code chart:
// ê=0xAA ª, ô=0xAB «, ơ=0xAC ¬, ư=0xAD (soft hyphen), đ=0xAE ®, â=0xA9 ©, Đ=0xA7 §, í=0xDD Ý, ò=0xDF ß, …
const TCVN3_TIEU_CHI = 'Ti\u00AAu ch\u00DD Giao th\u00ABng'; // "Tiêu chí Giao thông"
const TCVN3_PHONG = 'Ph\u00DFng N\u00ABng nghi\u00D6p v\u00B5 Ph\u00B8t tri\u00D3n n\u00ABng th\u00ABn';
const TCVN3_XA = 'x\u00B7 T\u00A9n S\u00ACn'; // "xã Tân Sơn"
// VNI: base letter + suffix (â=circumflex, ø=huyền, ù=sắc, û=hỏi, õ=ngã, ï=nặng, ä=circumflex+nặng …).
const VNI_TIEU_CHI = 'Tieâu chí Giao thoâng';
const VNI_PHONG = 'Phoøng Noâng nghieäp vaø Phaùt trieån noâng thoân';
const VNI_XA = 'xaõ Taân Sôn';

describe('TCVN3 → Unicode', () => {
  it.each([
    [TCVN3_TIEU_CHI, 'Tiêu chí Giao thông'],
    [TCVN3_PHONG, 'Phòng Nông nghiệp và Phát triển nông thôn'],
    [TCVN3_XA, 'xã Tân Sơn'],
    ['\u00A7\u00B9t chu\u00C8n', 'Đạt chuẩn'],
    ['Tr\u00AD\u00EAng', 'Trường'],
    ['C\u00E9ng ho\u00B5 x\u00B7 h\u00E9i ch\u00F1 ngh\u00DCa Vi\u00D6t Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
  ])('%s', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'tcvn3')).toBe(unicode);
    expect(detectLegacy(legacy)).toBe('tcvn3');
  });

  // All 67 lower-case letters, in the order huyền hỏi ngã sắc nặng per vowel, then ă â ê ô ơ ư đ.
  const UNICODE_LOWER = 'àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵăâêôơưđ';
  const TCVN3_LOWER =
    '\u00B5\u00B6\u00B7\u00B8\u00B9\u00BB\u00BC\u00BD\u00BE\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB' +
    '\u00CC\u00CE\u00CF\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00DC\u00DD\u00DE' +
    '\u00DF\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE' +
    '\u00EF\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE' +
    '\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE';

  it('maps all 67 lower-case letters', () => {
    expect([...UNICODE_LOWER]).toHaveLength(67);
    expect(TCVN3_LOWER).toHaveLength(67);
    expect(convertLegacy(TCVN3_LOWER, 'tcvn3')).toBe(UNICODE_LOWER);
  });

  it('gives the 67 capitals through an "H" font (134 letters in all)', () => {
    const upper = 'ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴĂÂÊÔƠƯĐ';
    expect(convertLegacy(TCVN3_LOWER, 'tcvn3', { upper: true })).toBe(upper);
  });

  it('maps the seven distinct TCVN3 capitals', () => {
    expect(convertLegacy('\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7', 'tcvn3')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('leaves ASCII and typographic punctuation alone', () => {
    expect(convertLegacy('Tieu chi 17.10 – “abc” (1/2)', 'tcvn3')).toBe('Tieu chi 17.10 – “abc” (1/2)');
  });
});

describe('VNI → Unicode', () => {
  it.each([
    [VNI_TIEU_CHI, 'Tiêu chí Giao thông'],
    [VNI_PHONG, 'Phòng Nông nghiệp và Phát triển nông thôn'],
    [VNI_XA, 'xã Tân Sơn'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['ñöôøng giao thoâng', 'đường giao thông'],
  ])('%s', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'vni')).toBe(unicode);
    expect(detectLegacy(legacy)).toBe('vni');
  });

  it('decodes capitals', () => {
    expect(convertLegacy('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'vni')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(convertLegacy('ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC', 'vni')).toBe('ĐỘC LẬP - TỰ DO - HẠNH PHÚC');
    expect(convertLegacy('ÑAÏT', 'vni')).toBe('ĐẠT');
  });

  it('decodes every vowel with every tone', () => {
    // Per vowel: sắc huyền hỏi ngã nặng (the VNI key order 1–5).
    const cases: [string, string[]][] = [
      ['áàảãạ', ['aù', 'aø', 'aû', 'aõ', 'aï']],
      ['ấầẩẫậ', ['aá', 'aà', 'aå', 'aã', 'aä']],
      ['ắằẳẵặ', ['aé', 'aè', 'aú', 'aü', 'aë']],
      ['éèẻẽẹ', ['eù', 'eø', 'eû', 'eõ', 'eï']],
      ['ếềểễệ', ['eá', 'eà', 'eå', 'eã', 'eä']],
      ['íìỉĩị', ['í', 'ì', 'æ', 'ó', 'ò']],
      ['óòỏõọ', ['où', 'oø', 'oû', 'oõ', 'oï']],
      ['ốồổỗộ', ['oá', 'oà', 'oå', 'oã', 'oä']],
      ['ớờởỡợ', ['ôù', 'ôø', 'ôû', 'ôõ', 'ôï']],
      ['úùủũụ', ['uù', 'uø', 'uû', 'uõ', 'uï']],
      ['ứừửữự', ['öù', 'öø', 'öû', 'öõ', 'öï']],
      ['ýỳỷỹỵ', ['yù', 'yø', 'yû', 'yõ', 'î']],
    ];
    for (const [unicode, vni] of cases) expect(convertLegacy(vni.join(''), 'vni')).toBe(unicode);
    expect(convertLegacy('aâ aê eâ oâ ô ö ñ Ñ', 'vni')).toBe('â ă ê ô ơ ư đ Đ');
  });
});

describe('detectLegacy', () => {
  it('trusts the font name', () => {
    expect(detectLegacy('x\u00B7 T\u00A9n S\u00ACn', '.VnTime')).toBe('tcvn3');
    expect(detectLegacy('abc', '.VnArialH')).toBe('tcvn3');
    expect(detectLegacy('Coù', 'VNI-Times')).toBe('vni');
    expect(detectLegacy('Coù', 'VNI-Helve')).toBe('vni');
  });

  it('does not treat Unicode text in a legacy font as legacy', () => {
    expect(detectLegacy('xã Tân Sơn', '.VnTime')).toBeNull();
    expect(detectLegacy('Phòng Nông nghiệp', 'VNI-Times')).toBeNull();
  });

  it.each([
    'Tiêu chí Giao thông',
    'Phòng Nông nghiệp và Phát triển nông thôn',
    'xã Tân Sơn',
    'hoà', // old-style tone placement: o followed by à, still Unicode
    'Đạt',
    'Chưa đạt',
    'Tie\u0302u chi\u0301 Giao tho\u0302ng', // NFD Unicode
    'Total 2023',
    'Tan Son',
    '',
    'Café Müller',
    'naïve façade',
    '© 2023 Công ty',
    'Số 17.10 (ngành Y tế)',
    '\u00D0ông Hòa', // Unicode with the look-alike Ð (U+00D0) for Đ: all Latin-1, still not TCVN3
  ])('Unicode / ASCII / other Latin text is not legacy: %s', (text) => {
    expect(detectLegacy(text)).toBeNull();
    expect(detectLegacy(text, 'Times New Roman')).toBeNull();
  });

  it('finds legacy text in a non-legacy font by its characters', () => {
    expect(detectLegacy(TCVN3_PHONG, 'Times New Roman')).toBe('tcvn3');
    expect(detectLegacy(VNI_PHONG, 'Arial')).toBe('vni');
  });
});

describe('legacyFont / toUnicode', () => {
  it('reads the font family', () => {
    expect(legacyFont('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
    expect(legacyFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(legacyFont('.VnArial NarrowH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(legacyFont('VNI-Times')).toEqual({ encoding: 'vni', upper: false });
    expect(legacyFont('Times New Roman')).toBeNull();
    expect(legacyFont(undefined)).toBeNull();
  });

  it('converts an .VnTimeH cell to capitals', () => {
    expect(toUnicode('x\u00B7 t\u00A9n s\u00ACn', '.VnTimeH')).toEqual({ text: 'XÃ TÂN SƠN', encoding: 'tcvn3' });
  });

  it('leaves Unicode unchanged', () => {
    expect(toUnicode('xã Tân Sơn', 'Times New Roman')).toEqual({ text: 'xã Tân Sơn', encoding: null });
  });
});
