// Passes over every status that checkWorkbook needs (a national table has 470,000 of them). They
// live in functions of their own: a loop inside checkWorkbook runs unoptimized until the whole of
// that long function is compiled, which a run that calls it once rarely waits for.
import type { StatusEntry } from '../model/program';

/** xs.filter(keep), `keep` called once per item in order; xs itself when every item is kept
 * (a national table's 470,000 statuses are not copied for nothing). */
export function filterOrSame<T>(xs: T[], keep: (x: T) => boolean): T[] {
  for (let i = 0; i < xs.length; i++) {
    if (keep(xs[i])) continue;
    const out = xs.slice(0, i);
    for (let j = i + 1; j < xs.length; j++) if (keep(xs[j])) out.push(xs[j]);
    return out;
  }
  return xs;
}

/** Per set, its statuses' communes in first-seen order, and the sheet of its first status (one pass). */
export function communesOfStatuses(statuses: StatusEntry[]): { communes: Map<string, Set<string>>; firstSheet: Map<string, string> } {
  const communes = new Map<string, Set<string>>();
  const firstSheet = new Map<string, string>();
  // The statuses come in runs of one set: its Set is looked up once per run.
  let runSet: string | undefined;
  let runKeys: Set<string> | undefined;
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i];
    if (s.setId !== runSet || !runKeys) {
      runSet = s.setId;
      runKeys = communes.get(s.setId);
      if (!runKeys) communes.set(s.setId, (runKeys = new Set()));
      if (!firstSheet.has(s.setId)) firstSheet.set(s.setId, s.source.sheet);
    }
    runKeys.add(s.communeKey);
  }
  return { communes, firstSheet };
}
