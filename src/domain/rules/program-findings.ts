// Program findings (not data errors): unmet criteria, and deadlines carried on status rows.
import type { CatalogIndex } from '../criteria/catalog';
import type { StatusEntry } from '../model/program';
import type { IsoDate } from '../model/dates';
import type { HighlightMark } from '../plan/highlight-plan';
import type { FindingSink } from './finding-sink';
import type { Evaluation } from './evaluate';
import { deadlineState, STATE_LABELS } from './deadline-state';
import { cellRc } from './deadlines';
import { DISTRICT_KEY } from '../read/district';

export function unmetFindings(catalog: CatalogIndex, sink: FindingSink, evaluation: Evaluation, communeName: (k: string) => string, marks: HighlightMark[]): void {
  for (const r of evaluation.values()) {
    const set = catalog.getSet(r.setId);
    const who = r.communeKey === DISTRICT_KEY ? 'Huyện' : communeName(r.communeKey);
    for (const c of r.criteria) {
      if (c.achieved !== false) continue;
      const unmet = c.indicators.filter((i) => i.achieved === false);
      const cells = [...unmet.map((i) => i.entry?.source), c.criterionEntry?.achieved === false ? c.criterionEntry.source : undefined].filter((x): x is NonNullable<typeof x> => !!x);
      const name = catalog.findCriterion(r.setId, c.code)?.name ?? '';
      const which = unmet.length && !(unmet.length === 1 && unmet[0].code === c.code) ? ` (chỉ tiêu ${unmet.map((i) => i.code).join(', ')})` : '';
      sink.add('program.unmet', 'info', cells[0], {
        vi: `${who} chưa đạt tiêu chí ${c.code}${name ? ` ${name}` : ''}${which} — ${set?.shortName ?? r.setId}.`,
        en: `${who} has not met criterion ${c.code}${name ? ` ${name}` : ''}${which} — ${set?.shortName ?? r.setId}.`,
      }, { commune: r.communeKey, setId: r.setId, indicator: c.code });
      const cue = `Chưa đạt: ${who}, tiêu chí ${c.code}${which}`;
      for (const cell of cells) marks.push({ sheet: cell.sheet, ...cellRc(cell.cell), kind: 'unmet', cue });
    }
  }
}

/** Deadlines written on status rows ("Dự kiến đạt"), judged like assignment deadlines. */
export function statusDeadlineFindings(sink: FindingSink, statuses: StatusEntry[], asOf: IsoDate, communeName: (k: string) => string, marks: HighlightMark[]): void {
  for (const s of statuses) {
    if (!s.expected) continue;
    const at = s.expectedSource ?? s.source;
    if (!s.expected.date) {
      sink.add('deadline.unreadable', 'error', at, {
        vi: `Không đọc được thời hạn "${s.expected.raw}".` + (s.expected.problem ? ` ${s.expected.problem}` : ''),
        en: `Cannot read the deadline "${s.expected.raw}".`,
      }, { commune: s.communeKey, setId: s.setId, indicator: s.code, found: s.expected.raw });
      marks.push({ sheet: at.sheet, ...cellRc(at.cell), kind: 'data-error', cue: `Không đọc được thời hạn "${s.expected.raw}"` });
      continue;
    }
    const state = deadlineState(s.achieved, s.expected.date, asOf, s.achievedOn);
    if (state !== 'overdue' && state !== 'due-soon' && state !== 'met-late') continue;
    const who = s.communeKey === DISTRICT_KEY ? 'Huyện' : communeName(s.communeKey);
    const label = s.expected.label ?? s.expected.raw;
    sink.add(`deadline.${state}`, state === 'overdue' ? 'warning' : 'info', at, {
      vi: `${STATE_LABELS[state].vi}: ${who}, mã ${s.code}, hạn ${label}.`,
      en: `${STATE_LABELS[state].en}: ${who}, code ${s.code}, due ${label}.`,
    }, { commune: s.communeKey, setId: s.setId, indicator: s.code, keyHint: 'status' });
    if (state !== 'met-late') marks.push({ sheet: at.sheet, ...cellRc(at.cell), kind: state, cue: `${STATE_LABELS[state].vi}: mã ${s.code}, hạn ${label}` });
  }
}
