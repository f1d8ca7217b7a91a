// "Theo phòng ban": each department's tasks, one per set, code and qualifier however many
// assignment rows give it the task (seed 001 names criteria 12, 14 and 16 twice for one officer:
// counted twice, "Tiêu chí 12 — Quá hạn" listed twice). The rows' repeat is said by
// assign.duplicate-department; the department is counted once.
import type { CatalogIndex } from '../criteria/catalog';
import type { AssignmentItem, ItemCommune } from '../rules/deadlines';
import { sameDeadline, statusDeadlineLabels } from '../rules/deadlines';
import { DISTRICT_KEY } from '../read/district';
import type { DeadlineState, DepartmentItem, DepartmentRow } from './types';

export interface DepartmentRowsInput {
  catalog: CatalogIndex;
  items: AssignmentItem[];
  communeName: (key: string) => string;
  deptName: (id: string) => string;
  /** A commune's place in display order (merged rows list their communes in it). */
  communeRank: (key: string) => number;
}

/** A department's rows for one task: those it leads, and those it only coordinates. */
interface Share {
  lead: AssignmentItem[];
  coordinate: AssignmentItem[];
}

export function departmentRows(input: DepartmentRowsInput): DepartmentRow[] {
  const shares = new Map<string, Map<string, Share>>();
  const add = (id: string, it: AssignmentItem, role: keyof Share) => {
    let tasks = shares.get(id);
    if (!tasks) shares.set(id, (tasks = new Map()));
    const key = `${it.setId}|${it.code}|${it.qualifier ?? ''}`;
    let share = tasks.get(key);
    if (!share) tasks.set(key, (share = { lead: [], coordinate: [] }));
    share[role].push(it);
  };
  for (const it of input.items) {
    for (const id of new Set(it.assignment.leads)) add(id, it, 'lead');
    for (const id of new Set(it.assignment.coordinators)) if (!it.assignment.leads.includes(id)) add(id, it, 'coordinate');
  }
  return [...shares.entries()]
    .map(([id, tasks]) => {
      // Leading a task beats coordinating it: one line, as lead, from the rows it leads (the
      // communes of a row it only supports are that row's lead's to answer for).
      const items = [...tasks.values()].map((s) => (s.lead.length ? departmentItem(input, s.lead, 'lead') : departmentItem(input, s.coordinate, 'coordinator')));
      // A department answers for what it leads: the items it only supports are listed, not counted
      // (the lead's overdue item is not the coordinator's too).
      const led = items.filter((i) => i.role === 'lead');
      return {
        departmentId: id,
        department: input.deptName(id),
        items,
        met: led.filter((i) => i.state === 'met-on-time' || i.state === 'met-late').length,
        dueSoon: led.filter((i) => i.state === 'due-soon').length,
        overdue: led.filter((i) => i.state === 'overdue').length,
        led: led.length,
        coordinating: items.length - led.length,
      };
    })
    .sort((a, b) => b.overdue - a.overdue || a.department.localeCompare(b.department, 'vi'));
}

/** One task from the rows giving it (nearly always one). */
function departmentItem(input: DepartmentRowsInput, rows: AssignmentItem[], role: DepartmentItem['role']): DepartmentItem {
  const it = rows[0];
  const { catalog, communeName } = input;
  const name = (it.code.includes('.') ? catalog.findIndicator(it.setId, it.code)?.indicator.name : catalog.findCriterion(it.setId, it.code)?.name) ?? it.assignment.content ?? '';
  const communes = rows.length === 1 ? it.communes : mergedCommunes(rows, input.communeRank);
  const state = rows.length === 1 ? it.state : worstState(rows.map((r) => r.state));
  const { unmet, noResult, criterionUnmet, unmetByState } = itemCommuneNames(communes, communeName);
  const own = communes.find((c) => c.communeKey === DISTRICT_KEY);
  const district = !own || own.achieved === true ? undefined : own.achieved === false ? ('unmet' as const) : ('not-assessed' as const);
  const deadline = earliestDeadline(rows);
  const assigned = assignedLabel(rows);
  const deadlineLabel = assigned ?? statusDeadlineLabels(communes);
  // Status rows that carry another deadline than the rows': their communes were judged by it.
  const statusDeadlineLabel = assigned === undefined ? undefined : statusDeadlineLabels(communes.filter((c) => !rows.some((r) => sameDeadline(c, labelOf(r), r.deadline?.date))));
  const undated = !deadline && rows.some((r) => r.deadline && !r.deadline.date);
  const metUndated = state === 'met-on-time' && rows.some((r) => r.state === 'met-on-time' && r.metUndated > 0);
  return {
    setId: it.setId,
    code: it.code,
    qualifier: it.qualifier,
    name,
    role,
    deadline,
    deadlineLabel,
    ...(statusDeadlineLabel ? { statusDeadlineLabel } : {}),
    state,
    ...(undated ? { deadlineUndated: true as const } : {}),
    ...(metUndated ? { metUndated: true as const } : {}),
    communesUnmet: unmet,
    ...(unmetByState ? { communesUnmetByState: unmetByState } : {}),
    ...(noResult.length ? { communesNoResult: noResult } : {}),
    ...(criterionUnmet.length ? { communesCriterionUnmet: criterionUnmet } : {}),
    ...(district ? { district } : {}),
  };
}

