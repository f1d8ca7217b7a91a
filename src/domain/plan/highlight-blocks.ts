// Groups scattered marked cells into few rectangles and few address strings, because
// Office formats one RangeAreas per call and silently truncates addresses past 8,192 chars.
import type { CellRect } from '../model/grid';
import { rangeA1 } from '../model/address';

/**
 * Merges cells into rectangles: adjacent cells of a row become a run, and the same run
 * in consecutive rows becomes one block. Duplicates are ignored. Sorted by top, left.
 */
export function toBlocks(cells: { row: number; col: number }[]): CellRect[] {
  if (cells.length === 0) return [];
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const rects: CellRect[] = [];
  // Block still growing downwards, by "left:right" of its run.
  let open = new Map<string, CellRect>();
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i].row;
    const next = new Map<string, CellRect>();
    while (i < sorted.length && sorted[i].row === row) {
      const left = sorted[i].col;
      let right = left;
      i++;
      while (i < sorted.length && sorted[i].row === row && sorted[i].col <= right + 1) {
        right = Math.max(right, sorted[i].col);
        i++;
      }
      const key = `${left}:${right}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        next.set(key, above);
      } else {
        const rect = { top: row, left, bottom: row, right };
        rects.push(rect);
        next.set(key, rect);
      }
    }
    open = next;
  }
  return rects.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Comma-separated A1 lists ("B2:D4,F7"), each at most maxChars long, covering every
 * rectangle once. A single address never exceeds the limit (at most 21 characters).
 */
export function addressChunks(sheetRects: CellRect[], maxChars = 8000): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const r of sheetRects) {
    const a = rangeA1(r.top, r.left, r.bottom, r.right);
    if (current === '') current = a;
    else if (current.length + 1 + a.length <= maxChars) current += ',' + a;
    else {
      chunks.push(current);
      current = a;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}
