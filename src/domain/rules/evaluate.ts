// Which commune meets which indicator and criterion, from the status entries.
// A criterion is met only when all its indicators are; a criterion-level status stands for
// its indicators when they have no status of their own.
import type { CatalogIndex } from '../criteria/catalog';
import { criterionOf } from '../criteria/catalog';
import type { StatusEntry } from '../model/program';
import type { CriteriaSet } from '../criteria/schema';
import { writtenVerdict } from './as-of-verdicts';
import { CellStatus } from '../model/cell-status';

/** An indicator's result for a commune. A read status (CellStatus) under the catalog's own code is
 * its own result: a national matrix's 470,000 need no object each. */
export interface IndicatorResult {
  readonly code: string;
  readonly achieved?: boolean;
  readonly entry?: StatusEntry;
}

export interface CriterionResult {
  code: string;
  /** true: all indicators met; false: one is not; undefined: not known. */
  achieved?: boolean;
  indicators: IndicatorResult[];
  criterionEntry?: StatusEntry;
  /** Bit k set: indicators[k] is not met. Only for up to BITS_LIMIT indicators (else undefined).
   * Set by evaluate, where the verdicts are at hand: the unmet marks then read only the statuses
   * they mark, not every indicator's (in a national table each status read is a cache miss). */
  unmetBits?: number;
}

/** Indicators past this many have no bit in CriterionResult.unmetBits. */
const BITS_LIMIT = 30;

/** Whether indicators[k] is not met: from the criterion's bits when it has them, without reading the indicator. */
export function indicatorUnmet(c: CriterionResult, k: number): boolean {
  return c.unmetBits !== undefined ? (c.unmetBits & (1 << k)) !== 0 : c.indicators[k].achieved === false;
}

export interface CommuneSetResult {
  communeKey: string;
  setId: string;
  criteria: CriterionResult[];
  /** Some status of the commune carries a date (a deadline or a date met). False lets the
   * deadline checks judge it without reading its statuses again: a national table's are
   * scattered over 64 MB, and each read is a cache miss. */
  dated: boolean;
  /** Counted while the results are built, where every verdict is at hand (the summary and the
   * missing-status check need not read the 470,000 indicator results of a national table again):
   * indicators met, indicators not known under a criterion that is, and indicators with no status
   * under a criterion with no status of its own. */
  counts: IndicatorCounts;
}

export interface IndicatorCounts {
  met: number;
  unknown: number;
  missing: number;
}

/** Results keyed "communeKey|setId". */
export type Evaluation = Map<string, CommuneSetResult>;

export function evaluationKey(communeKey: string, setId: string): string {
  return `${communeKey}|${setId}`;
}

/**
 * `conflicts` collects pairs of rows that give one commune and code (same qualifier) opposite
 * verdicts, e.g. Đạt in the matrix and Chưa đạt in a per-commune sheet: the unmet one counts.
 *
 * The work per status and per commune is done in small functions: called hundreds of thousands
 * of times, they are optimized within the first run, while a loop in a function called once per
 * run waits for on-stack replacement each time.
 */
