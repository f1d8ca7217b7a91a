// What a summary sheet was written with, as a short fingerprint kept in the state: the next run
// tells a sheet the office typed on (a note, a corrected figure, the signer's name) from one it
// may replace. Values only: a fill, a font or a width changed by hand is not seen.
// One 30-bit FNV-1a hash per row and per column (6 base-36 characters each, concatenated): the
// rows and columns that differ name the edited cells when the edits share a row or a column.
import { isCellError } from '../model/grid';
import { toA1 } from '../model/address';
import type { PlanValue, SheetPlan } from './sheet-plan';

export interface SummaryFingerprint {
  /** Hashes of rows 1 … last non-empty row, 6 characters each. */
  rows: string;
  /** Hashes of columns A … last non-empty column, 6 characters each. */
  cols: string;
}

/** Rows of cell values as a host reads them, or as a plan writes them (ragged, holes allowed). */
export type ValueRows = readonly (readonly unknown[] | undefined)[];

const WIDTH = 6;

/**
 * One cell as both hosts read back what was written: empty and '' alike; numbers to the 15
 * significant digits Excel keeps; an error as its text (Office reads a text "#N/A" as the error).
 */
function token(v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return Number.isFinite(v) ? 'n' + String(Number(v.toPrecision(15))) : '';
  if (typeof v === 'string') return 's' + v.replace(/\r\n?/g, '\n');
  if (typeof v === 'boolean') return v ? 'b1' : 'b0';
  if (v instanceof Date) return 'd' + v.getTime();
  if (isCellError(v)) return 's' + v.error;
  return 's' + String(v);
}

function trimEnd(tokens: string[]): string[] {
  let n = tokens.length;
  while (n > 0 && tokens[n - 1] === '') n--;
  return n === tokens.length ? tokens : tokens.slice(0, n);
}

/** FNV-1a over the JSON of the tokens (unambiguous), folded to 30 bits: 6 base-36 characters. */
function hash(tokens: string[]): string {
  const text = JSON.stringify(tokens);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 2) & 0x3fffffff).toString(36).padStart(WIDTH, '0');
}

function hashes(values: ValueRows): { rows: string[]; cols: string[] } {
  const grid: string[][] = [];
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const line: string[] = [];
    for (let c = 0; c < row.length; c++) line.push(token(row[c]));
    grid.push(trimEnd(line));
  }
  while (grid.length && grid[grid.length - 1].length === 0) grid.pop();
  const width = grid.reduce((w, line) => Math.max(w, line.length), 0);
  const cols: string[] = [];
  for (let c = 0; c < width; c++) cols.push(hash(trimEnd(grid.map((line) => line[c] ?? ''))));
  return { rows: grid.map(hash), cols };
}

export function fingerprintValues(values: ValueRows): SummaryFingerprint {
  const h = hashes(values);
  return { rows: h.rows.join(''), cols: h.cols.join('') };
}

/** The values a plan leaves in a sheet: a merged area keeps its top-left value, a link cell shows its text. */
export function writtenValues(plan: Pick<SheetPlan, 'values' | 'merges' | 'links'>): PlanValue[][] {
  const out = plan.values.map((row) => [...row]);
  for (const m of plan.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = out[r];
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && c < row.length) row[c] = null;
    }
  }
  for (const l of plan.links ?? []) {
    const row = (out[l.row] ??= []);
    const v = row[l.col];
    row[l.col] = v === null || v === undefined ? l.target : String(v);
  }
  return out;
}

export function planFingerprint(plan: Pick<SheetPlan, 'values' | 'merges' | 'links'>): SummaryFingerprint {
  return fingerprintValues(writtenValues(plan));
}

function split(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += WIDTH) out.push(s.slice(i, i + WIDTH));
  return out;
}

/** An empty row or column inside the grid: the same as none beyond its end. */
const EMPTY = hash([]);

function differing(before: string[], now: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(before.length, now.length); i++) if ((before[i] ?? EMPTY) !== (now[i] ?? EMPTY)) out.push(i);
  return out;
}

export interface FingerprintDiff {
  /** 0-based rows and columns whose values differ from what was written. */
  rows: number[];
  cols: number[];
}

/** Where the values differ from the fingerprint; undefined when they are what was written. */
export function compareFingerprint(written: SummaryFingerprint, values: ValueRows): FingerprintDiff | undefined {
  const now = hashes(values);
  const rows = differing(split(written.rows), now.rows);
  const cols = differing(split(written.cols), now.cols);
  return rows.length || cols.length ? { rows, cols } : undefined;
}

/** The edited cells (A1), exact when the edits share one row or one column; [] otherwise (the rows then say where). */
export function editedCells(diff: FingerprintDiff): string[] {
  if (diff.rows.length !== 1 && diff.cols.length !== 1) return [];
  const out: string[] = [];
  for (const r of diff.rows) for (const c of diff.cols) out.push(toA1(r, c));
  return out;
}
