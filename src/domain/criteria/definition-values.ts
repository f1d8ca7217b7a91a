// Reading the raw cells of a definitions sheet: direction, threshold, region, effective dates, code.
import { isoDate, isValidYmd, parseIso, serialToIso, type IsoDate } from '../model/dates';
import { normalizeCode } from '../parse/codes';
import { cleanText, foldKey } from '../text/normalize';
import { parseNumberVi } from '../parse/number-vi';
import { REGIONS, REGION_NAMES, type Direction, type Region } from './schema';
import { nameFold } from './name-key';

const GTE = /^(?:≥|>=|=>|>|⩾|tối thiểu|ít nhất|không (?:nhỏ|thấp) hơn|từ|trên)/iu;
const LTE = /^(?:≤|<=|=<|<|⩽|tối đa|không (?:quá|vượt|lớn hơn|cao hơn)|dưới)/iu;

/** "≥", ">=", "tối thiểu" → gte; "≤", "tối đa" → lte; "Đạt", "Không", "Có/Không" → pass. */
export function parseDirection(raw: string): Direction | undefined {
  const t = cleanText(raw);
  if (!t) return undefined;
  if (GTE.test(t)) return 'gte';
  if (LTE.test(t)) return 'lte';
  const f = foldKey(t).replace(/[^a-z/ ]/g, '').trim();
  if (/^(?:dat|dat\/khong|dat\/khong dat|dat\/chua dat|khong|co|co\/khong|khong co|pass)$/.test(f)) return 'pass';
  return undefined;
}

export interface ParsedThreshold {
  value: number;
  /** Direction written with the number ("≥ 70%"). */
  direction?: Direction;
  percent: boolean;
}

/** "70%", "≥ 70 %", "≤4%", "tối thiểu 45 triệu đồng", 0.7 → value (and direction if written). */
export function parseThreshold(raw: string | number): ParsedThreshold | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, percent: false } : undefined;
  // "(Đạt ≥ 70%)", "đạt ≥ 25%": seed 002 writes the norm after the word for met, in brackets.
  let t = cleanText(raw).replace(/^\((.*)\)$/u, '$1').trim().replace(/^đạt(?:\s*:\s*|\s+)(?=[≥≤<>=⩾⩽\d]|tối|ít|không|từ|trên|dưới)/iu, '');
  if (!t) return undefined;
  let direction: Direction | undefined;
  const g = GTE.exec(t);
  const l = g ? null : LTE.exec(t);
  if (g || l) {
    direction = g ? 'gte' : 'lte';
    t = t.slice((g ?? l)![0].length).trim();
  }
  const m = /^([-+]?[\d.,\s]*\d)\s*(%?)\s*(.*)$/u.exec(t);
  if (!m) return undefined;
  // One number rule for the whole product: "1.000" is a thousand, "45,5" and "45.5" are decimals.
  const value = parseNumberVi(m[1]);
  if (value === undefined) return undefined;
  // Trailing words are a unit ("triệu đồng/người/năm", "m2/người", "trở lên"); a second number is not.
  if (/(?:^|[\s(;,\-–])[-+]?\d/u.test(m[3])) return undefined;
  if (/^trở lên\b/iu.test(m[3])) direction ??= 'gte';
  if (/^trở xuống\b/iu.test(m[3])) direction ??= 'lte';
  return { value, direction, percent: m[2] === '%' };
}

const REGION_ALIASES: Record<string, Region> = {
  'trung du va mien nui phia bac': 'TDMNPB',
  'mien nui phia bac': 'TDMNPB',
  'trung du mien nui bac bo': 'TDMNPB',
  'trung du va mien nui bac bo': 'TDMNPB',
  'dong bang bac bo': 'DBSH',
  'duyen hai mien trung': 'DHNTB',
  'nam trung bo': 'DHNTB',
  'mien dong nam bo': 'DNB',
  'mien tay': 'DBSCL',
  'mien tay nam bo': 'DBSCL',
};

/** A region code ("ĐBSCL", "DBSCL") or name ("Đồng bằng sông Cửu Long"), accent-blind. */
export function parseRegion(raw: string): Region | undefined {
  const f = nameFold(raw).replace(/^vung\s+/, '');
  if (!f) return undefined;
  const compact = f.replace(/ /g, '').toUpperCase();
  if ((REGIONS as readonly string[]).includes(compact)) return compact as Region;
  for (const r of REGIONS) if (nameFold(REGION_NAMES[r]) === f) return r;
  return REGION_ALIASES[f];
}

/** Effective dates: "2024-03-01", "01/3/2024", "3/2024", "2024" (start or end of the period), serials. */
export function parseEffectiveDate(raw: string, end: boolean): IsoDate | undefined {
  const t = cleanText(raw);
  if (!t) return undefined;
  if (parseIso(t)) return t;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidYmd(y, mo, d) ? isoDate(y, mo, d) : undefined;
  }
  m = /^(?:tháng\s*)?(\d{1,2})[/.-](\d{4})$/iu.exec(t);
  if (m) {
    const [mo, y] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return undefined;
    return isoDate(y, mo, end ? new Date(Date.UTC(y, mo, 0)).getUTCDate() : 1);
  }
  m = /^(?:năm\s*)?(\d{4})$/iu.exec(t);
  if (m) return end ? isoDate(Number(m[1]), 12, 31) : isoDate(Number(m[1]), 1, 1);
  if (/^\d{5}(\.\d+)?$/.test(t)) return serialToIso(Math.floor(Number(t)));
  return undefined;
}

/** "17.08" → "17.8", "Tiêu chí 5" → "5", "Chỉ tiêu 17.10 (ngành Y tế)" → "17.10". */
export function parseDefinitionCode(raw: string): string | undefined {
  const t = cleanText(raw.replace(/\([^)]*\)/g, ' '))
    .replace(/^(?:tiêu chí|chỉ tiêu|nội dung|tc|ct)\.?\s*(?:số\s*)?[.:]?\s*/iu, '')
    .replace(/[.:]+$/, '')
    .trim();
  return t ? normalizeCode(t) : undefined;
}
