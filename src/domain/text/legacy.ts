// Legacy Vietnamese encodings (TCVN3/ABC and VNI-Windows) to Unicode.
// Old workbooks keep text typed in ".VnTime" (TCVN3) or "VNI-Times" (VNI) fonts: the cell holds
// Latin-1 characters that only look Vietnamese through that font ("Phßng" for "Phòng").
// Convert BEFORE cleanText: TCVN3 writes "ư" as U+00AD (soft hyphen), which cleanText removes.
import { isVietnameseSyllable } from './vi-syllable';

export type LegacyEncoding = 'tcvn3' | 'vni';

const SAC = '\u0301';
const HUYEN = '\u0300';
const HOI = '\u0309';
const NGA = '\u0303';
const NANG = '\u0323';

function compose(base: string, tone: string): string {
  return (base + tone).normalize('NFC');
}

// ---------------------------------------------------------------- TCVN3 (TCVN 5712:1993, VN3)

/** Per vowel, the TCVN3 characters for huyền, hỏi, ngã, sắc, nặng (that order). */
const TCVN3_TONED: [string, string][] = [
  ['a', '\u00B5\u00B6\u00B7\u00B8\u00B9'], // µ ¶ · ¸ ¹
  ['ă', '\u00BB\u00BC\u00BD\u00BE\u00C6'], // » ¼ ½ ¾ Æ
  ['â', '\u00C7\u00C8\u00C9\u00CA\u00CB'], // Ç È É Ê Ë
  ['e', '\u00CC\u00CE\u00CF\u00D0\u00D1'], // Ì Î Ï Ð Ñ
  ['ê', '\u00D2\u00D3\u00D4\u00D5\u00D6'], // Ò Ó Ô Õ Ö
  ['i', '\u00D7\u00D8\u00DC\u00DD\u00DE'], // × Ø Ü Ý Þ
  ['o', '\u00DF\u00E1\u00E2\u00E3\u00E4'], // ß á â ã ä
  ['ô', '\u00E5\u00E6\u00E7\u00E8\u00E9'], // å æ ç è é
  ['ơ', '\u00EA\u00EB\u00EC\u00ED\u00EE'], // ê ë ì í î
  ['u', '\u00EF\u00F1\u00F2\u00F3\u00F4'], // ï ñ ò ó ô
  ['ư', '\u00F5\u00F6\u00F7\u00F8\u00F9'], // õ ö ÷ ø ù
  ['y', '\u00FA\u00FB\u00FC\u00FD\u00FE'], // ú û ü ý þ
];
const TCVN3_TONE_ORDER = [HUYEN, HOI, NGA, SAC, NANG];

/** Toneless letters with their own code point; the only capitals TCVN3 has (others need an "H" font). */
const TCVN3_PLAIN: [string, string][] = [
  ['\u00A8', 'ă'], ['\u00A9', 'â'], ['\u00AA', 'ê'], ['\u00AB', 'ô'], ['\u00AC', 'ơ'], ['\u00AD', 'ư'], ['\u00AE', 'đ'],
  ['\u00A1', 'Ă'], ['\u00A2', 'Â'], ['\u00A3', 'Ê'], ['\u00A4', 'Ô'], ['\u00A5', 'Ơ'], ['\u00A6', 'Ư'], ['\u00A7', 'Đ'],
];

/** Indexed by char code (< 256): the Unicode letter, or undefined when the character stays. */
const TCVN3_TABLE: (string | undefined)[] = buildTcvn3Table();

function buildTcvn3Table(): (string | undefined)[] {
  const t: (string | undefined)[] = new Array(256).fill(undefined);
  for (const [base, chars] of TCVN3_TONED) {
    for (let i = 0; i < 5; i++) t[chars.charCodeAt(i)] = compose(base, TCVN3_TONE_ORDER[i]);
  }
  for (const [ch, letter] of TCVN3_PLAIN) t[ch.charCodeAt(0)] = letter;
  return t;
}

// ---------------------------------------------------------------- VNI-Windows

/** VNI tone suffixes in the order sắc, huyền, hỏi, ngã, nặng. */
const VNI_TONE_ORDER = [SAC, HUYEN, HOI, NGA, NANG];
const VNI_TONE_MARKS = ['\u00F9', '\u00F8', '\u00FB', '\u00F5', '\u00EF']; // ù ø û õ ï
/** Circumflex (â ê ô) without tone, then with each tone. */
const VNI_CIRC_MARKS = ['\u00E2', '\u00E1', '\u00E0', '\u00E5', '\u00E3', '\u00E4']; // â á à å ã ä
/** Breve (ă) without tone, then with each tone. */
const VNI_BREVE_MARKS = ['\u00EA', '\u00E9', '\u00E8', '\u00FA', '\u00FC', '\u00EB']; // ê é è ú ü ë

