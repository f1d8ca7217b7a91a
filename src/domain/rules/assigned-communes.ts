// Communes named in an assignment's "Xã áp dụng" cell that no status sheet has: a typo, a note
// typed in the wrong column ("Theo kế hoạch"), or a commune whose results are not in the workbook.
import type { Assignment } from '../model/program';
import type { FindingSink } from './finding-sink';

export function reportAssignedWithoutStatus(sink: FindingSink, assignments: Assignment[], setCommunes: Map<string, string[]>, communeName: (key: string) => string, setName: (id: string) => { vi: string; en: string }): void {
  const said = new Set<string>();
  for (const a of assignments) {
    const known = setCommunes.get(a.setId);
    const at = a.source.communes;
    if (!known || !at) continue;
    for (const key of a.communes) {
      if (known.includes(key)) continue;
      const k = `${at.sheet}!${at.cell}|${key}`;
      if (said.has(k)) continue;
      said.add(k);
      const name = communeName(key);
      sink.add('assign.commune-no-status', 'warning', at, {
        vi: `"${name}" (cột xã áp dụng) không có trong trang hiện trạng của ${setName(a.setId).vi}: sai tên xã, hay chưa nhập kết quả của xã này?`,
        en: `"${name}" (commune column) is not on any status sheet of ${setName(a.setId).en}: a misspelt commune, or its results are not entered yet?`,
      }, { commune: key, setId: a.setId, found: name });
    }
  }
}
