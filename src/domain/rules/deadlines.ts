// Deadline findings and the per-item states the department summary and highlights use.
import type { CatalogIndex } from '../criteria/catalog';
import { criterionOf } from '../criteria/catalog';
import type { Assignment, CodeRef, Deadline, SourceRef, StatusEntry } from '../model/program';
import type { IsoDate } from '../model/dates';
import type { DeadlineState } from '../summary/types';
import type { FindingSink } from './finding-sink';
import type { CommuneSetResult, CriterionResult, Evaluation, IndicatorResult } from './evaluate';
import { canonicalCode, compareNatural } from './evaluate';
import { deadlineState, STATE_LABELS } from './deadline-state';
import type { HighlightMark } from '../plan/highlight-plan';
import { parseA1 } from '../model/address';
import { nameList, nameListBy } from './name-list';
import { districtWord, unitCount } from './unit-count';
import { itemCounts, itemWho } from './item-who';
import type { SetOf } from './set-label';
import { inSentence } from '../text/in-sentence';

export interface ItemCommune {
  communeKey: string;
  achieved?: boolean;
  state: DeadlineState;
  /** The deadline written on the status row, when it replaced the assignment's ("Quý III/2023"). */
  statusDeadline?: string;
  /** Its date: "cuối năm 2023" on the row and "Quý IV/2023" on the assignment are one deadline. */
  statusDeadlineDate?: IsoDate;
  /** The indicator whose row gave it, when the item is that indicator's criterion (2.4 for 2). */
  statusDeadlineCode?: string;
  /** The indicator results behind it (cells for highlighting come from them, on demand). */
  indicators: IndicatorResult[];
  /** The criterion's own status cell: marked when no indicator has a cell (a sheet of criterion
   * verdicts, communes as rows). */
  criterionEntry?: StatusEntry;
  /** An indicator item's commune with no row for the indicator: its criterion's verdict as written
   * ("Tiêu chí 13: Chưa đạt" with the assignment on 13.2). Not met by the criterion is no "no result". */
  viaCriterion?: StatusEntry;
}

/** One assignment × one code, judged for every commune in its scope. */
export interface AssignmentItem {
  assignment: Assignment;
  setId: string;
  code: string;
  qualifier?: string;
  deadline?: Deadline;
  state: DeadlineState;
  /** Communes in scope that have not met it on time; those that have are only counted. */
  communes: ItemCommune[];
  metOnTime: number;
  /** Of the communes counted in metOnTime, those with no date met known (no "Ngày đạt" column, or its cell empty): met,
   * but not shown to be on time. The item's state stays 'met-on-time', so counts of met do not change. */
  metUndated: number;
}

/** Evaluation results by set, then commune: one lookup per item and commune, no key string built. */
type ResultsBySet = Map<string, Map<string, CommuneSetResult>>;

function resultsBySet(evaluation: Evaluation): ResultsBySet {
  const out: ResultsBySet = new Map();
  // forEach: a for-of over the map allocates an iterator result per commune until the loop is optimized.
  evaluation.forEach((r) => {
    let communes = out.get(r.setId);
    if (!communes) out.set(r.setId, (communes = new Map()));
    communes.set(r.communeKey, r);
  });
  return out;
}

/** Where a code's criterion and indicator sit in a commune's results: the same for nearly every
 * commune of a set, so the last position is tried first and a scan only runs when it misses. */
interface Hint {
  criterion: number;
  indicator: number;
}

/** The commune results behind a code: the indicator itself, or every indicator of a criterion
 * (with the criterion's own status row, whose deadline is the criterion's). */
function resultsFor(res: CommuneSetResult | undefined, code: string, criterionCode: string, canonical: string, hint: Hint): { achieved?: boolean; indicators: IndicatorResult[]; criterionEntry?: StatusEntry; viaCriterion?: StatusEntry } | undefined {
  if (!res) return undefined;
  const c = findCoded(res.criteria, criterionCode, hint, 'criterion');
  if (!c) return undefined;
  if (code === criterionCode) return c;
  const i = findCoded(c.indicators, canonical, hint, 'indicator');
  if (!i) return undefined;
  // Compared with undefined: a status tested for truth is read (its map loaded), a cache miss per commune.
  return i.entry === undefined && c.criterionEntry !== undefined ? { achieved: i.achieved, indicators: [i], viaCriterion: c.criterionEntry } : { achieved: i.achieved, indicators: [i] };
}

