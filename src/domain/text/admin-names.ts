// Commune / town / ward names as offices write them: "xã Tân Sơn", "UBND thị trấn Định An", "TT. Trà Cú".
// The key keeps accents (Bình ≠ Binh) and ignores case ("Tập sơn" = "Tập Sơn").
import type { CommuneKind } from '../model/program';
import { cleanText } from './normalize';
import { memoText } from './memo';
import { cachedMatchKey } from './cached-keys';

export interface AdminName {
  kind: CommuneKind;
  /** Name without the prefix, as written (after cleanText); '' when only a prefix was written. */
  name: string;
  /** kind + ':' + matchKey(name), e.g. "xa:tân sơn". */
  key: string;
  /** An administrative prefix was present (otherwise kind is the default). */
  prefixWritten: boolean;
  /** The prefix was recognised but misspelled ("thi trấn"): the caller should warn. Vietnamese. */
  prefixProblem?: string;
  /** A trailing parenthesis, kept apart: "Định An (chưa đạt nội dung 8.4)" → "chưa đạt nội dung 8.4". */
  note?: string;
}

interface PrefixRule {
  re: RegExp;
  kind: CommuneKind;
  /** Set when the matched spelling is wrong; the message names the right spelling. */
  problem?: (written: string) => string;
  // The misspelled words are capture group 1 of `re`.
}

// Optional "UBND" / "Ủy ban nhân dân" in front of the kind word.
const UBND = '(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\\s+)?';
// Each rule consumes the prefix plus the separator after it (space, dot, colon).
const PREFIX_RULES: PrefixRule[] = [
  { re: new RegExp(`^${UBND}thị\\s+trấn(?:\\s*[:.]\\s*|\\s+)`, 'iu'), kind: 'thi-tran' },
  {
    re: new RegExp(`^${UBND}(thi\\s+trấn|thị\\s+tran|thi\\s+tran)(?:\\s*[:.]\\s*|\\s+)`, 'iu'),
    kind: 'thi-tran',
    problem: (w) => `Viết sai "${w}", đúng là "thị trấn".`,
  },
  { re: new RegExp(`^${UBND}xã(?:\\s*[:.]\\s*|\\s+)`, 'iu'), kind: 'xa' },
  { re: new RegExp(`^${UBND}phường(?:\\s*[:.]\\s*|\\s+)`, 'iu'), kind: 'phuong' },
  // Abbreviations: "TT Trà Cú", "TT.Trà Cú", "X.Tân Sơn", "P. 1" (a dot is required for X and P).
  { re: /^(?:ubnd\s+)?tt(?:\s*\.\s*|\s+)/iu, kind: 'thi-tran' },
  { re: /^(?:ubnd\s+)?x\s*\.\s*/iu, kind: 'xa' },
  { re: /^(?:ubnd\s+)?p\s*\.\s*/iu, kind: 'phuong' },
];

const TRAILING_NOTE_RE = /\s*\(([^()]*)\)\s*$/u;
/** A footnote mark after the name: "Kim Sơn*", "Kim Sơn **", "Kim Sơn¹". */
const FOOTNOTE_RE = /\s*(?:\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/u;
/** The district or province after the name: "Tập Sơn - huyện Trà Cú", "Tân Sơn, tỉnh Trà Vinh". */
const PLACE_TAIL_RE = /\s*(?:[,\-–]\s*|\s)(?:huyện|thị xã|thành phố|tp\.?|tỉnh)\s+\S.*$/iu;

/** Split an administrative name into kind and bare name; `defaultKind` applies when no prefix is written. */
const adminCache: Record<CommuneKind, (s: string) => AdminName> = {
  xa: memoText((s) => parseAdminNameUncached(s, 'xa')),
  'thi-tran': memoText((s) => parseAdminNameUncached(s, 'thi-tran')),
  phuong: memoText((s) => parseAdminNameUncached(s, 'phuong')),
};

/** Memoized per default kind (results are shared: callers must not mutate them). */
export function parseAdminName(text: string, defaultKind: CommuneKind = 'xa'): AdminName {
  return adminCache[defaultKind](text);
}

function parseAdminNameUncached(text: string, defaultKind: CommuneKind): AdminName {
  let s = cleanText(text);
  let note: string | undefined;
  const noteMatch = TRAILING_NOTE_RE.exec(s);
  if (noteMatch && noteMatch.index > 0) {
    note = noteMatch[1].trim() || undefined;
    s = s.slice(0, noteMatch.index);
  }
  s = s.replace(FOOTNOTE_RE, '');
  let kind = defaultKind;
  let prefixWritten = false;
  let prefixProblem: string | undefined;
  for (const rule of PREFIX_RULES) {
    const m = rule.re.exec(s);
    if (!m) continue;
    kind = rule.kind;
    prefixWritten = true;
    if (rule.problem) prefixProblem = rule.problem(m[1] ?? m[0].trim());
    s = s.slice(m[0].length).trim();
    break;
  }
  // A bare prefix word with nothing after it ("Xã", "Thị trấn") is a prefix with an empty name.
  // Keys from the shared cache: a name parsed here was most often keyed already as a header cell.
  if (!prefixWritten) {
    const bare = cachedMatchKey(s);
    if (bare === 'xã' || bare === 'thị trấn' || bare === 'phường') {
      kind = bare === 'xã' ? 'xa' : bare === 'phường' ? 'phuong' : 'thi-tran';
      return { kind, name: '', key: `${kind}:`, prefixWritten: true, ...(note ? { note } : {}) };
    }
  }
  const name = s.replace(PLACE_TAIL_RE, '').replace(/^[\s,;.:-]+|[\s,;.:]+$/gu, '');
  const result: AdminName = { kind, name, key: `${kind}:${cachedMatchKey(name)}`, prefixWritten };
  if (prefixProblem) result.prefixProblem = prefixProblem;
  if (note) result.note = note;
  return result;
}

/** The key parseAdminName would give, for callers that only need to compare. */
export function adminKey(text: string, defaultKind: CommuneKind = 'xa'): string {
  return parseAdminName(text, defaultKind).key;
}

const LIST_SEP_RE = /\s*(?:[,;\n\r]|\s\+\s|\s&\s|\svà\s)\s*/iu;
const BULLET_RE = /^(?:[-–•*+]|\d+[.)])\s*/u;
/** A leading label such as "Các xã:" or "Xã áp dụng:" before the list itself. */
const LABEL_RE = /^[^:,;]{0,40}:\s*/u;

