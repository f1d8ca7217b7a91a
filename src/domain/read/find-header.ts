// Finds the header row of a table wherever it is: below titles, merged, one or two rows deep.
import type { SheetData } from '../model/grid';
import { cachedMatchKey } from '../text/cached-keys';
import { memoText } from '../text/memo';
import { cellText } from './cell-text';
import type { FieldName, FieldPattern } from './column-synonyms';
import { MergedView } from './merged-view';

export const HEADER_SCAN_ROWS = 40;

export interface HeaderMatch {
  /** First header row (0-based). */
  row: number;
  /** Last header row: data starts after it. */
  lastRow: number;
  columns: Partial<Record<FieldName, number>>;
  /** Header cells that matched no field: candidate commune columns in a matrix. */
  others: { col: number; text: string }[];
  /** Number of fields matched. */
  score: number;
}

export function sheetWidth(sheet: SheetData, rows: number): number {
  let w = 0;
  for (let r = 0; r < Math.min(rows, sheet.rows.length); r++) w = Math.max(w, sheet.rows[r]?.length ?? 0);
  return w;
}

/** Header text of the top rows, computed once per sheet and shared by every role tried. */
interface HeaderScan {
  texts: string[][];
  keys: string[][];
  /** Every header candidate: each row alone, and each row with the sub-header row below it. */
  candidates: HeaderCandidate[];
  /** Per row, the columns whose key some role tried matches (found when first asked, at `rowsVersion`). */
  rowCols: (number[] | undefined)[];
  rowsVersion: number;
  /** The candidates with a key some role tried matches (`roleVersion`): rows of data have none. */
  worded?: HeaderCandidate[];
  wordedVersion?: number;
}

/** A candidate's distinct keys that match some role tried, in order, and every column holding one (ascending). */
interface Relevant {
  keys: string[];
  cols: number[];
}

/** A row of data's: no key, no column. Shared; read only. */
const NOTHING_RELEVANT: Relevant = { keys: [], cols: [] };
const NO_COLUMNS: number[] = [];

/**
 * A row as a header, alone or over the sub-header row below it. Of two rows, the sub-header's
 * cell is read where it has other text (textAt, keyAt): no combined row is made, since most
 * candidates are rows of data that no role looks at further.
 */
interface HeaderCandidate {
  row: number;
  lastRow: number;
  upper: string[];
  upperKeys: string[];
  lower?: string[];
  lowerKeys?: string[];
  /** Its non-empty cells, and those but the columns a role matched (othersBut). */
  cells?: { col: number; text: string }[];
  othersByHits?: Map<string, { col: number; text: string }[]>;
  /** What of it matches some role tried (`roleVersion`): a data row has nothing. */
  relevant?: Relevant;
  relevantVersion?: number;
}

/** The sub-header's cell where it has text of its own, else the row's. */
function fromLower(cand: HeaderCandidate, col: number): boolean {
  const u = cand.lower?.[col];
  return !!u && u !== cand.upper[col];
}

function textAt(cand: HeaderCandidate, col: number): string {
  return fromLower(cand, col) ? cand.lower![col] : cand.upper[col];
}

function keyAt(cand: HeaderCandidate, col: number): string {
  return fromLower(cand, col) ? cand.lowerKeys![col] : cand.upperKeys[col];
}

const scans = new WeakMap<SheetData, HeaderScan>();

/** Memoized: header scans see the same status words ("Đạt") thousands of times. */
const headerKey = memoText((text: string): string => (text ? cachedMatchKey(text).replace(/[:.]+$/, '') : ''), 50000);

