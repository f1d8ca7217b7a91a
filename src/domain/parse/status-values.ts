// One status cell: Đạt / Chưa đạt / x / blank / a measured value / something unreadable.
// Runs on every cell of the status matrices, so lookups are precomputed maps and results are memoised.
import type { CellValue } from '../model/grid';
import type { Bilingual } from '../model/finding';
import { isCellError, NOT_CALCULATED } from '../model/grid';
import { cleanText, foldKey, matchKey } from '../text/normalize';
import { parseNumberViDetailed } from './number-vi';

export type StatusKind = 'met' | 'unmet' | 'blank' | 'value' | 'unreadable';

export interface StatusCell {
  kind: StatusKind;
  /** Measured value: from a number cell, "85%", "0,85", or "Đạt (85%)". */
  value?: number;
  /** The value was written with "%". */
  percent?: boolean;
  /** Cell text as shown (cleaned); "TRUE"/"FALSE" for booleans, the error code for errors. */
  raw: string;
  /** Why the cell is unreadable, and what to write. */
  problem?: Bilingual;
  /** What the user probably meant ("dat" → "Đạt"). */
  suggestion?: string;
}

const MET_WORDS = [
  'đạt', 'x', '✓', '✔', '√', '☑', 'đ', 'có', 'đạt chuẩn', 'đã đạt', 'đã đạt chuẩn', 'hoàn thành', 'đã hoàn thành',
  'đạt yêu cầu',
  // "Đã đạt, tiếp tục duy trì, nâng chất" (seeds 000, 002): a met criterion being maintained.
  'duy trì', 'đạt, duy trì', 'đạt - duy trì', 'đạt và duy trì', 'đã đạt, duy trì', 'đạt, tiếp tục duy trì',
];
const UNMET_WORDS = [
  'chưa đạt', 'không đạt', 'không', 'chưa', 'cđ', 'kđ', 'chưa đạt chuẩn', 'chưa hoàn thành', 'không hoàn thành',
  'ko đạt', 'k đạt', '✗', '✘',
  // Work in progress is not met yet ("Chưa đạt (đang hoàn thiện hồ sơ)" without its verdict).
  'đang thực hiện', 'đang triển khai', 'đang triển khai thực hiện', 'đang hoàn thiện', 'đang hoàn thiện hồ sơ',
  'đang thẩm định', 'đang xây dựng', 'chưa thực hiện',
];
/** Dashes mean "nothing to report / không áp dụng": treated as blank, so the sheet's own legend decides. */
const DASHES = ['-', '–', '—', '--'];

const EXACT = new Map<string, 'met' | 'unmet' | 'blank'>();
for (const w of MET_WORDS) EXACT.set(matchKey(w), 'met');
for (const w of UNMET_WORDS) EXACT.set(matchKey(w), 'unmet');
for (const w of DASHES) EXACT.set(w, 'blank');

/** Accent-blind forms of the words, to suggest the right spelling ("chua dat" → "Chưa đạt"). */
const FOLDED = new Map<string, string>();
const DISPLAY: Record<string, string> = { 'đạt': 'Đạt', 'chưa đạt': 'Chưa đạt', 'không đạt': 'Không đạt', 'đạt chuẩn': 'Đạt chuẩn', 'hoàn thành': 'Hoàn thành', 'chưa hoàn thành': 'Chưa hoàn thành', 'không': 'Không', 'chưa': 'Chưa', 'có': 'Có', 'đ': 'Đạt' };
for (const w of [...MET_WORDS, ...UNMET_WORDS]) {
  const f = foldKey(w);
  if (!FOLDED.has(f) && DISPLAY[w]) FOLDED.set(f, DISPLAY[w]);
}

/** "Đạt (85%)", "Chưa đạt: 60%", "Đạt - 85%", "Đạt 85%". */
const WORD_AND_VALUE_RE = /^(.*?\S)\s*(?:\(\s*([^()]+?)\s*\)|[:\-–]\s*(.+)|\s(\S+))$/u;

/** A verdict with the year it was reached: "Đạt (2022)", "Đạt năm 2022", "Chưa đạt (năm 2021)". The year is
 * not a measured value (it would be judged against the indicator's threshold). */
const VERDICT_YEAR_RE = /^(.+?)\s*(?:\(\s*|[,:\-–]\s*)?(?:(?:từ|vào|trong)\s+)?(?:năm\s+)?(20\d{2})\s*\)?$/u;
/** A remark in brackets that casts doubt on the verdict before it: the cell stays unreadable. */
const DOUBT_RE = /\?|chưa|không|đạt|ko\b/u;

