// Deadline findings and the per-item states the department summary and highlights use.
import type { CatalogIndex } from '../criteria/catalog';
import { criterionOf } from '../criteria/catalog';
import type { Assignment, Deadline, SourceRef } from '../model/program';
import type { IsoDate } from '../model/dates';
import type { DeadlineState } from '../summary/types';
import type { FindingSink } from './finding-sink';
import type { Evaluation, IndicatorResult } from './evaluate';
import { evaluationKey, canonicalCode } from './evaluate';
import { deadlineState, STATE_LABELS } from './deadline-state';
import type { HighlightMark } from '../plan/highlight-plan';
import { parseA1 } from '../model/address';

export interface ItemCommune {
  communeKey: string;
  achieved?: boolean;
  state: DeadlineState;
  /** Status cells behind the result, for highlighting. */
  cells: SourceRef[];
}

/** One assignment × one code, judged for every commune in its scope. */
export interface AssignmentItem {
  assignment: Assignment;
  setId: string;
  code: string;
  qualifier?: string;
  deadline?: Deadline;
  state: DeadlineState;
  communes: ItemCommune[];
}

/** The commune results behind a code: the indicator itself, or every indicator of a criterion. */
function resultsFor(catalog: CatalogIndex, evaluation: Evaluation, communeKey: string, setId: string, code: string): { achieved?: boolean; indicators: IndicatorResult[] } | undefined {
  const res = evaluation.get(evaluationKey(communeKey, setId));
  if (!res) return undefined;
  const c = res.criteria.find((x) => x.code === criterionOf(code));
  if (!c) return undefined;
  if (!code.includes('.')) return { achieved: c.achieved, indicators: c.indicators };
  const canonical = canonicalCode(catalog, setId, code);
  const i = c.indicators.find((x) => x.code === canonical);
  return i ? { achieved: i.achieved, indicators: [i] } : undefined;
}

function worst(states: DeadlineState[]): DeadlineState {
  const order: DeadlineState[] = ['overdue', 'due-soon', 'pending', 'no-deadline', 'met-late', 'met-on-time'];
  for (const s of order) if (states.includes(s)) return s;
  return 'no-deadline';
}

export function buildItems(catalog: CatalogIndex, evaluation: Evaluation, assignments: Assignment[], setCommunes: Map<string, string[]>, asOf: IsoDate): AssignmentItem[] {
  const items: AssignmentItem[] = [];
  for (const a of assignments) {
    const scope = a.communes.length ? a.communes : (setCommunes.get(a.setId) ?? []);
    for (const c of a.codes) {
      const communes: ItemCommune[] = [];
      for (const communeKey of scope) {
        const r = resultsFor(catalog, evaluation, communeKey, a.setId, c.code);
        if (!r) continue;
        const entries = r.indicators.map((i) => i.entry).filter((e): e is NonNullable<typeof e> => !!e);
        const own = entries.find((e) => e.expected?.date);
        const deadline = own?.expected?.date ?? a.deadline?.date;
        const achievedOn = entries.map((e) => e.achievedOn).filter((d): d is string => !!d).sort().pop();
        const cells = r.achieved === true ? entries.map((e) => e.source) : r.indicators.filter((i) => i.achieved !== true && i.entry).map((i) => i.entry!.source);
        communes.push({ communeKey, achieved: r.achieved, state: deadlineState(r.achieved, deadline, asOf, achievedOn), cells });
      }
      const state = communes.length ? worst(communes.map((x) => x.state)) : deadlineState(undefined, a.deadline?.date, asOf);
      items.push({ assignment: a, setId: a.setId, code: c.code, qualifier: c.qualifier, deadline: a.deadline, state, communes });
    }
  }
  return items;
}

export function deadlineFindings(sink: FindingSink, items: AssignmentItem[], communeName: (k: string) => string, marks: HighlightMark[], deptNames: (ids: string[]) => string): void {
  const seenRows = new Set<Assignment>();
  for (const it of items) {
    const a = it.assignment;
    const at = a.source.deadline ?? a.source.row;
    if (!seenRows.has(a)) {
      seenRows.add(a);
      if (!a.deadline) {
        sink.add('deadline.missing', 'warning', at, {
          vi: `Chưa ghi thời hạn hoàn thành cho mã ${a.codes.map((c) => c.code).join(', ')}.`,
          en: `No deadline for code(s) ${a.codes.map((c) => c.code).join(', ')}.`,
        }, { setId: a.setId, indicator: a.codes.map((c) => c.code).join(','), department: a.leads[0], expected: 'Quý III/2023, 30/9/2023, năm 2025…' });
      } else if (!a.deadline.date) {
        sink.add('deadline.unreadable', 'error', at, {
          vi: `Không đọc được thời hạn "${a.deadline.raw}".` + (a.deadline.problem ? ` ${a.deadline.problem}` : ''),
          en: `Cannot read the deadline "${a.deadline.raw}".`,
        }, { setId: a.setId, indicator: a.codes.map((c) => c.code).join(','), found: a.deadline.raw, expected: 'quý III/2023, trước 30/9/2023, năm 2025…' });
        marks.push({ sheet: at.sheet, ...cellRc(at.cell), kind: 'data-error', cue: `Không đọc được thời hạn "${a.deadline.raw}"` });
      }
    }
    const late = it.communes.filter((c) => c.state === 'overdue' || c.state === 'due-soon');
    for (const kind of ['overdue', 'due-soon'] as const) {
      const list = late.filter((c) => c.state === kind);
      if (!list.length) continue;
      const names = list.map((c) => communeName(c.communeKey));
      const label = it.deadline?.label ?? it.deadline?.raw ?? '';
      const code = it.code + (it.qualifier ? ` (${it.qualifier})` : '');
      sink.add(kind === 'overdue' ? 'deadline.overdue' : 'deadline.due-soon', kind === 'overdue' ? 'warning' : 'info', at, {
        vi: `${STATE_LABELS[kind].vi}: mã ${code}, hạn ${label}, còn ${names.length} xã chưa đạt: ${names.join(', ')}. Chủ trì: ${deptNames(a.leads) || 'chưa có'}.`,
        en: `${STATE_LABELS[kind].en}: code ${code}, due ${label}, ${names.length} commune(s) not met: ${names.join(', ')}. Lead: ${deptNames(a.leads) || 'none'}.`,
      }, { setId: it.setId, indicator: it.code, department: a.leads[0], found: names.join(', '), keyHint: `${a.leads.join(',')}|${label}` });
      const cue = `${STATE_LABELS[kind].vi}: mã ${code}, hạn ${label}`;
      for (const c of list) for (const cell of c.cells) marks.push({ sheet: cell.sheet, ...cellRc(cell.cell), kind, cue });
      if (a.source.deadline) marks.push({ sheet: at.sheet, ...cellRc(at.cell), kind, cue: `${cue}; ${names.length} xã chưa đạt` });
    }
    for (const c of it.communes.filter((x) => x.state === 'met-late')) {
      sink.add('deadline.met-late', 'info', c.cells[0] ?? at, {
        vi: `${communeName(c.communeKey)}: mã ${it.code} hoàn thành muộn (hạn ${it.deadline?.label ?? ''}).`,
        en: `${communeName(c.communeKey)}: code ${it.code} met after its deadline (${it.deadline?.label ?? ''}).`,
      }, { setId: it.setId, indicator: it.code, commune: c.communeKey });
    }
  }
}

export function cellRc(a1: string): { row: number; col: number } {
  return parseA1(a1) ?? { row: 0, col: 0 };
}