/** The item with `code`: at the hinted position when it is there, else by a scan that moves the hint. */
function findCoded<T extends { code: string }>(items: T[], code: string, hint: Hint, which: keyof Hint): T | undefined {
  const at = items[hint[which]];
  if (at?.code === code) return at;
  for (let k = 0; k < items.length; k++) {
    if (items[k].code === code) {
      hint[which] = k;
      return items[k];
    }
  }
  return undefined;
}

const WORST_FIRST: DeadlineState[] = ['overdue', 'due-soon', 'pending', 'no-deadline', 'met-late', 'met-on-time', 'no-result'];

/** The worst state of the communes judged (not 'no-result'), in one pass; undefined when none is. */
function worstOf(communes: ItemCommune[]): DeadlineState | undefined {
  let best = -1;
  let any = false;
  for (const c of communes) {
    if (c.state === 'no-result') continue;
    any = true;
    const k = WORST_FIRST.indexOf(c.state);
    // A state outside the list ranks after every listed one, as the list scan never picked it.
    if (k >= 0 && (best < 0 || k < best)) best = k;
  }
  if (!any) return undefined;
  return best >= 0 ? WORST_FIRST[best] : 'no-deadline';
}

/**
 * `judged` collects the status rows whose own deadline an item used for a commune: that deadline
 * is reported once, by the item (which names the lead department), not again from the status sheet.
 */
export function buildItems(catalog: CatalogIndex, evaluation: Evaluation, assignments: Assignment[], setCommunes: Map<string, string[]>, asOf: IsoDate, judged?: Set<StatusEntry>): AssignmentItem[] {
  const items: AssignmentItem[] = [];
  const bySet = resultsBySet(evaluation);
  // Per set, the results of its communes in its order: most items take the set's communes, whose
  // results are then looked up once per set, not once per item (a national set has 8,227).
  const inSetOrder = new Map<string, (CommuneSetResult | undefined)[]>();
  for (const a of assignments) {
    const results = bySet.get(a.setId);
    let scope = a.communes;
    let scopeResults: (CommuneSetResult | undefined)[];
    if (scope.length) scopeResults = resultsOf(scope, results);
    else {
      scope = setCommunes.get(a.setId) ?? [];
      let known = inSetOrder.get(a.setId);
      if (!known) inSetOrder.set(a.setId, (known = resultsOf(scope, results)));
      scopeResults = known;
    }
    for (const c of a.codes) items.push(buildItem(catalog, a.supportOnly ? withLeadDeadline(a, c.code, assignments) : a, c, scope, scopeResults, asOf, judged));
  }
  return items;
}

/**
 * A row supporting codes other rows lead ("Tất cả các tiêu chí" where criterion 2 has its own
 * row) is judged by the lead row's deadline: its own is for its own task (seed 003: the communes'
 * plans by 30/3), and by it the department sheet called every supported criterion overdue.
 */
function withLeadDeadline(a: Assignment, code: string, assignments: Assignment[]): Assignment {
  const criterion = criterionOf(code);
  let lead: Assignment | undefined;
  let best = -1;
  for (const b of assignments) {
    if (b.supportOnly || b.setId !== a.setId || !b.codes.some((c) => c.code === code || c.code === criterion)) continue;
    // A row with a deadline first (an indicator row without one is a detail of its criterion's
    // row), then the row naming the code itself; the first such row on a tie.
    const rank = (b.deadline ? 2 : 0) + (b.codes.some((c) => c.code === code) ? 1 : 0);
    if (rank > best) {
      best = rank;
      lead = b;
    }
  }
  return { ...a, deadline: lead?.deadline };
}

