// A status row's "Dự kiến đạt" later than the assignment's deadline (seed 001: "năm 2025" against
// "Quý IV/2024"): the commune is judged by its own row, so the slip must be said, not silently taken.
import type { FindingSink } from './finding-sink';
import type { AssignmentItem } from './deadlines';
import { nameListBy } from './name-list';
import { districtWord, unitCount } from './unit-count';
import { DISTRICT_KEY } from '../read/district';
import { inSentence } from '../text/in-sentence';

export function deadlineSlipFindings(sink: FindingSink, items: AssignmentItem[], communeName: (k: string) => string): void {
  for (const it of items) {
    const a = it.assignment;
    const assigned = a.deadline?.date;
    if (!assigned || a.supportOnly) continue;
    // Met communes slipped nothing; the others were given more time by their own rows.
    const later = it.communes.filter((c) => c.statusDeadlineDate !== undefined && c.statusDeadlineDate > assigned && c.state !== 'met-on-time' && c.state !== 'met-late');
    if (!later.length) continue;
    const names = nameListBy(later, (c) => communeName(c.communeKey));
    const units = unitCount(later.map((c) => c.communeKey));
    // The district alone (its own criteria) has no unit count: it is "huyện" ("thị xã", …).
    const whoVi = units ? `${units.vi}: ${names.vi}` : districtWord(communeName);
    const whoEn = units ? `${units.en}: ${names.en}` : 'the district';
    // Who is judged by the status rows, in their own words: not "Các xã này" for the district alone.
    const judgedVi = units ? (units.vi.includes(',') ? 'Các đơn vị này đang' : `Các ${units.vi.replace(/^\d+ /, '')} này đang`) : `${communeName(DISTRICT_KEY)} đang`;
    const judgedEn = units ? 'These units are' : 'The district is';
    const written = [...new Set(later.map((c) => c.statusDeadline).filter(Boolean))].slice(0, 3).join('; ');
    const label = a.deadline?.label ?? a.deadline?.raw ?? assigned;
    const code = it.code + (it.qualifier ? ` (${it.qualifier})` : '');
    sink.add('deadline.status-later', 'warning', a.source.deadline ?? a.source.row, {
      vi: `Mã ${code}: hạn phân công ${inSentence(String(label))}, nhưng dòng hiện trạng của ${whoVi} ghi dự kiến muộn hơn (${written}). Hạn đã được lùi? ${judgedVi} được xét theo dòng hiện trạng.`,
      en: `Code ${code}: assigned deadline ${label}, but the status rows of ${whoEn} expect it later (${written}). Was the deadline moved? ${judgedEn} judged by the status rows.`,
    }, { setId: it.setId, indicator: it.code, communes: later.map((c) => c.communeKey), found: written, expected: String(label), keyHint: `${a.source.row.sheet}:${a.source.row.cell}:${it.code}` });
  }
}
