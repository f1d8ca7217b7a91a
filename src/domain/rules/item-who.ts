// Who a late item is about, in three groups: communes whose status says not met; communes whose
// criterion is written not met while the item's indicator has no row of its own (statuses kept by
// criterion, assignments by indicator: seed 004); communes with no result at all.
import type { Bilingual } from '../model/finding';
import { criterionOf } from '../criteria/catalog';
import { nameListBy } from './name-list';
import { districtWord, unitCount } from './unit-count';
import type { ItemCommune } from './deadlines';

interface Groups {
  failing: ItemCommune[];
  byCriterion: ItemCommune[];
  silent: ItemCommune[];
}

function groups(list: ItemCommune[]): Groups {
  const g: Groups = { failing: [], byCriterion: [], silent: [] };
  for (const c of list) {
    if (c.achieved === false) g.failing.push(c);
    else if (c.achieved === undefined && c.viaCriterion?.achieved === false) g.byCriterion.push(c);
    else if (c.achieved === undefined) g.silent.push(c);
    else g.failing.push(c);
  }
  return g;
}

/** "còn 2 xã chưa đạt: A, B; 3 xã chưa đạt tiêu chí 13 (không ghi riêng mã 13.2): C, D, E; 1 xã chưa có kết quả: F". */
export function itemWho(list: ItemCommune[], code: string, communeName: (k: string) => string): Bilingual {
  const g = groups(list);
  const crit = criterionOf(code);
  const district = districtWord(communeName);
  const parts: Bilingual[] = [];
  const part = (xs: ItemCommune[], vi: (u: string) => string, en: (u: string) => string, districtVi: string, districtEn: string) => {
    if (!xs.length) return;
    const units = unitCount(xs.map((c) => c.communeKey));
    const names = nameListBy(xs, (c) => communeName(c.communeKey));
    parts.push(units ? { vi: `${vi(units.vi)}: ${names.vi}`, en: `${en(units.en)}: ${names.en}` } : { vi: districtVi, en: districtEn });
  };
  part(g.failing, (u) => `còn ${u} chưa đạt`, (u) => `${u} not met`, `${district} chưa đạt`, 'not met by the district');
  part(g.byCriterion, (u) => `${u} chưa đạt tiêu chí ${crit} (không ghi riêng mã ${code})`, (u) => `${u} not meeting criterion ${crit} (no row for ${code})`, `${district} chưa đạt tiêu chí ${crit} (không ghi riêng mã ${code})`, `criterion ${crit} not met by the district (no row for ${code})`);
  part(g.silent, (u) => `${u} chưa có kết quả`, (u) => `no result from ${u}`, `${district} chưa có kết quả`, 'no result from the district');
  return { vi: parts.map((p) => p.vi).join('; '), en: parts.map((p) => p.en).join('; ') };
}

/** The highlight's counts: "1 xã chưa đạt; 2 xã chưa đạt tiêu chí 13; 1 xã chưa có kết quả". */
export function itemCounts(list: ItemCommune[], code: string, communeName: (k: string) => string): string {
  const g = groups(list);
  const count = (xs: ItemCommune[], what: string) => {
    if (!xs.length) return '';
    const units = unitCount(xs.map((c) => c.communeKey));
    return units ? `${units.vi} ${what}` : `${districtWord(communeName)} ${what}`;
  };
  return [count(g.failing, 'chưa đạt'), count(g.byCriterion, `chưa đạt tiêu chí ${criterionOf(code)}`), count(g.silent, 'chưa có kết quả')].filter(Boolean).join('; ');
}