export function evaluate(catalog: CatalogIndex, statuses: StatusEntry[], pairs: { communeKey: string; setId: string }[], conflicts?: [StatusEntry, StatusEntry][]): Evaluation {
  // Per set, each code the catalog lists has a slot: a commune's entries are an array indexed by
  // slot (no string key per status); codes the catalog does not list go to a small map.
  const indexes = new Map<string, SetIndex | null>();
  const communesOf = new Map<string, string[]>();
  // Indexed loops over the communes: a for-of allocates an iterator result per step until the loop is optimized.
  for (let n = 0; n < pairs.length; n++) {
    const { communeKey, setId } = pairs[n];
    let keys = communesOf.get(setId);
    if (!keys) communesOf.set(setId, (keys = []));
    keys.push(communeKey);
  }
  const indexFor = (setId: string): SetIndex | null => {
    let ix = indexes.get(setId);
    if (ix === undefined) {
      const set = catalog.getSet(setId);
      indexes.set(setId, (ix = set ? setIndex(set, communesOf.get(setId) ?? []) : null));
    }
    return ix;
  };
  // A matrix row gives one set and code to many communes in a row: the last ones are reused.
  let lastSetId: string | undefined;
  let lastIx: SetIndex | null = null;
  let lastCode: string | undefined;
  let lastSlot = -1;
  for (let n = 0; n < statuses.length; n++) {
    const s = statuses[n];
    if (s.setId !== lastSetId) {
      lastSetId = s.setId;
      lastIx = indexFor(s.setId);
      lastCode = undefined;
    }
    if (!lastIx) continue;
    if (s.code !== lastCode) {
      lastCode = s.code;
      lastSlot = slotOfWritten(catalog, lastIx, s);
    }
    if (lastSlot >= 0) placeInSlot(lastIx, s, lastSlot, conflicts);
    else placeExtra(lastIx, s, conflicts);
  }
  const out: Evaluation = new Map();
  for (let n = 0; n < pairs.length; n++) {
    const { communeKey, setId } = pairs[n];
    const k = evaluationKey(communeKey, setId);
    if (out.has(k)) continue;
    const ix = indexFor(setId);
    if (!ix) continue;
    const counts: IndicatorCounts = { met: 0, unknown: 0, missing: 0 };
    const base = ix.base.get(communeKey);
    const criteria = base === undefined ? communeCriteria(ix, NO_SLOTS, 0, ix.extras.get(communeKey), counts) : communeCriteria(ix, ix.slots, base, ix.extras.get(communeKey), counts);
    out.set(k, { communeKey, setId, criteria, dated: ix.dated.has(communeKey), counts });
  }
  return out;
}

/** The slot of a status's code as written ("17.08", an alias), or -1 when the set does not list it. */
function slotOfWritten(catalog: CatalogIndex, ix: SetIndex, s: StatusEntry): number {
  let slot = ix.slotOfWritten.get(s.code);
  if (slot === undefined) {
    const canon = canonicalCode(catalog, s.setId, s.code);
    slot = ix.layout.slotOf.get(canon) ?? -1;
    ix.slotOfWritten.set(s.code, slot);
    if (slot < 0) ix.canonOfWritten.set(s.code, canon);
    // An alias ("5.1" for 5): its statuses are not results under the catalog's code.
    else if (canon !== s.code) ix.selfResults = false;
  }
  return slot;
}

/** Several qualified rows for one code: any unmet row makes the code unmet. */
function placeInSlot(ix: SetIndex, s: StatusEntry, slot: number, conflicts: [StatusEntry, StatusEntry][] | undefined): void {
  if (!(s instanceof CellStatus)) ix.selfResults = false;
  if (s.expected || s.achievedOn) ix.dated.add(s.communeKey);
  const base = baseOf(ix, s);
  const { entries, verdicts } = ix.slots;
  const prev = entries[base + slot];
  if (prev !== undefined && conflicts && opposite(prev, s)) conflicts.push([prev, s]);
  if (prev === undefined || preferred(prev, s)) {
    entries[base + slot] = s;
    verdicts[base + slot] = verdictCode(s.achieved);
  }
}

/**
 * Where the status's commune's slots begin. A matrix gives each commune a column of its sheet and
 * is read row by row: the commune last seen in the status's column is tried first, without the
 * look-up by key each of a national table's 470,000 statuses would otherwise take.
 */
function baseOf(ix: SetIndex, s: StatusEntry): number {
  if (!(s instanceof CellStatus)) return ix.base.get(s.communeKey) ?? addCommune(ix, s.communeKey);
  const col = s.col;
  if (ix.columnKeys[col] === s.communeKey) return ix.columnBases[col];
  const base = ix.base.get(s.communeKey) ?? addCommune(ix, s.communeKey);
  ix.columnKeys[col] = s.communeKey;
  ix.columnBases[col] = base;
  return base;
}

/** Slots for a commune the pairs did not name (none in a check: every status's commune is one). */
function addCommune(ix: SetIndex, communeKey: string): number {
  const slots = ix.slots;
  const base = slots.entries.length;
  const width = ix.layout.slotOf.size;
  ix.base.set(communeKey, base);
  for (let k = 0; k < width; k++) slots.entries.push(undefined);
  if (slots.verdicts.length < base + width) {
    const grown = new Int8Array(Math.max(2 * slots.verdicts.length, base + width));
    grown.set(slots.verdicts);
    slots.verdicts = grown;
  }
  return base;
}

