// The district set's precondition from the commune rows: "Tất cả các xã trên địa bàn huyện được
// công nhận đạt chuẩn nông thôn mới" (QĐ 320/QĐ-TTg; DOMAIN §2). Towns (thị trấn) are not xã:
// they have their own set (đô thị văn minh) and are outside the condition.
import type { CatalogIndex } from '../criteria/catalog';
import type { CommuneRow, DistrictCondition } from './types';

/** District set → the commune set its condition requires every xã to meet. */
const EVERY_COMMUNE_MEETS: Record<string, string> = { 'huyen-ntm-2021': 'xa-ntm-2021' };

/** The conditions of `districtSetIds` that name a commune set, judged on `communes` (every commune-level row). */
export function districtConditions(catalog: CatalogIndex, districtSetIds: string[], communes: CommuneRow[]): DistrictCondition[] {
  const out: DistrictCondition[] = [];
  for (const setId of districtSetIds) {
    const communeSetId = EVERY_COMMUNE_MEETS[setId];
    const set = catalog.getSet(setId);
    if (!communeSetId || !set || !set.conditions.length) continue;
    // Every xã the workbook knows, whichever set it works towards; its row on the commune set judges it.
    const rowOn = new Map<string, CommuneRow>();
    const xa = new Map<string, CommuneRow>();
    for (const r of communes) {
      if (!r.communeKey.startsWith('xa:')) continue;
      if (!xa.has(r.communeKey)) xa.set(r.communeKey, r);
      if (r.setId === communeSetId) rowOn.set(r.communeKey, r);
    }
    const full: string[] = [];
    const notFull: string[] = [];
    const noData: string[] = [];
    for (const c of xa.values()) {
      const r = rowOn.get(c.communeKey);
      if (!r || r.noData) noData.push(c.display);
      else if (r.criteriaUnmet.length === 0 && r.criteriaUnknown.length === 0 && r.criteriaMet.length >= r.criteriaTotal) full.push(r.display);
      else notFull.push(r.display);
    }
    // The district's results alone (no xã on any sheet): nothing to judge the condition on.
    if (xa.size === 0) continue;
    out.push({ setId, text: set.conditions[0], communeSetId, full, notFull, noData, met: full.length > 0 && notFull.length === 0 && noData.length === 0 });
  }
  return out;
}
