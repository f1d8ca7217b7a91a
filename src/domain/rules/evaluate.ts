// Which commune meets which indicator and criterion, from the status entries.
// A criterion is met only when all its indicators are; a criterion-level status stands for
// its indicators when they have no status of their own.
import type { CatalogIndex } from '../criteria/catalog';
import { criterionOf } from '../criteria/catalog';
import type { StatusEntry } from '../model/program';

export interface IndicatorResult {
  code: string;
  achieved?: boolean;
  entry?: StatusEntry;
}

export interface CriterionResult {
  code: string;
  /** true: all indicators met; false: one is not; undefined: not known. */
  achieved?: boolean;
  indicators: IndicatorResult[];
  criterionEntry?: StatusEntry;
}

export interface CommuneSetResult {
  communeKey: string;
  setId: string;
  criteria: CriterionResult[];
}

/** Results keyed "communeKey|setId". */
export type Evaluation = Map<string, CommuneSetResult>;

export function evaluationKey(communeKey: string, setId: string): string {
  return `${communeKey}|${setId}`;
}

export function evaluate(catalog: CatalogIndex, statuses: StatusEntry[], pairs: { communeKey: string; setId: string }[]): Evaluation {
  const byPair = new Map<string, Map<string, StatusEntry>>();
  for (const s of statuses) {
    const k = evaluationKey(s.communeKey, s.setId);
    let m = byPair.get(k);
    if (!m) byPair.set(k, (m = new Map()));
    const code = canonicalCode(catalog, s.setId, s.code);
    const prev = m.get(code);
    // Several qualified rows for one code: any unmet row makes the code unmet.
    if (!prev || (prev.achieved !== false && s.achieved === false)) m.set(code, s);
  }
  const out: Evaluation = new Map();
  for (const { communeKey, setId } of pairs) {
    const k = evaluationKey(communeKey, setId);
    if (out.has(k)) continue;
    const set = catalog.getSet(setId);
    if (!set) continue;
    const entries = byPair.get(k) ?? new Map<string, StatusEntry>();
    const criteria: CriterionResult[] = [];
    const criterionCodes = new Set(set.criteria.map((c) => c.code));
    for (const code of entries.keys()) criterionCodes.add(criterionOf(code));
    for (const cCode of [...criterionCodes].sort(compareNatural)) {
      const criterion = set.criteria.find((c) => c.code === cCode);
      const indicatorCodes = new Set(criterion?.indicators.map((i) => i.code) ?? []);
      for (const code of entries.keys()) if (code.includes('.') && criterionOf(code) === cCode) indicatorCodes.add(code);
      const criterionEntry = entries.get(cCode);
      const indicators: IndicatorResult[] = [...indicatorCodes].sort(compareNatural).map((code) => {
        const entry = code === cCode ? criterionEntry : entries.get(code);
        if (entry) return { code, achieved: entry.achieved, entry };
        // Only a met criterion tells us each indicator is met.
        return { code, achieved: criterionEntry?.achieved === true ? true : undefined };
      });
      let achieved: boolean | undefined;
      const own = indicators.filter((i) => i.entry && i.code !== cCode);
      if (own.length > 0 || (indicators.length > 0 && indicators.every((i) => i.entry))) {
        if (indicators.some((i) => i.achieved === false)) achieved = false;
        else if (indicators.every((i) => i.achieved === true)) achieved = true;
        else achieved = criterionEntry?.achieved === false ? false : undefined;
      } else {
        achieved = criterionEntry?.achieved;
      }
      if (!criterion && !criterionEntry && own.length === 0) continue;
      criteria.push({ code: cCode, achieved, indicators, criterionEntry });
    }
    out.set(k, { communeKey, setId, criteria });
  }
  return out;
}

/** The catalog's code for an alias ("5.1" → "5" in xa-ntm-2021). */
export function canonicalCode(catalog: CatalogIndex, setId: string, code: string): string {
  if (!code.includes('.')) return code;
  return catalog.findIndicator(setId, code)?.indicator.code ?? code;
}

export function compareNatural(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}
