// The ribbon's one-click run on the fake Excel, with a hand-made engine result so the
// counts in the message come from a hand count, not from the engine under construction.
import ExcelJS from 'exceljs';
import { runOneClick, vietnamToday } from '../../../src/adapters/office/one-click';
import type { CheckOptions, CheckResult } from '../../../src/domain/check-types';
import type { WorkbookData } from '../../../src/domain/model/grid';
import { MARK_STYLES, STATE_SHEET_NAME } from '../../../src/domain/plan/highlight-plan';
import type { ProgramSummary } from '../../../src/domain/summary/types';
import { createFakeExcel, FakeExcel } from '../../support/fake-excel';
import { summaryPlan } from './fixtures';
import { readState, writeState } from '../../../src/adapters/exceljs/state-sheet';

/** `listed`: the add-in's state lists TH_Cũ as a summary sheet it wrote; otherwise it is the user's. */
function book(listed = true): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phân công');
  ws.getRow(1).values = ['STT', 'Mã chỉ tiêu', 'Cơ quan chủ trì', 'Thời hạn'];
  ws.getRow(2).values = [1, '17.8', 'Phòng Tài nguyên và Môi trường', 'Quý III/2023'];
  wb.addWorksheet('TH_Cũ').getCell('A1').value = 'biểu lần trước';
  if (listed) writeState(wb, { settings: { ignored: [] }, summarySheets: ['TH_Cũ'] });
  return wb;
}

/** 3 errors (2 + 1), 12 warnings (12), 1 info; 4 summary sheets; one mark. */
function result(asOf: string): CheckResult {
  return {
    asOf: asOf as CheckResult['asOf'],
    usable: true,
    recognized: [],
    findings: [],
    counts: [
      { code: 'code.unknown', severity: 'error', total: 2, shown: 2 },
      { code: 'deadline.overdue', severity: 'error', total: 1, shown: 1 },
      { code: 'deadline.due-soon', severity: 'warning', total: 12, shown: 12 },
      { code: 'text.legacy-encoding', severity: 'info', total: 1, shown: 1 },
    ],
    ignoredCount: 0,
    summary: {} as ProgramSummary,
    sheetPlans: ['TH_Xã', 'TH_Tiêu chí', 'TH_Phòng ban', 'TH_Huyện'].map((n) => summaryPlan(n)),
    highlights: { marks: [{ sheet: 'Phân công', row: 1, col: 3, kind: 'overdue', cue: 'Quá hạn Quý III/2023' }] },
  };
}

function host(fx: FakeExcel) {
  return { run: fx.run as never, requirements: fx.Office.context.requirements };
}

describe('runOneClick', () => {
  test('reads, checks, marks, writes and reports in one Vietnamese line', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    let seen: { wb: WorkbookData; opts: CheckOptions } | undefined;
    const outcome = await runOneClick({
      host: host(fx),
      now: () => new Date('2023-10-14T20:00:00Z'),
      check: (input, opts) => {
        seen = { wb: input, opts };
        return result(opts.asOf);
      },
    });
    expect(outcome).toMatchObject({ ok: true, message: 'Đã kiểm tra: 3 lỗi, 12 cảnh báo. Đã tạo 4 biểu tổng hợp.' });
    expect(outcome.messageEn).toBe('Checked: 3 errors, 12 warnings. Created 4 summary sheets.');
    // 20:00 UTC on the 14th is already the 15th in Vietnam.
    expect(seen!.opts.asOf).toBe('2023-10-15');
    // The add-in's own old sheet is not fed back to the engine.
    expect(seen!.wb.sheets.map((s) => s.name)).toEqual(['Phân công']);
    expect(wb.getWorksheet('TH_Cũ')).toBeUndefined();
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['TH_Xã', 'TH_Tiêu chí', 'TH_Phòng ban', 'TH_Huyện', STATE_SHEET_NAME]));
    expect((wb.getWorksheet('Phân công')!.getCell('D2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF' + MARK_STYLES.overdue.fill);
    expect(fx.stats.runs).toBe(1);
    expect(Math.max(...fx.stats.batches.map((b) => b.suspends))).toBeLessThanOrEqual(1);
    // The state now lists the sheets this run wrote, for the next run.
    expect(readState(wb).content?.summarySheets).toEqual(outcome.report!.written.filter((n) => n.startsWith('TH_')));
  });

  test('a user\'s own "TH_" sheet (no state lists it) is read as input and kept', async () => {
    const wb = book(false);
    const fx = createFakeExcel(wb);
    let seen: WorkbookData | undefined;
    await runOneClick({ host: host(fx), now: () => new Date('2023-10-14T20:00:00Z'), check: (input, opts) => ((seen = input), result(opts.asOf)) });
    expect(seen!.sheets.map((s) => s.name)).toEqual(['Phân công', 'TH_Cũ']);
    expect(wb.getWorksheet('TH_Cũ')!.getCell('A1').value).toBe('biểu lần trước');
  });

  test('the saved as-of date and ignored findings are passed to the engine', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    let opts: CheckOptions | undefined;
    await runOneClick({ host: host(fx), check: (_w, o) => ((opts = o), result(o.asOf)) });
    // Second run after settings were saved by another entry point.
    const { writeSettings } = await import('../../../src/adapters/office/settings');
    await writeSettings(fx.context, { asOf: '2023-06-30', ignored: ['k1'] });
    await runOneClick({ host: host(fx), check: (_w, o) => ((opts = o), result(o.asOf)) });
    expect(opts).toMatchObject({ asOf: '2023-06-30', ignored: ['k1'] });
  });

  test('clicked while the user types in a cell: waits (delayForCellEdit) instead of failing', async () => {
    const fx = createFakeExcel(book(), { cellEditMode: true });
    const outcome = await runOneClick({ host: host(fx), check: (_w, o) => result(o.asOf) });
    expect(outcome.ok).toBe(true);
    expect(fx.stats.delayedForCellEdit).toBe(1);
  });

  test('an unusable workbook gives the engine\'s reason', async () => {
    const fx = createFakeExcel(book());
    const outcome = await runOneClick({
      host: host(fx),
      check: (_w, o) => ({ ...result(o.asOf), usable: false, unusableReason: { vi: 'Không thấy bảng nào.', en: 'No table.' } }),
    });
    expect(outcome).toMatchObject({ ok: false, message: 'Không thấy bảng nào.' });
  });

  test('a protected data sheet: summaries are still made, the skipped marks are named', async () => {
    const fx = createFakeExcel(book(), { protectedSheets: ['Phân công'] });
    const outcome = await runOneClick({ host: host(fx), check: (_w, o) => result(o.asOf) });
    expect(outcome.message).toMatch(/^Đã kiểm tra: 3 lỗi, 12 cảnh báo\. Đã tạo 4 biểu tổng hợp\. Chưa ghi được: .*Phân công.*bảo vệ/);
  });

  test('an Office error becomes its mapped sentence', async () => {
    // Excel 2016-era host: no ExcelApi 1.9 (screen updating, RangeAreas).
    const fx = createFakeExcel(book(), { apiVersion: '1.8' });
    const outcome = await runOneClick({ host: host(fx), check: (_w, o) => result(o.asOf) });
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/cập nhật Office/);
  });

  test('vietnamToday is UTC+7', () => {
    expect(vietnamToday(new Date('2024-01-31T16:59:00Z'))).toBe('2024-01-31');
    expect(vietnamToday(new Date('2024-01-31T17:00:00Z'))).toBe('2024-02-01');
  });
});
