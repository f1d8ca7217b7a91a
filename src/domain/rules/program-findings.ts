// Program findings (not data errors): unmet criteria, and deadlines carried on status rows.
// One finding per commune and set (unmet) or per code and deadline (late), never per cell:
// a national table has hundreds of thousands of cells; the cells themselves are marked.
import { formatViDate } from '../model/dates';
import type { CatalogIndex } from '../criteria/catalog';
import type { StatusEntry, SourceRef } from '../model/program';
import type { IsoDate } from '../model/dates';
import type { HighlightMark } from '../plan/highlight-plan';
import type { FindingSink } from './finding-sink';
import type { CommuneSetResult, Evaluation } from './evaluate';
import { indicatorUnmet } from './evaluate';
import { UnmetParts } from './unmet-parts';
import { deadlineState, STATE_LABELS } from './deadline-state';
import { markAt, OngoingCount } from './deadlines';
import { nameList } from './name-list';
import { districtWord, unitCount } from './unit-count';
import { setNameEn } from '../criteria/set-names-en';
import { inSentence } from '../text/in-sentence';

export function unmetFindings(catalog: CatalogIndex, sink: FindingSink, evaluation: Evaluation, communeName: (k: string) => string, marks: HighlightMark[]): void {
  const parts = new UnmetParts();
  // forEach: a for-of over the map allocates an iterator result per commune until the loop is optimized.
  evaluation.forEach((r) => communeUnmet(catalog, sink, r, communeName, marks, parts));
}

/** One commune's unmet criteria: a mark on each unmet cell, one finding listing them. A function
 * called once per commune is optimized within the first run (a national table has 8,227). */
function communeUnmet(catalog: CatalogIndex, sink: FindingSink, r: CommuneSetResult, communeName: (k: string) => string, marks: HighlightMark[], known: UnmetParts): void {
  const who = communeName(r.communeKey);
  let parts: string[] | undefined;
  let first: SourceRef | undefined;
  // Each cue is the commune's head, made once per commune, and the criterion's part ("5 (5.1)"),
  // shared between communes (see UnmetParts): one string joined per unmet criterion.
  let head: string | undefined;
  for (const c of r.criteria) {
    if (c.achieved !== false) continue;
    const part = known.of(c);
    (parts ??= []).push(part);
    const cue = (head ??= `Chưa đạt: ${who}, tiêu chí `) + part;
    let criterionMarked = false;
    for (let k = 0; k < c.indicators.length; k++) {
      // Only the unmet indicators are read (see CriterionResult.unmetBits).
      if (!indicatorUnmet(c, k)) continue;
      const i = c.indicators[k];
      if (i.entry === c.criterionEntry) criterionMarked = true;
      if (!i.entry) continue;
      first ??= i.entry.source;
      marks.push(markAt(i.entry.source, 'unmet', i.entry.metAfterAsOf ? metLaterCue(cue, i.entry) : cue));
    }
    if (c.criterionEntry?.achieved === false && !criterionMarked) {
      first ??= c.criterionEntry.source;
      marks.push(markAt(c.criterionEntry.source, 'unmet', c.criterionEntry.metAfterAsOf ? metLaterCue(cue, c.criterionEntry) : cue));
    }
  }
  if (!parts) return;
  const set = catalog.getSet(r.setId);
  const list = parts.join('; ');
  sink.add('program.unmet', 'info', first, {
    vi: `${who} chưa đạt ${parts.length} tiêu chí của ${set?.shortName ?? r.setId}: ${list}.`,
    en: `${who} has not met ${parts.length} criteria of ${set ? setNameEn(set) : r.setId}: ${list}.`,
  }, { commune: r.communeKey, setId: r.setId, found: list });
}

/** The cell says "Đạt": the cue says why it is counted unmet. */
function metLaterCue(cue: string, e: StatusEntry): string {
  return `${cue}; ghi Đạt nhưng ngày đạt ${formatViDate(e.achievedOn!)} sau ngày báo cáo`;
}

