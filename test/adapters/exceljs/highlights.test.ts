import ExcelJS from 'exceljs';
import { applyHighlights, clearHighlights } from '../../../src/adapters/exceljs/highlights';
import { readState, writeState } from '../../../src/adapters/exceljs/state-sheet';
import type { HighlightPlan } from '../../../src/domain/plan/highlight-plan';
import { MARK_STYLES, STATE_SHEET_NAME } from '../../../src/domain/plan/highlight-plan';
import { YELLOW, loadBuffer, userWorkbookBuffer } from '../../fixtures/user-workbook';
import { snapshot } from './snapshot';
import { insertRows, insertRowsBook, insertRowsMarks } from '../../support/insert-rows';

const USER_SHEETS = ['Phân công', 'Hiện trạng', 'Nháp ẩn', 'Trống'];

// F4: yellow fill + user note; E4: date with number format; B3: bold bordered header
// (its style object is shared with C3..F3 after loading); C2 (Hiện trạng): theme fill + rich note;
// C8: inside the merged area B7:C8.
const plan: HighlightPlan = {
  marks: [
    { sheet: 'Phân công', row: 3, col: 5, kind: 'overdue', cue: 'hạn quý II/2023, tính đến 15/10/2023' },
    { sheet: 'Phân công', row: 3, col: 5, kind: 'unmet', cue: 'tiêu chí 17.5 chưa đạt' },
    { sheet: 'Phân công', row: 3, col: 4, kind: 'due-soon', cue: 'hạn quý IV/2023' },
    { sheet: 'Phân công', row: 2, col: 1, kind: 'data-error', cue: 'mã không đọc được' },
    { sheet: 'Hiện trạng', row: 1, col: 2, kind: 'unmet', cue: 'Định An chưa đạt 1.1' },
    { sheet: 'Phân công', row: 7, col: 2, kind: 'unmet', cue: 'ô gộp' },
    { sheet: 'Không có', row: 0, col: 0, kind: 'unmet', cue: 'trang không tồn tại' },
  ],
};
const MARKED = new Set(['Phân công!F4', 'Phân công!E4', 'Phân công!B3', 'Hiện trạng!C2', 'Phân công!B7']);

async function fresh(): Promise<ExcelJS.Workbook> {
  return loadBuffer(await userWorkbookBuffer());
}
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}
const argbOf = (kind: keyof typeof MARK_STYLES) => 'FF' + MARK_STYLES[kind].fill;