/** The results of `scope`'s communes, in its order (undefined for a commune without any). */
function resultsOf(scope: string[], results: Map<string, CommuneSetResult> | undefined): (CommuneSetResult | undefined)[] {
  const out = new Array<CommuneSetResult | undefined>(scope.length);
  for (let k = 0; k < scope.length; k++) out[k] = results?.get(scope[k]);
  return out;
}

/**
 * One assignment × code, judged for every commune in scope. A function of its own, called once
 * per item (19 times a run), is optimized with full type feedback within the first run; a loop
 * inside buildItems, called once a run, ran unoptimized again in the next runs.
 */
function buildItem(catalog: CatalogIndex, a: Assignment, c: CodeRef, scope: string[], scopeResults: (CommuneSetResult | undefined)[], asOf: IsoDate, judged: Set<StatusEntry> | undefined): AssignmentItem {
  const criterionCode = criterionOf(c.code);
  const canonical = canonicalCode(catalog, a.setId, c.code);
  const communes: ItemCommune[] = [];
  let metOnTime = 0;
  let metUndated = 0;
  const hint: Hint = { criterion: 0, indicator: 0 };
  for (let k = 0; k < scope.length; k++) {
    const communeKey = scope[k];
    const res = scopeResults[k];
    const r = resultsFor(res, c.code, criterionCode, canonical, hint);
    if (!r) {
      // Named in scope, nothing on the status sheets: listed as without a result, never judged.
      if (a.communes.length) communes.push({ communeKey, state: 'no-result', indicators: [] });
      continue;
    }
    const item = res!.dated ? itemCommune(a, communeKey, r, asOf, judged) : undatedItemCommune(a, communeKey, r, asOf);
    // Most communes of a national table meet most items: count them, keep no object.
    if (item === MET_ON_TIME) metOnTime++;
    else if (item === MET_UNDATED) {
      metOnTime++;
      metUndated++;
    } else communes.push(item);
  }
  // No commune in scope has a result (none targets the set, or the scope names none): nothing
  // to judge, which is neither overdue nor due soon.
  const judgedState = worstOf(communes);
  const state = judgedState ?? (metOnTime ? 'met-on-time' : 'no-result');
  return { assignment: a, setId: a.setId, code: c.code, qualifier: c.qualifier, deadline: a.deadline, state, communes, metOnTime, metUndated };
}

/** A commune met on time: counted by the item, no object kept. */
const MET_ON_TIME = 'met-on-time';
/** A commune met, not late as far as known, with no date met to show it on time: counted too. */
const MET_UNDATED = 'met-undated';

/**
 * itemCommune for a commune none of whose statuses carries a date: judged by the assignment's
 * deadline alone, without reading its statuses (itemCommune would find no date in them).
 */
function undatedItemCommune(a: Assignment, communeKey: string, r: NonNullable<ReturnType<typeof resultsFor>>, asOf: IsoDate): ItemCommune | typeof MET_UNDATED {
  const state = deadlineState(r.achieved, a.deadline?.date, asOf, undefined);
  // No status of the commune carries a date: when it was met is not known.
  if (state === 'met-on-time') return MET_UNDATED;
  const item: ItemCommune = { communeKey, achieved: r.achieved, state, indicators: r.indicators };
  if (r.criterionEntry !== undefined) item.criterionEntry = r.criterionEntry;
  if (r.viaCriterion !== undefined) item.viaCriterion = r.viaCriterion;
  return item;
}

/**
 * One commune's state for an item, or MET_ON_TIME / MET_UNDATED. Called once per item and commune (156,000
 * times for a national table): a function of its own is optimized within the first run.
 */