/**
 * Deadlines written on status rows ("Dự kiến đạt"), judged like assignment deadlines. A row whose
 * deadline an assignment item already judged (`judged`) is only marked: the item's finding says it.
 */
export function statusDeadlineFindings(sink: FindingSink, statuses: StatusEntry[], asOf: IsoDate, communeName: (k: string) => string, marks: HighlightMark[], judged?: Set<StatusEntry>): void {
  const groups = new Map<string, { s: StatusEntry; state: 'overdue' | 'due-soon' | 'met-late'; label: string; at: SourceRef; communes: string[]; keys: string[] }>();
  const ongoing = new OngoingCount();
  // Indexed: a for-of allocates an iterator result per step until the loop is optimized.
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i];
    if (s.metAfterAsOf && s.achievedOn) {
      const who = communeName(s.communeKey);
      sink.add('status.achieved-after-as-of', 'warning', s.source, {
        vi: `${who}, mã ${s.code}: ngày đạt ${formatViDate(s.achievedOn)} sau ngày báo cáo ${formatViDate(asOf)}. Tính đến ngày báo cáo, mã này được tính là chưa đạt (trong các bảng tổng hợp và khi xét thời hạn).`,
        en: `${who}, code ${s.code}: met on ${s.achievedOn}, after the report date ${asOf}. As of the report date it is counted as not met (in the summaries and when deadlines are judged).`,
      }, { commune: s.communeKey, setId: s.setId, indicator: s.code, found: formatViDate(s.achievedOn), expected: `≤ ${formatViDate(asOf)}` });
    }
    if (!s.expected) continue;
    const at = s.expectedSource ?? s.source;
    if (s.expected.ongoing) {
      ongoing.add(at);
      continue;
    }
    if (!s.expected.date) {
      sink.add('deadline.unreadable', 'error', at, {
        vi: `Không đọc được thời hạn "${s.expected.raw}".` + (s.expected.problem ? ` ${s.expected.problem}` : ''),
        en: `Cannot read the deadline "${s.expected.raw}".`,
      }, { commune: s.communeKey, setId: s.setId, indicator: s.code, found: s.expected.raw });
      marks.push(markAt(at, 'data-error', `Không đọc được thời hạn "${s.expected.raw}"`));
      continue;
    }
    const state = deadlineState(s.achieved, s.expected.date, asOf, s.achievedOn);
    if (state !== 'overdue' && state !== 'due-soon' && state !== 'met-late') continue;
    const label = s.expected.label ?? s.expected.raw;
    if (state !== 'met-late') marks.push(markAt(at, state, `${STATE_LABELS[state].vi}: mã ${s.code}, hạn ${inSentence(label)}`));
    if (judged?.has(s)) continue;
    const k = `${s.setId}|${s.code}|${state}|${s.expected.date}`;
    const g = groups.get(k);
    const who = communeName(s.communeKey);
    if (g) {
      g.communes.push(who);
      g.keys.push(s.communeKey);
    } else groups.set(k, { s, state, label, at, communes: [who], keys: [s.communeKey] });
  }
  const district = districtWord(communeName);
  for (const { s, state, label, at, communes, keys } of groups.values()) {
    const names = nameList(communes);
    const units = unitCount(keys);
    sink.add(`deadline.${state}`, state === 'overdue' ? 'warning' : 'info', at, {
      vi: `${STATE_LABELS[state].vi}: mã ${s.code}, hạn ${inSentence(label)}, ${units ? `${units.vi}: ${names.vi}` : state === 'met-late' ? district : `${district} chưa đạt`}.`,
      en: `${STATE_LABELS[state].en}: code ${s.code}, due ${label}, ${units ? `${units.en}: ${names.en}` : state === 'met-late' ? 'the district' : 'not met by the district'}.`,
    }, { setId: s.setId, indicator: s.code, communes: keys, found: names.vi, keyHint: `status|${label}` });
  }
  ongoing.report(sink);
}
