// The legend's first marks and its cells per kind, taken the short way (only the first sheets
// sorted, cells counted on a grid), are those of every mark keyed and sorted.
import { legendMarks } from '../../src/domain/layout/legend-marks';
import { distinctCellsPerKind, markOrderKeys } from '../../src/domain/layout/legend-order';
import { sortedOrder } from '../../src/domain/layout/sort-keys';
import type { HighlightMark, MarkKind } from '../../src/domain/plan/highlight-plan';

function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const KINDS: MarkKind[] = ['unmet', 'overdue', 'due-soon', 'data-error'];

function randomMarks(r: () => number, count: number, sparse: boolean, odd: boolean): HighlightMark[] {
  const sheets = ['KQ 1', 'KQ 2', 'Hiện trạng', 'Phân công'].slice(0, 1 + Math.floor(r() * 4));
  const marks: HighlightMark[] = [];
  while (marks.length < count) {
    // Runs of one sheet and kind, as the engine makes them; a sheet may come back later.
    const sheet = sheets[Math.floor(r() * sheets.length)];
    const kind = KINDS[Math.floor(r() * KINDS.length)];
    for (let j = 1 + Math.floor(r() * 30); j > 0 && marks.length < count; j--) {
      const row = odd && r() < 0.01 ? [1.5, -1, 2 ** 21][Math.floor(r() * 3)] : Math.floor(r() * (sparse ? 900000 : 50));
      marks.push({ sheet, row, col: Math.floor(r() * 40), kind: r() < 0.9 ? kind : KINDS[Math.floor(r() * KINDS.length)], cue: `c${Math.floor(r() * 3)}` });
    }
  }
  return marks;
}

test.each([
  ['few marks on a few cells', 1, 200, false, false],
  ['more marks than are listed', 2, 6000, false, false],
  ['a sheet whose marks lie far apart', 3, 3000, true, false],
  ['marks that are no cell (the general path)', 4, 3000, false, true],
])('%s', (_, seed, count, sparse, odd) => {
  const r = lcg(seed as number);
  for (let t = 0; t < 5; t++) {
    const marks = randomMarks(r, Math.floor((count as number) * (0.5 + r())), sparse as boolean, odd as boolean);
    const keys = markOrderKeys(marks);
    const order = sortedOrder(keys);
    const view = legendMarks(marks);
    for (const limit of [0, 1, 2000, marks.length + 1]) expect(view.first(limit)).toEqual(Array.from(order.slice(0, limit), (i) => marks[i]));
    expect(view.cellsPerKind()).toEqual(distinctCellsPerKind(keys, order));
  }
});

test('no marks', () => {
  expect(legendMarks([]).first(2000)).toEqual([]);
  expect(legendMarks([]).cellsPerKind()).toEqual(new Map());
});
