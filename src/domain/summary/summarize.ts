// Builds the summary tables from the evaluation and the assignment items: the one source
// every count and name list in the reports is taken from.
import type { CatalogIndex } from '../criteria/catalog';
import type { CriteriaSet } from '../criteria/schema';
import { departmentName } from '../read/department-name';
import type { IsoDate } from '../model/dates';
import type { CommuneSetResult, Evaluation } from '../rules/evaluate';
import { compareNatural } from '../rules/evaluate';
import type { AssignmentItem } from '../rules/deadlines';
import type { Coverage } from '../rules/check-assignments';
import { assignmentsFor } from '../rules/check-assignments';
import type { Band, CommuneRow, CriterionRow, DistrictRow, ProgramSummary, SummarySet } from './types';
import { DISTRICT_KEY } from '../read/district';
import { deadlineState } from '../rules/deadline-state';
import { districtConditions } from './district-conditions';
import { departmentRows } from './department-rows';

export function bandOf(met: number, total: number): Band {
  if (total > 0 && met >= total) return '19';
  if (met >= 15) return '15-18';
  if (met >= 10) return '10-14';
  if (met >= 5) return '5-9';
  return '<5';
}

export interface SummaryInput {
  catalog: CatalogIndex;
  evaluation: Evaluation;
  items: AssignmentItem[];
  coverage: Coverage;
  asOf: IsoDate;
  /** Commune keys in display order. */
  communeOrder: string[];
  /** Display names; the district's own key (DISTRICT_KEY) gives the office's unit ("Huyện", "Thị xã"). */
  communeName: (key: string) => string;
  /** Department display names (the office's kind of unit said); the shipped names when absent. */
  departmentName?: (id: string) => string;
}