/** "Cơ bản đạt", "Gần đạt", "Đạt một phần": nearly met, which the program counts as not met; said
 * apart from unreadable text, because the office knows what it meant. */
const NEARLY_RE = /^(?:cơ bản (?:đã )?(?:đạt|hoàn thành)|gần đạt|đạt (?:một|1) phần)(?![\p{L}])/u;

const WRAPPING_RE = /^[\s"'“”‘’(\[]+|[\s"'“”‘’)\].,;:*]+$/gu;

const MEMO = new Map<string, StatusCell>();
const MEMO_LIMIT = 5000;

/** Read one status cell. */
export function parseStatusCell(value: CellValue): StatusCell {
  if (value === null || value === undefined) return { kind: 'blank', raw: '' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'unreadable', raw: String(value), problem: { vi: 'Số không hợp lệ.', en: 'Not a valid number.' } };
    return { kind: 'value', value, raw: String(value) };
  }
  if (typeof value === 'boolean') return { kind: value ? 'met' : 'unmet', raw: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    return { kind: 'unreadable', raw: value.toISOString().slice(0, 10), problem: { vi: 'Ô chứa ngày tháng, không phải kết quả Đạt/Chưa đạt.', en: 'The cell holds a date, not a result (Đạt / Chưa đạt).' } };
  }
  if (isCellError(value)) {
    if (value.error === NOT_CALCULATED) return { kind: 'unreadable', raw: 'công thức chưa tính', problem: { vi: 'Ô có công thức chưa được tính: mở tệp bằng Excel hoặc LibreOffice, tính lại và lưu.', en: 'The cell holds a formula never calculated: open the file in Excel or LibreOffice, recalculate and save.' } };
    return { kind: 'unreadable', raw: value.error, problem: { vi: `Ô lỗi ${value.error}: công thức trả về lỗi, không đọc được kết quả.`, en: `Error ${value.error}: the formula returns an error, so there is no result to read.` } };
  }
  const cached = MEMO.get(value);
  // Shared result: callers read it and never change it.
  if (cached) return cached;
  // Frozen: the result is shared by every cell with the same text.
  const result = Object.freeze(parseText(value));
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(value, result);
  return result;
}

const VALUE_UNIT_RE = /^(\d[\d.,]*)\s*(?:triệu đồng|nghìn đồng|đồng|tr\.?\s?đồng|tr\.\s?đ|trđ|hộ|người|km|ha|m2|m²|lần)(?:\s*\/\s*\p{L}+)*\.?$/iu;

/** "95% - Đạt", "95% (đạt)", "2,5 lần, chưa đạt": the measured value first, its verdict after. */
const VALUE_AND_WORD_RE = /^(\d.*?)\s*(?:\(\s*([^()]+?)\s*\)|[,;:\-–]\s*([^,;:\-–()]+)|\s+((?:chưa |không )?đạt|x))$/iu;
/** "Đạt 45 tr.đ", "Chưa đạt - 2,5 lần": a verdict, then a value with its unit. */
const WORD_THEN_VALUE_RE = /^((?:chưa |không )?đạt)\s*[,;:\-–]?\s*(\d.*)$/iu;

/** "Tỷ lệ 15,2%", "Tỷ lệ hộ nghèo: 3,5%": a rate named before its value (probe 9-a). Only a
 * percentage after "tỷ lệ": other words before a number stay unreadable (a stray "Tiêu chí 15"). */
const RATE_RE = /^(?:tỷ lệ|tỉ lệ)(?:\s+[\p{L}]+){0,8}\s*[:=]?\s*(\d[\d.,]*\s*%)$/iu;

/** A measured value as written alone: a number, or a number with its unit. */
function valueOf(text: string): ReturnType<typeof parseNumberViDetailed> {
  const num = parseNumberViDetailed(text);
  if (num) return num;
  const unit = VALUE_UNIT_RE.exec(text);
  return unit ? parseNumberViDetailed(unit[1]) : undefined;
}

