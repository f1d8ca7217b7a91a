// Deadlines as offices write them, to the last day the item is due (DOMAIN §5):
// "quý II/2023" → 30/06/2023 (quarter end); "đầu quý IV/2023" → 31/10/2023 (first month of the quarter);
// "năm 2025" → 31/12/2025; "trước 30/3/2023" → 30/03/2023; "6 tháng đầu năm 2023" → 30/06/2023.
import type { CellValue } from '../model/grid';
import { isCellError } from '../model/grid';
import type { Deadline } from '../model/program';
import { dateToIso, daysInMonth, formatViDate, isoDate, isValidYmd, serialToIso } from '../model/dates';
import type { IsoDate } from '../model/dates';
import { cleanText } from '../text/normalize';
import { foldSameLength } from '../text/fold';
import { memoText } from '../text/memo';

export interface DeadlineContext {
  /** Year to assume when the text gives none ("6 tháng đầu năm", "quý III"). */
  year?: number;
}

const ROMAN = ['i', 'ii', 'iii', 'iv'];
const ROMAN_LABEL = ['I', 'II', 'III', 'IV'];
const EXPECTED = 'Cần ghi dạng "quý III/2023", "30/9/2023", "tháng 9/2023" hoặc "năm 2025".';

/** Excel serials of 01/01/2000 and 31/12/2099: numbers in between are dates typed as numbers. */
const SERIAL_MIN = 36526;
const SERIAL_MAX = 73051;
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

// All regexes run on the folded text (lower case, no accents, same length).
const DMY_RE = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/.-])/g;
// Year first ("2023-09-30", from exports and date pickers): unambiguous, never day/month swapped.
const YMD_RE = /(?<![\d/.-])(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d/.-])/g;
const DMY_WORDS_RE = /(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,\s*)?nam\s+(\d{4})(?!\d)/g;
const QUARTER_ITEM = '(?:[ivx]+|\\d{1,2})(?![a-z0-9])';
const QUARTER_RE = new RegExp(
  `(?<![a-z])(?:(dau|giua|cuoi)\\s+)?(?:quy|q)\\s*\\.?\\s*(${QUARTER_ITEM}(?:\\s*(?:,|va|&|-)\\s*${QUARTER_ITEM})*)` +
    `(?:\\s*(?:/|-|nam|\\s)\\s*(\\d{4})(?!\\d))?`,
  'g',
);
const QUARTER_SPLIT_RE = /\s*(?:,|va|&|-)\s*/;
const HALF_RE = /(?<!\d)(\d{1,2})\s+thang\s+(dau|cuoi)\s+nam(?:\s+(\d{4})(?!\d))?/g;
const MONTH_RE = /(?<![a-z])(?:thang|t)\s*\.?\s*(\d{1,2})(?!\d)(?:\s*(?:\/|-|nam|\s)\s*(\d{4})(?!\d))?/g;
/** "tháng 3-6/2023", "tháng 3 đến tháng 6 năm 2023": due at the end of the last month. */
const MONTH_RANGE_RE = /(?<![a-z])(?:thang|t)\s*\.?\s*(\d{1,2})\s*(?:-|–|den)\s*(?:thang\s*)?(\d{1,2})\s*(?:\/|-|nam|\s)\s*(\d{4})(?!\d)/g;
const MONTH_YEAR_RE = /(?<![\d/.-])(\d{1,2})\s*\/\s*(\d{4})(?![\d/])/g;
const DAY_MONTH_RE = /(?<![\d/.-])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g;
const YEAR_PART_RE = /(?<![a-z])(dau|giua|cuoi|trong|ca|het)\s+nam(?:\s+(\d{4})(?!\d))?/g;
/** "Thường xuyên", "Hàng năm", "Liên tục, hàng quý": an ongoing task, no date to be late against. */
// Also "Duy trì, nâng chất" (keeping criteria already met, seed 002) and "ngày 10 hàng tháng" (a
// monthly report day, seed 002 IV).
const ONGOING_RE = /^(?:\s*(?:thuong xuyen|hang nam|hang quy|hang thang|hang tuan|lien tuc|dinh ky|duy tri|nang chat|nang cao|giu vung|(?:vao )?ngay \d{1,2} (?:hang|moi) thang|va|[.,;:()–-])\s*)+$/;
const YEAR_RE = /(?<!\d)(\d{4})(?!\d)/g;
const NUMERIC_RE = /^\d+(?:[.,]\d+)?$/;

