// The level a department's name says it works at: a Sở or "… tỉnh" is the province's, a Phòng
// or "… huyện" the district's. Suggestions never cross it: "Sở Y tế" is not "Phòng Y tế".
import { nameKey } from './name-key';

export type DepartmentLevel = 'province' | 'district';

// Unaccented forms too: suggestions are for names typed without accents ("So Y te").
const PROVINCE_FIRST = new Set(['sở', 'so']);
const DISTRICT_FIRST = new Set(['phòng', 'phong', 'p']);
const PROVINCE_WORD = new Set(['tỉnh', 'tinh']);
const DISTRICT_WORD = new Set(['huyện', 'huyen']);

/** undefined when the name says neither ("Trung tâm Y tế") or both. */
export function departmentLevel(text: string): DepartmentLevel | undefined {
  const words = nameKey(text).split(' ');
  const province = PROVINCE_FIRST.has(words[0]) || words.some((w) => PROVINCE_WORD.has(w));
  const district = DISTRICT_FIRST.has(words[0]) || words.some((w) => DISTRICT_WORD.has(w));
  if (province === district) return undefined;
  return province ? 'province' : 'district';
}

/**
 * An accent-blind key without its province words ("so y te tinh" → "y te"): how much name there
 * is to misspell. "HĐND tỉnh" is four letters, not nine: no room for a typo of "UBND tỉnh".
 */
export function withoutProvinceWords(fold: string): string {
  return fold.split(' ').filter((w, i) => !PROVINCE_WORD.has(w) && !(i === 0 && PROVINCE_FIRST.has(w))).join(' ');
}