function itemCommune(a: Assignment, communeKey: string, r: NonNullable<ReturnType<typeof resultsFor>>, asOf: IsoDate, judged: Set<StatusEntry> | undefined): ItemCommune | typeof MET_ON_TIME | typeof MET_UNDATED {
  // A deadline on the status row beats the assignment's; so does a recorded achievement date.
  let deadline = a.deadline?.date;
  let statusDeadline: string | undefined;
  let statusDeadlineCode: string | undefined;
  let deadlineEntry: StatusEntry | undefined;
  let achievedOn: string | undefined;
  // A criterion's own row ("Dự kiến đạt" of criterion 9) speaks for the criterion before any
  // of its indicators' rows, as on the district sheet.
  const own = r.criterionEntry;
  if (own?.expected?.date) {
    deadline = own.expected.date;
    statusDeadline = own.expected.label ?? own.expected.raw;
    deadlineEntry = own;
  }
  if (own?.achievedOn) achievedOn = own.achievedOn;
  // An indicator item read through its criterion's verdict ("Tiêu chí 13: Chưa đạt, dự kiến
  // 20/9/2025" with the assignment on 13.2): that row's deadline is the commune's, and the item
  // reports it (with its lead), not the status sheet again.
  const via = r.viaCriterion;
  if (via?.expected?.date) {
    deadline = via.expected.date;
    statusDeadline = via.expected.label ?? via.expected.raw;
    deadlineEntry = via;
  }
  let anyOwnDeadline = false;
  for (const i of r.indicators) {
    const e = i.entry;
    if (e?.achievedOn && (!achievedOn || e.achievedOn > achievedOn)) achievedOn = e.achievedOn;
    if (e?.expected?.date) anyOwnDeadline = true;
  }
  let state: DeadlineState;
  if (own?.expected?.date || !anyOwnDeadline) {
    state = deadlineState(r.achieved, deadline, asOf, achievedOn);
    // The criterion's row judged it: an indicator row giving that same date ("12 | Năm 2024" over
    // "12.2 | Quý IV/2024", seed 001) is the item's to say too, not the status sheet's again. An
    // indicator row with another date is another deadline, still said from its row.
    if (anyOwnDeadline && judged) {
      for (const i of r.indicators) if (i.entry !== undefined && i.entry.expected?.date !== undefined && i.entry.expected.date === deadline) judged.add(i.entry);
    }
  } else {
    // Indicator rows with deadlines of their own ("2.4: Năm 2024", "13.3: Quý IV/2023"): each
    // indicator not met is judged by its own, the criterion by the worst of them; met, by the
    // latest (seed 003 probe). Every such row is the item's to report, none again.
    const picked = byIndicatorDeadlines(r.achieved, r.indicators, a.deadline?.date, asOf, achievedOn);
    state = picked.state;
    if (picked.entry) {
      deadline = picked.entry.expected!.date;
      statusDeadline = picked.entry.expected!.label ?? picked.entry.expected!.raw;
      statusDeadlineCode = picked.entry.code;
    }
    for (const i of r.indicators) if (i.entry?.expected?.date) judged?.add(i.entry);
  }
  if (deadlineEntry) judged?.add(deadlineEntry);
  if (state === 'met-on-time') return metDateKnown(own, r.indicators) ? MET_ON_TIME : MET_UNDATED;
  const item: ItemCommune = statusDeadline === undefined ? { communeKey, achieved: r.achieved, state, indicators: r.indicators } : { communeKey, achieved: r.achieved, state, statusDeadline, statusDeadlineDate: deadline, statusDeadlineCode, indicators: r.indicators };
  if (own !== undefined) item.criterionEntry = own;
  if (r.viaCriterion !== undefined) item.viaCriterion = r.viaCriterion;
  return item;
}

/** When the commune met the item is known: its criterion's own "Ngày đạt", else every indicator's
 * (one without a date may have been met after the deadline). */
function metDateKnown(own: StatusEntry | undefined, indicators: IndicatorResult[]): boolean {
  if (own?.achievedOn !== undefined) return true;
  if (!indicators.length) return false;
  for (const i of indicators) if (i.entry?.achievedOn === undefined) return false;
  return true;
}

/**
 * A criterion judged through its indicators' own deadlines: not met, the worst state among the
 * indicators not met (each by its row's deadline, else the assignment's; of equal states, the
 * earliest deadline); met, against the latest
 * deadline. `entry`: the row whose deadline gave the state, when one did.
 */
