// Comparison keys for names of criteria, sets and departments (not communes: their keys live in text/).
// Offices write the same name with old or new tone placement ("hoá"/"hóa", "Thuỷ"/"Thủy"),
// with "&" or "và", with any dash; these keys make those variants equal.
import { foldKey, matchKey } from '../text/normalize';

const TONES = '\u0300\u0301\u0303\u0309\u0323';
// Old style puts the tone on the second vowel of an open "oa/oe/uy" syllable; new style on the first.
const OA_OE = new RegExp(`([oO])([aAeE])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');
const UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');

/** Moves old-style tone marks to the new-style vowel: "hoá" → "hóa", "thuỷ" → "thủy". */
export function toneNormalize(s: string): string {
  return s.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}

/** Lower case, accents kept, "&" → "và", punctuation and dashes → spaces. */
export function nameKey(s: string): string {
  return toneNormalize(matchKey(s))
    .replace(/&/g, ' và ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Accent-blind nameKey, for suggestions and for names that cannot collide. */
export function nameFold(s: string): string {
  return foldKey(nameKey(s));
}

/** Levenshtein distance (small strings only). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}
