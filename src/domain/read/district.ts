// The district itself, for rows of the district criteria set (huyện NTM): not a commune.
import type { Commune } from '../model/program';
import { unitName, type DistrictKind } from '../criteria/district-kind';

export const DISTRICT_KEY = 'huyen:';

/** The district as its rows name it: "Huyện", or "Thị xã" in a thị xã's workbook; its key is the same. */
export function districtCommune(kind?: DistrictKind): Commune {
  return { key: DISTRICT_KEY, name: unitName(kind), kind: 'xa' };
}