function byIndicatorDeadlines(achieved: boolean | undefined, indicators: IndicatorResult[], assigned: IsoDate | undefined, asOf: IsoDate, achievedOn: IsoDate | undefined): { state: DeadlineState; entry?: StatusEntry } {
  if (achieved === true) {
    let latest: StatusEntry | undefined;
    for (const i of indicators) if (i.entry?.expected?.date && (!latest || i.entry.expected.date > latest.expected!.date!)) latest = i.entry;
    const last = latest && (!assigned || latest.expected!.date! > assigned) ? latest : undefined;
    return { state: deadlineState(true, last ? last.expected!.date : assigned, asOf, achievedOn), entry: last };
  }
  const order: DeadlineState[] = ['overdue', 'due-soon', 'pending', 'no-deadline'];
  let best: { state: DeadlineState; entry?: StatusEntry; date?: IsoDate } | undefined;
  for (const i of indicators) {
    if (i.achieved === true) continue;
    const own = i.entry?.expected?.date ? i.entry : undefined;
    const date = own ? own.expected!.date : assigned;
    const state = deadlineState(achieved, date, asOf, achievedOn);
    const rank = order.indexOf(state);
    // Of two indicators overdue, the one overdue longest says since when (Quý III/2023 before Năm 2024).
    if (!best || rank < order.indexOf(best.state) || (rank === order.indexOf(best.state) && date !== undefined && (best.date === undefined || date < best.date))) best = { state, entry: own, date };
  }
  return best ? { state: best.state, entry: best.entry } : { state: deadlineState(achieved, assigned, asOf, achievedOn) };
}

/** Status cells behind a commune's result for an item: the unmet ones when it is not met. */
export function itemCells(c: ItemCommune): SourceRef[] {
  const out: SourceRef[] = [];
  for (const i of c.indicators) if (i.entry && (c.achieved === true || i.achieved !== true)) out.push(i.entry.source);
  // Criterion verdicts only: the criterion's cell is the one that says it (probe 9-a), also for
  // an indicator item whose indicator has no row.
  const criterion = c.criterionEntry ?? c.viaCriterion;
  if (!out.length && criterion) out.push(criterion.source);
  return out;
}

/**
 * Marks the cells itemCells gives for each of the communes, without a list per commune (a
 * national item has thousands). Called once per item and state, it is optimized within the first
 * run, where a loop in deadlineFindings (called once a run) would run unoptimized again.
 */
function markItemCells(communes: ItemCommune[], kind: HighlightMark['kind'], cue: string, marks: HighlightMark[]): void {
  for (let k = 0; k < communes.length; k++) {
    const c = communes[k];
    let any = false;
    for (const i of c.indicators) {
      if (i.entry && (c.achieved === true || i.achieved !== true)) {
        marks.push(markAt(i.entry.source, kind, cue));
        any = true;
      }
    }
    const criterion = c.criterionEntry ?? c.viaCriterion;
    if (!any && criterion !== undefined) marks.push(markAt(criterion.source, kind, cue));
  }
}

/**
 * Criteria given a deadline by some assignment row, per set: an indicator row listed under its
 * criterion with no department and no deadline of its own ("17.1" under "Tiêu chí 17") is a detail
 * of that row, not an assignment missing its deadline.
 */
function criteriaWithDeadline(items: AssignmentItem[]): Set<string> {
  const out = new Set<string>();
  for (const it of items) if (it.assignment.deadline?.date && !it.code.includes('.')) out.add(`${it.setId}|${it.code}`);
  return out;
}

