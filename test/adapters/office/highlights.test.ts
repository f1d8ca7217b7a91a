// Marks applied through Office.js (on the fake): right colours, notes with a text cue,
// exact removal, protected sheets reported, and round trips / proxies / bytes within budget.
import ExcelJS from 'exceljs';
import { applyHighlights, clearHighlights } from '../../../src/adapters/office/highlights';
import { readWorkbook } from '../../../src/adapters/office/read-workbook';
import { stateFromWorkbookData, readState } from '../../../src/adapters/office/settings';
import { MARK_STYLES, STATE_SHEET_NAME, type HighlightPlan } from '../../../src/domain/plan/highlight-plan';
import { createFakeExcel } from '../../support/fake-excel';
import { matrixPlan, matrixWorkbook } from './fixtures';
import { insertRows, insertRowsBook, insertRowsMarks } from '../../support/insert-rows';
import { applyHighlights as applyFileHighlights } from '../../../src/adapters/exceljs/highlights';

function fillOf(ws: ExcelJS.Worksheet, a1: string): string | null {
  const f = ws.getCell(a1).fill as ExcelJS.FillPattern | undefined;
  if (!f || f.pattern !== 'solid') return null;
  return f.fgColor?.argb ?? null;
}

/** Every cell's fill and note in a sheet's area, to compare before/after exactly. */
function snapshot(ws: ExcelJS.Worksheet, rows: number, cols: number): string {
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      const note = typeof cell.note === 'string' ? cell.note : cell.note ? JSON.stringify(cell.note) : '';
      out.push(`${r},${c}:${JSON.stringify(cell.fill ?? null)}:${note}`);
    }
  }
  return out.join('\n');
}

function smallBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tiến độ');
  for (let r = 1; r <= 6; r++) for (let c = 1; c <= 4; c++) ws.getCell(r, c).value = `ô ${r}-${c}`;
  // The user's own colours and note on cells that will be marked.
  ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
  ws.getCell('C3').note = 'Ghi chú của phòng';
  wb.addWorksheet('Khóa').getCell('A1').value = 'bảo vệ';
  return wb;
}

const PLAN: HighlightPlan = {
  marks: [
    { sheet: 'Tiến độ', row: 1, col: 1, kind: 'unmet', cue: 'Chưa đạt tiêu chí 2' },
    { sheet: 'Tiến độ', row: 1, col: 1, kind: 'overdue', cue: 'Quá hạn 30/06/2023' },
    { sheet: 'Tiến độ', row: 2, col: 2, kind: 'due-soon', cue: 'Còn 10 ngày' },
    { sheet: 'Tiến độ', row: 4, col: 0, kind: 'data-error', cue: 'Mã chỉ tiêu không có' },
  ],
};

