// "mã 13 của Xã NTM nâng cao": a workbook with several sets has the same codes in each (the sample's
// criterion 13 is late in the commune set and in the advanced one); its messages say which.
import type { Bilingual } from '../model/finding';
import type { CatalogIndex } from '../criteria/catalog';
import { setNameEn } from '../criteria/set-names-en';

/** The words after a code naming its set (" của Xã NTM nâng cao"), or none when one set is used. */
export type SetOf = (setId: string) => Bilingual;

const NONE: Bilingual = { vi: '', en: '' };

export function setLabeller(catalog: CatalogIndex, setIds: Iterable<string>): SetOf {
  const used = new Set(setIds);
  if (used.size < 2) return () => NONE;
  const cache = new Map<string, Bilingual>();
  return (setId) => {
    let label = cache.get(setId);
    if (!label) {
      const set = catalog.getSet(setId);
      cache.set(setId, (label = { vi: ` của ${set?.shortName ?? setId}`, en: ` of ${set ? setNameEn(set) : setId}` }));
    }
    return label;
  };
}