describe('applyHighlights', () => {
  let before: ReturnType<typeof snapshot>;
  let wb: ExcelJS.Workbook;
  let outcome: ReturnType<typeof applyHighlights>;
  beforeAll(async () => {
    before = snapshot(await fresh(), USER_SHEETS);
    wb = await fresh();
    outcome = applyHighlights(wb, plan, '2023-10-15');
    wb = await roundTrip(wb);
  });

  it('changes no value anywhere, and no style of an unmarked cell', () => {
    const after = snapshot(wb, USER_SHEETS);
    for (const [addr, b] of before) {
      const a = after.get(addr)!;
      expect([addr, a.value]).toEqual([addr, b.value]);
      if (!MARKED.has(addr)) {
        expect([addr, a.style]).toEqual([addr, b.style]);
        expect([addr, a.note]).toEqual([addr, b.note]);
      }
    }
  });

  it('fills marked cells with the most urgent kind and keeps their font, border, number format', () => {
    const pc = wb.getWorksheet('Phân công')!;
    expect(pc.getCell('F4').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf('overdue') } });
    expect(pc.getCell('E4').fill).toMatchObject({ fgColor: { argb: argbOf('due-soon') } });
    expect(pc.getCell('E4').numFmt).toBe('dd/mm/yyyy');
    expect(pc.getCell('B3').fill).toMatchObject({ fgColor: { argb: argbOf('data-error') } });
    expect(pc.getCell('B3').font).toMatchObject({ bold: true, name: 'Times New Roman' });
    expect(pc.getCell('B3').border).toMatchObject({ top: { style: 'thin' } });
  });

  it('keeps the user note visible above the add-in cues', () => {
    const pc = wb.getWorksheet('Phân công')!;
    expect(pc.getCell('F4').note).toBe(
      'Đã nhắc phòng TN-MT\n\n[NTM] Quá hạn: hạn quý II/2023, tính đến 15/10/2023\n[NTM] Chưa đạt: tiêu chí 17.5 chưa đạt',
    );
    expect(pc.getCell('E4').note).toBe('[NTM] Sắp đến hạn: hạn quý IV/2023');
    const rich = wb.getWorksheet('Hiện trạng')!.getCell('C2').note as ExcelJS.Comment;
    expect(rich.texts!.map((t) => t.text).join('')).toBe('Hưng:\nsố liệu quý III\n\n[NTM] Chưa đạt: Định An chưa đạt 1.1');
    expect(rich.texts![0].font).toMatchObject({ bold: true });
  });

  it('puts a mark inside a merged area on its top-left cell', () => {
    const pc = wb.getWorksheet('Phân công')!;
    expect(pc.getCell('B7').fill).toMatchObject({ fgColor: { argb: argbOf('unmet') } });
  });

  it('skips marks on a missing sheet and saves the state in a hidden sheet', () => {
    expect(outcome.marked).toBe(5);
    expect(outcome.skipped).toEqual([{ sheet: 'Không có', row: 0, col: 0 }]);
    const ws = wb.getWorksheet(STATE_SHEET_NAME)!;
    expect(ws.state).toBe('hidden');
    const state = readState(wb);
    expect(state.problem).toBeUndefined();
    const f4 = state.content!.highlight!.cells.find((c) => c.cell === 'F4')!;
    expect(f4).toMatchObject({ sheet: 'Phân công', fill: { pattern: 'solid', color: 'FFFF00' }, note: 'Đã nhắc phòng TN-MT', kind: 'overdue' });
    expect(state.content!.highlight!.appliedAt).toBe('2023-10-15');
  });
});