describe('applyHighlights / clearHighlights (Office adapter)', () => {
  test('the most urgent kind wins the fill, notes carry the cue, the user note stays above', async () => {
    const wb = smallBook();
    const fx = createFakeExcel(wb);
    const report = await applyHighlights(fx.context, PLAN, { requirements: fx.Office.context.requirements, appliedAt: '2023-10-15' });
    expect(report.error).toBeUndefined();
    const ws = wb.getWorksheet('Tiến độ')!;
    expect(fillOf(ws, 'B2')).toBe('FF' + MARK_STYLES.overdue.fill);
    expect(fillOf(ws, 'C3')).toBe('FF' + MARK_STYLES['due-soon'].fill);
    expect(fillOf(ws, 'A5')).toBe('FF' + MARK_STYLES['data-error'].fill);
    expect(ws.getCell('B2').note).toBe('[NTM] Quá hạn: Quá hạn 30/06/2023\n[NTM] Chưa đạt: Chưa đạt tiêu chí 2');
    expect(ws.getCell('C3').note).toBe('Ghi chú của phòng\n\n[NTM] Sắp đến hạn: Còn 10 ngày');
    const state = await readState(fx.context);
    expect(state.exists).toBe(true);
    expect(wb.getWorksheet(STATE_SHEET_NAME)!.state).toBe('hidden');
    const b2 = state.content.highlight!.cells.find((c) => c.cell === 'B2')!;
    expect(b2.fill).toEqual({ pattern: 'solid', color: '00B050' });
    expect(state.content.highlight!.cells.find((c) => c.cell === 'C3')!.note).toBe('Ghi chú của phòng');
  });

  test('apply, re-apply with fewer marks, then clear: fills and notes come back exactly', async () => {
    const wb = smallBook();
    const ws = wb.getWorksheet('Tiến độ')!;
    const before = snapshot(ws, 8, 6);
    const fx = createFakeExcel(wb);
    const req = fx.Office.context.requirements;
    await applyHighlights(fx.context, PLAN, { requirements: req });
    // Second run: B2 no longer marked, D6 newly marked; B2's original green must return.
    const second: HighlightPlan = {
      marks: [
        { sheet: 'Tiến độ', row: 2, col: 2, kind: 'unmet', cue: 'Chưa đạt' },
        { sheet: 'Tiến độ', row: 5, col: 3, kind: 'overdue', cue: 'Quá hạn' },
      ],
    };
    const r2 = await applyHighlights(fx.context, second, { requirements: req });
    expect(r2.error).toBeUndefined();
    expect(fillOf(ws, 'B2')).toBe('FF00B050');
    expect(ws.getCell('B2').note).toBeUndefined();
    expect(fillOf(ws, 'A5')).toBeNull();
    expect(fillOf(ws, 'C3')).toBe('FF' + MARK_STYLES.unmet.fill);
    expect(ws.getCell('C3').note).toBe('Ghi chú của phòng\n\n[NTM] Chưa đạt');
    // The state keeps C3's original note, not our first run's composed note.
    const state = await readState(fx.context);
    expect(state.content.highlight!.cells.map((c) => c.cell).sort()).toEqual(['C3', 'D6']);
    expect(state.content.highlight!.cells.find((c) => c.cell === 'C3')!.note).toBe('Ghi chú của phòng');

    const cleared = await clearHighlights(fx.context, { requirements: req });
    expect(cleared.error).toBeUndefined();
    expect(snapshot(ws, 8, 6)).toBe(before);
    expect((await readState(fx.context)).content.highlight).toBeUndefined();
  });

  test('a marked cell the user refills and that is marked again: her fill is saved, and clearing gives it back', async () => {
    const wb = smallBook();
    const ws = wb.getWorksheet('Tiến độ')!;
    const fx = createFakeExcel(wb);
    const req = fx.Office.context.requirements;
    await applyHighlights(fx.context, PLAN, { requirements: req });
    // She colours two marked cells herself: B2 (green before the mark) and C3 (no fill before);
    // her own copy, without the add-in, has the same two fills.
    const hers = smallBook();
    for (const w of [ws, hers.getWorksheet('Tiến độ')!]) {
      w.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      w.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };
    }
    await applyHighlights(fx.context, PLAN, { requirements: req });
    expect(fillOf(ws, 'B2')).toBe('FF' + MARK_STYLES.overdue.fill);
    const cells = (await readState(fx.context)).content.highlight!.cells;
    expect(cells.find((c) => c.cell === 'B2')!.fill).toEqual({ pattern: 'solid', color: 'FFFF00' });
    expect(cells.find((c) => c.cell === 'C3')!.fill).toEqual({ pattern: 'solid', color: 'C6EFCE' });
    await clearHighlights(fx.context, { requirements: req });
    expect(fillOf(ws, 'B2')).toBe('FFFFFF00');
    expect(fillOf(ws, 'C3')).toBe('FFC6EFCE');
    expect(snapshot(ws, 8, 6)).toBe(snapshot(hers.getWorksheet('Tiến độ')!, 8, 6));
  });

  test('a protected sheet is skipped and reported; the other sheet is marked; nothing throws', async () => {
    const wb = smallBook();
    const fx = createFakeExcel(wb, { protectedSheets: ['Khóa'] });
    const plan: HighlightPlan = {
      marks: [...PLAN.marks, { sheet: 'Khóa', row: 0, col: 0, kind: 'unmet', cue: 'Chưa đạt' }],
    };
    const report = await applyHighlights(fx.context, plan, { requirements: fx.Office.context.requirements });
    expect(report.error).toBeUndefined();
    expect(report.notWritten.join(' ')).toMatch(/Khóa.*bảo vệ/);
    expect(report.written.join(' ')).toMatch(/Tiến độ/);
    expect(fillOf(wb.getWorksheet('Khóa')!, 'A1')).toBeNull();
    expect(fillOf(wb.getWorksheet('Tiến độ')!, 'B2')).toBe('FF' + MARK_STYLES.overdue.fill);
    expect(fx.stats.batches.some((b) => b.error)).toBe(false);
  });

  test('a marked cell holding a threaded comment is filled without a note (Excel keeps none there), the pane names it, the others get theirs, and clearing gives the sheet back', async () => {
    const wb = smallBook();
    const ws = wb.getWorksheet('Tiến độ')!;
    const before = snapshot(ws, 8, 6);
    const fx = createFakeExcel(wb);
    // A colleague discussed B2 in a thread (Excel 365 › New Comment).
    fx.addThread('Tiến độ', 'B2');
    const req = fx.Office.context.requirements;
    const report = await applyHighlights(fx.context, PLAN, { requirements: req, appliedAt: '2023-10-15' });
    expect(report.error).toBeUndefined();
    expect(fx.stats.batches.some((b) => b.error)).toBe(false);
    expect(fillOf(ws, 'B2')).toBe('FF' + MARK_STYLES.overdue.fill);
    expect(ws.getCell('B2').note).toBeUndefined();
    expect(ws.getCell('C3').note).toBe('Ghi chú của phòng\n\n[NTM] Sắp đến hạn: Còn 10 ngày');
    expect(ws.getCell('A5').note).toBe('[NTM] Lỗi dữ liệu: Mã chỉ tiêu không có');
    expect(report.notWritten).toEqual([expect.stringMatching(/^ghi chú đánh dấu trên 1 ô có bình luận \("Tiến độ"!B2\)/)]);
    expect(report.written.join(' ')).toMatch(/Tiến độ/);
    // Run again (the thread still there): nothing stacks, nothing fails; then clear.
    const again = await applyHighlights(fx.context, PLAN, { requirements: req });
    expect(again.error).toBeUndefined();
    expect(ws.getCell('B2').note).toBeUndefined();
    await clearHighlights(fx.context, { requirements: req });
    expect(snapshot(ws, 8, 6)).toBe(before);
  });

  test('without ExcelApi 1.18 no notes are touched, fills still apply and clear exactly', async () => {
    const wb = smallBook();
    const ws = wb.getWorksheet('Tiến độ')!;
    const before = snapshot(ws, 8, 6);
    const fx = createFakeExcel(wb, { apiVersion: '1.17' });
    const req = fx.Office.context.requirements;
    const report = await applyHighlights(fx.context, PLAN, { requirements: req });
    expect(report.notesWritten).toBe(false);
    expect(ws.getCell('B2').note).toBeUndefined();
    expect(fillOf(ws, 'B2')).toBe('FF' + MARK_STYLES.overdue.fill);
    await clearHighlights(fx.context, { requirements: req });
    expect(snapshot(ws, 8, 6)).toBe(before);
  });
});

