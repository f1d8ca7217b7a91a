// The district itself, for rows of the district criteria set (huyện NTM): not a commune.
import type { Commune } from '../model/program';

export const DISTRICT_KEY = 'huyen:';

export const DISTRICT_COMMUNE: Commune = { key: DISTRICT_KEY, name: 'Huyện', kind: 'xa' };
