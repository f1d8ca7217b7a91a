// The header search reads a two-row header in place (no combined row is made), shares a role's
// other cells between the roles that match the same columns, and reads merged cells through
// MergedView: what each of them gives, on the cases a matrix-only benchmark never meets.
import type { CellValue, CellRect, SheetData } from '../../src/domain/model/grid';
import { findHeader } from '../../src/domain/read/find-header';
import { MergedView } from '../../src/domain/read/merged-view';
import { ColumnText, cellText } from '../../src/domain/read/cell-text';
import { ASSIGNMENT_FIELDS, MATRIX_FIXED_FIELDS } from '../../src/domain/read/column-synonyms';

const sheetOf = (rows: CellValue[][], merges: CellRect[] = []): SheetData => ({ name: 'S', rows, merges });

describe('two-row headers', () => {
  test('a group header over sub-headers: the sub-header is read where it has text, the group header elsewhere', () => {
    const s = sheetOf(
      [
        ['TT', 'Tiêu chí', 'Cơ quan thực hiện', 'Cơ quan thực hiện', 'Thời hạn'],
        ['TT', 'Tiêu chí', 'Chủ trì', 'Phối hợp', 'Thời hạn'],
        [1, 'Tiêu chí 1', 'Phòng Kinh tế', 'UBND xã', 'Quý IV/2025'],
      ],
      [{ top: 0, left: 2, bottom: 0, right: 3 }],
    );
    const m = findHeader(s, ASSIGNMENT_FIELDS, (h) => h.columns.lead !== undefined && h.columns.coordinators !== undefined);
    expect(m).toMatchObject({ row: 0, lastRow: 1, columns: { stt: 0, code: 1, lead: 2, coordinators: 3, deadline: 4 }, others: [] });
  });

  test('the columns a role leaves are its other cells, in column order, the same for each role that leaves them', () => {
    const s = sheetOf([
      ['TT', 'Mã', 'Tân Sơn', 'Kim Sơn', 'Ghi chú'],
      [1, '1.1', 'Đạt', 'Chưa đạt', null],
    ]);
    const first = findHeader(s, MATRIX_FIXED_FIELDS, () => true);
    const again = findHeader(s, MATRIX_FIXED_FIELDS, () => true);
    expect(first?.others).toEqual([{ col: 2, text: 'Tân Sơn' }, { col: 3, text: 'Kim Sơn' }]);
    expect(again?.others).toEqual(first?.others);
    expect(first?.columns).toEqual({ stt: 0, code: 1, note: 4 });
  });
});

describe('MergedView', () => {
  test('a cell under two merges shows the one listed last; rows out of range are read straight', () => {
    const s = sheetOf(
      [
        ['A', 'B', 'C'],
        ['D', 'E', 'F'],
        ['G', 'H', 'I'],
      ],
      [
        { top: 0, left: 0, bottom: 1, right: 2 },
        { top: 1, left: 1, bottom: 1, right: 2 },
        { top: 2, left: 0, bottom: 2, right: 1 },
      ],
    );
    const v = new MergedView(s, 0, 1);
    expect([0, 1, 2].map((c) => v.get(1, c))).toEqual(['A', 'E', 'E']);
    expect(v.rowHasMerges(1)).toBe(true);
    expect(v.rowHasMerges(2)).toBe(false);
    expect(v.get(2, 1)).toBe('H');
    expect(v.mergeAt(0, 5)).toBeUndefined();
  });
});

test('ColumnText gives cellText of each cell down a column', () => {
  const col = new ColumnText();
  const cells: CellValue[] = ['Tân Sơn', 'Tân Sơn', null, ' Kim  Sơn ', 3, 3, 'Tân Sơn', new Date(Date.UTC(2025, 0, 2))];
  expect(cells.map((v) => col.of(v))).toEqual(cells.map(cellText));
});