async function readAndHighlight(communes: number, apiVersion?: string) {
  const wb = matrixWorkbook(communes);
  const fx = createFakeExcel(wb, { apiVersion });
  const req = fx.Office.context.requirements;
  const data = await readWorkbook(fx.context, { requirements: req });
  const plan = matrixPlan(communes);
  const report = await applyHighlights(fx.context, plan, {
    requirements: req,
    state: stateFromWorkbookData(data),
    sheetNames: data.sheets.map((s) => s.name),
  });
  return { wb, fx, plan, report };
}

describe('budgets (counts, not timings)', () => {
  test.each([20, 200])('%i communes: read + highlight in at most 4 syncs, one screen suspend per sync', async (n) => {
    const { fx, report, plan, wb } = await readAndHighlight(n);
    expect(report.error).toBeUndefined();
    expect(fx.stats.syncs).toBeLessThanOrEqual(4);
    expect(Math.max(...fx.stats.batches.map((b) => b.suspends))).toBeLessThanOrEqual(1);
    expect(Math.max(...fx.stats.batches.map((b) => b.bytes))).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(fx.stats.maxAddressLength).toBeLessThanOrEqual(8000);
    // Every planned cell carries its colour (hand count: cells with (commune + indicator) % 4 == 0).
    const ws = wb.getWorksheet('Theo dõi')!;
    const marked = plan.marks.filter((m) => fillOf(ws, ws.getCell(m.row + 1, m.col + 1).address) !== null);
    expect(marked.length).toBe(plan.marks.length);
    const expectedCount = Array.from({ length: n }, (_, c) => Array.from({ length: 57 }, (_, i) => (c + i) % 4 === 0)).flat().filter(Boolean).length;
    expect(plan.marks.length).toBe(expectedCount);
  });

  test('proxies grow with styles and chunks, not with cells (notes off)', async () => {
    const small = await readAndHighlight(20, '1.17');
    const big = await readAndHighlight(200, '1.17');
    // 10× the cells and marks; proxies may grow a little (more address chunks), never tenfold.
    expect(big.plan.marks.length).toBeGreaterThan(small.plan.marks.length * 9);
    expect(big.fx.stats.proxies).toBeLessThan(small.fx.stats.proxies * 2);
    expect(big.fx.stats.proxies).toBeLessThan(200);
  });

  test('notes are one call per marked cell, so above maxNotes they are left out', async () => {
    const { report, plan } = await readAndHighlight(200);
    expect(plan.marks.length).toBeGreaterThan(1000);
    expect(report.notesWritten).toBe(false);
  });

  test('national scale: 8,227 communes × 57 indicators long table within 4 + one sync per 5,000 rows', async () => {
    const communes = 8227;
    const rows = communes * 57;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dữ liệu');
    ws.getRow(1).values = ['Mã xã', 'Mã chỉ tiêu', 'Trạng thái'];
    const marks: HighlightPlan['marks'] = [];
    for (let r = 0; r < rows; r++) {
      const status = r % 97 === 0 ? 'Chưa đạt' : 'Đạt';
      ws.getRow(r + 2).values = [10000 + Math.floor(r / 57), `${(r % 57) + 1}`, status];
      if (status === 'Chưa đạt') marks.push({ sheet: 'Dữ liệu', row: r + 1, col: 2, kind: 'unmet', cue: 'Chưa đạt' });
    }
    const fx = createFakeExcel(wb, { apiVersion: '1.17' });
    const req = fx.Office.context.requirements;
    const data = await readWorkbook(fx.context, { requirements: req });
    expect(data.sheets[0].rows.length).toBe(rows + 1);
    expect(data.sheets[0].rows[rows][2]).toBe((rows - 1) % 97 === 0 ? 'Chưa đạt' : 'Đạt');
    const report = await applyHighlights(fx.context, { marks }, { requirements: req, state: stateFromWorkbookData(data), sheetNames: ['Dữ liệu'] });
    expect(report.error).toBeUndefined();
    const chunks = Math.ceil((rows + 1) / 5000);
    expect(fx.stats.syncs).toBeLessThanOrEqual(4 + chunks);
    expect(Math.max(...fx.stats.batches.map((b) => b.bytes))).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(fx.stats.maxAddressLength).toBeLessThanOrEqual(8000);
    expect(fillOf(ws, 'C2')).toBe('FF' + MARK_STYLES.unmet.fill);
    expect(fillOf(ws, 'C3')).toBeNull();
  }, 300000);
});

