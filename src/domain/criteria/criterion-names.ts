// Which criterion of a set a written name belongs to, so the engine can flag "tiêu chí 4.
// Thủy lợi…" (seed 000: the name is criterion 3's). Names are compared accent-blind: no two
// criteria of a set differ only by accents, and sheets often lose or mistype them.
import type { CriteriaSet } from './schema';
import { nameFold } from './name-key';

/** Names offices use that are neither the official name nor the short name. */
const SYNONYMS: Record<string, Record<string, string[]>> = {
  'xa-ntm-2021': {
    '3': ['Thủy lợi', 'Thủy lợi và phòng chống thiên tai'],
    '6': ['Cơ sở vật chất văn hóa'],
    '7': ['Hạ tầng thương mại nông thôn'],
    '9': ['Nhà ở'],
    '11': ['Hộ nghèo', 'Giảm nghèo', 'Nghèo đa chiều'],
    '13': ['Tổ chức sản xuất'],
    '17': ['Môi trường'],
    '18': ['Hệ thống chính trị'],
    '19': ['Quốc phòng - An ninh', 'An ninh quốc phòng'],
  },
  'xa-ntm-nang-cao-2021': {
    '3': ['Thủy lợi', 'Thủy lợi và phòng chống thiên tai'],
    '7': ['Hạ tầng thương mại nông thôn'],
    '9': ['Nhà ở'],
    '11': ['Hộ nghèo', 'Giảm nghèo'],
    '13': ['Tổ chức sản xuất'],
    '19': ['Quốc phòng - An ninh', 'An ninh quốc phòng'],
  },
  'huyen-ntm-2021': {
    '3': ['Thủy lợi', 'Thủy lợi và phòng chống thiên tai'],
    '9': ['Hệ thống chính trị'],
  },
};

/** Abbreviations offices write inside criterion names (folded form). */
const ABBREVIATIONS: Record<string, string> = {
  ktnt: 'kinh te nong thon',
  ptktnt: 'phat trien kinh te nong thon',
  tcsx: 'to chuc san xuat',
  pctt: 'phong chong thien tai',
  attp: 'an toan thuc pham',
  htct: 'he thong chinh tri',
  tcpl: 'tiep can phap luat',
  csvc: 'co so vat chat',
  httm: 'ha tang thuong mai',
  mt: 'moi truong',
  vh: 'van hoa',
  gd: 'giao duc',
  qp: 'quoc phong',
  nt: 'nong thon',
};

/** "Tiêu chí số 1,2,4. Thủy lợi" → "thuy loi": leading label and codes removed. */
const LEADING_LABEL = /^(?:(?:tieu chi|chi tieu|noi dung|tc)\s+)?(?:so\s+)?(?:\d+\s+)*(?:ve\s+)?/;

/** Canonical token string of a name: folded, "và" dropped, abbreviations expanded. */
export function canonicalCriterionName(s: string): string {
  const folded = nameFold(s.replace(/\([^)]*\)/g, ' ')).replace(LEADING_LABEL, '');
  return folded
    .split(' ')
    .filter((t) => t && t !== 'va')
    .map((t) => ABBREVIATIONS[t] ?? t)
    .join(' ');
}

function startsWithTokens(text: string, head: string): boolean {
  return `${text} `.startsWith(`${head} `);
}

function unique(codes: Iterable<string>): string | undefined {
  const set = new Set(codes);
  return set.size === 1 ? [...set][0] : undefined;
}

/**
 * The criterion code whose name the text is, or undefined. Tries, in order: equality with a
 * name, short name or synonym; the text starting with an official name plus extra words (longest
 * wins); the text being the start of exactly one official name ("Hệ thống chính trị").
 * "Môi trường" is never "Chất lượng môi trường sống": no match inside a longer name.
 */
export function matchCriterionName(set: CriteriaSet, written: string): string | undefined {
  const w = canonicalCriterionName(written);
  if (!w) return undefined;
  const synonyms = SYNONYMS[set.id] ?? {};

  const exact: string[] = [];
  for (const c of set.criteria) {
    const names = [c.name, c.shortName, ...(synonyms[c.code] ?? [])];
    if (names.some((n) => canonicalCriterionName(n) === w)) exact.push(c.code);
  }
  if (exact.length) return unique(exact);

  let best: { code: string; len: number; tie: boolean } | undefined;
  for (const c of set.criteria) {
    const official = canonicalCriterionName(c.name);
    if (official.split(' ').length < 2 || !startsWithTokens(w, official)) continue;
    if (!best || official.length > best.len) best = { code: c.code, len: official.length, tie: false };
    else if (official.length === best.len) best.tie = true;
  }
  if (best) return best.tie ? undefined : best.code;

  const prefixed = set.criteria.filter((c) => startsWithTokens(canonicalCriterionName(c.name), w));
  return unique(prefixed.map((c) => c.code));
}
