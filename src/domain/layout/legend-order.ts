// The legend's order of marks in general: every mark keyed by its position as one number (sheet
// in order of first mark, row, column, kind) and all keys sorted (sort-keys.ts). legend-marks.ts
// takes a shorter way when every mark is a cell of a sheet, as the engine's are.
import { MARK_PRIORITY } from '../plan/highlight-plan';
import type { HighlightMark, MarkKind } from '../plan/highlight-plan';

/** Position of a mark as one number: sheet (in order of first mark), row, column, kind. */
export function markOrderKeys(marks: HighlightMark[]): Float64Array {
  const sheetOrder = new Map<string, number>();
  const prio = new Map(MARK_PRIORITY.map((k, i) => [k, i]));
  const keys = new Float64Array(marks.length);
  // Marks come in runs of one sheet and kind: looked up once per run, each run keyed by a call of
  // its own (called per run, it is optimized within the first check; see sort-keys.ts).
  for (let i = 0; i < marks.length; ) {
    const m = marks[i];
    let s = sheetOrder.get(m.sheet);
    if (s === undefined) sheetOrder.set(m.sheet, (s = sheetOrder.size));
    i = keysOfRun(marks, i, keys, s, prio.get(m.kind)!);
  }
  return keys;
}

/** Keys of the run of marks of one sheet and kind from `from`; returns where the run ends. */
function keysOfRun(marks: HighlightMark[], from: number, keys: Float64Array, s: number, p: number): number {
  const { sheet, kind } = marks[from];
  let i = from;
  for (; i < marks.length; i++) {
    const m = marks[i];
    if (m.sheet !== sheet || m.kind !== kind) break;
    // 2^20 rows, 2^14 columns (Excel's limits), 2^3 kinds: exact in a double.
    keys[i] = ((s * 1048576 + m.row) * 16384 + m.col) * 8 + p;
  }
  return i;
}

/** Loops over every mark run by chunks, each a call (see keysOfRun). */
export const CHUNK = 16384;

/** Distinct cells per mark kind (a cell can carry one kind with several cues): distinct keys in their order, by kind. */
export function distinctCellsPerKind(keys: Float64Array, order: Uint32Array): Map<MarkKind, number> {
  const counts = new Array<number>(MARK_PRIORITY.length).fill(0);
  for (let from = 0; from < order.length; from += CHUNK) countDistinct(keys, order, counts, from, Math.min(order.length, from + CHUNK));
  return kindCounts(counts);
}

/** Distinct keys at [from, to) of their order, counted by kind. */
function countDistinct(keys: Float64Array, order: Uint32Array, counts: number[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const k = keys[order[i]];
    if (i === 0 || k !== keys[order[i - 1]]) counts[k % 8]++;
  }
}

/** Counts by kind priority as a map of the kinds that have any. */
export function kindCounts(counts: number[]): Map<MarkKind, number> {
  const out = new Map<MarkKind, number>();
  counts.forEach((n, k) => {
    if (n > 0) out.set(MARK_PRIORITY[k], n);
  });
  return out;
}