interface Found {
  date?: IsoDate;
  label?: string;
  problem?: string;
  /** The text names a quarter, month or day but no year: a context year would date it. */
  yearMissing?: boolean;
}

/** Parse a deadline cell. undefined only for a blank cell; otherwise a date or a problem. */
const deadlineCache = memoText((s: string) => parseDeadlineUncached(s));

/** Memoized for text without context (results are shared: callers must not mutate them). */
export function parseDeadline(value: CellValue, ctx?: DeadlineContext): Deadline | undefined {
  if (typeof value === 'string' && !ctx) return deadlineCache(value);
  return parseDeadlineUncached(value, ctx);
}

function parseDeadlineUncached(value: CellValue, ctx?: DeadlineContext): Deadline | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { raw: '', problem: `Ngày không hợp lệ. ${EXPECTED}` };
    const date = dateToIso(value);
    return { raw: formatViDate(date), date, label: formatViDate(date) };
  }
  if (isCellError(value)) return { raw: value.error, problem: `Ô lỗi ${value.error}: không có thời hạn. ${EXPECTED}` };
  if (typeof value === 'boolean') return { raw: String(value).toUpperCase(), problem: `Không phải thời hạn. ${EXPECTED}` };
  if (typeof value === 'number') return fromNumber(value, String(value));

  const s = cleanText(value);
  if (!s) return undefined;
  if (ONGOING_RE.test(foldSameLength(s))) return { raw: s, ongoing: true };
  if (NUMERIC_RE.test(s)) {
    const n = Number(s.replace(',', '.'));
    return fromNumber(n, s);
  }
  const found = fromText(foldSameLength(s), ctx);
  const out: Deadline = { raw: s };
  if (found.date) {
    out.date = found.date;
    out.label = found.label ?? formatViDate(found.date);
  } else {
    // The finding already says "Không đọc được thời hạn …": the problem says what to write instead.
    out.problem = found.problem ?? EXPECTED;
    if (found.yearMissing) out.yearMissing = true;
  }
  return out;
}

function fromNumber(n: number, raw: string): Deadline {
  if (Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX) return yearEnd(n, raw);
  if (n >= SERIAL_MIN && n <= SERIAL_MAX) {
    const date = serialToIso(Math.floor(n));
    return { raw, date, label: formatViDate(date) };
  }
  return { raw, problem: `Số ${raw} không phải năm hay ngày. ${EXPECTED}` };
}

function yearEnd(y: number, raw: string): Deadline {
  return { raw, date: isoDate(y, 12, 31), label: `Năm ${y}` };
}

function monthEnd(y: number, m: number): IsoDate {
  return isoDate(y, m, daysInMonth(y, m));
}

function plausibleYear(y: number): boolean {
  return y >= YEAR_MIN && y <= YEAR_MAX;
}

function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

/** `example` shows the same form with a year ("quý III/2023"). */
function missingYear(what: string, example = `${what} 2023`): Found {
  return { problem: `"${what}" thiếu năm: cần ghi rõ năm, ví dụ "${example}".`, yearMissing: true };
}

/** Keep the later of two results; a date beats a problem. */
function later(a: Found | undefined, b: Found): Found {
  if (!a || !a.date) return b.date || !a ? b : a;
  if (!b.date) return a;
  return b.date > a.date ? b : a;
}

function matchAll(re: RegExp, f: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(f))) out.push(m);
  return out;
}

