// A code cell naming criteria without their numbers (seed 001: "Tiêu chí Quy hoạch",
// "Tiêu chí Trường học; Giáo dục", "Tiêu chí số Quốc phòng và An ninh"): read when every name is
// one criterion's, and said, so the office writes the number next time.
import type { CriteriaSet } from '../criteria/schema';
import { canonicalCriterionName, matchCriterionName } from '../criteria/criterion-names';
import type { CodeRef } from '../model/program';
import type { Bilingual } from '../model/finding';
import { setNameEn } from '../criteria/set-names-en';

const LABEL = /^\s*(?:tiêu chí|tc)\.?\s*(?:số\s*)?[:.\-–]?\s*/iu;

/** The criteria a name-only cell names, in the order written; undefined unless every name is known. */
export function codesFromNames(set: CriteriaSet, text: string): CodeRef[] | undefined {
  const body = text.replace(LABEL, '').trim();
  if (!body || /\d/.test(body)) return undefined;
  // Each name on its own first ("Trường học; Giáo dục" is 5 and 14); the whole when a name holds
  // a comma itself ("Thủy lợi và phòng, chống thiên tai").
  const parts = body.split(/[;,\n]+/).map((p) => p.trim()).filter(Boolean);
  let codes = parts.map((p) => matchCriterionName(set, p));
  if (parts.length > 1 && codes.some((c) => c === undefined)) codes = [wholeName(set, body)];
  if (codes.some((c) => c === undefined)) return undefined;
  return [...new Set(codes as string[])].map((code) => ({ code, raw: text }));
}

/** The whole text as one criterion's name exactly: "Trường học; Chợ nổi" is not 5 plus a remark. */
function wholeName(set: CriteriaSet, text: string): string | undefined {
  const code = matchCriterionName(set, text);
  const c = code ? set.criteria.find((x) => x.code === code) : undefined;
  const key = canonicalCriterionName(text);
  return c && [c.name, c.shortName].some((n) => n && canonicalCriterionName(n) === key) ? code : undefined;
}

/** Commune sets a commune plan mixes (seed 004 names advanced criteria in a standard plan). */
const COMMUNE_LEVELS = new Set(['commune', 'commune-advanced']);

/**
 * "Tiêu chí Hành chính công" on a row of the standard set: the exact name of a criterion of the
 * other commune set (advanced 15), which the row's own set has not. Undefined unless exactly one.
 */
export function criterionOfOtherSet(sets: CriteriaSet[], setId: string, text: string): { set: CriteriaSet; code: string } | undefined {
  const own = sets.find((s) => s.id === setId);
  if (!own || !COMMUNE_LEVELS.has(own.level)) return undefined;
  const body = text.replace(LABEL, '').trim();
  if (!body || /\d/.test(body)) return undefined;
  const hits = sets.filter((s) => s.id !== setId && COMMUNE_LEVELS.has(s.level)).flatMap((s) => {
    const code = wholeName(s, body);
    return code ? [{ set: s, code }] : [];
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "Tiếp cận pháp luật" on a row of the standard set: no criterion's name, but the words of an
 * indicator's ("Xã đạt chuẩn tiếp cận pháp luật", 18.4), which the office most likely meant. Short
 * names only (2 to 8 words), at most two indicators: a task's description is no name.
 */
export function indicatorsNaming(set: CriteriaSet, text: string): { code: string; name: string }[] {
  const words = canonicalCriterionName(text.replace(LABEL, '')).split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 8 || /\d/.test(text)) return [];
  const needle = ` ${words.join(' ')} `;
  const hits = set.criteria.flatMap((c) => c.indicators.filter((i) => i.name && ` ${canonicalCriterionName(i.name)} `.includes(needle)).map((i) => ({ code: i.code, name: i.name })));
  return hits.length <= 2 ? hits : [];
}

/** " Trong bộ Xã NTM có chỉ tiêu 18.4 (…): nếu là chỉ tiêu này, ghi mã vào ô." */
export function indicatorsHint(set: CriteriaSet, hits: { code: string; name: string }[]): Bilingual {
  const list = (join: string) => hits.map((h) => `${h.code} (${h.name})`).join(join);
  return {
    vi: ` Trong bộ ${set.shortName} có chỉ tiêu ${list(' và ')}: nếu là chỉ tiêu ${hits.length > 1 ? 'nào trong đó' : 'này'}, ghi mã vào ô.`,
    en: ` ${setNameEn(set)} has indicator ${list(' and ')}: if that is the one, write its code in the cell.`,
  };
}
