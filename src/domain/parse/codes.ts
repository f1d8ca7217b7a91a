// Criterion / indicator codes as offices write them:
// "Tiêu chí 1,2,7,9", "Tiêu chí số 17.5 (mai táng, hỏa táng), 17.10 (…)", "chỉ tiêu 13.1",
// "Nội dung 5.2", "tiêu chí 17.08", "TC 17", "3. Thủy lợi và Phòng chống thiên tai", 5, 17.1.
import type { CodeRef } from '../model/program';
import { cleanText } from '../text/normalize';
import { foldSameLength as fold } from '../text/fold';
import { memoText } from '../text/memo';

export type KindWord = 'tiêu chí' | 'chỉ tiêu' | 'nội dung' | 'tc';

export interface NamedCodes {
  /** Codes the name was written after. */
  codes: string[];
  name: string;
}

export interface ParsedCodes {
  codes: CodeRef[];
  /** The one name written with the codes ("Tiêu chí 11 về Nghèo đa chiều" → "Nghèo đa chiều"). */
  writtenName?: string;
  /** Every name with the codes it follows (several when segments are joined with ";"). */
  named?: NamedCodes[];
  /** First kind word written. */
  kindWord?: KindWord;
  /** Criterion cited as the parent: "17.5, 17.10 thuộc tiêu chí số 17 về Môi trường" → "17" (the first such clause). */
  parent?: string;
  parentName?: string;
  /** Every parent clause with the codes it follows: a cell may join several ("chỉ tiêu 13.7 thuộc
   * tiêu chí số 13; … chỉ tiêu 15.2 thuộc tiêu chí số 15 “Hành chính công”", seed 004). */
  parents?: { code: string; name?: string; codes: string[] }[];
  /** Codes written more than once in the text (kept once in `codes`). */
  duplicates?: string[];
  /** Vietnamese: why no code was found, or what part could not be read. */
  problem?: string;
  /** The text left over after the codes that were read, when some was. */
  unread?: string;
}

// ---------------------------------------------------------------- regexes (compiled once)