/** Forms are tried from the most precise (a full date) to the least (a bare year); the first form found decides. */
function fromText(f: string, ctx?: DeadlineContext): Found {
  return (
    fullDates(f) ??
    quarters(f, ctx) ??
    halfYears(f, ctx) ??
    months(f, ctx) ??
    dayMonths(f, ctx) ??
    yearParts(f, ctx) ??
    years(f) ?? { problem: undefined }
  );
}

function fullDates(f: string): Found | undefined {
  let best: Found | undefined;
  const take = (d: string, m: string, y: string) => {
    const yy = fullYear(y);
    const dd = Number(d);
    const mm = Number(m);
    if (!isValidYmd(yy, mm, dd)) {
      best = later(best, { problem: `Ngày "${d}/${m}/${y}" không có thật. ${EXPECTED}` });
      return;
    }
    const date = isoDate(yy, mm, dd);
    best = later(best, { date, label: formatViDate(date) });
  };
  for (const m of matchAll(DMY_RE, f)) take(m[1], m[3], m[4]);
  for (const m of matchAll(DMY_WORDS_RE, f)) take(m[1], m[2], m[3]);
  for (const m of matchAll(YMD_RE, f)) take(m[4], m[3], m[1]);
  return best;
}

function quarterNumber(item: string): number | undefined {
  const roman = ROMAN.indexOf(item);
  if (roman >= 0) return roman + 1;
  if (/^\d+$/.test(item)) {
    const n = Number(item);
    return n >= 1 && n <= 4 ? n : undefined;
  }
  return undefined;
}

function quarters(f: string, ctx?: DeadlineContext): Found | undefined {
  let best: Found | undefined;
  for (const m of matchAll(QUARTER_RE, f)) {
    const items = m[2].split(QUARTER_SPLIT_RE);
    let q = 0;
    for (const item of items) {
      const n = quarterNumber(item);
      if (n === undefined) return { problem: `Quý "${item.toUpperCase()}" không hợp lệ: quý chỉ từ I đến IV. ${EXPECTED}` };
      q = Math.max(q, n);
    }
    const y = m[3] ? Number(m[3]) : ctx?.year;
    if (y === undefined) {
      best = later(best, missingYear(`quý ${ROMAN_LABEL[q - 1]}`, `quý ${ROMAN_LABEL[q - 1]}/2023`));
      continue;
    }
    if (!plausibleYear(y)) {
      best = later(best, { problem: `Năm ${y} không hợp lý. ${EXPECTED}` });
      continue;
    }
    const firstMonth = (q - 1) * 3 + 1;
    const mod = m[1];
    const month = mod === 'dau' ? firstMonth : mod === 'giua' ? firstMonth + 1 : firstMonth + 2;
    const prefix = mod === 'dau' ? 'Đầu quý' : mod === 'giua' ? 'Giữa quý' : 'Quý';
    best = later(best, { date: monthEnd(y, month), label: `${prefix} ${ROMAN_LABEL[q - 1]}/${y}` });
  }
  return best;
}

function halfYears(f: string, ctx?: DeadlineContext): Found | undefined {
  let best: Found | undefined;
  for (const m of matchAll(HALF_RE, f)) {
    const n = Number(m[1]);
    const first = m[2] === 'dau';
    const what = `${n} tháng ${first ? 'đầu' : 'cuối'} năm`;
    const y = m[3] ? Number(m[3]) : ctx?.year;
    if (n < 1 || n > 12) {
      best = later(best, { problem: `"${what}" không hợp lệ. ${EXPECTED}` });
      continue;
    }
    if (y === undefined) {
      best = later(best, missingYear(what));
      continue;
    }
    best = later(best, { date: first ? monthEnd(y, n) : isoDate(y, 12, 31), label: `${what} ${y}` });
  }
  return best;
}

function monthResult(mo: number, y: number | undefined, what: string): Found {
  if (mo < 1 || mo > 12) return { problem: `Tháng ${mo} không có thật. ${EXPECTED}` };
  if (y === undefined) return missingYear(what, `${what}/2023`);
  if (!plausibleYear(y)) return { problem: `Năm ${y} không hợp lý. ${EXPECTED}` };
  return { date: monthEnd(y, mo), label: `Tháng ${mo}/${y}` };
}

