// What Excel does on "Insert rows": cells, styles and notes below move down. ExcelJS's
// spliceRows moves values and styles but drops notes, so they are carried over by hand.
import type ExcelJS from 'exceljs';

export function insertRows(ws: ExcelJS.Worksheet, at: number, n: number): void {
  const notes: [number, number, ExcelJS.Cell['note']][] = [];
  // Empty cells too: a note may sit on a cell without a value (a mark on a blank deadline).
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.note !== undefined) notes.push([r, c, cell.note]);
    }),
  );
  for (const [r, c] of notes) ws.getCell(r, c).note = undefined as unknown as string;
  ws.spliceRows(at, 0, ...Array.from({ length: n }, () => []));
  for (const [r, c, note] of notes) ws.getCell(r >= at ? r + n : r, c).note = note!;
}

/** A status sheet of 10 rows: C5 carries the user's yellow fill, D6 the user's note. */
export function insertRowsBook(ExcelJSCtor: typeof ExcelJS, yellow: string): ExcelJS.Workbook {
  const wb = new ExcelJSCtor.Workbook();
  const ws = wb.addWorksheet('Hiện trạng');
  for (let r = 1; r <= 10; r++) ws.getRow(r).values = [`${r}`, `Chỉ tiêu ${r}`, r % 2 ? 'Đạt' : 'Chưa đạt', 'Quý II/2023'];
  ws.getCell('C5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: yellow } };
  ws.getCell('D6').note = 'Hỏi lại phòng NN';
  return wb;
}

/** Marks on C5, D6 and C8 of that sheet, `shift` rows down. */
export function insertRowsMarks(shift: number) {
  return {
    marks: [
      { sheet: 'Hiện trạng', row: 4 + shift, col: 2, kind: 'unmet' as const, cue: 'Tân Sơn, chỉ tiêu 5' },
      { sheet: 'Hiện trạng', row: 5 + shift, col: 3, kind: 'overdue' as const, cue: 'mã 6, hạn Quý II/2023' },
      { sheet: 'Hiện trạng', row: 7 + shift, col: 2, kind: 'unmet' as const, cue: 'Tân Sơn, chỉ tiêu 8' },
    ],
  };
}
