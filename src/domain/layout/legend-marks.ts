// What the legend needs of the marks: the first ones in sheet, row, column, kind order, and how
// many distinct cells each kind marks. A national workbook has 190,000 marks: the marks are read
// once into typed arrays; only the marks of the first sheets (where the first ones lie) are
// sorted, and the cells are counted on a grid per sheet instead of from a sort of every mark.
// Marks that are no cell of a sheet (never made by the engine) take the general path: every mark
// keyed and sorted (legend-order.ts).
import { MARK_PRIORITY } from '../plan/highlight-plan';
import type { HighlightMark, MarkKind } from '../plan/highlight-plan';
import { CHUNK, distinctCellsPerKind, kindCounts, markOrderKeys } from './legend-order';
import { sortedOrder } from './sort-keys';

/** Excel's limits, which the keys' packing relies on (legend-order.ts). */
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** A sheet's rectangle of up to this many cells per mark is counted on a grid, else in a map. */
const CELLS_PER_MARK = 8;

const PRIORITY = new Map(MARK_PRIORITY.map((k, i) => [k, i]));

/** The marks read once: per mark its sheet (in order of first mark), row, column and kind's priority. */
interface MarkTable {
  sheet: Int32Array;
  row: Int32Array;
  col: Int32Array;
  kind: Uint8Array;
  /** Per sheet: how many marks, and their rectangle. */
  counts: number[];
  top: number[];
  left: number[];
  bottom: number[];
  right: number[];
}

/** The legend's view of the marks. */
export interface LegendMarks {
  /** The first `limit` marks in sheet, row, column, kind order; equal keys keep the engine's order. */
  first(limit: number): HighlightMark[];
  /** Distinct cells per mark kind (a cell can carry one kind with several cues). */
  cellsPerKind(): Map<MarkKind, number>;
}

export function legendMarks(marks: HighlightMark[]): LegendMarks {
  const table = markTable(marks);
  if (!table) {
    const keys = markOrderKeys(marks);
    const order = sortedOrder(keys);
    return { first: (limit) => pick(marks, order, limit), cellsPerKind: () => distinctCellsPerKind(keys, order) };
  }
  return { first: (limit) => firstOfTable(marks, table, limit), cellsPerKind: () => cellsOfTable(table) };
}

/** The marks as a MarkTable; undefined when one is no cell of a sheet or of an unknown kind. */
function markTable(marks: HighlightMark[]): MarkTable | undefined {
  const n = marks.length;
  const t: MarkTable = { sheet: new Int32Array(n), row: new Int32Array(n), col: new Int32Array(n), kind: new Uint8Array(n), counts: [], top: [], left: [], bottom: [], right: [] };
  const sheets = new Map<string, number>();
  // Marks come in runs of one sheet: looked up once per run, each run read by a call of its own
  // (called per run, it is optimized within the first check).
  for (let i = 0; i < n; ) {
    const name = marks[i].sheet;
    let s = sheets.get(name);
    if (s === undefined) {
      sheets.set(name, (s = sheets.size));
      t.counts.push(0);
      t.top.push(MAX_ROWS);
      t.left.push(MAX_COLS);
      t.bottom.push(-1);
      t.right.push(-1);
    }
    const end = readRun(marks, i, s, t);
    if (end < 0) return undefined;
    i = end;
  }
  return t;
}

/** Reads the run of marks of one sheet from `from` into `t`; returns where it ends, or -1 at a mark that is no cell. */
function readRun(marks: HighlightMark[], from: number, s: number, t: MarkTable): number {
  const name = marks[from].sheet;
  let top = t.top[s];
  let left = t.left[s];
  let bottom = t.bottom[s];
  let right = t.right[s];
  let i = from;
  for (; i < marks.length; i++) {
    const m = marks[i];
    if (m.sheet !== name) break;
    const { row, col } = m;
    const kind = PRIORITY.get(m.kind);
    if (!(Number.isInteger(row) && Number.isInteger(col) && row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLS) || kind === undefined) return -1;
    t.sheet[i] = s;
    t.row[i] = row;
    t.col[i] = col;
    t.kind[i] = kind;
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  t.counts[s] += i - from;
  t.top[s] = top;
  t.left[s] = left;
  t.bottom[s] = bottom;
  t.right[s] = right;
  return i;
}

/**
 * The first `limit` marks in order. Every key of a sheet is below those of the sheets after it:
 * they all lie in the first sheets that hold `limit` marks, and only those are sorted.
 */
function firstOfTable(marks: HighlightMark[], t: MarkTable, limit: number): HighlightMark[] {
  let sheets = 0;
  let taken = 0;
  while (sheets < t.counts.length && taken < limit) taken += t.counts[sheets++];
  const picked = new Uint32Array(taken);
  const keys = new Float64Array(taken);
  let k = 0;
  for (let i = 0; i < marks.length && k < taken; i++) {
    if (t.sheet[i] >= sheets) continue;
    picked[k] = i;
    // As markOrderKeys keys them: sheet, row, column, kind, exact in a double.
    keys[k++] = ((t.sheet[i] * MAX_ROWS + t.row[i]) * MAX_COLS + t.col[i]) * 8 + t.kind[i];
  }
  const order = sortedOrder(keys);
  const out = new Array<HighlightMark>(Math.min(limit, taken));
  for (let j = 0; j < out.length; j++) out[j] = marks[picked[order[j]]];
  return out;
}

/** Distinct (cell, kind) pairs per kind: a bit per kind on each sheet's cells. */
function cellsOfTable(t: MarkTable): Map<MarkKind, number> {
  const counts = new Array<number>(MARK_PRIORITY.length).fill(0);
  const grids: (Uint8Array | undefined)[] = [];
  const maps: (Map<number, number> | undefined)[] = [];
  for (let s = 0; s < t.counts.length; s++) {
    const area = (t.bottom[s] - t.top[s] + 1) * (t.right[s] - t.left[s] + 1);
    const dense = area <= Math.max(1024, CELLS_PER_MARK * t.counts[s]);
    grids.push(dense ? new Uint8Array(area) : undefined);
    maps.push(dense ? undefined : new Map());
  }
  for (let from = 0; from < t.sheet.length; from += CHUNK) countCells(t, grids, maps, counts, from, Math.min(t.sheet.length, from + CHUNK));
  return kindCounts(counts);
}

/** The marks at [from, to) on their sheets' cells, each (cell, kind) counted once (a call per chunk, see legend-order.ts). */
function countCells(t: MarkTable, grids: (Uint8Array | undefined)[], maps: (Map<number, number> | undefined)[], counts: number[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const s = t.sheet[i];
    const bit = 1 << t.kind[i];
    const grid = grids[s];
    if (grid) {
      const at = (t.row[i] - t.top[s]) * (t.right[s] - t.left[s] + 1) + (t.col[i] - t.left[s]);
      if (grid[at] & bit) continue;
      grid[at] |= bit;
    } else {
      const map = maps[s]!;
      const at = t.row[i] * MAX_COLS + t.col[i];
      const seen = map.get(at) ?? 0;
      if (seen & bit) continue;
      map.set(at, seen | bit);
    }
    counts[t.kind[i]]++;
  }
}

function pick(marks: HighlightMark[], order: Uint32Array, limit: number): HighlightMark[] {
  const out = new Array<HighlightMark>(Math.min(limit, marks.length));
  for (let i = 0; i < out.length; i++) out[i] = marks[order[i]];
  return out;
}