export function deadlineFindings(sink: FindingSink, items: AssignmentItem[], communeName: (k: string) => string, marks: HighlightMark[], deptNames: (ids: string[]) => string, setOf: SetOf = () => ({ vi: '', en: '' })): void {
  const seenRows = new Set<Assignment>();
  const ongoing = new OngoingCount();
  const noColumn = new Map<string, { at: SourceRef; rows: number }>();
  const dated = criteriaWithDeadline(items);
  const isDetailRow = (a: Assignment) => !a.leads.length && !a.coordinators.length && a.codes.every((c) => c.code.includes('.') && dated.has(`${a.setId}|${criterionOf(c.code)}`));
  for (const it of items) {
    const a = it.assignment;
    // "Tất cả các tiêu chí" where other rows lead: those rows' deadlines are the ones judged.
    if (a.supportOnly) continue;
    const at = a.source.deadline ?? a.source.row;
    if (!seenRows.has(a)) {
      seenRows.add(a);
      if (!a.deadline && (isDetailRow(a) || a.deadlineSaysMet)) {
        // Nothing to chase: its criterion's row carries the deadline, or the row says it is met.
      } else if (a.deadline?.ongoing) {
        ongoing.add(at);
      } else if (!a.deadline && !a.source.deadline) {
        // The sheet has no deadline column at all: said once for the sheet, not once per row.
        const seen = noColumn.get(at.sheet);
        if (seen) seen.rows++;
        else noColumn.set(at.sheet, { at, rows: 1 });
      } else if (!a.deadline) {
        sink.add('deadline.missing', 'warning', at, {
          vi: `Chưa ghi thời hạn hoàn thành cho mã ${a.codes.map((c) => c.code).join(', ')}.`,
          en: `No deadline for code(s) ${a.codes.map((c) => c.code).join(', ')}.`,
        }, { setId: a.setId, indicator: a.codes.map((c) => c.code).join(','), department: a.leads[0], departments: a.leads, expected: 'Quý III/2023, 30/9/2023, năm 2025…' });
      } else if (!a.deadline.date) {
        sink.add('deadline.unreadable', 'error', at, {
          vi: `Không đọc được thời hạn "${a.deadline.raw}".` + (a.deadline.problem ? ` ${a.deadline.problem}` : ''),
          en: `Cannot read the deadline "${a.deadline.raw}".`,
        }, { setId: a.setId, indicator: a.codes.map((c) => c.code).join(','), found: a.deadline.raw, expected: 'quý III/2023, trước 30/9/2023, năm 2025…' });
        marks.push(markAt(at, 'data-error', `Không đọc được thời hạn "${a.deadline.raw}"`));
      }
    }
    if (a.deadlineSaysMet && (!a.deadline || a.deadline.ongoing)) saidMetFindings(sink, it, at, communeName);
    for (const kind of ['overdue', 'due-soon'] as const) {
      const list = it.communes.filter((c) => c.state === kind);
      if (!list.length) continue;
      const names = nameListBy(list, (c) => communeName(c.communeKey));
      // The deadlines these communes were judged by: their status rows' where written, else the assignment's.
      const judgedBy = judgedDeadlines(list, it.code, it.deadline?.label ?? it.deadline?.raw, it.deadline?.date);
      const label = inSentence(judgedBy.vi);
      const code = it.code + (it.qualifier ? ` (${it.qualifier})` : '');
      const who = itemWho(list, it.code, communeName);
      sink.add(kind === 'overdue' ? 'deadline.overdue' : 'deadline.due-soon', kind === 'overdue' ? 'warning' : 'info', at, {
        vi: `${STATE_LABELS[kind].vi}: mã ${code}${setOf(it.setId).vi}, hạn ${label}, ${who.vi}. Chủ trì: ${deptNames(a.leads) || 'chưa có'}.`,
        en: `${STATE_LABELS[kind].en}: code ${code}${setOf(it.setId).en}, due ${judgedBy.en}, ${who.en}. Lead: ${deptNames(a.leads) || 'none'}.`,
      }, { setId: it.setId, indicator: it.code, department: a.leads[0], communes: list.map((c) => c.communeKey), departments: a.leads, found: names.vi, keyHint: `${a.leads.join(',')}|${judgedBy.key}` });
      const cue = `${STATE_LABELS[kind].vi}: mã ${code}, hạn ${label}`;
      markItemCells(list, kind, cue, marks);
      // As the finding says it: not met apart from no result yet ("1 xã chưa đạt; 1 xã chưa có kết quả").
      if (a.source.deadline) marks.push(markAt(at, kind, `${cue}; ${itemCounts(list, it.code, communeName)}`));
    }
    for (let n = 0; n < it.communes.length; n++) {
      const c = it.communes[n];
      if (c.state !== 'met-late') continue;
      // The deadline the commune was judged by: its status row's, else the assignment's.
      const label = c.statusDeadline ?? it.deadline?.label ?? it.deadline?.raw ?? '';
      sink.add('deadline.met-late', 'info', itemCells(c)[0] ?? at, {
        vi: `${communeName(c.communeKey)}: mã ${it.code}${setOf(it.setId).vi} hoàn thành muộn (hạn ${inSentence(label)}).`,
        en: `${communeName(c.communeKey)}: code ${it.code}${setOf(it.setId).en} met after its deadline (${label}).`,
      }, { setId: it.setId, indicator: it.code, commune: c.communeKey });
    }
  }
  ongoing.report(sink);
  for (const [sheet, { at, rows }] of noColumn) {
    sink.add('deadline.missing', 'warning', at, {
      vi: `Trang "${sheet}" không có cột thời hạn: ${rows} dòng phân công chưa có hạn hoàn thành, nên chưa xét được quá hạn. Thêm cột "Thời hạn hoàn thành".`,
      en: `Sheet "${sheet}" has no deadline column: ${rows} assignment row(s) have no deadline, so nothing can be judged overdue. Add a "Thời hạn hoàn thành" column.`,
    }, { found: `${rows}`, expected: 'cột "Thời hạn hoàn thành"', keyHint: sheet });
  }
}