/**
 * Split a list of names: "Phước Hưng, Tân Sơn, An Quảng Hữu", with ";", "và", "+", "&" or line breaks.
 * Names stay whole ("Lưu Nghiệp Anh"); prefixes stay on each item for parseAdminName.
 */
export function splitNameList(text: string): string[] {
  // Line breaks are separators, so split on them before cleanText folds them into spaces.
  const lines = text.normalize('NFC').split(/\r?\n|\r/);
  const out: string[] = [];
  for (const rawLine of lines) {
    let line = cleanText(rawLine).replace(BULLET_RE, '');
    const label = LABEL_RE.exec(line);
    if (label && line.length > label[0].length) line = line.slice(label[0].length);
    for (const part of line.split(LIST_SEP_RE)) {
      const p = part.replace(/^[\s.]+|[\s.]+$/gu, '');
      if (p) out.push(p);
    }
  }
  return out;
}

// "Toàn xã", "Trên địa bàn xã": a commune's own plan (seed 002) means the commune itself, i.e. all.
const ALL_COMMUNES_RE = /^(?:tất cả(?: các)?(?: xã| đơn vị)?(?:, thị trấn)?|toàn huyện|các xã(?:, thị trấn)?|toàn bộ(?: các)? xã|tất cả|toàn xã|cả xã|trên địa bàn xã)\.?$/iu;

const ALL_EXCEPT_RE = /^(?:tất cả(?: các)?(?: xã| đơn vị)?(?:, thị trấn)?|toàn huyện|các xã(?:, thị trấn)?|toàn bộ(?: các)? xã)\s*[,(:]?\s*(?:trừ|ngoại trừ|không gồm|không bao gồm)\s+(.+?)\)?\.?$/iu;
const TOWNS_RE = /^(?:các )?thị trấn$/iu;

/**
 * "Tất cả các xã trừ Tân Sơn", "Các xã (trừ xã Tân Sơn, Kim Sơn)", "Toàn huyện, trừ thị trấn":
 * every commune but the names after "trừ" (or but the towns); undefined when the cell is not that form.
 */
export function allExcept(text: string): { names: string[]; towns: boolean } | undefined {
  const m = ALL_EXCEPT_RE.exec(cleanText(text));
  if (!m) return undefined;
  if (TOWNS_RE.test(m[1].trim())) return { names: [], towns: true };
  return { names: splitNameList(m[1]), towns: false };
}

/** "Tất cả các xã", "Toàn huyện", "Các xã": the cell means every commune (same as empty). */
export function meansAllCommunes(text: string): boolean {
  const t = cleanText(text);
  return ALL_COMMUNES_RE.test(t) || ALL_BY_PHRASE_RE.test(t) || allOfCount(t);
}

/** "8/8 xã", "17/17 xã, thị trấn": every one of them (seed 003: "thực trạng của 8/8 xã"). */
function allOfCount(t: string): boolean {
  const m = /^(\d{1,3})\s*\/\s*(\d{1,3})\s+(?:xã|đơn vị)(?:,?\s*thị trấn)?\.?$/iu.exec(t);
  return !!m && m[1] === m[2];
}

/** "Các xã chưa đạt", "Các xã trên địa bàn huyện": every commune of the set (those that already
 * meet the code need no one), not a commune called "chưa đạt". */
const ALL_BY_PHRASE_RE = /^(?:các|tất cả các|toàn bộ các)\s+xã(?:,\s*thị trấn)?\s+(?:chưa đạt(?:\s.*)?|trên địa bàn(?:\s+huyện)?|trong huyện|thuộc huyện)\.?$/iu;
/** "Các xã còn lại": every commune of the set that the other rows for the same code do not name. */
const REMAINING_RE = /^(?:các|những|tất cả các)\s+(?:xã|đơn vị|địa phương)(?:,\s*thị trấn)?\s+còn lại\.?$/iu;

export function meansRemainingCommunes(text: string): boolean {
  return REMAINING_RE.test(cleanText(text));
}

/** A scope that names no commune: "Các xã đăng ký đạt chuẩn năm 2024", "Các xã còn lại", "2 xã". */
const UNCLEAR_SCOPE_RE = /^(?:(?:các|những|một số)\s+)?(?:xã|đơn vị|địa phương)(?:,\s*thị trấn)?\s+(?:đã|đăng ký|còn lại|có|được|phấn đấu|dự kiến|liên quan|điểm|khó khăn|vùng)(?![\p{L}])|^\d+(?:\s*\/\s*\d+)?\s+(?:xã|đơn vị)(?![\p{L}])/iu;

/** The scope cell describes communes without naming them: nothing to match, only to report. */
export function unclearScope(text: string): boolean {
  const t = cleanText(text);
  return UNCLEAR_SCOPE_RE.test(t) && !allOfCount(t);
}