describe('clearHighlights', () => {
  it('restores every style and note exactly, after applying twice, through saved files', async () => {
    const original = await fresh();
    const before = snapshot(original, USER_SHEETS);
    let wb = await fresh();
    applyHighlights(wb, plan, '2023-10-15');
    wb = await roundTrip(wb);
    // A second run with different marks replaces the first, it does not stack.
    const second = applyHighlights(wb, { marks: [plan.marks[0], plan.marks[4]] }, '2023-10-20');
    expect(second.restored).toBe(5);
    // Loaded cells without a fill carry Excel's default "none" pattern: that is what comes back.
    const unfilled = original.getWorksheet('Phân công')!.getCell('E4').fill;
    expect(wb.getWorksheet('Phân công')!.getCell('E4').fill).toEqual(unfilled);
    wb = await roundTrip(wb);
    expect(wb.getWorksheet('Phân công')!.getCell('F4').note).toMatch(/^Đã nhắc phòng TN-MT\n\n\[NTM\] Quá hạn/);
    expect(clearHighlights(wb).restored).toBe(2);
    wb = await roundTrip(wb);
    expect(snapshot(wb, USER_SHEETS)).toEqual(before);
    expect(wb.worksheets.map((s) => s.name)).toEqual(USER_SHEETS);
  });

  it('restores in memory too, without recolouring cells that share a style', async () => {
    const wb = await fresh();
    const before = snapshot(wb, USER_SHEETS);
    applyHighlights(wb, plan, '2023-10-15');
    applyHighlights(wb, plan, '2023-10-15');
    expect(wb.getWorksheet('Phân công')!.getCell('C3').style).toBe(wb.getWorksheet('Phân công')!.getCell('D3').style);
    expect(wb.getWorksheet('Phân công')!.getCell('C3').fill).not.toMatchObject({ pattern: 'solid' });
    clearHighlights(wb);
    expect(snapshot(wb, USER_SHEETS)).toEqual(before);
  });

  it('keeps a note the user edited after marking, and a fill the user changed', async () => {
    const wb = await fresh();
    applyHighlights(wb, plan, '2023-10-15');
    const pc = wb.getWorksheet('Phân công')!;
    pc.getCell('E4').note = 'Phòng Kinh tế hứa nộp tháng 11\n[NTM] Sắp đến hạn: hạn quý IV/2023';
    pc.getCell('F4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
    clearHighlights(wb);
    expect(pc.getCell('E4').note).toBe('Phòng Kinh tế hứa nộp tháng 11');
    expect(pc.getCell('E4').fill).toEqual({ type: 'pattern', pattern: 'none' });
    expect(pc.getCell('F4').fill).toMatchObject({ fgColor: { argb: 'FF00B050' } });
    expect(pc.getCell('F4').note).toBe('Đã nhắc phòng TN-MT');
  });

  it('keeps settings in the state sheet when clearing', async () => {
    const wb = await fresh();
    applyHighlights(wb, plan, '2023-10-15', { settings: { ignored: ['abc'], asOf: '2023-10-15' } });
    clearHighlights(wb);
    expect(readState(wb).content).toEqual({ settings: { ignored: ['abc'], asOf: '2023-10-15' } });
  });

  it('restores from a state written by the other adapter (portable fill only)', async () => {
    const wb = await fresh();
    const pc = wb.getWorksheet('Phân công')!;
    pc.getCell('F4').style = { ...pc.getCell('F4').style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf('overdue') } } };
    pc.getCell('F4').note = 'Đã nhắc phòng TN-MT\n\n[NTM] Quá hạn: hạn quý II/2023';
    writeState(wb, {
      settings: { ignored: [] },
      highlight: {
        version: 1,
        appliedAt: '2023-10-15',
        cells: [{ sheet: 'Phân công', cell: 'F4', fill: { pattern: 'Solid', color: 'FFFF00' }, note: 'Đã nhắc phòng TN-MT', kind: 'overdue' }],
      },
    });
    clearHighlights(wb);
    expect(pc.getCell('F4').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: YELLOW } });
    expect(pc.getCell('F4').note).toBe('Đã nhắc phòng TN-MT');
    expect(wb.getWorksheet(STATE_SHEET_NAME)).toBeUndefined();
  });

  it('when the state sheet is damaged, re-marking does not take old marks for user formatting', async () => {
    const wb = await fresh();
    applyHighlights(wb, plan, '2023-10-15');
    wb.getWorksheet(STATE_SHEET_NAME)!.getCell('A2').value = 'bị sửa';
    const out = applyHighlights(wb, plan, '2023-10-16');
    expect(out.problem).toBeDefined();
    const e4 = readState(wb).content!.highlight!.cells.find((c) => c.cell === 'E4')!;
    expect(e4.fill).toBeNull();
    expect(e4.note).toBeNull();
    const f4 = readState(wb).content!.highlight!.cells.find((c) => c.cell === 'F4')!;
    expect(f4.note).toBe('Đã nhắc phòng TN-MT');
  });
});

