// The sentence district reports use for a criterion's laggards (seed 000):
// "Có 11 xã chưa đạt, gồm: Phước Hưng, Tân Sơn, …". The number is the list's length,
// so the count can never disagree with the names.
import type { DeadlineState } from '../summary/types';
import { labels, stateLabel } from './labels';
import type { Lang } from './types';

/** "" when every commune meets it. `town`: the set counts towns ("Có 1 thị trấn chưa đạt"). */
export function unmetSentence(names: readonly string[], lang: Lang = 'vi', town = false): string {
  if (names.length === 0) return '';
  return labels(lang).unmetSentence(names.length, names.join(', '), town);
}

/** "Có 4 xã chưa đạt, trong đó quá hạn 1 (Thái Cường); sắp đến hạn 3 (…)": an item whose
 * communes are not all in its state (a status row's own deadline) says each one's. */
export function unmetByStateSentence(groups: readonly { state: DeadlineState; communes: readonly string[] }[], lang: Lang = 'vi', town = false): string {
  const L = labels(lang);
  const n = groups.reduce((s, g) => s + g.communes.length, 0);
  const parts = groups.map((g) => {
    const word = stateLabel(g.state, lang);
    return L.unmetStateGroup(word.charAt(0).toLocaleLowerCase(lang) + word.slice(1), g.communes.length, g.communes.join(', '));
  });
  return L.unmetByStateSentence(n, parts.join('; '), town);
}
