// How a criterion, indicator or district content is named in a table cell:
// "Tiêu chí 11: Nghèo đa chiều", "Chỉ tiêu 17.10: An toàn thực phẩm (ngành Y tế)", "Nội dung 5.2: …".
import { labels } from './labels';
import { isPlaceholderName } from '../criteria/placeholder-name';
import type { Lang } from './types';

/** `contents`: the set's items are "nội dung" (district and town sets: seed 000 "Nội dung 5.2", "Nội dung 3.2, 8.2, 8.4"). */
export function itemLabel(code: string, name: string, opts: { contents?: boolean; qualifier?: string; lang: Lang }): string {
  const L = labels(opts.lang);
  const word = opts.contents && code.includes('.') ? L.contentWord : code.includes('.') ? L.indicatorWord : L.criterionWord;
  const head = name && !isPlaceholderName(code, name) ? `${word} ${code}: ${name}` : `${word} ${code}`;
  return opts.qualifier ? `${head} (${opts.qualifier})` : head;
}
