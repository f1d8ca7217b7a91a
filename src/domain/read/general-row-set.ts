// A general row on a row for two sets ("Xã NTM và xã NTM nâng cao") is narrowed in each set:
// its findings share one cell, so each says which set it is about.
import { setNameEn } from '../criteria/set-names-en';
import type { GeneralRow } from './general-rows';
import type { ReadContext } from './read-context';

export interface SetWords {
  vi: string;
  en: string;
  /** Added to the finding's key hint, so the two sets' findings are ignored apart. */
  key: string;
}

const NONE: SetWords = { vi: '', en: '', key: '' };

/** " của Xã NTM nâng cao" when the general row's cell serves another set too; nothing otherwise. */
export function sharedRowSet(ctx: ReadContext, g: GeneralRow, generals: GeneralRow[]): SetWords {
  const a = g.row;
  if (!generals.some((o) => o.row.source === a.source && o.row.setId !== a.setId)) return NONE;
  const set = ctx.catalog.getSet(a.setId);
  return { vi: ` của ${set?.shortName ?? a.setId}`, en: ` of ${set ? setNameEn(set) : a.setId}`, key: `:${a.setId}` };
}
