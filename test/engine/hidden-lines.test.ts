// Hidden rows and columns (probe 9-a, variant 2): an old commune kept as a hidden column and an
// indicator of the former set kept as a hidden row made the check fail with errors. What the office
// hid and the check could not read anyway is set aside with an info; everything else hidden is
// still read, since a filter hides rows that are data.
import type { CellValue, SheetData } from '../../src/domain/model/grid';
import { assignmentSheet, check, codes, communesSheet, matrixSheet, NTM_INDICATORS, sheet } from '../support/sheets';

const LIST = communesSheet([
  ['Tân Sơn', 'Xã', 'Xã nông thôn mới'],
  ['Kim Sơn', 'Xã', 'Xã nông thôn mới'],
]);
const HEADER_ROW = 2;

/** Tân Sơn, Kim Sơn and a third column "Xã Long Sơn (cũ)"; every indicator Đạt except Tân Sơn's 11. Row 3 + i holds code i. */
function matrixWithOld(extraRows: CellValue[][] = []): SheetData {
  const rows = NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, c === '11' ? 'Chưa đạt' : 'Đạt', 'Đạt', 'Đạt']);
  return matrixSheet(['Tân Sơn', 'Kim Sơn', 'Xã Long Sơn (cũ)'], [...rows, ...extraRows]);
}

/** "Phân công" with 11 on row 4 and 14.3 (a code of no set) on row 5 (0-based 4). */
const planWithOldCode = (): SheetData =>
  assignmentSheet([
    ['11', 'Phòng Lao động - Thương binh và Xã hội', null, 'Tất cả các xã', 'Quý IV/2023'],
    ['14.3', 'Phòng Lao động - Thương binh và Xã hội', null, 'Tất cả các xã', 'Quý IV/2023'],
  ]);

const hide = (s: SheetData, lines: { rows?: number[]; cols?: number[] }): SheetData => ({ ...s, ...(lines.rows ? { hiddenRows: lines.rows } : {}), ...(lines.cols ? { hiddenCols: lines.cols } : {}) });

describe('a hidden commune column', () => {
  test('an old commune hidden by the office is set aside with an info, not an unknown-commune error', () => {
    const r = check([LIST, hide(matrixWithOld(), { cols: [4] })]);
    expect(codes(r, 'commune.unknown')).toHaveLength(0);
    expect(codes(r, 'read.hidden-set-aside')).toEqual([expect.objectContaining({ severity: 'info', sheet: 'Hiện trạng', cell: 'E3' })]);
    expect(codes(r, 'read.hidden-set-aside')[0].message.vi).toBe('Cột E đang ẩn và ghi xã "Xã Long Sơn (cũ)" (không có trong danh sách xã): không đọc. Bỏ ẩn và sửa nếu nội dung này vẫn còn dùng.');
    expect(r.summary.communes.map((c) => c.display)).toEqual(['Tân Sơn', 'Kim Sơn']);
    expect(r.findings.filter((f) => f.severity === 'error')).toHaveLength(0);
    // Nothing marked in the hidden column.
    expect(r.highlights.marks.filter((m) => m.col === 4)).toHaveLength(0);
  });

  test('shown, the same column is still an error: only hiding says the office set it aside', () => {
    const r = check([LIST, matrixWithOld()]);
    expect(codes(r, 'commune.unknown')).toEqual([expect.objectContaining({ severity: 'error', cell: 'E3' })]);
    expect(codes(r, 'read.hidden-set-aside')).toHaveLength(0);
  });

  test('a hidden column of a listed commune is read: hiding is no reason to drop its results', () => {
    const s = matrixSheet(['Tân Sơn', 'Kim Sơn'], NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 'Đạt', c === '11' ? 'Chưa đạt' : 'Đạt']));
    const r = check([LIST, hide(s, { cols: [3] })]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', []], ['Kim Sơn', ['11']]]);
    expect(codes(r, 'read.hidden-set-aside')).toHaveLength(0);
  });

  test('without a communes list, a hidden column naming a commune seen nowhere else is set aside; shown, it would be a third commune', () => {
    const hidden = check([hide(matrixWithOld(), { cols: [4] })]);
    expect(hidden.summary.communes.map((c) => c.display)).toEqual(['Tân Sơn', 'Kim Sơn']);
    expect(codes(hidden, 'read.hidden-set-aside')[0].message.vi).toContain('(không thấy ở trang nào khác)');
    const shown = check([matrixWithOld()]);
    expect(shown.summary.communes).toHaveLength(3);
  });
});