function scanOf(sheet: SheetData): HeaderScan {
  let scan = scans.get(sheet);
  if (scan) return scan;
  const last = Math.min(HEADER_SCAN_ROWS + 1, sheet.rows.length) - 1;
  const view = new MergedView(sheet, 0, last);
  const width = sheetWidth(sheet, last + 1);
  const texts: string[][] = [];
  const keys: string[][] = [];
  // The last two strings read, with their text and key: rows of data alternate their verdicts
  // ("Đạt", "Chưa đạt"), which then take no cache lookup (two per cell).
  let lastV: string | undefined;
  let lastT = '';
  let lastK = '';
  let otherV: string | undefined;
  let otherT = '';
  let otherK = '';
  for (let r = 0; r <= last; r++) {
    const t: string[] = new Array(width);
    const k: string[] = new Array(width);
    // A row without merged cells (every data row) is read straight, without a merge lookup per cell.
    const merged = view.rowHasMerges(r);
    const row = sheet.rows[r];
    for (let c = 0; c < width; c++) {
      const v = merged ? view.get(r, c) : (row?.[c] ?? null);
      if (v === null) {
        t[c] = '';
        k[c] = '';
      } else if (v === lastV) {
        t[c] = lastT;
        k[c] = lastK;
      } else if (v === otherV) {
        t[c] = otherT;
        k[c] = otherK;
      } else {
        const text = cellText(v);
        const key = headerKey(text);
        t[c] = text;
        k[c] = key;
        if (typeof v === 'string') {
          otherV = lastV;
          otherT = lastT;
          otherK = lastK;
          lastV = v;
          lastT = text;
          lastK = key;
        }
      }
    }
    texts.push(t);
    keys.push(k);
  }
  const candidates: HeaderScan['candidates'] = [];
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, texts.length); r++) {
    const here = texts[r];
    const below = texts[r + 1] ?? [];
    if (nonEmpty(here) >= 2) candidates.push({ row: r, lastRow: r, upper: here, upperKeys: keys[r] });
    // Row r over the row below: the sub-header wins where present; a cell merged down from row r
    // repeats its own text. Only a real group header above (some text kept from row r): a title
    // line over the header would otherwise tie with the header row alone and be reported as the
    // header. Judged in one pass.
    let anyHere = false;
    let anyBelow = false;
    let keepsUpper = false;
    let filled = 0;
    for (let c = 0; c < here.length; c++) {
      const t = here[c];
      const u = below[c];
      if (t) anyHere = true;
      if (u) anyBelow = true;
      if (u && u !== t) filled++;
      else if (t) {
        filled++;
        keepsUpper = true;
      }
    }
    if (anyHere && anyBelow && keepsUpper && filled >= 2) candidates.push({ row: r, lastRow: r + 1, upper: here, upperKeys: keys[r], lower: below, lowerKeys: keys[r + 1] });
  }
  scan = { texts, keys, candidates, rowCols: [], rowsVersion: roleVersion };
  scans.set(sheet, scan);
  return scan;
}

/** Fields whose pattern a header matches, in priority order; memoized (a wide matrix repeats its headers for every role tried). */
const fieldMemo = new WeakMap<FieldPattern[], Map<string, FieldName[]>>();
/** All of a role's patterns as one: most header texts (commune names, data) match none, and are
 * rejected by one regex run instead of one per field. */
const anyFieldRe = new WeakMap<FieldPattern[], RegExp | null>();
const NO_FIELDS: FieldName[] = [];

function anyField(fields: FieldPattern[]): RegExp | null {
  let re = anyFieldRe.get(fields);
  if (re === undefined) {
    const flags = new Set(fields.map((f) => f.re.flags));
    re = flags.size === 1 ? new RegExp(fields.map((f) => `(?:${f.re.source})`).join('|'), fields[0]?.re.flags ?? '') : null;
    anyFieldRe.set(fields, re);
  }
  return re;
}

/**
 * The patterns of every role tried so far as one: a text that matches none of them (a commune's
 * name, a verdict) is found so once for all roles, not once per role (a national matrix heads
 * its sheets with 8,227 names no earlier run has seen, and eight roles are tried on each).
 */
const roleLists = new Set<FieldPattern[]>();
let lastRoleList: FieldPattern[] | undefined;
let anyRoleRe: RegExp | null = null;
let noRoleField = new Map<string, boolean>();
/** Counts the unions built: a candidate's `relevant` holds for the union it was found with. */
let roleVersion = 0;

/** Adds a role's patterns to the union, once per role list (findHeader calls it before any key). */
function noteRole(fields: FieldPattern[]): void {
  if (fields === lastRoleList || roleLists.has(fields)) {
    lastRoleList = fields;
    return;
  }
  roleLists.add(fields);
  const all = [...roleLists].flat();
  const flags = new Set(all.map((f) => f.re.flags));
  const [only] = flags;
  // One flag set, no stateful test and no back-reference (renumbered in a union): the union
  // matches exactly when one of them does.
  const plain = flags.size === 1 && !/[gy]/.test(only) && !all.some((f) => /\\[1-9]|\\k</.test(f.re.source));
  anyRoleRe = plain ? new RegExp(all.map((f) => `(?:${f.re.source})`).join('|'), only) : null;
  noRoleField = new Map();
  roleVersion++;
  lastRoleList = fields;
}