function months(f: string, ctx?: DeadlineContext): Found | undefined {
  let best: Found | undefined;
  for (const m of matchAll(MONTH_RE, f)) {
    const mo = Number(m[1]);
    best = later(best, monthResult(mo, m[2] ? Number(m[2]) : ctx?.year, `tháng ${mo}`));
  }
  for (const m of matchAll(MONTH_YEAR_RE, f)) {
    const mo = Number(m[1]);
    best = later(best, monthResult(mo, Number(m[2]), `tháng ${mo}`));
  }
  for (const m of matchAll(MONTH_RANGE_RE, f)) {
    const mo = Number(m[2]);
    best = later(best, monthResult(mo, Number(m[3]), `tháng ${mo}`));
  }
  return best;
}

/** "trước 30/6" with no year: only usable with a context year. */
function dayMonths(f: string, ctx?: DeadlineContext): Found | undefined {
  let best: Found | undefined;
  for (const m of matchAll(DAY_MONTH_RE, f)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = ctx?.year;
    if (y === undefined) {
      best = later(best, missingYear(`${m[1]}/${m[2]}`, `${m[1]}/${m[2]}/2023`));
      continue;
    }
    if (!isValidYmd(y, mo, d)) {
      best = later(best, { problem: `Ngày "${m[1]}/${m[2]}/${y}" không có thật. ${EXPECTED}` });
      continue;
    }
    const date = isoDate(y, mo, d);
    best = later(best, { date, label: formatViDate(date) });
  }
  return best;
}

/** "đầu năm" = end of Q1, "giữa năm" = 30/6, "cuối năm" = 31/12 (by analogy with "đầu quý"). */
function yearParts(f: string, ctx?: DeadlineContext): Found | undefined {
  let best: Found | undefined;
  for (const m of matchAll(YEAR_PART_RE, f)) {
    const part = m[1];
    // "trong năm", "cả năm", "hết năm": the whole year, due 31/12; with a year written, years() reads it.
    const whole = part === 'trong' || part === 'ca' || part === 'het';
    if (whole && m[2]) continue;
    const what = whole ? `${part === 'trong' ? 'trong' : part === 'ca' ? 'cả' : 'hết'} năm` : part === 'dau' ? 'đầu năm' : part === 'giua' ? 'giữa năm' : 'cuối năm';
    const y = m[2] ? Number(m[2]) : ctx?.year;
    if (y === undefined) {
      best = later(best, missingYear(what));
      continue;
    }
    const date = part === 'dau' ? isoDate(y, 3, 31) : part === 'giua' ? isoDate(y, 6, 30) : isoDate(y, 12, 31);
    const label = whole ? `Năm ${y}` : `${what[0].toUpperCase()}${what.slice(1)} ${y}`;
    best = later(best, { date, label });
  }
  return best;
}

/** Two years joined by a dash: a period ("giai đoạn 2021 - 2030", "2021-2025"). */
const PERIOD_RE = /(?<!\d)(\d{4})\s*[-–—]\s*(\d{4})(?!\d)/;

/** "năm 2025", "2025", "giai đoạn 2021-2025": the last plausible year, due 31/12. A period keeps
 * its words on the sheets ("Giai đoạn 2021 - 2030", not "Năm 2030", which the office did not write). */
function years(f: string): Found | undefined {
  const period = PERIOD_RE.exec(f);
  if (period && plausibleYear(Number(period[1])) && plausibleYear(Number(period[2])) && Number(period[2]) > Number(period[1])) {
    return { date: isoDate(Number(period[2]), 12, 31), label: `Giai đoạn ${period[1]} - ${period[2]}` };
  }
  let best: Found | undefined;
  for (const m of matchAll(YEAR_RE, f)) {
    const y = Number(m[1]);
    if (!plausibleYear(y)) continue;
    best = later(best, { date: isoDate(y, 12, 31), label: `Năm ${y}` });
  }
  return best;
}