const KIND_ALT = 'tieu\\s*chi|chi\\s*tieu|noi\\s*dung|tc(?![a-z])';
/** Kind word, optional "số" or "từ" ("Tiêu chí từ 1 đến 5"), optional "." / ":", then a digit must follow. */
const KIND_RE = new RegExp(`(?:(?:cac|nhung)\\s+)?(${KIND_ALT})\\.?(?:\\s+(?:so|thu|tu))?\\s*[.:]?\\s*(?=\\d)`, 'y');
const KIND_SEARCH_RE = new RegExp(`(?<![a-z0-9])(?:${KIND_ALT})\\.?(?:\\s+(?:so|thu))?\\s*[.:]?\\s*(?=\\d)`, 'g');
/** Criterion (1–2 digits) with optional indicator; "17.123" and "17.5.1" are not codes. */
const CODE_RE = /(\d{1,2})(?:\.(\d{1,2}))?(?!\d|\.\d)/y;
/** "1-5", "1 đến 5", "1 đến tiêu chí 5". */
const RANGE_RE = new RegExp(`\\s*(?:[-–—]|den)\\s*(?:(?:${KIND_ALT})\\.?(?:\\s+(?:so|thu))?\\s*)?(?=\\d)`, 'y');
const QUAL_OPEN_RE = /\s*\(/y;
const LIST_SEP_RE = /\s*(?:[,;&+]|va(?![a-z]))\s*/y;
const PARENT_RE = new RegExp(`\\s*,?\\s*(?:thuoc|cua)\\s+(?:${KIND_ALT})(?:\\s+(?:so|thu))?\\s*(\\d{1,2})(?!\\d|\\.\\d)`, 'y');
const NAME_SEP_RE = /\s*(?:[.:\-–—]+\s*|ve\s+|\s)/y;
/** Where a written name ends: the next segment, a parent clause, or a colon. */
const NAME_STOP_RE = new RegExp(`[;,]\\s*(?:(?:cac|nhung)\\s+)?(?:${KIND_ALT})\\.?(?:\\s+(?:so|thu))?\\s*[.:]?\\s*\\d|;\\s*\\d|\\s(?:thuoc|cua)\\s+(?:${KIND_ALT})(?:\\s+(?:so|thu))?\\s*\\d|:`, 'g');
const SEG_SEP_RE = /\s*[;,]\s*/y;
/** Leading bullets, and the "từ" of "Từ tiêu chí 1 đến tiêu chí 5". */
const BULLETS_RE = new RegExp(`(?:[\\s\\-–—+•·]+|tu\\s+(?=${KIND_ALT}))*`, 'y');
const LETTER_RE = /\p{L}/u;
const TRIM_NAME_RE = /^[\s"'“”‘’«».,:;\-–—]+|[\s"'“”‘’«».,:;\-–—]+$/gu;

const MAX_RANGE = 40;

function kindOf(folded: string): KindWord {
  if (folded.startsWith('tieu')) return 'tiêu chí';
  if (folded.startsWith('chi')) return 'chỉ tiêu';
  if (folded.startsWith('noi')) return 'nội dung';
  return 'tc';
}

function execAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

// ---------------------------------------------------------------- code helpers

interface ReadCode {
  crit: number;
  ind?: number;
  text: string;
  end: number;
}

function readCode(s: string, at: number): ReadCode | undefined {
  const m = execAt(CODE_RE, s, at);
  if (!m) return undefined;
  const crit = Number(m[1]);
  const ind = m[2] === undefined ? undefined : Number(m[2]);
  if (crit < 1 || (ind !== undefined && ind < 1)) return undefined;
  return { crit, ind, text: m[0], end: at + m[0].length };
}

function codeString(crit: number, ind?: number): string {
  return ind === undefined ? String(crit) : `${crit}.${ind}`;
}

/** Canonical form of one code as written ("17.08" → "17.8", "05" → "5"), or undefined. */
export function normalizeCode(text: string | number): string | undefined {
  const s = typeof text === 'number' ? numberToCodeText(text) : cleanText(text);
  if (s === undefined) return undefined;
  const c = readCode(s, 0);
  return c && c.end === s.length ? codeString(c.crit, c.ind) : undefined;
}

/** A number cell as code text: 5 → "5", 17.1 → "17.1" (a number cannot hold "17.10"; we do not guess). */
function numberToCodeText(n: number): string | undefined {
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const r = Math.round(n * 100) / 100;
  if (Math.abs(r - n) > 1e-9) return undefined;
  return String(r);
}

/** Report form: "17.10 (ngành Y tế)". */
export function formatCode(ref: CodeRef | string): string {
  if (typeof ref === 'string') return ref;
  return ref.qualifier ? `${ref.code} (${ref.qualifier})` : ref.code;
}

/** Criterion part of a code: "17.10" → "17". */
export function criterionOf(code: string): string {
  const dot = code.indexOf('.');
  return dot < 0 ? code : code.slice(0, dot);
}

export function isIndicatorCode(code: string): boolean {
  return code.includes('.');
}

/** Natural order: 2 < 10, 17 < 17.1 < 17.2 < 17.10 < 18. Non-codes sort after codes, by text. */
export function compareCodes(a: string, b: string): number {
  const pa = splitCode(a);
  const pb = splitCode(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  if (pa[0] !== pb[0]) return pa[0] - pb[0];
  return pa[1] - pb[1];
}

function splitCode(code: string): [number, number] | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(code);
  if (!m) return undefined;
  return [Number(m[1]), m[2] === undefined ? 0 : Number(m[2])];
}

// ---------------------------------------------------------------- parser

interface State {
  s: string;
  f: string;
  codes: CodeRef[];
  seen: Set<string>;
  duplicates: string[];
  named: NamedCodes[];
  kindWord?: KindWord;
  parents: { code: string; name?: string; codes: string[] }[];
  problems: string[];
}

function addCode(st: State, code: string, raw: string, qualifier?: string): string {
  const id = qualifier ? `${code}|${qualifier.toLocaleLowerCase('vi')}` : code;
  if (st.seen.has(id)) {
    if (!st.duplicates.includes(code)) st.duplicates.push(code);
    return code;
  }
  st.seen.add(id);
  const ref: CodeRef = { code, raw };
  if (qualifier) ref.qualifier = qualifier;
  st.codes.push(ref);
  return code;
}

/** Balanced "( … )" starting at `open` (the "(" index); returns inner text and the index after ")". */
function readParen(s: string, open: number): { inner: string; end: number } {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return { inner: s.slice(open + 1, i), end: i + 1 };
  }
  return { inner: s.slice(open + 1), end: s.length };
}

/** Reads "17.5 (q), 17.10 (q)" / "1,2,4" / "13.1-13.5" from `p`; returns the codes read and the new position. */
function readCodeList(st: State, p: number): { codes: string[]; end: number } {
  const list: string[] = [];
  for (;;) {
    const kind = execAt(KIND_RE, st.f, p);
    if (kind) {
      st.kindWord ??= kindOf(kind[1]);
      p += kind[0].length;
    }
    const first = readCode(st.s, p);
    if (!first) break;
    p = first.end;
    let members: string[] = [codeString(first.crit, first.ind)];
    let raw = first.text;
    const range = execAt(RANGE_RE, st.f, p);
    const last = range ? readCode(st.s, p + range[0].length) : undefined;
    if (range && last) {
      raw = st.s.slice(first.end - first.text.length, last.end);
      p = last.end;
      const expanded = expandRange(first, last);
      if (expanded) members = expanded;
      else {
        st.problems.push(`Khoảng mã "${raw}" không hợp lệ: hai đầu phải cùng một tiêu chí và đầu sau lớn hơn đầu trước.`);
        members = [codeString(first.crit, first.ind), codeString(last.crit, last.ind)];
      }
    }
    let qualifier: string | undefined;
    const open = execAt(QUAL_OPEN_RE, st.s, p);
    if (open) {
      const paren = readParen(st.s, p + open[0].length - 1);
      qualifier = cleanText(paren.inner) || undefined;
      p = paren.end;
    }
    for (const c of members) list.push(addCode(st, c, raw, qualifier));
    // Another code (possibly after its own kind word) must follow a separator, else the list ends here.
    const sep = execAt(LIST_SEP_RE, st.f, p);
    if (!sep) break;
    const next = p + sep[0].length;
    const nextKind = execAt(KIND_RE, st.f, next);
    if (!readCode(st.s, nextKind ? next + nextKind[0].length : next)) break;
    p = next;
  }
  return { codes: list, end: p };
}

function expandRange(a: ReadCode, b: ReadCode): string[] | undefined {
  if (a.ind === undefined && b.ind === undefined) {
    if (b.crit <= a.crit || b.crit - a.crit > MAX_RANGE) return undefined;
    return Array.from({ length: b.crit - a.crit + 1 }, (_, i) => String(a.crit + i));
  }
  if (a.ind === undefined || b.ind === undefined || a.crit !== b.crit) return undefined;
  if (b.ind <= a.ind || b.ind - a.ind > MAX_RANGE) return undefined;
  return Array.from({ length: b.ind - a.ind + 1 }, (_, i) => `${a.crit}.${a.ind! + i}`);
}

/** "thuộc tiêu chí số 17 về Môi trường" after the list `codes`: that list's parent only. */
function readParent(st: State, p: number, codes: string[]): number {
  const m = execAt(PARENT_RE, st.f, p);
  if (!m) return p;
  p += m[0].length;
  const name = readName(st, p);
  const last = st.parents[st.parents.length - 1];
  if (!last || last.codes !== codes) st.parents.push({ code: String(Number(m[1])), ...(name.name ? { name: name.name } : {}), codes });
  return name.end;
}

/** A name after the codes: ". Thủy lợi …", " về Nghèo đa chiều", ": Nhà ở". */
function readName(st: State, p: number): { name?: string; end: number } {
  const sep = execAt(NAME_SEP_RE, st.f, p);
  if (!sep) return { end: p };
  const start = p + sep[0].length;
  if (start >= st.s.length || !LETTER_RE.test(st.s[start]) && !/["“'‘]/.test(st.s[start])) return { end: p };
  NAME_STOP_RE.lastIndex = start;
  const stop = NAME_STOP_RE.exec(st.f);
  // A quoted name ends at its closing quote: "về “Kinh tế” của bộ tiêu chí nâng cao" is "Kinh tế" (seed 004).
  const close = st.s[start] === '“' ? st.s.indexOf('”', start + 1) : st.s[start] === '"' ? st.s.indexOf('"', start + 1) : -1;
  if (close > start + 1 && (!stop || close < stop.index)) {
    const quoted = st.s.slice(start + 1, close).replace(TRIM_NAME_RE, '');
    if (LETTER_RE.test(quoted)) return { name: quoted, end: close + 1 };
  }
  const end = stop ? stop.index : st.s.length;
  const name = st.s.slice(start, end).replace(TRIM_NAME_RE, '');
  return { name: LETTER_RE.test(name) ? name : undefined, end: stop && st.f[stop.index] === ':' ? stop.index + 1 : end };
}

/** Parse a code cell. Text with no code gives codes [] and a problem (its text is kept as writtenName). */
const parseCodesCached = memoText((s: string) => parseCodesUncached(s));

/** Memoized for text (results are shared: callers must not mutate them). */
export function parseCodes(input: string | number): ParsedCodes {
  return typeof input === 'string' ? parseCodesCached(input) : parseCodesUncached(input);
}

function parseCodesUncached(input: string | number): ParsedCodes {
  if (typeof input === 'number') {
    const text = numberToCodeText(input);
    const code = text === undefined ? undefined : normalizeCode(text);
    if (!code) return { codes: [], problem: `Số ${String(input)} không phải mã tiêu chí/chỉ tiêu (cần dạng 5, 17.1).` };
    return { codes: [{ code, raw: String(input) }] };
  }
  const s = cleanText(input.replace(/\*/g, ''));
  const st: State = { s, f: fold(s), codes: [], seen: new Set(), duplicates: [], named: [], parents: [], problems: [] };
  if (!s) return { codes: [], problem: 'Ô trống: chưa ghi mã tiêu chí/chỉ tiêu.' };

  let p = execAt(BULLETS_RE, st.f, 0)?.[0].length ?? 0;
  if (!execAt(KIND_RE, st.f, p) && !readCode(s, p)) {
    // The codes may follow some words ("Đối với tiêu chí 17.5"): start at the first kind word + digit.
    KIND_SEARCH_RE.lastIndex = p;
    const found = KIND_SEARCH_RE.exec(st.f);
    if (!found) {
      return {
        codes: [],
        writtenName: LETTER_RE.test(s) ? s : undefined,
        problem: `Không tìm thấy mã tiêu chí/chỉ tiêu trong "${s}" (cần dạng "Tiêu chí 17", "chỉ tiêu 17.5" hoặc "17.10").`,
      };
    }
    p = found.index;
  }

  for (;;) {
    const list = readCodeList(st, p);
    if (list.codes.length === 0) break;
    p = readParent(st, list.end, list.codes);
    const name = readName(st, p);
    if (name.name) st.named.push({ codes: list.codes, name: name.name });
    p = readParent(st, name.end, list.codes);
    const seg = execAt(SEG_SEP_RE, st.f, p);
    const next = seg ? p + seg[0].length : p;
    if (!execAt(KIND_RE, st.f, next) && !readCode(s, next)) break;
    p = next;
  }

  const rest = s.slice(p).replace(/^[\s.,;:)]+|[\s.,;:]+$/g, '');
  if (rest) st.problems.push(`Không đọc được phần "${rest}".`);
  if (st.codes.length === 0) st.problems.unshift(`Không tìm thấy mã tiêu chí/chỉ tiêu trong "${s}".`);
  for (const par of st.parents) {
    if (par.codes.some((c) => criterionOf(c) !== par.code)) st.problems.push(`Mã không thuộc tiêu chí ${par.code} như đã ghi.`);
  }

  const out: ParsedCodes = { codes: st.codes };
  if (st.named.length === 1) out.writtenName = st.named[0].name;
  if (st.named.length > 0) out.named = st.named;
  if (st.kindWord) out.kindWord = st.kindWord;
  if (st.parents.length) {
    out.parent = st.parents[0].code;
    if (st.parents[0].name) out.parentName = st.parents[0].name;
    out.parents = st.parents;
  }
  if (st.duplicates.length) out.duplicates = st.duplicates;
  if (st.problems.length) out.problem = st.problems.join(' ');
  if (rest) out.unread = rest;
  return out;
}