/** Whether `key` matches no pattern of any role noted so far (noteRole). */
function matchesNoRole(key: string): boolean {
  if (!anyRoleRe) return false;
  let none = noRoleField.get(key);
  if (none === undefined) {
    none = !anyRoleRe.test(key);
    if (noRoleField.size > 50000) noRoleField.clear();
    noRoleField.set(key, none);
  }
  return none;
}

/** The last role's memo: a header scan asks about one role's fields many times in a row. */
let lastFields: FieldPattern[] | undefined;
let lastMemo: Map<string, FieldName[]> | undefined;

/** The fields of `fields` (a role noted with noteRole) that `key` matches. */
function matchingFields(fields: FieldPattern[], key: string): FieldName[] {
  if (matchesNoRole(key)) return NO_FIELDS;
  let memo = fields === lastFields ? lastMemo : fieldMemo.get(fields);
  if (!memo) fieldMemo.set(fields, (memo = new Map()));
  lastFields = fields;
  lastMemo = memo;
  let hits = memo.get(key);
  if (!hits) {
    const any = anyField(fields);
    hits = any && !any.test(key) ? NO_FIELDS : fields.filter((f) => f.re.test(key)).map((f) => f.field);
    if (memo.size > 50000) memo.clear();
    memo.set(key, hits);
  }
  return hits;
}

/**
 * The candidate's columns matched to `fields` (first free field of each header, left to right)
 * and the headers that matched none. Only the columns `cols` (relevantOf) are looked up: the others
 * match no role's field at all.
 */
function classify(cand: HeaderCandidate, cols: number[], fields: FieldPattern[]): { columns: Partial<Record<FieldName, number>>; others: { col: number; text: string }[]; score: number } {
  const columns: Partial<Record<FieldName, number>> = {};
  let score = 0;
  let hits: number[] | undefined;
  // A wide matrix's header and data rows repeat keys: the last key's fields are reused.
  let lastKey: string | undefined;
  let lastFields = NO_FIELDS;
  for (const col of cols) {
    if (!textAt(cand, col)) continue;
    const key = keyAt(cand, col);
    if (key !== lastKey) {
      lastKey = key;
      lastFields = matchingFields(fields, key);
    }
    for (const f of lastFields) {
      if (columns[f] === undefined) {
        columns[f] = col;
        score++;
        (hits ??= []).push(col);
        break;
      }
    }
  }
  return { columns, others: othersBut(cand, hits), score };
}

/**
 * The candidate's non-empty cells but the columns `hits`, as {col, text}. Made once per set of
 * hits and shared by every role that matches the same columns (a matrix header has a hundred
 * other cells, and eight roles look at it): read only.
 */
function othersBut(cand: HeaderCandidate, hits: number[] | undefined): { col: number; text: string }[] {
  let all = cand.cells;
  if (!all) {
    all = [];
    for (let col = 0; col < cand.upper.length; col++) {
      const text = textAt(cand, col);
      if (text) all.push({ col, text });
    }
    cand.cells = all;
  }
  if (!hits) return all;
  const byHits = (cand.othersByHits ??= new Map());
  const key = hits.join(',');
  let others = byHits.get(key);
  if (!others) {
    others = all.filter((o) => !hits.includes(o.col));
    byHits.set(key, others);
  }
  return others;
}

/**
 * Tries every row in the first HEADER_SCAN_ROWS as a header, alone and combined with the row
 * below (a merged group header over sub-headers like "Chủ trì | Phối hợp"), and keeps the
 * best candidate that satisfies `accept`. Candidates that match no field at all are never
 * offered to `accept` (every role needs at least one named column).
 */