function placeExtra(ix: SetIndex, s: StatusEntry, conflicts: [StatusEntry, StatusEntry][] | undefined): void {
  if (s.expected || s.achievedOn) ix.dated.add(s.communeKey);
  const code = ix.canonOfWritten.get(s.code)!;
  let m = ix.extras.get(s.communeKey);
  if (!m) ix.extras.set(s.communeKey, (m = new Map()));
  const prev = m.get(code);
  if (prev && conflicts && opposite(prev, s)) conflicts.push([prev, s]);
  if (!prev || preferred(prev, s)) m.set(code, s);
}

/** A commune's criteria results. Codes the catalog does not list (open sets and criteria) join the set's own. */
function communeCriteria(ix: SetIndex, slots: CommuneSlots, base: number, extras: Map<string, StatusEntry> | undefined, counts: IndicatorCounts): CriterionResult[] {
  const layout = ix.layout;
  const plans = extras ? plansWithExtras(layout, extras) : layout.plans;
  const criteria: CriterionResult[] = [];
  for (let p = 0; p < plans.length; p++) {
    const c = criterionResult(layout, plans[p], slots, base, extras, ix.selfResults, counts);
    if (c) criteria.push(c);
  }
  return criteria;
}

/** A criterion is met when all its indicators are; its own status stands for indicators with none. */
function criterionResult(layout: SetLayout, plan: CriterionPlan, slots: CommuneSlots, base: number, extras: Map<string, StatusEntry> | undefined, selfResults: boolean, counts: IndicatorCounts): CriterionResult | undefined {
  const { code: cCode, codes, codeSlots, slot } = plan;
  const placed = slots.entries;
  const verdicts = slots.verdicts;
  const criterionEntry = slot >= 0 ? placed[base + slot] : extras?.get(cCode);
  // Verdicts come from the copies taken when the statuses were placed: no status is read here.
  const criterionAchieved = slot >= 0 ? verdictOf(verdicts[base + slot]) : criterionEntry?.achieved;
  let own = 0;
  let allHaveEntry = codes.length > 0;
  let anyUnmet = false;
  let allMet = codes.length > 0;
  let met = 0;
  let unknown = 0;
  let entries = 0;
  let unmetBits = 0;
  const indicators: IndicatorResult[] = new Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    let entry: StatusEntry | undefined;
    let achieved: boolean | undefined;
    // The status in a slot is its own result (see SetIndex.selfResults); a code looked up is not.
    let self = selfResults;
    if (code === cCode) {
      entry = criterionEntry;
      achieved = criterionAchieved;
      self &&= slot >= 0;
    } else if (codeSlots) {
      entry = placed[base + codeSlots[i]];
      achieved = verdictOf(verdicts[base + codeSlots[i]]);
    } else {
      const at = layout.slotOf.get(code);
      entry = at !== undefined ? placed[base + at] : extras?.get(code);
      achieved = at !== undefined ? verdictOf(verdicts[base + at]) : entry?.achieved;
      self = false;
    }
    // `!== undefined`, not truthiness: testing an object for truth loads its map, a cache miss per
    // status here (13 ms a national check); a status is never otherwise falsy.
    if (entry !== undefined) {
      entries++;
      if (code !== cCode) own++;
      indicators[i] = self ? (entry as CellStatus) : { code, achieved, entry };
    } else {
      allHaveEntry = false;
      // Only a met criterion tells us each indicator is met.
      achieved = criterionEntry !== undefined && criterionAchieved === true ? true : undefined;
      // Results without an entry are the same for every commune: shared, never copied.
      indicators[i] = blankResult(layout, code, achieved);
    }
    if (achieved === false) {
      anyUnmet = true;
      unmetBits |= 1 << i;
    }
    if (achieved !== true) allMet = false;
    if (achieved === true) met++;
    else if (achieved === undefined) unknown++;
  }
  let achieved: boolean | undefined;
  if (own > 0 || allHaveEntry) {
    if (anyUnmet) achieved = false;
    else if (allMet) achieved = true;
    else achieved = criterionEntry !== undefined && criterionAchieved === false ? false : undefined;
  } else {
    achieved = criterionEntry !== undefined ? criterionAchieved : undefined;
  }
  if (!plan.listed && criterionEntry === undefined && own === 0) return undefined;
  counts.met += met;
  // Not known under a criterion that is judged: a criterion with no status at all is listed as
  // such, its indicators are not counted twice.
  if (achieved !== undefined) counts.unknown += unknown;
  // Without a status of its own, the criterion's indicators with none have no verdict at all.
  if (criterionEntry === undefined) counts.missing += codes.length - entries;
  return { code: cCode, achieved, indicators, criterionEntry, unmetBits: codes.length <= BITS_LIMIT ? unmetBits : undefined };
}