describe('rows inserted between runs (probe 9-b)', () => {
  const book = () => insertRowsBook(ExcelJS, YELLOW);
  const marksAt = insertRowsMarks;
  async function insertedBaseline(): Promise<Map<string, ReturnType<typeof snapshot> extends Map<string, infer V> ? V : never>> {
    const wb = book();
    insertRows(wb.getWorksheet('Hiện trạng')!, 3, 2);
    return snapshot(await roundTrip(wb), ['Hiện trạng']);
  }

  it('the next run finds the moved marks: no stacked note, the user fill saved, and clearing gives the sheet back exactly', async () => {
    let wb = book();
    applyHighlights(wb, marksAt(0), '2023-10-15');
    wb = await roundTrip(wb);
    insertRows(wb.getWorksheet('Hiện trạng')!, 3, 2);
    wb = await roundTrip(wb);
    // The engine reads the moved sheet: the same cells, two rows down.
    const out = applyHighlights(wb, marksAt(2), '2023-10-22');
    expect(out.restored).toBe(3);
    const ws = wb.getWorksheet('Hiện trạng')!;
    expect(ws.getCell('C7').note).toBe('[NTM] Chưa đạt: Tân Sơn, chỉ tiêu 5');
    expect(ws.getCell('D8').note).toBe('Hỏi lại phòng NN\n\n[NTM] Quá hạn: mã 6, hạn Quý II/2023');
    const saved = readState(wb).content!.highlight!.cells;
    expect(saved.find((c) => c.cell === 'C7')).toMatchObject({ fill: { pattern: 'solid', color: 'FFFF00' }, note: null });
    expect(saved.find((c) => c.cell === 'D8')).toMatchObject({ note: 'Hỏi lại phòng NN' });
    wb = await roundTrip(wb);
    clearHighlights(wb);
    expect(snapshot(await roundTrip(wb), ['Hiện trạng'])).toEqual(await insertedBaseline());
  });

  it('a moved mark the new run no longer makes is removed where it now is', async () => {
    let wb = book();
    applyHighlights(wb, marksAt(0), '2023-10-15');
    insertRows(wb.getWorksheet('Hiện trạng')!, 3, 2);
    wb = await roundTrip(wb);
    // Chỉ tiêu 8 is met now: only the first two marks are made again.
    applyHighlights(wb, { marks: marksAt(2).marks.slice(0, 2) }, '2023-10-22');
    const ws = wb.getWorksheet('Hiện trạng')!;
    expect(ws.getCell('C10').note).toBeUndefined();
    expect(JSON.stringify(ws.getCell('C10').fill ?? null)).not.toContain('solid');
    clearHighlights(wb);
    expect(snapshot(await roundTrip(wb), ['Hiện trạng'])).toEqual(await insertedBaseline());
  });

  it('a mark on an empty cell (a blank deadline) is found where inserted rows moved it: no stacked note', async () => {
    const blank = (shift: number): HighlightPlan => ({ marks: [{ sheet: 'Hiện trạng', row: 5 + shift, col: 4, kind: 'due-soon', cue: 'mã 6, hạn Quý IV/2023' }] });
    let wb = book();
    applyHighlights(wb, blank(0), '2023-10-15');
    wb = await roundTrip(wb);
    insertRows(wb.getWorksheet('Hiện trạng')!, 3, 2);
    wb = await roundTrip(wb);
    applyHighlights(wb, blank(2), '2023-10-22');
    const ws = wb.getWorksheet('Hiện trạng')!;
    expect(ws.getCell('E8').note).toBe('[NTM] Sắp đến hạn: mã 6, hạn Quý IV/2023');
    expect(readState(wb).content!.highlight!.cells).toMatchObject([{ cell: 'E8', fill: null, note: null }]);
    clearHighlights(wb);
    expect(ws.getCell('E8').note).toBeUndefined();
    expect(snapshot(await roundTrip(wb), ['Hiện trạng'])).toEqual(await insertedBaseline());
  });

  it('with the state sheet deleted, clearing still takes every mark off (orphans)', async () => {
    const wb = book();
    applyHighlights(wb, marksAt(0), '2023-10-15');
    wb.removeWorksheet(wb.getWorksheet(STATE_SHEET_NAME)!.id);
    clearHighlights(wb);
    const ws = wb.getWorksheet('Hiện trạng')!;
    expect(ws.getCell('D6').note).toBe('Hỏi lại phòng NN');
    expect(ws.getCell('C8').note).toBeUndefined();
    expect(ws.getCell('C8').fill).toBeUndefined();
    // The user's own fill under a mark cannot be known without the state: the cell is left unfilled.
    expect(ws.getCell('C5').fill).toBeUndefined();
  });
});
