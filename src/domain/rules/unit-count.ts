// How many units a deadline message is about, in the words of the units themselves:
// "3 xã", "2 thị trấn" (the town set), "1 phường", and the district on its own "huyện" (or
// "thị xã", "thành phố", "quận": the office's kind of unit).
import type { Bilingual } from '../model/finding';
import { DISTRICT_KEY } from '../read/district';

/** Commune keys carry their kind in front ("xa:tân sơn", "thi-tran:định an", "huyen:"). */
function kindOf(key: string): string {
  // Nearly every key is a xã's: no new string for it (a national list has thousands).
  return key.startsWith('xa:') ? 'xa:' : key.slice(0, key.indexOf(':') + 1);
}

const UNITS: Record<string, Bilingual> = {
  'xa:': { vi: 'xã', en: 'commune(s)' },
  'thi-tran:': { vi: 'thị trấn', en: 'town(s)' },
  'phuong:': { vi: 'phường', en: 'ward(s)' },
};

/** "3 xã", "2 thị trấn", "4 xã, thị trấn" for a mixed list; undefined for the district alone. */
export function unitCount(keys: readonly string[]): Bilingual | undefined {
  if (keys.length > 0 && keys.every((k) => k === DISTRICT_KEY)) return undefined;
  const kinds = new Set<string>();
  for (const k of keys) kinds.add(kindOf(k));
  const words = [...kinds].map((k) => UNITS[k] ?? UNITS['xa:']);
  const vi = [...new Set(words.map((w) => w.vi))].join(', ');
  const en = [...new Set(words.map((w) => w.en))].join(', ');
  return { vi: `${keys.length} ${vi}`, en: `${keys.length} ${en}` };
}

/** The units' word alone ("xã", "thị trấn", "xã, thị trấn"): "Các xã này đã đạt" said of a town was wrong. */
export function unitWord(keys: readonly string[]): Bilingual {
  const c = unitCount(keys.length ? keys : ['xa:']);
  return c ? { vi: c.vi.replace(/^\d+ /, ''), en: c.en.replace(/^\d+ /, '') } : { vi: 'xã', en: 'commune(s)' };
}

/**
 * The district within a sentence ("huyện chưa đạt", "thị xã chưa đạt"): the name the namer gives
 * the district's own key ("Thị xã"), in lower case, so every message names it one way.
 */
export function districtWord(communeName: (k: string) => string): string {
  return communeName(DISTRICT_KEY).toLocaleLowerCase('vi');
}
