// How offices name a criteria set ("xã NTM nâng cao", "II. XÃ NÔNG THÔN MỚI NÂNG CAO") → set id.
// Matching is accent-blind: set names are fixed phrases, often typed without accents.
import { nameFold } from './name-key';
import { memoText } from '../text/memo';

export interface SetNameMatch {
  id: string;
  /** False for sets the product knows of but does not ship (huyện NTM nâng cao, thôn NTM…). */
  shipped: boolean;
}

const SHIPPED_IDS = ['xa-ntm-2021', 'xa-ntm-2026', 'xa-ntm-nang-cao-2021', 'xa-ntm-kieu-mau-2021', 'huyen-ntm-2021', 'do-thi-van-minh-2022'];

/** Row prefixes: "I.", "II -", "A)", "1.", "Phần II:". */
const SECTION_PREFIX = /^\s*(?:phần\s+)?(?:[IVXLC]{1,5}|[A-HĐ]|\d{1,2})\s*[.):/–—-]\s*\S/iu;

// Patterns run on folded text with punctuation turned to spaces ("xa ntm nang cao").
const NTM = '(?:nong thon moi|ntm)';
const VILLAGE = new RegExp(`\\b(?:thon|xom|ap|ban|khu dan cu|to dan pho)\\s+(?:dat chuan\\s+)?${NTM}\\b|\\bkhu dan cu\\s+kieu mau\\b|\\bvuon mau\\b`);
const DISTRICT = new RegExp(`\\bhuyen\\s+(?:dat chuan\\s+)?${NTM}\\b|\\btieu chi huyen\\b|\\bhuyen ntmnc\\b`);
const ADVANCED = /\bnang cao\b|\bntmnc\b|\bntm nc\b/;
const MODEL = /\bkieu mau\b|\bntmkm\b|\bntm km\b/;
const TOWN = /\b(?:do thi|thi tran|phuong)\s+van minh\b|\bdtvm\b/;
/** "Xã nông thôn mới hiện đại": the 2026 - 2030 pilot framework (QĐ 51/2025/QĐ-TTg, Phụ lục II), not shipped. */
const MODERN = /\bhien dai\b/;
const COMMUNE = new RegExp(`\\b${NTM}\\b`);

/** The commune set of 2026 - 2030 (QĐ 51/2025/QĐ-TTg), named by "xã NTM … giai đoạn 2026 - 2030". */
export const LATER_COMMUNE_SET = 'xa-ntm-2026';
export const EARLIER_COMMUNE_SET = 'xa-ntm-2021';

/** The plain "xã nông thôn mới" set of either period: the words may also be the programme's name
 * inside a longer title, so a more specific set named beside them wins. */
export function isCommuneSet(id: string | undefined): boolean {
  return id === EARLIER_COMMUNE_SET || id === LATER_COMMUNE_SET;
}

/** A period that starts in 2026 or later ("giai đoạn 2026 - 2030", "2026-2030"). */
function namesLaterPeriod(text: string): boolean {
  const m = /(20\d\d)\s*[-–—]\s*(20\d\d)/.exec(text);
  return !!m && Number(m[1]) >= 2026 && Number(m[2]) > Number(m[1]);
}

/** The set a text names, shipped or not; undefined when it names none. */
export function recognizeSetName(text: string): SetNameMatch | undefined {
  const raw = text.trim();
  if (!raw) return undefined;
  if (SHIPPED_IDS.includes(raw.toLowerCase())) return { id: raw.toLowerCase(), shipped: true };
  const t = nameFold(raw);
  if (!t) return undefined;
  // "NC" / "KM" alone, as set columns abbreviate "nâng cao" / "kiểu mẫu" (never inside longer text).
  if (t === 'nc') return { id: 'xa-ntm-nang-cao-2021', shipped: true };
  if (t === 'km') return { id: 'xa-ntm-kieu-mau-2021', shipped: true };
  if (TOWN.test(t)) return { id: 'do-thi-van-minh-2022', shipped: true };
  if (VILLAGE.test(t)) return { id: MODEL.test(t) ? 'thon-ntm-kieu-mau' : 'thon-ntm', shipped: false };
  if (DISTRICT.test(t)) {
    if (ADVANCED.test(t)) return { id: 'huyen-ntm-nang-cao', shipped: false };
    if (MODEL.test(t)) return { id: 'huyen-ntm-kieu-mau', shipped: false };
    return { id: 'huyen-ntm-2021', shipped: true };
  }
  if (MODERN.test(t) && COMMUNE.test(t)) return { id: 'xa-ntm-hien-dai-2026', shipped: false };
  if (MODEL.test(t)) return { id: 'xa-ntm-kieu-mau-2021', shipped: true };
  if (ADVANCED.test(t) && (COMMUNE.test(t) || /^(?:(?:bo )?tieu chi |xa )?nang cao$/.test(t) || /\bntm ?nc\b/.test(t))) {
    return { id: 'xa-ntm-nang-cao-2021', shipped: true };
  }
  if (COMMUNE.test(t)) return { id: namesLaterPeriod(raw) ? LATER_COMMUNE_SET : 'xa-ntm-2021', shipped: true };
  return undefined;
}

/** The shipped set a text names; undefined for unknown or not-shipped sets. */
/** Memoized: a set column repeats the same text on every row. */
export const resolveSetName: (text: string) => string | undefined = memoText(resolveSetNameUncached);

function resolveSetNameUncached(text: string): string | undefined {
  const m = recognizeSetName(text);
  return m?.shipped ? m.id : undefined;
}

/**
 * Every shipped set a cell names: "Xã NTM và xã NTM nâng cao" (seed 004) is both sets, though as
 * one phrase it reads as the advanced set only. A cell naming one set gives that one.
 */
export function resolveSetNames(text: string, resolve: (text: string) => string | undefined = resolveSetName): string[] {
  const parts = text.split(/\s+(?:và|hoặc)\s+|[,;/+]/iu).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) {
    const ids = parts.map(resolve);
    if (ids.every((id): id is string => id !== undefined)) return [...new Set(ids)];
  }
  const one = resolve(text);
  return one ? [one] : [];
}

/** "I. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI": a numbered or lettered row naming a set (shipped or not;
 * `resolve` also knows the sets the workbook's definitions sheet added). */
export function isSectionRow(text: string, resolve?: (text: string) => string | undefined): boolean {
  const t = text.trim();
  if (!t || t.length > 160) return false;
  const numbered = SECTION_PREFIX.test(t);
  const headed = nameFold(t).startsWith('bo tieu chi ');
  return (numbered || headed) && (recognizeSetName(t) !== undefined || resolve?.(t) !== undefined);
}
