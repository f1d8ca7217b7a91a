// The shipped catalog, validated when loaded, and an index for the lookups the engine makes per cell.
import { matchCriterionName } from './criterion-names';
import { CatalogSchema, type Catalog, type CriteriaSet, type Criterion, type Indicator } from './schema';
import { SHIPPED_SETS } from './sets';

/** "17.10" → "17"; "5" → "5". */
export function criterionOf(code: string): string {
  const dot = code.indexOf('.');
  return dot < 0 ? code : code.slice(0, dot);
}

/**
 * Problems zod cannot see: codes under the wrong criterion, duplicates, groups naming unknown
 * criteria and, unless `counts` is false (a catalog a workbook extended), totals that disagree.
 */
export function checkCatalogIntegrity(catalog: Catalog, counts = true): string[] {
  const problems: string[] = [];
  const setIds = new Set<string>();
  for (const set of catalog) {
    if (setIds.has(set.id)) problems.push(`${set.id}: duplicate set id`);
    setIds.add(set.id);
    const criterionCodes = new Set<string>();
    const codes = new Set<string>();
    let indicatorCount = 0;
    for (const c of set.criteria) {
      if (criterionCodes.has(c.code)) problems.push(`${set.id}: duplicate criterion ${c.code}`);
      criterionCodes.add(c.code);
      for (const ind of c.indicators) {
        indicatorCount++;
        for (const code of [ind.code, ...ind.aliases]) {
          if (criterionOf(code) !== c.code) problems.push(`${set.id}: ${code} is not under criterion ${c.code}`);
          if (codes.has(code)) problems.push(`${set.id}: duplicate indicator code ${code}`);
          codes.add(code);
        }
      }
    }
    const groupIds = new Set(set.groups.map((g) => g.id));
    for (const g of set.groups) {
      for (const code of g.criteria) if (!criterionCodes.has(code)) problems.push(`${set.id}: group ${g.id} lists unknown criterion ${code}`);
    }
    for (const c of set.criteria) {
      if (c.group !== undefined && !groupIds.has(c.group)) problems.push(`${set.id}: criterion ${c.code} in unknown group ${c.group}`);
    }
    if (counts && !set.open && set.expectedCriteria !== undefined && set.criteria.length !== set.expectedCriteria) {
      problems.push(`${set.id}: ${set.criteria.length} criteria, expected ${set.expectedCriteria}`);
    }
    const complete = !set.open && set.criteria.every((c) => !c.open);
    if (counts && complete && set.expectedIndicators !== undefined && indicatorCount !== set.expectedIndicators) {
      problems.push(`${set.id}: ${indicatorCount} indicators, expected ${set.expectedIndicators}`);
    }
  }
  return problems;
}

/** Parses and checks a catalog; throws with every problem listed. */
export function validateCatalog(raw: unknown): Catalog {
  const catalog = CatalogSchema.parse(raw);
  const problems = checkCatalogIntegrity(catalog);
  if (problems.length) throw new Error(`Invalid criteria catalog:\n${problems.join('\n')}`);
  return catalog;
}

let shipped: Catalog | undefined;

/** The shipped sets, validated once. */
export function loadCatalog(): Catalog {
  shipped ??= validateCatalog(SHIPPED_SETS);
  return shipped;
}

export interface IndicatorHit {
  set: CriteriaSet;
  criterion: Criterion;
  indicator: Indicator;
}

/** Lookups over one catalog (shipped, or merged with a workbook's definitions). */
export class CatalogIndex {
  private readonly sets = new Map<string, CriteriaSet>();
  private readonly criteria = new Map<string, Criterion>();
  private readonly indicators = new Map<string, IndicatorHit>();
  private readonly codeSets = new Map<string, string[]>();
  private readonly withdrawnCodes = new Map<string, string>();

  constructor(readonly catalog: Catalog) {
    for (const set of catalog) {
      this.sets.set(set.id, set);
      for (const w of set.withdrawn ?? []) this.withdrawnCodes.set(`${set.id}|${w.code}`, w.source);
      for (const criterion of set.criteria) {
        this.criteria.set(`${set.id}|${criterion.code}`, criterion);
        this.noteCode(criterion.code, set.id);
        for (const indicator of criterion.indicators) {
          for (const code of [indicator.code, ...indicator.aliases]) {
            this.indicators.set(`${set.id}|${code}`, { set, criterion, indicator });
            this.noteCode(code, set.id);
          }
        }
      }
    }
  }

  private noteCode(code: string, setId: string): void {
    const list = this.codeSets.get(code) ?? [];
    if (!list.includes(setId)) list.push(setId);
    this.codeSets.set(code, list);
  }

  allSets(): CriteriaSet[] {
    return [...this.sets.values()];
  }

  getSet(id: string): CriteriaSet | undefined {
    return this.sets.get(id);
  }

  /** The criterion with exactly this code ("17", not "17.5"). */
  findCriterion(setId: string, code: string): Criterion | undefined {
    return this.criteria.get(`${setId}|${code.trim()}`);
  }

  /** The indicator with this code or alias ("5.1" → indicator "5" of xa-ntm-2021). */
  findIndicator(setId: string, code: string): IndicatorHit | undefined {
    return this.indicators.get(`${setId}|${code.trim()}`);
  }

  indicatorCodes(setId: string, criterionCode: string): string[] {
    return this.findCriterion(setId, criterionCode)?.indicators.map((i) => i.code) ?? [];
  }

  /** Unknown codes under an open criterion, or unknown criteria of an open set, are not errors. */
  isOpenCriterion(setId: string, code: string): boolean {
    const set = this.sets.get(setId);
    if (!set) return false;
    const criterion = this.findCriterion(setId, criterionOf(code.trim()));
    return criterion ? criterion.open : set.open;
  }

  /** Where the workbook took the code out of the set ("Áp dụng: Không"), if it did. */
  withdrawnAt(setId: string, code: string): string | undefined {
    if (!this.withdrawnCodes.size) return undefined;
    const c = code.trim();
    return this.withdrawnCodes.get(`${setId}|${c}`) ?? this.withdrawnCodes.get(`${setId}|${criterionOf(c)}`);
  }

  hasWithdrawn(): boolean {
    return this.withdrawnCodes.size > 0;
  }

  isOpenSet(setId: string): boolean {
    return this.sets.get(setId)?.open ?? false;
  }

  /** Sets in which the code is a criterion, indicator or alias ("exists in X but not in Y"). */
  setsWithCode(code: string): string[] {
    return [...(this.codeSets.get(code.trim()) ?? [])];
  }

  /** The criterion of the set whose name the text is (see matchCriterionName). */
  whichCriterionHasName(setId: string, writtenName: string): string | undefined {
    const set = this.sets.get(setId);
    return set ? matchCriterionName(set, writtenName) : undefined;
  }
}

let cachedIndex: CatalogIndex | undefined;

/** Index over the shipped catalog, built once. */
export function shippedCatalogIndex(): CatalogIndex {
  cachedIndex ??= new CatalogIndex(loadCatalog());
  return cachedIndex;
}
