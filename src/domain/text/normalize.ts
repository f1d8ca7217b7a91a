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
const TONES = '\u0300\u0301\u0303\u0309\u0323';
// Old style puts the tone on the second vowel of an open "oa/oe/uy" syllable; new style on the first.
const OA_OE = new RegExp(`([oO])([aAeE])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');
const UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');
/** A toned a / e / y right after o / u: the only text the tone move can change. */
const OLD_TONE_HINT = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/u;

/** Moves old-style tone marks to the new-style vowel: "hoá" → "hóa", "thuỷ" → "thủy" ("quý" stays). */
export function toneNormalize(s: string): string {
  if (!OLD_TONE_HINT.test(s)) return s;
  return s.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}

/** "Đăk" and "Đắk" (Đăk Song / Đắk Song, seed 003): one Central Highlands word written both ways. */
const DAK_RE = /(?<![\p{L}])đăk(?![\p{L}])/gu;

/** Comparison key: cleaned and lower-cased, accents kept (Bình ≠ Binh), one tone placement, one apostrophe. */
export function matchKey(s: string): string {
  // Plain toLowerCase: Vietnamese has no locale-specific case rules, and it is much faster.
  const k = toneNormalize(cleanText(s).toLowerCase()).replace(APOSTROPHE_RE, "'");
  return k.includes('đăk') ? k.replace(DAK_RE, 'đắk') : k;
}

/** Accent-blind key, for suggestions only ("did you mean …?"). */
export function foldKey(s: string): string {
  return matchKey(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
}
