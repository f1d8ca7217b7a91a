// "Tất cả các tiêu chí" beside rows naming criteria reads as help for everything (seed 003 IV.1:
// the communes' committees), yet it leads each code no other row names. A code left out by a
// slip ("Tiêu chí số 12 về Hộ nghèo" typed for 11) then gets that row's departments as its lead,
// and its deadline, without anything said: said here. "Các tiêu chí còn lại" means exactly that.
import type { Assignment } from '../model/program';
import type { GeneralRow } from './general-rows';
import type { ReadContext } from './read-context';
import { sharedRowSet } from './general-row-set';

/**
 * One warning per "Tất cả" row that is the only lead of some codes, listing them. The codes stay
 * led by it (the plan does say all criteria): the summaries keep their figures, this says why.
 * `before`: the rows as read; `after`: narrowed and split, the parts of each row sharing its source.
 */
export function reportGeneralOnlyLead(ctx: ReadContext, before: Assignment[], after: Assignment[], generals: GeneralRow[]): void {
  const general = new Set(generals.filter((g) => g.kind !== 'criterion-remaining').map((g) => g.row.source));
  for (const g of generals) {
    if (g.kind !== 'all') continue;
    const a = g.row;
    // Alone in its set, the row is the plan: nothing was left to it by a slip.
    if (!before.some((b) => b.setId === a.setId && !general.has(b.source) && b.codes.length)) continue;
    const codes: string[] = [];
    const partly = new Set<string>();
    for (const x of after) {
      if (x.source !== a.source || x.setId !== a.setId || x.supportOnly || !x.leads.length) continue;
      // A code another row names for some communes: led by this row in the other communes only.
      const some = !!x.except !== !!a.except || x.communes.length !== a.communes.length;
      for (const c of x.codes) {
        if (!codes.includes(c.code)) codes.push(c.code);
        if (some) partly.add(c.code);
      }
    }
    if (!codes.length) continue;
    const list = (some: string) => codes.map((c) => (partly.has(c) ? `${c} (${some})` : c)).join(', ');
    const of = sharedRowSet(ctx, g, generals);
    ctx.sink.add('assign.general-only-lead', 'warning', g.at, {
      vi: `"${g.text}"${of.vi}: không dòng nào khác phân công ${list('ở một số xã')}, nên cơ quan chủ trì của dòng này là cơ quan chủ trì duy nhất của các mã đó, xét theo thời hạn của dòng này. Nếu không phải vậy, ghi cơ quan chủ trì cho các mã này; nếu dòng này là để chủ trì các tiêu chí không có dòng riêng, ghi "Các tiêu chí còn lại".`,
      en: `"${g.text}"${of.en}: no other row assigns ${list('in some communes')}, so this row's lead is their only lead, judged by this row's deadline. If that is not meant, name a lead department for these codes; if the row is meant to lead the criteria without a row of their own, write "Các tiêu chí còn lại".`,
    }, {
      setId: a.setId,
      indicator: codes.join(','),
      department: a.leads[0],
      found: g.text,
      expected: 'Cơ quan chủ trì',
      suggestion: `Ghi cơ quan chủ trì cho ${codes.join(', ')}, hoặc ghi "Các tiêu chí còn lại"`,
    });
  }
}
