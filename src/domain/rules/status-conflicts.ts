// Two rows that judge one commune's code in opposite ways (Đạt here, Chưa đạt there): the engine
// counts the unmet one, and says so at both cells, so the office can settle which is right.
import type { StatusEntry } from '../model/program';
import type { FindingSink } from './finding-sink';

const verdict = (s: StatusEntry) => (s.achieved ? 'Đạt' : 'Chưa đạt');

export function reportConflicts(sink: FindingSink, conflicts: [StatusEntry, StatusEntry][], communeName: (key: string) => string): void {
  for (const [a, b] of conflicts) {
    const who = communeName(a.communeKey);
    const where = (s: StatusEntry) => `${s.source.sheet}!${s.source.cell}`;
    sink.add('status.conflict', 'error', b.source, {
      vi: `${who}, mã ${a.code}: ${where(a)} ghi "${verdict(a)}" nhưng ${where(b)} ghi "${verdict(b)}"; tính là chưa đạt cho đến khi sửa một trong hai ô.`,
      en: `${who}, code ${a.code}: ${where(a)} says "${verdict(a)}" but ${where(b)} says "${verdict(b)}"; counted as not met until one of them is corrected.`,
    }, { commune: a.communeKey, setId: a.setId, indicator: a.code, found: `${verdict(a)} / ${verdict(b)}`, keyHint: `${where(a)}|${where(b)}` });
  }
}
