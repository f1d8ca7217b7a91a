// Which commune meets which indicator and criterion, from the status entries.
// A criterion is met only when all its indicators are; a criterion-level status stands for
// its indicators when they have no status of their own.
import type { CatalogIndex } from '../criteria/catalog';
import { criterionOf } from '../criteria/catalog';
import type { StatusEntry } from '../model/program';
import type { CriteriaSet } from '../criteria/schema';

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
  // setId → communeKey → code → entry; nested maps avoid building a string key per status.
  const bySet = new Map<string, Map<string, Map<string, StatusEntry>>>();
  const canonical = new Map<string, Map<string, string>>();
  for (const s of statuses) {
    let communes = bySet.get(s.setId);
    if (!communes) bySet.set(s.setId, (communes = new Map()));
    let m = communes.get(s.communeKey);
    if (!m) communes.set(s.communeKey, (m = new Map()));
    let canon = canonical.get(s.setId);
    if (!canon) canonical.set(s.setId, (canon = new Map()));
    let code = canon.get(s.code);
    if (code === undefined) canon.set(s.code, (code = canonicalCode(catalog, s.setId, s.code)));
    const prev = m.get(code);
    // Several qualified rows for one code: any unmet row makes the code unmet.
    if (!prev || (prev.achieved !== false && s.achieved === false)) m.set(code, s);
  }
  const layouts = new Map<string, SetLayout>();
  const out: Evaluation = new Map();
  for (const { communeKey, setId } of pairs) {
    const k = evaluationKey(communeKey, setId);
    if (out.has(k)) continue;
    const set = catalog.getSet(setId);
    if (!set) continue;
    let layout = layouts.get(setId);
    if (!layout) layouts.set(setId, (layout = setLayout(set)));
    const entries = bySet.get(setId)?.get(communeKey) ?? EMPTY;
    // Codes the catalog does not list (open sets and criteria) join the set's own.
    let criterionCodes = layout.criterionCodes;
    let extraIndicators: Map<string, string[]> | undefined;
    for (const code of entries.keys()) {
      // Codes the set lists (nearly all of them) need no further look.
      if (layout.known.has(code) || layout.indicatorCodes.has(code)) continue;
      const cCode = criterionOf(code);
      if (!layout.indicatorCodes.has(cCode)) {
        if (criterionCodes === layout.criterionCodes) criterionCodes = [...criterionCodes];
        if (!criterionCodes.includes(cCode)) criterionCodes.push(cCode);
      }
      if (code.includes('.') && !layout.known.has(code)) {
        extraIndicators ??= new Map();
        extraIndicators.set(cCode, [...(extraIndicators.get(cCode) ?? []), code]);
      }
    }
    if (criterionCodes !== layout.criterionCodes) criterionCodes.sort(compareNatural);
    const criteria: CriterionResult[] = [];
    for (const cCode of criterionCodes) {
      let codes = layout.indicatorCodes.get(cCode) ?? [];
      const extra = extraIndicators?.get(cCode);
      if (extra) codes = [...new Set([...codes, ...extra])].sort(compareNatural);
      const criterionEntry = entries.get(cCode);
      let own = 0;
      let allHaveEntry = codes.length > 0;
      let anyUnmet = false;
      let allMet = codes.length > 0;
      const indicators: IndicatorResult[] = new Array(codes.length);
      for (let i = 0; i < codes.length; i++) {
        const code = codes[i];
        const entry = code === cCode ? criterionEntry : entries.get(code);
        let achieved: boolean | undefined;
        if (entry) {
          achieved = entry.achieved;
          if (code !== cCode) own++;
          indicators[i] = { code, achieved, entry };
        } else {
          allHaveEntry = false;
          // Only a met criterion tells us each indicator is met.
          achieved = criterionEntry?.achieved === true ? true : undefined;
          // Results without an entry are the same for every commune: shared, never copied.
          indicators[i] = blankResult(layout, code, achieved);
        }
        if (achieved === false) anyUnmet = true;
        if (achieved !== true) allMet = false;
      }
      let achieved: boolean | undefined;
      if (own > 0 || allHaveEntry) {
        if (anyUnmet) achieved = false;
        else if (allMet) achieved = true;
        else achieved = criterionEntry?.achieved === false ? false : undefined;
      } else {
        achieved = criterionEntry?.achieved;
      }
      if (!layout.indicatorCodes.has(cCode) && !criterionEntry && own === 0) continue;
      criteria.push({ code: cCode, achieved, indicators, criterionEntry });
    }
    out.set(k, { communeKey, setId, criteria });
  }
  return out;
}

const EMPTY = new Map<string, StatusEntry>();

/** A set's criteria and indicator codes in natural order, computed once per set. */
interface SetLayout {
  criterionCodes: string[];
  indicatorCodes: Map<string, string[]>;
  known: Set<string>;
  /** Read-only results for an indicator with no entry: [not known, met through its criterion]. */
  blanks: Map<string, [IndicatorResult, IndicatorResult]>;
}

function blankResult(layout: SetLayout, code: string, achieved: true | undefined): IndicatorResult {
  let pair = layout.blanks.get(code);
  if (!pair) layout.blanks.set(code, (pair = [{ code, achieved: undefined }, { code, achieved: true }]));
  return pair[achieved ? 1 : 0];
}

function setLayout(set: CriteriaSet): SetLayout {
  const criterionCodes = set.criteria.map((c) => c.code).sort(compareNatural);
  const indicatorCodes = new Map(set.criteria.map((c) => [c.code, c.indicators.map((i) => i.code).sort(compareNatural)]));
  const known = new Set(set.criteria.flatMap((c) => c.indicators.map((i) => i.code)));
  return { criterionCodes, indicatorCodes, known, blanks: new Map() };
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