/** The criteria of a commune that also has codes the catalog does not list, in natural order. */
function plansWithExtras(layout: SetLayout, extras: Map<string, StatusEntry>): CriterionPlan[] {
  let criterionCodes = layout.criterionCodes;
  let extraIndicators: Map<string, string[]> | undefined;
  for (const code of extras.keys()) {
    const cCode = criterionOf(code);
    if (!layout.indicatorCodes.has(cCode)) {
      if (criterionCodes === layout.criterionCodes) criterionCodes = [...criterionCodes];
      if (!criterionCodes.includes(cCode)) criterionCodes.push(cCode);
    }
    if (code.includes('.')) {
      extraIndicators ??= new Map();
      extraIndicators.set(cCode, [...(extraIndicators.get(cCode) ?? []), code]);
    }
  }
  if (criterionCodes !== layout.criterionCodes) criterionCodes.sort(compareNatural);
  return criterionCodes.map((cCode) => {
    const listed = layout.indicatorCodes.get(cCode);
    const extra = extraIndicators?.get(cCode);
    // Slots of the listed indicators, in the same order as `codes`; none once extras join them.
    const codes = extra ? [...new Set([...(listed ?? []), ...extra])].sort(compareNatural) : (listed ?? []);
    return { code: cCode, slot: layout.slotOf.get(cCode) ?? -1, codes, codeSlots: extra ? undefined : layout.indicatorSlots.get(cCode), listed: listed !== undefined };
  });
}

/**
 * A set's statuses by commune and slot (`width` cells from the commune's base), and their verdicts
 * as they were when placed, at the same positions (see verdictCode). The verdicts are copied while
 * each status is at hand (read in sheet order) so that the results, built commune by commune, need
 * not read the statuses again: a national matrix's 470,000 lie a sheet row apart for one commune,
 * each read a cache miss. One array per set rather than one per commune: a national set's 5 MB are
 * allocated at once, in the large-object space, where no scavenge copies them (8,227 arrays of
 * their own were each copied twice). The verdicts are bytes: in the same array as the statuses
 * they doubled the memory a national set's array fills with holes when it is made (~5 ms).
 */
interface CommuneSlots {
  entries: (StatusEntry | undefined)[];
  verdicts: Int8Array;
}

const NO_SLOTS: CommuneSlots = { entries: [], verdicts: new Int8Array(0) };

/** A verdict as a byte: 0 not known (or no status), 1 met, 2 not met. */
function verdictCode(achieved: boolean | undefined): number {
  return achieved === true ? 1 : achieved === false ? 2 : 0;
}

/** The verdict of verdictCode's byte; past the end (NO_SLOTS), not known. */
function verdictOf(code: number | undefined): boolean | undefined {
  return code === 1 ? true : code === 2 ? false : undefined;
}

/** Đạt against Chưa đạt for the same qualifier (17.10 "ngành Y tế" and "ngành Công Thương" may differ). */
/**
 * Which of two rows for one commune and code counts: an unmet one over the other; with the same
 * verdict, the one that carries a deadline or a date ("Dự kiến đạt: Năm 2025" on the commune's own
 * sheet beside the district's "theo xã" table, seed 003 probe), so it is not lost.
 */
function preferred(prev: StatusEntry, s: StatusEntry): boolean {
  if (prev.achieved !== false && s.achieved === false) return true;
  return prev.achieved === s.achieved && !prev.expected && !prev.achievedOn && !!(s.expected || s.achievedOn);
}

/** Opposite verdicts as typed: a "Đạt" met after the report date is still "Đạt" against another "Đạt". */
function opposite(a: StatusEntry, b: StatusEntry): boolean {
  const x = writtenVerdict(a);
  const y = writtenVerdict(b);
  return x !== undefined && y !== undefined && x !== y && (a.qualifier ?? '') === (b.qualifier ?? '');
}