/** Two-character sequences (base + suffix) and single characters, both cases. */
const VNI_PAIRS = new Map<string, string>();
const VNI_SINGLES = new Map<string, string>();
buildVniTables();

function addVni(seq: string, letter: string): void {
  const lower = seq.toLowerCase();
  const upper = seq.toUpperCase();
  const ul = letter.toUpperCase();
  const target = seq.length === 1 ? VNI_SINGLES : VNI_PAIRS;
  target.set(lower, letter);
  target.set(upper, ul);
  if (seq.length === 2) {
    // Mixed case (caps lock typed half way): the base letter decides the case.
    target.set(lower[0] + upper[1], letter);
    target.set(upper[0] + lower[1], ul);
  }
}

function buildVniTables(): void {
  for (const base of ['a', 'e', 'o', 'u', 'y']) {
    for (let t = 0; t < 5; t++) addVni(base + VNI_TONE_MARKS[t], compose(base, VNI_TONE_ORDER[t]));
  }
  for (const base of ['a', 'e', 'o']) {
    addVni(base + VNI_CIRC_MARKS[0], compose(base, '\u0302'));
    for (let t = 0; t < 5; t++) addVni(base + VNI_CIRC_MARKS[t + 1], compose(base + '\u0302', VNI_TONE_ORDER[t]));
  }
  addVni('a' + VNI_BREVE_MARKS[0], 'ă');
  for (let t = 0; t < 5; t++) addVni('a' + VNI_BREVE_MARKS[t + 1], compose('a\u0306', VNI_TONE_ORDER[t]));
  // ơ is "ô" and ư is "ö" on their own; tones follow as with plain vowels.
  addVni('\u00F4', 'ơ');
  addVni('\u00F6', 'ư');
  for (let t = 0; t < 5; t++) {
    addVni('\u00F4' + VNI_TONE_MARKS[t], compose('ơ', VNI_TONE_ORDER[t]));
    addVni('\u00F6' + VNI_TONE_MARKS[t], compose('ư', VNI_TONE_ORDER[t]));
  }
  // i with a tone is one character: í ì æ ó ò; ỵ is the single "î".
  const iChars = ['\u00ED', '\u00EC', '\u00E6', '\u00F3', '\u00F2'];
  for (let t = 0; t < 5; t++) addVni(iChars[t], compose('i', VNI_TONE_ORDER[t]));
  addVni('\u00EE', 'ỵ');
  addVni('\u00F1', 'đ');
}

// ---------------------------------------------------------------- detection

/** Letters outside Latin-1 that only Unicode Vietnamese uses, and combining marks (NFD text). */
const UNICODE_VI_RE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300-\u036F]/;
const HIGH_LATIN1_RE = /[\u00A1-\u00FF]/;
const TOKEN_RE = /[A-Za-z\u00A1-\u00FF]+/g;
const LETTER_RE = /\p{L}/u;
/** Latin-1 letters that Unicode Vietnamese also uses: seeing them proves nothing. */
const SHARED_WITH_UNICODE = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');

const TCVN3_SIGNAL = new Set<string>();
for (let c = 0xa1; c < 256; c++) {
  const ch = String.fromCharCode(c);
  if (TCVN3_TABLE[c] && !SHARED_WITH_UNICODE.has(ch)) TCVN3_SIGNAL.add(ch);
}
const VNI_SIGNAL = new Set<string>();
for (const key of [...VNI_PAIRS.keys(), ...VNI_SINGLES.keys()]) {
  for (const ch of key) if (ch.charCodeAt(0) > 0x7f && !SHARED_WITH_UNICODE.has(ch)) VNI_SIGNAL.add(ch);
}
/** "aâ", "eâ", "oâ", "aê": never adjacent in Unicode Vietnamese, the VNI way to write â ê ô ă. */
const VNI_PAIR_SIGNAL_RE = /[aeoAEO][\u00E2\u00C2]|[aA][\u00EA\u00CA]/;

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** TCVN3 "H" fonts (".VnTimeH") draw every letter as a capital. */
  upper: boolean;
}

const TCVN3_FONT_RE = /^\s*\.vn/i;
const VNI_FONT_RE = /^\s*vni[-\s_]/i;

