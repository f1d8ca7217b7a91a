// One row of a summary table whose wrapped texts may need more than the tallest row Excel allows
// (409 pt: about 28 lines of 11-pt text). "Có 150 xã chưa đạt, gồm: …" on a province's sheet, or a
// finding listing many cells, continues on the rows below: the long texts are cut at word
// boundaries, one piece per row, and the row's other cells are merged down beside them. Every
// row then gets the height of what it holds, so nothing is hidden and no height is refused.
import type { PlanValue } from '../plan/sheet-plan';
import { MAX_ROW_POINTS } from './excel-limits';
import { PlanBuilder, rect } from './plan-builder';
import { estimateLines, heightForLines, LINE_HEIGHT } from './text-fit';
import { wrapChunks } from './text-chunks';

/** Lines of `fontSize` text the tallest row holds. */
export function maxLinesPerRow(fontSize: number): number {
  return Math.floor((MAX_ROW_POINTS - 3) / (fontSize * LINE_HEIGHT));
}

/**
 * Writes `values` on `row` from column 0 and sizes the row for its wrapped columns (`wrapped`);
 * returns how many rows it took (1 unless a text had to continue below).
 */
export function writeTableRow(b: PlanBuilder, row: number, values: PlanValue[], widths: readonly number[], wrapped: readonly number[], fontSize: number): number {
  const max = maxLinesPerRow(fontSize);
  // A text past `max` lines is cut whatever its length: its count stops there (exact below it).
  const lines = new Array<number>(wrapped.length);
  let most = 1;
  for (let i = 0; i < wrapped.length; i++) {
    const v = values[wrapped[i]];
    lines[i] = typeof v === 'string' ? estimateLines(v, widths[wrapped[i]], fontSize, max) : 1;
    if (lines[i] > most) most = lines[i];
  }
  if (most <= max) {
    b.setRow(row, 0, values);
    if (most > 1) b.height(row, heightForLines(most, fontSize));
    return 1;
  }
  const pieces = new Map<number, string[]>();
  /** Each piece's line count, from the cutting itself. */
  const pieceLines = new Map<number, number[]>();
  wrapped.forEach((c, i) => {
    if (lines[i] <= max) return;
    const counts: number[] = [];
    pieces.set(c, wrapChunks(values[c] as string, widths[c], fontSize, max, counts));
    pieceLines.set(c, counts);
  });
  const rows = Math.max(...[...pieces.values()].map((p) => p.length));
  const perRow = new Array<number>(rows).fill(1);
  values.forEach((v, c) => {
    const cut = pieces.get(c);
    if (cut) {
      const counts = pieceLines.get(c)!;
      cut.forEach((piece, i) => {
        b.set(row + i, c, piece);
        perRow[i] = Math.max(perRow[i], counts[i]);
      });
      return;
    }
    // A cell that fits stays whole, merged over the rows its neighbour needs.
    b.set(row, c, v);
    if (rows > 1) b.merge(rect(row, c, row + rows - 1, c));
  });
  // A merged cell's text needs room too: the rows share its lines (it is at most `max`).
  let mergedNeed = 1;
  wrapped.forEach((c, i) => {
    if (!pieces.has(c)) mergedNeed = Math.max(mergedNeed, lines[i]);
  });
  const total = perRow.reduce((a, n) => a + n, 0);
  if (mergedNeed > total) perRow[rows - 1] += mergedNeed - total;
  perRow.forEach((n, i) => {
    if (n > 1) b.height(row + i, heightForLines(n, fontSize));
  });
  return rows;
}
