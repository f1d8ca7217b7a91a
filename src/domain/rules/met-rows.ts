// A row for the codes already met ("Các tiêu chí, chỉ tiêu đã đạt" | "Tiếp tục duy trì, nâng chất",
// seed 002): its members keep up what the commune has, so it covers what the results say is met,
// and no more. Left as "the rest", it would lead unmet codes no one was given (seed 002: 6.2, 10,
// 15, 17) and hide that they have no lead.
import type { CatalogIndex } from '../criteria/catalog';
import type { Assignment, CodeRef } from '../model/program';
import type { FindingSink } from './finding-sink';

type IsMet = (communeKey: string, setId: string, code: string) => boolean | undefined;

/**
 * Narrows each met row (and its supporting part) to the codes met in every commune it covers: a
 * criterion met in part gives way to its met indicators. A part left with nothing is dropped; the
 * row is said once, at its code cell, with what it leads and supports.
 */
export function narrowMetRows(catalog: CatalogIndex, sink: FindingSink, assignments: Assignment[], setCommunes: Map<string, string[]>, isMet: IsMet): void {
  const said = new Map<string, { at: Assignment; led: string[]; supported: string[] }>();
  for (let i = assignments.length - 1; i >= 0; i--) {
    const a = assignments[i];
    if (!a.metRow) continue;
    const communes = a.communes.length ? a.communes : (setCommunes.get(a.setId) ?? []);
    const metEverywhere = (code: string) => communes.length > 0 && communes.every((k) => isMet(k, a.setId, code) === true);
    const kept: CodeRef[] = [];
    for (const c of a.codes) {
      if (metEverywhere(c.code)) {
        kept.push(c);
        continue;
      }
      if (c.code.includes('.')) continue;
      for (const code of catalog.indicatorCodes(a.setId, c.code)) if (code !== c.code && metEverywhere(code)) kept.push({ code, raw: c.raw });
    }
    const key = `${a.source.row.sheet}!${a.source.row.cell}|${a.setId}`;
    const entry = said.get(key) ?? { at: a, led: [], supported: [] };
    said.set(key, entry);
    (a.supportOnly ? entry.supported : entry.led).unshift(...kept.map((c) => c.code));
    if (kept.length) a.codes = kept;
    else assignments.splice(i, 1);
  }
  for (const { at, led, supported } of said.values()) {
    const text = at.metRow!;
    const lead = led.length ? { vi: `chủ trì duy trì ${led.join(', ')}`, en: `leads keeping up ${led.join(', ')}` } : { vi: 'không chủ trì mã nào', en: 'lead no code' };
    const help = supported.length ? { vi: `; phối hợp ở ${supported.join(', ')} (đã có dòng phân công riêng)`, en: `; supports ${supported.join(', ')} (rows of their own)` } : { vi: '', en: '' };
    sink.add('assign.general-row', 'info', at.source.code ?? at.source.row, {
      vi: `"${text}": đọc là các mã đã đạt theo kết quả hiện trạng: cơ quan của dòng này ${lead.vi}${help.vi}. Mã chưa đạt không thuộc dòng này.`,
      en: `"${text}": read as the codes the results say are met: this row's departments ${lead.en}${help.en}. Codes not met are not this row's.`,
    }, { found: text, setId: at.setId, keyHint: `${at.source.row.sheet}:${at.source.row.cell}:met` });
  }
}
