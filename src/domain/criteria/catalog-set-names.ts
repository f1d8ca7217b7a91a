// Set names as the readers resolve them once the workbook's definitions sheet is applied: the
// shipped sets by the phrases offices use (set-names.ts), and a set the definitions sheet added
// ("Bộ tiêu chí xã an toàn thực phẩm" of a province) by its own name. Without this, a status
// sheet titled with the province's set was read as the national commune set.
import type { CatalogIndex } from './catalog';
import { nameFold } from './name-key';
import { isCommuneSet, recognizeSetName, resolveSetName } from './set-names';

/** Text (a title, a section row, a set cell) → set id, or undefined when it names no set. */
export type SetResolver = (text: string) => string | undefined;

/** "Bộ tiêu chí" leads most set names and every title: the words after it tell sets apart. */
const LEAD = /^bo tieu chi /;
/** A name shorter than this ("xa", "ap") would be found inside unrelated titles. */
const MIN_CORE = 8;

/** The resolver for `catalog`; the shipped resolver itself when the workbook adds no set. */
export function catalogSetResolver(catalog: CatalogIndex): SetResolver {
  const added = catalog.allSets().filter((s) => recognizeSetName(s.id)?.shipped !== true);
  if (!added.length) return resolveSetName;
  const cores = added
    .map((s) => ({ id: s.id, core: nameFold(s.name).replace(LEAD, '') }))
    .filter((c) => c.core.length >= MIN_CORE && c.core.includes(' '))
    // The longest name first: "xã an toàn thực phẩm kiểu mẫu" before "xã an toàn thực phẩm".
    .sort((a, b) => b.core.length - a.core.length);
  const ids = new Set(added.map((s) => s.id));
  const cache = new Map<string, string | undefined>();
  const resolve = (text: string): string | undefined => {
    const shipped = resolveSetName(text);
    // A specific shipped set (advanced, model, district, town) stands; "nông thôn mới" alone may be
    // the programme in a longer name ("xã an toàn thực phẩm trong xây dựng nông thôn mới").
    if (shipped && !isCommuneSet(shipped)) return shipped;
    const id = text.trim().toLowerCase();
    if (ids.has(id)) return id;
    // A set the product knows of but does not ship ("thôn NTM"), defined by the workbook.
    const known = recognizeSetName(text);
    if (known && !known.shipped && ids.has(known.id)) return known.id;
    const folded = ` ${nameFold(text)} `;
    return cores.find((c) => folded.includes(` ${c.core} `))?.id ?? shipped;
  };
  return (text) => {
    if (cache.has(text)) return cache.get(text);
    const r = resolve(text);
    cache.set(text, r);
    return r;
  };
}
