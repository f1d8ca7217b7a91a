// Is a word shaped like one Vietnamese syllable? Used to confirm a legacy-encoding guess:
// text decoded with the right table gives real syllables, the wrong table gives garbage.

/** Tone marks (huyền, sắc, hỏi, ngã, nặng) after NFD; vowel-shape marks (â ă ơ) are kept. */
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
/** Vowel nuclei incl. glides, longest first so alternation prefers them. */
const NUCLEI = [
  'uyê', 'uyu', 'uya', 'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo', 'ôô',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE_RE = new RegExp(`^${ONSET}(?:${NUCLEI.join('|')})${CODA}$`);

/** True when `word` (any case, NFC or NFD) is a plausible Vietnamese syllable with at most one tone. */
export function isVietnameseSyllable(word: string): boolean {
  const d = word.toLocaleLowerCase('vi').normalize('NFD');
  const tones = d.match(TONE_RE);
  if (tones && tones.length > 1) return false;
  return SYLLABLE_RE.test(d.replace(TONE_RE, '').normalize('NFC'));
}