describe('a hidden row', () => {
  const OLD_ROW: CellValue[] = ['14.3', 'Tỷ lệ lao động qua đào tạo (bộ tiêu chí cũ)', null, null, null];
  const oldRowIndex = HEADER_ROW + 1 + NTM_INDICATORS.length; // the row after the 57 indicators

  test('an indicator of a former set, hidden, is set aside: no unknown-code error, and its blank cells are not counted', () => {
    const base = matrixWithOld([OLD_ROW]);
    // The sheet's legend reads blank cells as not met: the old row's 3 blanks must not count.
    const withLegend = { ...base, rows: [...base.rows, [], ['Ghi chú: để trống: chưa đạt']] };
    const r = check([LIST, hide(withLegend, { rows: [oldRowIndex], cols: [4] })]);
    expect(codes(r, 'code.unknown')).toHaveLength(0);
    expect(codes(r, 'read.hidden-set-aside').map((f) => f.cell)).toEqual(['E3', `A${oldRowIndex + 1}`]);
    expect(codes(r, 'read.hidden-set-aside')[1].message.vi).toBe(`Dòng ${oldRowIndex + 1} đang ẩn và có mã 14.3 không thuộc Xã NTM: không đọc. Bỏ ẩn và sửa nếu nội dung này vẫn còn dùng.`);
    expect(codes(r, 'status.blank-unmet')).toHaveLength(0);
    expect(r.findings.filter((f) => f.severity === 'error')).toHaveLength(0);
  });

  test('shown, the same row is an unknown code (error) and its blanks count', () => {
    const base = matrixWithOld([OLD_ROW]);
    const withLegend = { ...base, rows: [...base.rows, [], ['Ghi chú: để trống: chưa đạt']] };
    const r = check([LIST, hide(withLegend, { cols: [4] })]);
    expect(codes(r, 'code.unknown')).toEqual([expect.objectContaining({ severity: 'error', cell: `A${oldRowIndex + 1}` })]);
    // Tân Sơn's and Kim Sơn's blank cells on the old row (Long Sơn's column is set aside).
    expect(codes(r, 'status.blank-unmet')[0].found).toBe('2');
  });

  test('a hidden row with a known code is read: a filter hides rows that are data', () => {
    const s = matrixWithOld();
    const row11 = HEADER_ROW + 1 + NTM_INDICATORS.indexOf('11');
    const r = check([LIST, hide(s, { rows: [row11], cols: [4] })]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', ['11']], ['Kim Sơn', []]]);
  });

  test('an unknown code both shown and hidden on one sheet: the shown one is still an error', () => {
    const hiddenOld: CellValue[] = ['14.3', 'Cũ', 'Đạt', 'Đạt', null];
    const shownOld: CellValue[] = ['14.3', 'Cũ (chép lại)', 'Đạt', 'Đạt', null];
    const r = check([LIST, hide(matrixWithOld([hiddenOld, shownOld]), { rows: [oldRowIndex], cols: [4] })]);
    expect(codes(r, 'code.unknown')).toEqual([expect.objectContaining({ cell: `A${oldRowIndex + 2}` })]);
  });
});

describe('hidden rows of a long table', () => {
  const LONG_HEADER: CellValue[] = ['STT', 'Xã', 'Mã chỉ tiêu', 'Kết quả'];
  const longSheet = (rows: CellValue[][]) => sheet('Kết quả', [['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], LONG_HEADER, ...rows.map((r, i) => [i + 1, ...r])]);
  const full = (commune: string, unmet: string[] = []) => NTM_INDICATORS.map((c) => [commune, c, unmet.includes(c) ? 'Chưa đạt' : 'Đạt']);

  test('with a communes list, a hidden row of an unlisted commune is set aside; its shown twin is an error', () => {
    const rows = [...full('Tân Sơn'), ...full('Kim Sơn', ['11']), ['Long Sơn (cũ)', '11', 'Đạt']];
    const last = 2 + rows.length - 1;
    const hidden = check([LIST, hide(longSheet(rows), { rows: [last] })]);
    expect(codes(hidden, 'commune.unknown')).toHaveLength(0);
    expect(codes(hidden, 'read.hidden-set-aside')).toEqual([expect.objectContaining({ cell: `B${last + 1}` })]);
    const shown = check([LIST, longSheet(rows)]);
    expect(codes(shown, 'commune.unknown')).toHaveLength(1);
  });

  test('a hidden row with an unreadable result is still said as an error: hidden data is read', () => {
    const rows = [...full('Tân Sơn'), ...full('Kim Sơn')];
    rows[3] = ['Tân Sơn', rows[3][1], 'đạt?'];
    const r = check([LIST, hide(longSheet(rows), { rows: [2 + 3] })]);
    expect(codes(r, 'status.unreadable')).toEqual([expect.objectContaining({ severity: 'error', cell: 'D6' })]);
  });

  test('without a communes list, hidden rows are read as they are (a filtered table)', () => {
    const rows = [...full('Tân Sơn'), ...full('Kim Sơn', ['11'])];
    const kimRows = rows.map((_r, i) => 2 + i).filter((_r, i) => i >= NTM_INDICATORS.length);
    const r = check([hide(longSheet(rows), { rows: kimRows })]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', []], ['Kim Sơn', ['11']]]);
    expect(codes(r, 'read.hidden-set-aside')).toHaveLength(0);
  });
});

describe('a hidden row of the assignment sheet', () => {
  test('a code of a former set, hidden, is set aside; shown, it is an unknown code', () => {
    const plan = planWithOldCode();
    const matrix = matrixSheet(['Tân Sơn', 'Kim Sơn'], NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 'Đạt', 'Đạt']));
    const hidden = check([LIST, hide(plan, { rows: [4] }), matrix]);
    expect(codes(hidden, 'code.unknown')).toHaveLength(0);
    expect(codes(hidden, 'read.hidden-set-aside')).toEqual([expect.objectContaining({ sheet: 'Phân công', cell: 'B5' })]);
    const shown = check([LIST, plan, matrix]);
    expect(codes(shown, 'code.unknown')).toEqual([expect.objectContaining({ sheet: 'Phân công', cell: 'B5' })]);
  });
});

describe('a hidden criterion column of the "theo xã" table (communes down, criteria across)', () => {
  const crit = Array.from({ length: 19 }, (_, i) => String(i + 1));
  const table = (extra: boolean) =>
    sheet('Theo xã', [
      ['BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ THEO XÃ'],
      ['TT', 'Tên xã', ...crit.map((c) => `TC ${c}`), ...(extra ? ['TC 20'] : [])],
      [1, 'Tân Sơn', ...crit.map((c) => (c === '11' ? 'Chưa đạt' : 'Đạt')), ...(extra ? ['Đạt'] : [])],
      [2, 'Kim Sơn', ...crit.map(() => 'Đạt'), ...(extra ? ['Đạt'] : [])],
    ]);
  const col20 = 2 + 19;

  test('a criterion the set does not have, in a hidden column, is set aside; shown, it is an unknown code', () => {
    const hidden = check([LIST, hide(table(true), { cols: [col20] })]);
    expect(codes(hidden, 'code.unknown')).toHaveLength(0);
    expect(codes(hidden, 'read.hidden-set-aside')).toEqual([expect.objectContaining({ cell: 'V2' })]);
    expect(hidden.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', ['11']], ['Kim Sơn', []]]);
    const shown = check([LIST, table(true)]);
    expect(codes(shown, 'code.unknown')).toEqual([expect.objectContaining({ cell: 'V2' })]);
  });

  test('a hidden code column of a long table is no such thing: an unknown code there is still an error', () => {
    const rows: CellValue[][] = [['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], ['STT', 'Xã', 'Mã chỉ tiêu', 'Kết quả']];
    for (const c of [...NTM_INDICATORS, '14.3']) rows.push([rows.length - 1, 'Tân Sơn', c, 'Đạt']);
    const r = check([LIST, hide(sheet('Kết quả', rows), { cols: [2] })]);
    expect(codes(r, 'code.unknown')).toHaveLength(1);
    expect(codes(r, 'read.hidden-set-aside')).toHaveLength(0);
  });
});

describe('communes merged over year columns, last year\'s sub-columns hidden', () => {
  // Tân Sơn: 11 not met in 2022 (hidden column), 13.1 not met in 2023; Kim Sơn met everything.
  function yearMatrix(): SheetData {
    const head1: CellValue[] = ['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn', null, 'Kim Sơn', null];
    const head2: CellValue[] = [null, null, 'Năm 2022', 'Năm 2023', 'Năm 2022', 'Năm 2023'];
    const rows = NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, c === '11' ? 'Chưa đạt' : 'Đạt', c === '13.1' ? 'Chưa đạt' : 'Đạt', 'Đạt', 'Đạt']);
    const merges = [
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 5 },
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ];
    return hide(sheet('Hiện trạng', [['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], head1, head2, ...rows], merges), { cols: [2, 4] });
  }

  test.each([
    ['with', [LIST]],
    ['without', []],
  ])('%s a communes list: each commune is read from its shown 2023 column, and nothing is said set aside', (_label, before) => {
    const r = check([...before, yearMatrix()]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', ['13']], ['Kim Sơn', []]]);
    expect(codes(r, 'read.hidden-set-aside')).toHaveLength(0);
  });
});

describe('a sheet an autofilter filters now', () => {
  test('its hidden rows are data out of view: an unknown code there is an error; its hidden columns are still the office\'s', () => {
    const plan = planWithOldCode();
    const r = check([LIST, { ...hide(plan, { rows: [4] }), filtered: true }, hide(matrixWithOld(), { cols: [4] })]);
    expect(codes(r, 'code.unknown')).toEqual([expect.objectContaining({ sheet: 'Phân công', cell: 'B5', severity: 'error' })]);
    expect(codes(r, 'read.hidden-set-aside').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Hiện trạng!E3']);
    const filteredMatrix = check([LIST, { ...hide(matrixWithOld(), { cols: [4] }), filtered: true }]);
    expect(codes(filteredMatrix, 'read.hidden-set-aside').map((f) => f.cell)).toEqual(['E3']);
  });
});