export function summarize(input: SummaryInput): ProgramSummary {
  const { catalog, evaluation, asOf } = input;
  const deptName = input.departmentName ?? ((id: string) => departmentName(id));
  const order = new Map(input.communeOrder.map((k, i) => [k, i]));
  const rank = (r: CommuneSetResult) => order.get(r.communeKey) ?? 1e9;
  const results = [...evaluation.values()].filter((r) => r.communeKey !== DISTRICT_KEY).sort((a, b) => rank(a) - rank(b));
  const communes: CommuneRow[] = [];
  // Asked once per run of one set, not once per commune.
  let lastSet: CriteriaSet | undefined;
  let expected: ExpectedIndicators = { total: 0, declared: 0 };
  // Indexed loops over the communes: a for-of allocates an iterator result per step until the
  // loop is optimized, and a function called once a check runs its loops unoptimized at first.
  for (let n = 0; n < results.length; n++) {
    const r = results[n];
    const set = catalog.getSet(r.setId);
    if (!set || set.level === 'district') continue;
    if (set !== lastSet) {
      lastSet = set;
      expected = expectedIndicators(set);
    }
    communes.push(communeRow(r, set, input.communeName(r.communeKey), expected));
  }

  const criteria: CriterionRow[] = [];
  const setIds = [...new Set(communes.map((c) => c.setId))];
  for (const setId of setIds) {
    const set = catalog.getSet(setId)!;
    const rows = communes.filter((c) => c.setId === setId);
    const codes = new Set(set.criteria.map((c) => c.code));
    for (let n = 0; n < rows.length; n++) addAll(codes, rows[n].criteriaMet, rows[n].criteriaUnmet);
    const sorted = [...codes].sort(compareNatural);
    const lists = communesByCriterion(rows, sorted);
    const communesWithData = rows.filter((r) => !r.noData).length;
    sorted.forEach((code, i) => {
      const assigned = criterionAssignments(input.coverage, set, code);
      criteria.push({
        setId,
        code,
        name: set.criteria.find((c) => c.code === code)?.name ?? `Tiêu chí ${code}`,
        communesMet: lists.met[i],
        communesUnmet: lists.unmet[i],
        communesNoData: lists.noData[i],
        communesTotal: rows.length,
        communesWithData,
        leads: unique(assigned.flatMap((x) => x.a.leads)).map(deptName),
        coordinators: unique(assigned.flatMap((x) => x.a.coordinators)).map(deptName),
      });
    });
  }

  const departments = departmentRows({ catalog, items: input.items, communeName: input.communeName, deptName, communeRank: (k) => order.get(k) ?? 1e9 });

  const district: DistrictRow[] = [];
  for (const r of evaluation.values()) {
    const set = catalog.getSet(r.setId);
    if (!set || set.level !== 'district') continue;
    for (const c of r.criteria) {
      const crit = set.criteria.find((x) => x.code === c.code);
      const itemFor = (code: string) => input.items.find((i) => i.setId === r.setId && (i.code === code));
      const critItem = itemFor(c.code);
      // The deadline written on the criterion's own status row ("Dự kiến đạt") comes first.
      const critDeadline = c.criterionEntry?.expected?.date ? c.criterionEntry.expected : critItem?.deadline;
      const critState = deadlineState(c.achieved, critDeadline?.date, asOf, c.criterionEntry?.achievedOn);
      district.push({
        code: c.code,
        name: crit?.name ?? `Tiêu chí ${c.code}`,
        isCriterion: true,
        achieved: c.achieved,
        deadline: critDeadline?.date,
        deadlineLabel: critDeadline?.label ?? critDeadline?.raw,
        state: critState,
        ...(critState === 'met-on-time' && !c.criterionEntry?.achievedOn ? { metUndated: true as const } : {}),
        leads: unique(assignmentsFor(input.coverage, r.setId, c.code).flatMap((x) => x.a.leads)).map(deptName),
      });
      for (const i of c.indicators) {
        if (i.code === c.code) continue;
        const it = itemFor(i.code);
        const ind = catalog.findIndicator(r.setId, i.code);
        const deadline = i.entry?.expected?.date ?? it?.deadline?.date;
        const state = it?.communes[0]?.state ?? (i.achieved ? 'met-on-time' : deadline ? (deadline < asOf ? 'overdue' : 'pending') : 'no-deadline');
        district.push({
          code: i.code,
          name: ind?.indicator.name ?? `Nội dung ${i.code}`,
          isCriterion: false,
          achieved: i.achieved,
          deadline,
          deadlineLabel: i.entry?.expected?.label ?? it?.deadline?.label,
          state,
          ...(state === 'met-on-time' && !i.entry?.achievedOn ? { metUndated: true as const } : {}),
          leads: unique(assignmentsFor(input.coverage, r.setId, i.code).flatMap((x) => x.a.leads)).map(deptName),
        });
      }
    }
  }

  const totals = setIds.map((setId) => {
    const rows = communes.filter((c) => c.setId === setId);
    // A commune with no status at all is not one that meets nothing: it is not in the bands or the average.
    const judged = rows.filter((r) => !r.noData);
    const bands: Record<Band, number> = { '19': 0, '15-18': 0, '10-14': 0, '5-9': 0, '<5': 0 };
    for (let n = 0; n < judged.length; n++) {
      const band = judged[n].band;
      if (band) bands[band]++;
    }
    const sum = judged.reduce((s, r) => s + r.criteriaMet.length, 0);
    const set = catalog.getSet(setId);
    const criteria = set ? (set.expectedCriteria ?? set.criteria.length) : (rows[0]?.criteriaTotal ?? 0);
    return { setId, ...(set ? { level: set.level } : {}), criteria, communes: rows.length, full: bands['19'], average: judged.length ? sum / judged.length : 0, bands, noData: rows.length - judged.length };
  });
  const districtSets = [...new Set([...evaluation.values()].filter((r) => catalog.getSet(r.setId)?.level === 'district').map((r) => r.setId))];
  return {
    asOf, communes, criteria, departments, district, totals,
    sets: setsNamed(catalog, [communes, criteria, departments.flatMap((d) => d.items), totals]),
    districtConditions: districtConditions(catalog, districtSets, communes),
    districtUnit: input.communeName(DISTRICT_KEY),
  };
}

function addAll(to: Set<string>, a: string[], b: string[]): void {
  for (let n = 0; n < a.length; n++) to.add(a[n]);
  for (let n = 0; n < b.length; n++) to.add(b[n]);
}

/** One commune's row: its criteria by verdict and its indicator counts, in one pass (a national
 * table has 8,227 communes × 19 criteria). A function of its own, called once per commune, is
 * optimized within the first run. */
interface ExpectedIndicators {
  /** The indicators a set expects of every commune (0 when it has open criteria, whose count varies). */
  total: number;
  /** An open set's count by its decision (nâng cao: 75), when the decision gives one; else 0. */
  declared: number;
}