export function findHeader(sheet: SheetData, fields: FieldPattern[], accept: (m: HeaderMatch) => boolean, required: readonly FieldName[] = []): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  noteRole(fields);
  const scan = scanOf(sheet);
  for (const cand of wordedCandidates(scan)) {
    // A row of data ("Đạt", "Chưa đạt"…) matches no field, or not the fields `accept` needs
    // (a long indicator name can read like "Thời hạn"): skip it after looking at its few
    // distinct words instead of classifying every cell.
    const relevant = relevantOf(scan, cand);
    if (!mayMatch(relevant.keys, fields, required)) continue;
    const { columns, others, score } = classify(cand, relevant.cols, fields);
    const m: HeaderMatch = { row: cand.row, lastRow: cand.lastRow, columns, others, score };
    if (!accept(m)) continue;
    if (!best || m.score > best.score) best = m;
  }
  return best;
}

/** The scan's candidates with some relevant key, found once for all the roles tried (most rows are data). */
function wordedCandidates(scan: HeaderScan): HeaderCandidate[] {
  if (scan.worded === undefined || scan.wordedVersion !== roleVersion) {
    scan.worded = scan.candidates.filter((cand) => relevantOf(scan, cand).keys.length > 0);
    scan.wordedVersion = roleVersion;
  }
  return scan.worded;
}

/**
 * The candidate's distinct keys, in order, that some role tried matches, and the columns holding
 * them, found once for all the roles (eight are tried on most sheets): the others match no field
 * of any of them. Of two rows, its columns are those of each row's (rowColumns) where that row's
 * cell is the one read.
 */
function relevantOf(scan: HeaderScan, cand: HeaderCandidate): Relevant {
  if (cand.relevant !== undefined && cand.relevantVersion === roleVersion) return cand.relevant;
  const upper = rowColumns(scan, cand.row);
  let cols = upper;
  if (cand.lower) {
    const lower = rowColumns(scan, cand.row + 1);
    cols = [];
    // Both lists ascending: merged, each column once.
    for (let i = 0, j = 0; i < upper.length || j < lower.length; ) {
      const u = i < upper.length ? upper[i] : Infinity;
      const l = j < lower.length ? lower[j] : Infinity;
      const col = Math.min(u, l);
      if (fromLower(cand, col) ? l === col : u === col) cols.push(col);
      if (u === col) i++;
      if (l === col) j++;
    }
  }
  // An empty key is no header word (mayMatch never sees one), though classify may look it up.
  let keys: string[] | undefined;
  for (const col of cols) {
    const k = keyAt(cand, col);
    if (k && !keys?.includes(k)) (keys ??= []).push(k);
  }
  cand.relevant = cols.length ? { keys: keys ?? [], cols } : NOTHING_RELEVANT;
  cand.relevantVersion = roleVersion;
  return cand.relevant;
}

/** The columns of row `r` of the scan whose key some role tried matches (ascending; shared, read only). */
function rowColumns(scan: HeaderScan, r: number): number[] {
  if (scan.rowsVersion !== roleVersion) {
    scan.rowCols = [];
    scan.rowsVersion = roleVersion;
  }
  let cols = scan.rowCols[r];
  if (cols) return cols;
  const keys = scan.keys[r];
  // The last two keys are looked up once: a row of data alternates "Đạt" and "Chưa đạt".
  let last: string | undefined;
  let lastRelevant = false;
  let other: string | undefined;
  let otherRelevant = false;
  for (let c = 0; c < keys.length; c++) {
    const k = keys[c];
    if (k !== last) {
      const isRelevant: boolean = k === other ? otherRelevant : !matchesNoRole(k);
      other = last;
      otherRelevant = lastRelevant;
      last = k;
      lastRelevant = isRelevant;
    }
    if (lastRelevant) (cols ??= []).push(c);
  }
  scan.rowCols[r] = cols ??= NO_COLUMNS;
  return cols;
}

/** Some key matches a field, and every required field is matched by some key. */
function mayMatch(keys: string[], fields: FieldPattern[], required: readonly FieldName[]): boolean {
  let any = false;
  let missing = required.length;
  let found: FieldName[] | undefined;
  for (const k of keys) {
    for (const f of matchingFields(fields, k)) {
      any = true;
      if (missing && required.includes(f) && !found?.includes(f)) {
        (found ??= []).push(f);
        missing--;
      }
    }
    // Settled: a matrix header's hundred commune names after "TT | Mã" need not be looked at.
    if (any && missing === 0) return true;
  }
  return false;
}

function nonEmpty(texts: string[]): number {
  let n = 0;
  for (const t of texts) if (t) n++;
  return n;
}