/** One criterion of a commune's results: where its own entry and its indicators' entries are. */
interface CriterionPlan {
  code: string;
  /** Slot of the criterion's own code, -1 when the set does not list it. */
  slot: number;
  /** Indicator codes in natural order. */
  codes: string[];
  /** Slots of `codes`, in the same order; none when some are not listed (their entries are looked up). */
  codeSlots?: number[];
  /** The set lists the criterion. */
  listed: boolean;
}

/** A set's criteria and indicator codes in natural order, computed once per set. */
interface SetLayout {
  /** The listed criteria, in natural order: most communes have no other code. */
  plans: CriterionPlan[];
  criterionCodes: string[];
  indicatorCodes: Map<string, string[]>;
  /** Slot of every code the set lists (criteria and indicators). */
  slotOf: Map<string, number>;
  /** Per criterion, the slots of `indicatorCodes` in the same order. */
  indicatorSlots: Map<string, number[]>;
  /** Read-only results for an indicator with no entry: [not known, met through its criterion]. */
  blanks: Map<string, [IndicatorResult, IndicatorResult]>;
}

/** Entries of one set, by commune. */
interface SetIndex {
  layout: SetLayout;
  /** Code as written ("17.08", an alias) → slot of its canonical code, or -1 when the set does not list it. */
  slotOfWritten: Map<string, number>;
  canonOfWritten: Map<string, string>;
  /** Where each commune's slots begin in `slots`: the set's communes in the pairs' order. */
  base: Map<string, number>;
  /** Every commune's slots one after another (see CommuneSlots). */
  slots: CommuneSlots;
  /** Per sheet column, the commune last placed from it and its base (see baseOf). */
  columnKeys: string[];
  columnBases: number[];
  extras: Map<string, Map<string, StatusEntry>>;
  /** Communes with a status that carries a date (see CommuneSetResult.dated). */
  dated: Set<string>;
  /** Every status placed in a slot is a CellStatus written under the catalog's code, so it serves
   * as its own indicator result (code, verdict as placed, entry). Known while placing, where each
   * status is at hand anyway: the results, built later, need not read a status to know it. */
  selfResults: boolean;
}

function setIndex(set: CriteriaSet, communes: string[]): SetIndex {
  const layout = setLayout(set);
  const width = layout.slotOf.size;
  const base = new Map<string, number>();
  for (let n = 0; n < communes.length; n++) if (!base.has(communes[n])) base.set(communes[n], base.size * width);
  const slots: CommuneSlots = { entries: new Array(base.size * width), verdicts: new Int8Array(base.size * width) };
  return { layout, slotOfWritten: new Map(), canonOfWritten: new Map(), base, slots, columnKeys: [], columnBases: [], extras: new Map(), dated: new Set(), selfResults: true };
}

function blankResult(layout: SetLayout, code: string, achieved: true | undefined): IndicatorResult {
  let pair = layout.blanks.get(code);
  if (!pair) layout.blanks.set(code, (pair = [{ code, achieved: undefined }, { code, achieved: true }]));
  return pair[achieved ? 1 : 0];
}

function setLayout(set: CriteriaSet): SetLayout {
  const criterionCodes = set.criteria.map((c) => c.code).sort(compareNatural);
  const indicatorCodes = new Map(set.criteria.map((c) => [c.code, c.indicators.map((i) => i.code).sort(compareNatural)]));
  const slotOf = new Map<string, number>();
  const slot = (code: string) => {
    let n = slotOf.get(code);
    if (n === undefined) slotOf.set(code, (n = slotOf.size));
    return n;
  };
  for (const c of criterionCodes) slot(c);
  const indicatorSlots = new Map([...indicatorCodes].map(([c, codes]) => [c, codes.map(slot)]));
  const plans = criterionCodes.map((code) => ({ code, slot: slotOf.get(code)!, codes: indicatorCodes.get(code)!, codeSlots: indicatorSlots.get(code)!, listed: true }));
  return { plans, criterionCodes, indicatorCodes, slotOf, indicatorSlots, blanks: new Map() };
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