function expectedIndicators(set: CriteriaSet): ExpectedIndicators {
  const open = set.criteria.some((c) => c.open);
  return { total: set.expectedIndicators && !open ? set.expectedIndicators : 0, declared: open ? (set.expectedIndicators ?? 0) : 0 };
}

function communeRow(r: CommuneSetResult, set: CriteriaSet, display: string, expected: ExpectedIndicators): CommuneRow {
  const total = set.expectedCriteria ?? set.criteria.length;
  const met: string[] = [];
  const unmet: string[] = [];
  const unknown: string[] = [];
  let indicatorCount = 0;
  for (let k = 0; k < r.criteria.length; k++) {
    const c = r.criteria[k];
    (c.achieved === true ? met : c.achieved === false ? unmet : unknown).push(c.code);
    indicatorCount += c.indicators.length;
  }
  // Counted by the evaluation (a criterion with no status at all is listed as such; its
  // indicators are not counted twice).
  const indicatorsMet = r.counts.met;
  const indicatorsUnknown = r.counts.unknown;
  return {
    communeKey: r.communeKey,
    display,
    setId: r.setId,
    criteriaTotal: total,
    criteriaMet: met,
    criteriaUnmet: unmet,
    criteriaUnknown: unknown,
    indicatorsMet,
    indicatorsUnknown,
    // An open set whose indicators known here are fewer than its decision's (nâng cao: 33 of 75,
    // the workbook's definitions adding none): no total to count against, "14/33" would mislead.
    ...(expected.declared > indicatorCount ? { indicatorsTotal: 0, indicatorsExpected: expected.declared } : { indicatorsTotal: Math.max(indicatorCount, expected.total) }),
    ...(met.length === 0 && unmet.length === 0 ? { band: null, noData: true } : { band: bandOf(met.length, total) }),
  };
}

/** Per criterion code (in `codes`' order): the communes that meet it, that do not, and that have
 * no status for it, in the rows' order; one pass over the rows instead of three per code. */
function communesByCriterion(rows: CommuneRow[], codes: string[]): { met: string[][]; unmet: string[][]; noData: string[][] } {
  const at = new Map(codes.map((c, i) => [c, i]));
  const met = codes.map((): string[] => []);
  const unmet = codes.map((): string[] => []);
  const noData = codes.map((): string[] => []);
  // Bit 1: listed as met, bit 2: as unmet, for the row at hand.
  const seen = new Uint8Array(codes.length);
  for (let n = 0; n < rows.length; n++) tallyRow(rows[n], at, seen, met, unmet, noData);
  return { met, unmet, noData };
}

/** One commune's row into the lists (a function called per commune: optimized within the first check). */
function tallyRow(r: CommuneRow, at: Map<string, number>, seen: Uint8Array, met: string[][], unmet: string[][], noData: string[][]): void {
  seen.fill(0);
  for (let n = 0; n < r.criteriaMet.length; n++) {
    const i = at.get(r.criteriaMet[n])!;
    if (!(seen[i] & 1)) met[i].push(r.display);
    seen[i] |= 1;
  }
  for (let n = 0; n < r.criteriaUnmet.length; n++) {
    const i = at.get(r.criteriaUnmet[n])!;
    if (!(seen[i] & 2)) unmet[i].push(r.display);
    seen[i] |= 2;
  }
  for (let i = 0; i < seen.length; i++) if (!seen[i]) noData[i].push(r.display);
}

/** The sets the rows name, with their names, in the catalog's order. */
function setsNamed(catalog: CatalogIndex, rows: { setId: string }[][]): SummarySet[] {
  const used = new Set<string>();
  for (const list of rows) for (const r of list) used.add(r.setId);
  return catalog
    .allSets()
    .filter((s) => used.has(s.id))
    .map((s) => ({ id: s.id, name: s.name, shortName: s.shortName, ...(s.level ? { level: s.level } : {}) }));
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Who is assigned a criterion: its own rows, or else the rows of its indicators (seed 000 assigns
 * the town contents 3.2, 8.2, 8.4, never criteria 3 and 8 themselves). */
function criterionAssignments(cov: Coverage, set: CriteriaSet, code: string): ReturnType<typeof assignmentsFor> {
  const own = assignmentsFor(cov, set.id, code);
  if (own.length) return own;
  const indicators = set.criteria.find((c) => c.code === code)?.indicators ?? [];
  return indicators.flatMap((i) => assignmentsFor(cov, set.id, i.code));
}