const labelOf = (r: AssignmentItem): string | undefined => r.deadline?.label ?? r.deadline?.raw;

/**
 * Each commune once, by its worst state among the rows naming it: a commune two rows name was
 * judged by each row's deadline, and the earlier one is the one it is late against (the status is
 * the same in both). Communes met on time are not listed by any row, as in one row's item.
 */
function mergedCommunes(rows: AssignmentItem[], rank: (key: string) => number): ItemCommune[] {
  const byKey = new Map<string, ItemCommune>();
  for (const r of rows) {
    for (const c of r.communes) {
      const seen = byKey.get(c.communeKey);
      if (!seen || rankOf(c.state) < rankOf(seen.state)) byKey.set(c.communeKey, c);
    }
  }
  return [...byKey.values()].sort((a, b) => rank(a.communeKey) - rank(b.communeKey));
}

/** The earliest date among the rows' deadlines: the one a commune named by every row is late against first. */
function earliestDeadline(rows: AssignmentItem[]): string | undefined {
  let out: string | undefined;
  for (const r of rows) {
    const d = r.deadline?.date;
    if (d !== undefined && (out === undefined || d < out)) out = d;
  }
  return out;
}

/**
 * The rows' deadlines as the department sheet writes them: each that judges some commune, earliest
 * first ("Quý IV/2023; Quý II/2024" for two rows with their own communes). A deadline is left out
 * when a row with an earlier one (a dated one before "Duy trì") names every commune its row names:
 * two rows for the same communes, "Năm 2024" and "Năm 2025", are late against 2024, and say so.
 */
function assignedLabel(rows: AssignmentItem[]): string | undefined {
  if (rows.length === 1) return labelOf(rows[0]);
  const ordered = rows
    .map((r, index) => ({ r, index, label: labelOf(r), date: r.deadline?.date }))
    .filter((x) => x.label !== undefined)
    .sort((a, b) => (a.date === b.date ? a.index - b.index : a.date === undefined ? 1 : b.date === undefined ? -1 : a.date < b.date ? -1 : 1));
  const labels: string[] = [];
  const dates = new Set<string>();
  ordered.forEach((x, i) => {
    if (ordered.slice(0, i).some((y) => covers(y.r, x.r))) return;
    if (x.date !== undefined ? dates.has(x.date) : labels.includes(x.label!)) return;
    if (x.date !== undefined) dates.add(x.date);
    labels.push(x.label!);
  });
  return labels.length ? labels.join('; ') : undefined;
}

/** Row `a` names every commune row `b` names (no commune named: every commune of the set). */
function covers(a: AssignmentItem, b: AssignmentItem): boolean {
  const of = a.assignment.communes;
  if (!of.length) return true;
  const mine = b.assignment.communes;
  return mine.length > 0 && mine.every((k) => of.includes(k));
}

/** The communes of an item not met, without a result, and not met by their criterion's verdict
 * (an indicator without a row of its own), in the item's order; the district's own row apart. One
 * pass over a national item's thousands of communes. */
function itemCommuneNames(communes: ItemCommune[], communeName: (key: string) => string): { unmet: string[]; noResult: string[]; criterionUnmet: string[]; unmetByState?: { state: DeadlineState; communes: string[] }[] } {
  const unmet: string[] = [];
  const noResult: string[] = [];
  const criterionUnmet: string[] = [];
  // The unmet communes by state; nearly always one state, whose list is then `unmet` itself.
  const byState = new Map<DeadlineState, string[]>();
  let lastState: DeadlineState | undefined;
  let lastList: string[] | undefined;
  for (let n = 0; n < communes.length; n++) {
    const c = communes[n];
    if (c.communeKey === DISTRICT_KEY) continue;
    if (c.achieved === false) {
      const name = communeName(c.communeKey);
      unmet.push(name);
      if (c.state !== lastState) {
        lastState = c.state;
        lastList = byState.get(c.state);
        if (!lastList) byState.set(c.state, (lastList = []));
      }
      lastList!.push(name);
    } else if (c.achieved === undefined) (c.viaCriterion?.achieved === false ? criterionUnmet : noResult).push(communeName(c.communeKey));
  }
  if (byState.size < 2) return { unmet, noResult, criterionUnmet };
  const unmetByState = [...byState].map(([state, communes]) => ({ state, communes })).sort((a, b) => rankOf(a.state) - rankOf(b.state));
  return { unmet, noResult, criterionUnmet, unmetByState };
}

/** Worst first, as an item's state is its communes' worst ('no-result' only when none is judged). */
const STATE_ORDER: DeadlineState[] = ['overdue', 'due-soon', 'pending', 'no-deadline', 'met-late', 'met-on-time', 'no-result'];
const rankOf = (s: DeadlineState): number => STATE_ORDER.indexOf(s);

function worstState(states: DeadlineState[]): DeadlineState {
  return states.reduce((a, b) => (rankOf(b) < rankOf(a) ? b : a));
}
