// Comparison keys for names of criteria, sets and departments (not communes: their keys live in text/).
// Offices write the same name with old or new tone placement ("hoá"/"hóa", "Thuỷ"/"Thủy"),
// with "&" or "và", with any dash; these keys make those variants equal.
import { foldKey, matchKey, toneNormalize } from '../text/normalize';

export { toneNormalize };

/** Lower case, accents kept, "&" → "và", punctuation and dashes → spaces. */
export function nameKey(s: string): string {
  // matchKey already puts the tone on one vowel ("hoá" = "hóa").
  return matchKey(s)
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