/** The legacy encoding a font name implies: ".VnTime", ".VnArialH" → TCVN3; "VNI-Times" → VNI. */
export function legacyFont(fontName: string | null | undefined): LegacyFont | null {
  if (!fontName) return null;
  if (TCVN3_FONT_RE.test(fontName)) return { encoding: 'tcvn3', upper: /H\s*$/.test(fontName) };
  if (VNI_FONT_RE.test(fontName)) return { encoding: 'vni', upper: false };
  return null;
}

/** Letters only Unicode writes ("ơ", "ạ", a combining tone): such text is never legacy (detectLegacy). */
export function hasUnicodeVietnamese(text: string): boolean {
  return UNICODE_VI_RE.test(text);
}

/**
 * Which legacy encoding `text` is in, or null for Unicode / plain ASCII.
 * A legacy font name decides unless the text holds Unicode-only Vietnamese letters;
 * without a font, a guess needs encoding-specific characters AND words that decode to real syllables.
 */
export function detectLegacy(text: string, fontName?: string): LegacyEncoding | null {
  if (!text || hasUnicodeVietnamese(text)) return null;
  const byFont = legacyFont(fontName);
  if (byFont) return byFont.encoding;
  if (!HIGH_LATIN1_RE.test(text)) return null;

  // Words with a non-ASCII character; a lone symbol ("©", "§") is not a word.
  const tokens = (text.match(TOKEN_RE) ?? []).filter((t) => HIGH_LATIN1_RE.test(t) && (t.length > 1 || LETTER_RE.test(t)));
  if (tokens.length === 0) return null;
  // Cheap check first: without encoding-specific characters there is nothing to decode-test.
  if (!tokens.some((t) => hasSignal(t, 'tcvn3') || hasSignal(t, 'vni'))) return null;
  const tcvn = scoreTokens(tokens, 'tcvn3');
  const vni = scoreTokens(tokens, 'vni');
  const ok = (s: Score) => s.signals > 0 && s.plausible / tokens.length >= 0.75;
  if (ok(tcvn) && (!ok(vni) || tcvn.plausible > vni.plausible || (tcvn.plausible === vni.plausible && tcvn.signals > vni.signals))) return 'tcvn3';
  if (ok(vni) && (!ok(tcvn) || vni.plausible > tcvn.plausible || vni.signals > tcvn.signals)) return 'vni';
  return null;
}

interface Score {
  signals: number;
  plausible: number;
}

function scoreTokens(tokens: string[], enc: LegacyEncoding): Score {
  let signals = 0;
  let plausible = 0;
  for (const tok of tokens) {
    if (hasSignal(tok, enc)) signals++;
    if (isVietnameseSyllable(convertLegacy(tok, enc))) plausible++;
  }
  return { signals, plausible };
}

function hasSignal(tok: string, enc: LegacyEncoding): boolean {
  const set = enc === 'tcvn3' ? TCVN3_SIGNAL : VNI_SIGNAL;
  for (const ch of tok) if (set.has(ch)) return true;
  return enc === 'vni' && VNI_PAIR_SIGNAL_RE.test(tok);
}

// ---------------------------------------------------------------- conversion

/** Decode legacy text to Unicode (NFC). `upper` renders a TCVN3 "H" font's capitals. */
export function convertLegacy(text: string, enc: LegacyEncoding, opts?: { upper?: boolean }): string {
  const out = enc === 'tcvn3' ? convertTcvn3(text) : convertVni(text);
  return opts?.upper ? out.toLocaleUpperCase('vi') : out;
}

function convertTcvn3(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const mapped = c < 256 ? TCVN3_TABLE[c] : undefined;
    out += mapped ?? text[i];
  }
  return out;
}

function convertVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pair = i + 1 < text.length ? VNI_PAIRS.get(text.substr(i, 2)) : undefined;
    if (pair) {
      out += pair;
      i += 2;
      continue;
    }
    out += VNI_SINGLES.get(text[i]) ?? text[i];
    i++;
  }
  return out;
}

/** Detect and convert in one step; `encoding` says what was converted (null: text unchanged). */
export function toUnicode(text: string, fontName?: string): { text: string; encoding: LegacyEncoding | null } {
  const enc = detectLegacy(text, fontName);
  if (!enc) return { text, encoding: null };
  const font = legacyFont(fontName);
  const upper = font?.encoding === enc && font.upper;
  return { text: convertLegacy(text, enc, { upper }), encoding: enc };
}