function parseText(text: string): StatusCell {
  const raw = cleanText(text);
  if (!raw) return { kind: 'blank', raw: '' };
  const key = raw.toLocaleLowerCase('vi');
  const exact = EXACT.get(key);
  if (exact) return { kind: exact, raw };
  // A verdict in quotes or brackets, or with a full stop or a footnote star: "Đạt.", "(x)", "Đạt*".
  const bare = key.replace(WRAPPING_RE, '');
  const wrapped = bare !== key && bare ? EXACT.get(bare) : undefined;
  if (wrapped && wrapped !== 'blank') return { kind: wrapped, raw };

  // A number, or a value with its unit ("45,8 triệu đồng", "42,5 triệu đồng/người/năm", "120 hộ").
  const num = valueOf(raw);
  if (num) return withPercent({ kind: 'value', value: num.value, raw }, num.percent);
  const rate = RATE_RE.exec(raw);
  const rateNum = rate ? parseNumberViDetailed(rate[1]) : undefined;
  if (rateNum) return withPercent({ kind: 'value', value: rateNum.value, raw }, rateNum.percent);

  // A verdict with the year it was reached.
  const vy = VERDICT_YEAR_RE.exec(key);
  if (vy) {
    const head = EXACT.get(vy[1]);
    if (head === 'met' || head === 'unmet') return { kind: head, raw };
  }
  // A verdict followed by the measured value, or by a remark in brackets ("Chưa đạt (đang thẩm định)").
  const wv = WORD_AND_VALUE_RE.exec(raw);
  if (wv) {
    const head = EXACT.get(wv[1].toLocaleLowerCase('vi'));
    const tail = valueOf(wv[2] ?? wv[3] ?? wv[4] ?? '');
    if ((head === 'met' || head === 'unmet') && tail) return withPercent({ kind: head, value: tail.value, raw }, tail.percent);
    if ((head === 'met' || head === 'unmet') && wv[2] !== undefined && !DOUBT_RE.test(wv[2].toLocaleLowerCase('vi'))) return { kind: head, raw };
  }
  const vw = VALUE_AND_WORD_RE.exec(raw);
  if (vw) {
    const head = vw[1].trim();
    const value = valueOf(head);
    const word = EXACT.get((vw[2] ?? vw[3] ?? vw[4] ?? '').toLocaleLowerCase('vi').replace(WRAPPING_RE, ''));
    // "2022 - Đạt": the year it was reached, not a measured value.
    if ((word === 'met' || word === 'unmet') && /^20\d{2}$/.test(head)) return { kind: word, raw };
    if (value && (word === 'met' || word === 'unmet')) return withPercent({ kind: word, value: value.value, raw }, value.percent);
  }
  const wu = WORD_THEN_VALUE_RE.exec(raw);
  if (wu) {
    const word = EXACT.get(wu[1].toLocaleLowerCase('vi'));
    const value = valueOf(wu[2].trim());
    if (value && (word === 'met' || word === 'unmet')) return withPercent({ kind: word, value: value.value, raw }, value.percent);
  }

  if (NEARLY_RE.test(key)) {
    return {
      kind: 'unreadable',
      raw,
      problem: {
        vi: `"${raw}" chưa phải là đạt: chỉ tính đạt khi đạt đủ mức quy định. Ghi "Chưa đạt" (phần đã làm được ghi vào cột ghi chú), hoặc "Đạt" khi đã đủ.`,
        en: `"${raw}" (nearly met) is not met: an indicator counts as met only at its full level. Write "Chưa đạt" (what was done goes in the notes column), or "Đạt" once it is met.`,
      },
    };
  }
  if (raw.includes('?')) {
    return { kind: 'unreadable', raw, problem: { vi: `"${raw}" có dấu hỏi: chưa rõ đạt hay chưa đạt. Ghi "Đạt" hoặc "Chưa đạt".`, en: `"${raw}" has a question mark: met or not is unclear. Write "Đạt" or "Chưa đạt".` } };
  }
  const suggestion = FOLDED.get(foldKey(raw));
  if (suggestion) {
    return { kind: 'unreadable', raw, suggestion, problem: { vi: `"${raw}" viết thiếu dấu: có phải "${suggestion}"?`, en: `"${raw}" lacks its diacritics: is it "${suggestion}"?` } };
  }
  return { kind: 'unreadable', raw, problem: { vi: `Cần "Đạt", "Chưa đạt", "x", để trống hoặc một số.`, en: `Write "Đạt", "Chưa đạt", "x", a number, or leave it empty.` } };
}

function withPercent(cell: StatusCell, percent: boolean): StatusCell {
  if (percent) cell.percent = true;
  return cell;
}
