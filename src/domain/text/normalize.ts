// Text clean-up applied to every string read from a sheet before it is compared.
// Never applied to what is written back: the user's text stays as typed.

/** Letters that look like Đ/đ but are other code points (Icelandic eth, African D). */
const LOOKALIKES: Record<string, string> = {
  '\u00D0': 'Đ', // Ð LATIN CAPITAL LETTER ETH
  '\u0189': 'Đ', // Ɖ LATIN CAPITAL LETTER AFRICAN D
  '\u00F0': 'đ', // ð LATIN SMALL LETTER ETH
  '\u0256': 'đ', // ɖ LATIN SMALL LETTER D WITH TAIL
};

const LOOKALIKE_RE = /[\u00D0\u0189\u00F0\u0256]/g;
/** Zero-width characters and the BOM: invisible, never meaningful in a name. */
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** NBSP and the other Unicode spaces, tabs and line breaks. */
const SPACE_RE = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Anything the replacements below would change, besides NFC: most cells have none. */
const NEEDS_CLEANING = /[\u00D0\u0189\u00F0\u0256\u200B-\u200D\u2060\uFEFF\u00AD\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]| {2}|^ | $/;

/** NFC, look-alike letters fixed, invisible characters removed, spaces collapsed, trimmed. */
export function cleanText(s: string): string {
  const nfc = s.normalize('NFC');
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  return nfc.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c]).replace(INVISIBLE_RE, '').replace(SPACE_RE, ' ').trim();
}

/** Typographic apostrophes (Word's autocorrect turns N'Drung into N’Drung) and the modifier letter. */
const APOSTROPHE_RE = /[\u2018\u2019\u02BC\u00B4\u0060]/g;
/**
 * "Hoà" and "Hòa", "Thuỷ" and "Thủy": the old and the new tone placement of one syllable ending
 * in oa, oe or uy (not after q: "quý" is the only spelling). The key takes the mark on the first vowel.
 */
const OLD_TONE_RE = /(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}])/gu;
const TONE_OF: Record<string, [string, string]> = {
  à: ['\u0300', 'a'], á: ['\u0301', 'a'], ả: ['\u0309', 'a'], ã: ['\u0303', 'a'], ạ: ['\u0323', 'a'],
  è: ['\u0300', 'e'], é: ['\u0301', 'e'], ẻ: ['\u0309', 'e'], ẽ: ['\u0303', 'e'], ẹ: ['\u0323', 'e'],
  ỳ: ['\u0300', 'y'], ý: ['\u0301', 'y'], ỷ: ['\u0309', 'y'], ỹ: ['\u0303', 'y'], ỵ: ['\u0323', 'y'],
};

/** Comparison key: cleaned and lower-cased, accents kept (Bình ≠ Binh), one tone placement, one apostrophe. */
export function matchKey(s: string): string {
  // Plain toLowerCase: Vietnamese has no locale-specific case rules, and it is much faster.
  const k = cleanText(s).toLowerCase();
  return k.replace(APOSTROPHE_RE, "'").replace(OLD_TONE_RE, (m, first: string, toned: string) => {
    const [mark, base] = TONE_OF[toned];
    // Only the pairs of one syllable: o + a / e, u + y.
    if ((first === 'o') === (base === 'y')) return m;
    return (first + mark).normalize('NFC') + base;
  });
}

/** Accent-blind key, for suggestions only ("did you mean …?"). */
export function foldKey(s: string): string {
  return matchKey(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
}
