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

/** Per set, its statuses' communes in first-seen order. */
export function communesOfStatuses(statuses: StatusEntry[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // The statuses come in runs of one set: its Set is looked up once per run.
  let runSet: string | undefined;
  let runKeys: Set<string> | undefined;
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i];
    if (s.setId !== runSet || !runKeys) {
      runSet = s.setId;
      runKeys = out.get(s.setId);
      if (!runKeys) out.set(s.setId, (runKeys = new Set()));
    }
    runKeys.add(s.communeKey);
  }
  return out;
}

/** The sheet of each set's first status. */
export function firstSheetOfSets(statuses: StatusEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i];
    if (s.setId !== statuses[i - 1]?.setId && !out.has(s.setId)) out.set(s.setId, s.source.sheet);
  }
  return out;
}
