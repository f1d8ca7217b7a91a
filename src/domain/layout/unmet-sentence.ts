// The sentence district reports use for a criterion's laggards (seed 000):
// "Có 11 xã chưa đạt, gồm: Phước Hưng, Tân Sơn, …". The number is the list's length,
// so the count can never disagree with the names.
import { labels } from './labels';
import type { Lang } from './types';

/** "" when every commune meets it. `town`: the set counts towns ("Có 1 thị trấn chưa đạt"). */
export function unmetSentence(names: readonly string[], lang: Lang = 'vi', town = false): string {
  if (names.length === 0) return '';
  return labels(lang).unmetSentence(names.length, names.join(', '), town);
}
