import { addinNoteId, relocateMarks } from '../../src/domain/plan/relocate-marks';
import type { SavedCellFormat } from '../../src/domain/plan/workbook-state';

const note = (cue: string, user?: string) => (user ? `${user}\n\n` : '') + `[NTM] Chưa đạt: ${cue}`;
const saved = (cell: string, cue: string | undefined): SavedCellFormat => ({
  sheet: 'HT',
  cell,
  fill: null,
  note: null,
  kind: 'unmet',
  ...(cue ? { mark: addinNoteId(note(cue))! } : {}),
});

test('the id covers the add-in lines only: a note the user added above keeps it', () => {
  expect(addinNoteId(note('Tân Sơn 13.1'))).toMatch(/^[0-9a-f]{8}$/);
  expect(addinNoteId(note('Tân Sơn 13.1', 'Hỏi lại'))).toBe(addinNoteId(note('Tân Sơn 13.1')));
  expect(addinNoteId(note('Kim Sơn 13.1'))).not.toBe(addinNoteId(note('Tân Sơn 13.1')));
  expect(addinNoteId('Ghi chú của người dùng')).toBeUndefined();
});

test('cells found at their address stay; cells moved down by inserted rows are found by their note', () => {
  // C5 and C6 marked; two rows inserted above row 5: they are now C7 and C8, and C5 holds nothing.
  const r = relocateMarks([saved('C5', 'a'), saved('C6', 'b'), saved('C2', 'z')], [
    { sheet: 'HT', row: 6, col: 2, note: note('a') },
    { sheet: 'HT', row: 7, col: 2, note: note('b') },
    { sheet: 'HT', row: 1, col: 2, note: note('z') },
  ]);
  expect(r.placed.map((p) => [p.saved.cell, p.row, p.col, p.moved])).toEqual([['C2', 1, 2, false], ['C5', 6, 2, true], ['C6', 7, 2, true]]);
  expect(r.orphans).toEqual([]);
  expect(r.unplaced).toEqual([]);
});

test('a moved cell landing on another saved address is not taken for that cell', () => {
  // Marks at C5 (a) and C7 (b); two rows inserted above row 5: a is now at C7, b at C9.
  const r = relocateMarks([saved('C5', 'a'), saved('C7', 'b')], [
    { sheet: 'HT', row: 6, col: 2, note: note('a') },
    { sheet: 'HT', row: 8, col: 2, note: note('b') },
  ]);
  expect(r.placed.map((p) => [p.saved.cell, p.row])).toEqual([['C5', 6], ['C7', 8]]);
});

test('the same note twice: the nearest in the column, then in the row; an unclaimed mark is an orphan', () => {
  const r = relocateMarks([saved('C5', 'same'), saved('E5', 'same')], [
    { sheet: 'HT', row: 4, col: 5, note: note('same') }, // F5: column inserted before E
    { sheet: 'HT', row: 6, col: 2, note: note('same') }, // C7
    { sheet: 'HT', row: 20, col: 9, note: note('stale') },
  ]);
  expect(r.placed.map((p) => [p.saved.cell, p.row, p.col])).toEqual([['C5', 6, 2], ['E5', 4, 5]]);
  expect(r.orphans.map((o) => [o.row, o.col])).toEqual([[20, 9]]);
});

test('an entry without an id (older state, no note) keeps its address; one whose note is gone is unplaced', () => {
  const r = relocateMarks([saved('C5', undefined), saved('C6', 'b'), saved('C9', 'gone')], [
    { sheet: 'HT', row: 4, col: 2, note: note('old') },
    { sheet: 'HT', row: 5, col: 2, note: note('b') },
  ]);
  expect(r.placed.map((p) => p.saved.cell)).toEqual(['C5', 'C6']);
  expect(r.unplaced.map((s) => s.cell)).toEqual(['C9']);
  expect(r.claimed.size).toBe(2);
});
