// The district set's precondition, said as a program finding when the status data does not meet
// it: a district cannot be recognised before every xã meets the commune set (QĐ 320/QĐ-TTg).
import type { CommuneRow, DistrictCondition } from '../summary/types';
import type { FindingSink } from './finding-sink';
import { nameList } from '../text/name-list';

/** One info finding per condition not met; `sheetOf`: where the district's own statuses are;
 * `communes`: the summary's rows, whose keys the conditions' display names are mapped back to. */
export function districtConditionFindings(sink: FindingSink, conditions: DistrictCondition[], setName: (id: string) => string, sheetOf: (setId: string) => string | undefined, communes: CommuneRow[]): void {
  // The condition lists xã by display name (as the JSON summary shows them); the pane's commune
  // filter needs their keys. One xã has one display name, whatever set its row is on.
  const keyOf = new Map<string, string>();
  for (const r of communes) if (r.communeKey.startsWith('xa:') && !keyOf.has(r.display)) keyOf.set(r.display, r.communeKey);
  for (const c of conditions) {
    if (c.met) continue;
    const total = c.full.length + c.notFull.length + c.noData.length;
    const commune = setName(c.communeSetId);
    const vi = [`${setName(c.setId)} chưa đủ điều kiện "${c.text}": theo số liệu hiện trạng, ${c.full.length}/${total} xã đạt đủ các tiêu chí ${commune}`];
    const en = [`${setName(c.setId)}: the condition "${c.text}" is not met yet: by the status data, ${c.full.length} of ${total} communes meet every criterion of ${commune}`];
    if (c.notFull.length) {
      vi.push(`${c.notFull.length} xã chưa đạt: ${nameList(c.notFull, 'vi')}`);
      en.push(`${c.notFull.length} do not: ${nameList(c.notFull, 'en')}`);
    }
    if (c.noData.length) {
      vi.push(`${c.noData.length} xã chưa có số liệu: ${nameList(c.noData, 'vi')}`);
      en.push(`${c.noData.length} have no status: ${nameList(c.noData, 'en')}`);
    }
    const sheet = sheetOf(c.setId);
    sink.add('district.condition-unmet', 'info', sheet ? { sheet, cell: 'A1' } : undefined, { vi: `${vi.join('; ')}.`, en: `${en.join('; ')}.` }, {
      setId: c.setId,
      // The xã holding the condition back, as the text names them.
      communes: [...c.notFull, ...c.noData].map((d) => keyOf.get(d)).filter((k): k is string => k !== undefined),
      expected: `${total}/${total}`,
      keyHint: 'condition',
    });
  }
}
