import { dedupeMarks } from '../../src/domain/plan/dedupe-marks';
import type { HighlightMark } from '../../src/domain/plan/highlight-plan';

const mark = (sheet: string, row: number, col: number, kind: HighlightMark['kind'], cue: string): HighlightMark => ({ sheet, row, col, kind, cue });

test('dedupeMarks: a repeated mark (same cell, kind and cue) is dropped, the first kept, the order kept', () => {
  const a = mark('KQ', 5, 3, 'unmet', 'Chưa đạt: Tân Sơn, tiêu chí 2');
  const b = mark('KQ', 5, 3, 'overdue', 'Quá hạn: mã 2');
  const c = mark('KQ', 5, 3, 'unmet', 'Chưa đạt: Tân Sơn, tiêu chí 2');
  const d = mark('KQ 2', 5, 3, 'unmet', 'Chưa đạt: Tân Sơn, tiêu chí 2');
  const e = mark('KQ', 6, 3, 'unmet', 'Chưa đạt: Tân Sơn, tiêu chí 2');
  const f = mark('KQ', 5, 3, 'unmet', 'Chưa đạt: Tân Sơn, tiêu chí 3');
  expect(dedupeMarks([a, b, c, d, e, f, b])).toEqual([a, b, d, e, f]);
});

test('dedupeMarks: a sheet whose marks lie far apart (a long table) gives the same result', () => {
  const marks = [mark('S', 400000, 5, 'unmet', 'x'), mark('S', 2, 5, 'unmet', 'x'), mark('S', 400000, 5, 'unmet', 'x'), mark('S', 2, 6, 'unmet', 'x'), mark('S', 2, 5, 'due-soon', 'x')];
  expect(dedupeMarks(marks)).toEqual([marks[0], marks[1], marks[3], marks[4]]);
});

test('dedupeMarks: nothing repeated gives the marks as they are, in a list of its own; a first repeat on a later sheet keeps every mark before it', () => {
  const marks = [mark('A', 1, 1, 'unmet', 'x'), mark('A', 1, 1, 'overdue', 'x'), mark('B', 1, 1, 'unmet', 'x'), mark('B', 2, 1, 'unmet', 'x')];
  const out = dedupeMarks(marks);
  expect(out).toEqual(marks);
  expect(out).not.toBe(marks);
  const repeated = [...marks, mark('B', 2, 1, 'unmet', 'x'), mark('B', 3, 1, 'unmet', 'x')];
  expect(dedupeMarks(repeated)).toEqual([...marks, repeated[5]]);
});