/** "Thường xuyên" where a deadline goes: said once per sheet, never a missing or unreadable deadline. */
export class OngoingCount {
  private readonly bySheet = new Map<string, { first: SourceRef; count: number }>();

  add(at: SourceRef): void {
    const seen = this.bySheet.get(at.sheet);
    if (seen) seen.count++;
    else this.bySheet.set(at.sheet, { first: at, count: 1 });
  }

  report(sink: FindingSink): void {
    for (const [sheet, { first, count }] of this.bySheet) {
      sink.add('deadline.ongoing', 'info', first, {
        vi: `${count} dòng ghi thời hạn "thường xuyên" / "hàng năm": việc làm liên tục, không có mốc để tính quá hạn.`,
        en: `${count} row(s) give an ongoing deadline ("thường xuyên", "hàng năm"): no date to be late against.`,
      }, { found: String(count), keyHint: sheet });
    }
  }
}

/** The deadline cell says "Đã đạt" while the status sheet says the code is not met somewhere. */
function saidMetFindings(sink: FindingSink, it: AssignmentItem, at: SourceRef, communeName: (k: string) => string): void {
  const unmet = it.communes.filter((c) => c.achieved === false);
  if (!unmet.length) return;
  const keys = unmet.map((c) => c.communeKey);
  const units = unitCount(keys);
  const names = nameList(keys.map(communeName));
  const code = it.code + (it.qualifier ? ` (${it.qualifier})` : '');
  // "Duy trì" is quoted: it says met by saying what to keep doing.
  const said = it.assignment.deadline?.raw;
  sink.add('deadline.said-met', 'warning', at, {
    vi: `Ô thời hạn ghi ${said ? `"${said}" (đã đạt)` : 'đã đạt'}, nhưng trang hiện trạng ghi mã ${code} chưa đạt ở ${units ? `${units.vi}: ${names.vi}` : districtWord(communeName)}.`,
    en: `The deadline cell says ${said ? `"${said}" (met)` : 'met'}, but the status sheet has code ${code} not met ${units ? `in ${units.en}: ${names.en}` : 'by the district'}.`,
  }, { setId: it.setId, indicator: it.code, communes: keys, found: names.vi, expected: 'Thời hạn hoàn thành (quý …/năm …)' });
}

/**
 * The deadlines communes were judged by ("Quý II/2023; Quý IV/2023"), at most 3 named. `key`
 * is the Vietnamese as it read before indicators were named: the finding keeps its key, so a
 * finding the office set aside stays set aside.
 */