describe('rows inserted between runs (probe 9-b, Office adapter)', () => {
  const YELLOW = 'FFFFFF00';
  const book = () => insertRowsBook(ExcelJS, YELLOW);
  const view = (wb: ExcelJS.Workbook) => snapshot(wb.getWorksheet('Hiện trạng')!, 14, 5);
  function baseline(): string {
    const wb = book();
    insertRows(wb.getWorksheet('Hiện trạng')!, 3, 2);
    return view(wb);
  }
  async function run(wb: ExcelJS.Workbook, plan: HighlightPlan | null) {
    const fx = createFakeExcel(wb);
    const requirements = fx.Office.context.requirements;
    const report = plan ? await applyHighlights(fx.context, plan, { requirements, appliedAt: '2023-10-22' }) : await clearHighlights(fx.context, { requirements });
    expect(report.error).toBeUndefined();
    return { report, fx };
  }

  test('the next run finds the moved marks: no stacked note, the user fill saved, then clearing gives the sheet back', async () => {
    const wb = book();
    await run(wb, insertRowsMarks(0));
    insertRows(wb.getWorksheet('Hiện trạng')!, 3, 2);
    const { report } = await run(wb, insertRowsMarks(2));
    const ws = wb.getWorksheet('Hiện trạng')!;
    expect(ws.getCell('C7').note).toBe('[NTM] Chưa đạt: Tân Sơn, chỉ tiêu 5');
    expect(ws.getCell('D8').note).toBe('Hỏi lại phòng NN\n\n[NTM] Quá hạn: mã 6, hạn Quý II/2023');
    expect(report.state!.cells.find((c) => c.cell === 'C7')).toMatchObject({ fill: { pattern: 'solid', color: 'FFFF00' }, note: null });
    // The cells at the old addresses (C5 now holds row 3's cell) are not touched.
    expect(ws.getCell('C5').note).toBeUndefined();
    await run(wb, null);
    expect(view(wb)).toBe(baseline());
  });

  test('a moved mark no longer made is removed where it now is, with one sync more', async () => {
    const wb = book();
    await run(wb, insertRowsMarks(0));
    insertRows(wb.getWorksheet('Hiện trạng')!, 3, 2);
    const { report } = await run(wb, { marks: insertRowsMarks(2).marks.slice(0, 2) });
    // State, sheet names, one read batch, the moved cells' fills, one write batch.
    expect(report.syncs).toBeLessThanOrEqual(6);
    const ws = wb.getWorksheet('Hiện trạng')!;
    expect(ws.getCell('C10').note).toBeUndefined();
    expect(fillOf(ws, 'C10')).toBeNull();
    await run(wb, null);
    expect(view(wb)).toBe(baseline());
  });

  test('a moved mark no longer made, on a cell the user has recoloured since: her colour stays (apply and clear)', async () => {
    const GREEN = 'FF00B050';
    for (const second of ['apply', 'clear'] as const) {
      const wb = book();
      await run(wb, insertRowsMarks(0));
      const ws = wb.getWorksheet('Hiện trạng')!;
      insertRows(ws, 3, 2);
      // The mark of row 8 is at C10 now; she colours that cell green.
      ws.getCell('C10').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREEN } };
      await run(wb, second === 'apply' ? { marks: insertRowsMarks(2).marks.slice(0, 2) } : null);
      expect([second, fillOf(ws, 'C10')]).toEqual([second, GREEN]);
      expect([second, ws.getCell('C10').note]).toEqual([second, undefined]);
    }
  });

  test('with the state sheet deleted, clearing still takes every mark off (orphans)', async () => {
    const wb = book();
    await run(wb, insertRowsMarks(0));
    wb.removeWorksheet(wb.getWorksheet(STATE_SHEET_NAME)!.id);
    await run(wb, null);
    const ws = wb.getWorksheet('Hiện trạng')!;
    expect(ws.getCell('D6').note).toBe('Hỏi lại phòng NN');
    expect(ws.getCell('C8').note).toBeUndefined();
    expect(fillOf(ws, 'C8')).toBeNull();
    expect(fillOf(ws, 'D6')).toBeNull();
    expect(wb.getWorksheet(STATE_SHEET_NAME)).toBeUndefined();
  });

  test('a file marked by the command line, rows inserted, is cleaned by the add-in (shared ids)', async () => {
    const wb = book();
    applyFileHighlights(wb, insertRowsMarks(0), '2023-10-15');
    insertRows(wb.getWorksheet('Hiện trạng')!, 3, 2);
    await run(wb, null);
    expect(view(wb)).toBe(baseline());
  });
});