function judgedDeadlines(communes: ItemCommune[], code: string, assigned: string | undefined, assignedDate: IsoDate | undefined): { vi: string; en: string; key: string } {
  // A date that is not the assignment's says where it comes from: the cell marked may read "Năm
  // 2023", and a criterion judged by its indicators' rows says whose ("chỉ tiêu 2.2, 2.4").
  const labels = new Map<string, { fromRow: boolean; codes: string[] }>();
  // Most communes repeat the last one's deadline: its entry is reused without a key built and
  // looked up per commune (a national item has thousands).
  let lastFromRow: boolean | undefined;
  let lastLabel: string | undefined;
  let last: { fromRow: boolean; codes: string[] } | undefined;
  for (const c of communes) {
    const fromRow = c.statusDeadline !== undefined && !sameDeadline(c, assigned, assignedDate);
    const label = fromRow ? c.statusDeadline! : assigned ?? c.statusDeadline ?? '';
    if (!label) continue;
    let seen = last;
    if (seen === undefined || fromRow !== lastFromRow || label !== lastLabel) {
      const key = `${fromRow}|${label}`;
      seen = labels.get(key);
      if (seen === undefined) labels.set(key, (seen = { fromRow, codes: [] }));
      lastFromRow = fromRow;
      lastLabel = label;
      last = seen;
    }
    const by = c.statusDeadlineCode;
    if (fromRow && by && by !== code && !seen.codes.includes(by)) seen.codes.push(by);
  }
  const list = (text: (label: string, l: { fromRow: boolean; codes: string[] }) => string) => {
    const out = [...labels].map(([key, l]) => text(key.slice(key.indexOf('|') + 1), l));
    return out.length <= 3 ? out.join('; ') : `${out.slice(0, 3).join('; ')}…`;
  };
  const codes = (l: { codes: string[] }, word: string) => (l.codes.length ? `${word} ${[...l.codes].sort(compareNatural).join(', ')}, ` : '');
  return {
    vi: list((label, l) => (l.fromRow ? `${label} (${codes(l, 'chỉ tiêu')}theo dòng hiện trạng)` : label)),
    en: list((label, l) => (l.fromRow ? `${label} (${codes(l, l.codes.length > 1 ? 'indicators' : 'indicator')}from the status rows)` : label)),
    key: list((label, l) => (l.fromRow ? `${label} (theo dòng hiện trạng)` : label)),
  };
}

/** The status row's deadline is the assignment's: the same date ("cuối năm 2023" = "Quý IV/2023") or words. */
export function sameDeadline(c: ItemCommune, assigned: string | undefined, assignedDate: IsoDate | undefined): boolean {
  return (assignedDate !== undefined && c.statusDeadlineDate === assignedDate) || sameLabel(c.statusDeadline, assigned);
}

/** "Quý IV/2023" and "quý IV/2023" are one deadline. */
export function sameLabel(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The deadlines written on the status rows of these communes, at most 3 named ("Quý III/2023; Quý IV/2023"). */
export function statusDeadlineLabels(communes: ItemCommune[], other?: string, otherDate?: IsoDate): string | undefined {
  // Only those other than `other` (the assignment's): a row repeating it judges nothing differently.
  const labels = [...new Set(communes.filter((c) => c.statusDeadline && !sameDeadline(c, other, otherDate)).map((c) => c.statusDeadline!))];
  if (labels.length === 0) return undefined;
  return labels.length <= 3 ? labels.join('; ') : `${labels.slice(0, 3).join('; ')}…`;
}

export function cellRc(a1: string): { row: number; col: number } {
  return parseA1(a1) ?? { row: 0, col: 0 };
}

/** A mark on the cell a SourceRef points at. */
export function markAt(at: SourceRef, kind: HighlightMark['kind'], cue: string): HighlightMark {
  if (at.row !== undefined && at.col !== undefined) return { sheet: at.sheet, row: at.row, col: at.col, kind, cue };
  return { sheet: at.sheet, ...cellRc(at.cell), kind, cue };
}
