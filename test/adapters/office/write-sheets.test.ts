// Summary sheets written through Office.js (on the fake): text stays text, formats and
// layout land, the add-in's old sheets are replaced, the user's never touched, and a
// failure half way leaves no half-written sheet behind without saying so.
import ExcelJS from 'exceljs';
import { groupStyles, widthToPoints, writeSummarySheets } from '../../../src/adapters/office/write-sheets';
import type { SheetPlan } from '../../../src/domain/plan/sheet-plan';
import { summaryPlan } from './fixtures';
import { createFakeExcel } from '../../support/fake-excel';
import { criterionSheet } from '../../../src/domain/layout/criterion-sheet';
import type { CriterionRow } from '../../../src/domain/summary/types';
import { XA_NTM } from '../../layout/seed000-fixture';

function userBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Phân công').getCell('A1').value = 'dữ liệu người dùng';
  const old = wb.addWorksheet('TH_Cũ');
  old.getCell('A1').value = 'biểu của lần chạy trước';
  wb.addWorksheet('Tổng hợp').getCell('A1').value = 'trang người dùng tự đặt tên';
  return wb;
}

function withBreaks(plan: SheetPlan, rows: number[]): SheetPlan {
  return { ...plan, print: { ...plan.print, pageBreaksBefore: rows } };
}

/** Manual row breaks as ExcelJS keeps them (and writes them to the file). */
function rowBreaks(ws: ExcelJS.Worksheet): unknown[] {
  return (ws as unknown as { rowBreaks?: unknown[] }).rowBreaks ?? [];
}

describe('writeSummarySheets (Office adapter)', () => {
  test('a province\'s criterion sheet (150 laggards for one criterion) is written: no row over Excel\'s 409 points', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `Xã Số ${i + 1}`);
    const row: CriterionRow = { setId: 'xa-ntm-2021', code: '17', name: 'Môi trường và an toàn thực phẩm', communesMet: [], communesUnmet: names, communesNoData: [], communesTotal: 150, communesWithData: 150, leads: ['Sở Nông nghiệp và Môi trường'], coordinators: [] };
    const plan = criterionSheet('TH_Theo tiêu chí', [row], [XA_NTM], { agency: 'UBND tỉnh', place: 'An Giang', asOf: '2025-10-15', lang: 'vi' });
    const wb = userBook();
    const fx = createFakeExcel(wb);
    const report = await writeSummarySheets(fx.context, [plan]);
    expect(report.error).toBeUndefined();
    const ws = wb.getWorksheet('TH_Theo tiêu chí')!;
    const pieces: string[] = [];
    let top: string | undefined;
    ws.eachRow((r) => {
      expect(r.height ?? 15).toBeLessThanOrEqual(409);
      if (!top && r.getCell(2).value === '17. Môi trường và an toàn thực phẩm') top = r.getCell(1).address;
      // The criterion's rows: those its merged number cell spans.
      const v = r.getCell(7).value;
      if (top && r.getCell(1).master.address === top && typeof v === 'string') pieces.push(v);
    });
    const text = pieces.join(' ');
    expect(pieces.length).toBeGreaterThan(1);
    expect(text.replace(/^Có 150 xã chưa đạt, gồm: /, '').replace(/\.$/, '').split(', ')).toEqual(names);
  });


  test('values keep their type: "=…", "0123" and "19/19" stay text, numbers stay numbers', async () => {
    const wb = userBook();
    const fx = createFakeExcel(wb);
    const report = await writeSummarySheets(fx.context, [summaryPlan()]);
    expect(report.error).toBeUndefined();
    const ws = wb.getWorksheet('TH_Tổng hợp')!;
    expect(ws.getCell('D3').value).toBe('=SUM(C3:C4) là công thức người dùng gõ');
    expect(ws.getCell('D3').formula).toBeUndefined();
    expect(ws.getCell('D4').value).toBe('0123');
    expect(ws.getCell('D5').value).toBe('19/19');
    expect(ws.getCell('C3').value).toBe(17);
    expect(ws.getCell('A3').value).toBe(1);
    expect(ws.getCell('C3').numFmt).toBe('0');
  });

  test('formats, merges, widths, heights, page setup and frozen rows land as planned', async () => {
    const wb = userBook();
    const fx = createFakeExcel(wb);
    await writeSummarySheets(fx.context, [summaryPlan()]);
    const ws = wb.getWorksheet('TH_Tổng hợp')!;
    expect((ws as unknown as { _merges: Record<string, unknown> })._merges['A1']).toBeDefined();
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').alignment?.horizontal).toBe('center');
    expect((ws.getCell('B2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9E1F2');
    expect((ws.getCell('D2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE699');
    expect(ws.getCell('C4').border?.left?.style).toBe('thin');
    expect(ws.getCell('C4').font?.name).toBe('Times New Roman');
    expect(ws.getCell('B2').alignment?.wrapText).toBe(true);
    expect(ws.getColumn(2).width).toBeCloseTo(28, 1);
    expect(ws.getRow(2).height).toBe(32);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe('2:2');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  test('a plan fitted to one page is shrunk to one page tall (verticalFitToPages 1); others grow as many pages down as they need', async () => {
    const wb = userBook();
    const fx = createFakeExcel(wb);
    const plan = summaryPlan();
    await writeSummarySheets(fx.context, [{ ...plan, print: { ...plan.print, fitToHeight: 1 } }, summaryPlan('TH_Dài')]);
    expect(wb.getWorksheet('TH_Tổng hợp')!.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    expect(wb.getWorksheet('TH_Dài')!.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  test("replaces the add-in's old sheets and never touches the user's", async () => {
    const wb = userBook();
    const fx = createFakeExcel(wb);
    // The state lists TH_Cũ as the add-in's own sheet.
    const report = await writeSummarySheets(fx.context, [summaryPlan(), summaryPlan('Tổng hợp')], { owned: (n) => n === 'TH_Cũ' });
    expect(wb.getWorksheet('TH_Cũ')).toBeUndefined();
    expect(wb.getWorksheet('Tổng hợp')!.getCell('A1').value).toBe('trang người dùng tự đặt tên');
    expect(wb.getWorksheet('Phân công')!.getCell('A1').value).toBe('dữ liệu người dùng');
    expect(report.written).toEqual(['TH_Tổng hợp']);
    expect(report.notWritten.join(' ')).toMatch(/Tổng hợp.*trùng tên/);
  });

  test('a user\'s own "TH_" sheet (no state lists it) is neither deleted nor replaced', async () => {
    const wb = userBook();
    const fx = createFakeExcel(wb);
    // "TH" is how offices abbreviate "tổng hợp": TH_Cũ here is the user's, since nothing says otherwise.
    const report = await writeSummarySheets(fx.context, [summaryPlan(), summaryPlan('TH_Cũ')]);
    expect(wb.getWorksheet('TH_Cũ')).toBeDefined();
    expect(wb.getWorksheet('TH_Tổng hợp')).toBeDefined();
    expect(report.written).toEqual(['TH_Tổng hợp']);
    expect(report.notWritten.join(' ')).toMatch(/TH_Cũ.*trùng tên/);
  });

  test('a small set of sheets is one sync; one call per distinct format value, not per range', async () => {
    const fx = createFakeExcel(userBook());
    await writeSummarySheets(fx.context, [summaryPlan(), summaryPlan('TH_Biểu 2')], { sheetNames: ['Phân công', 'TH_Cũ', 'Tổng hợp'] });
    expect(fx.stats.syncs).toBe(1);
    expect(fx.stats.batches[0].suspends).toBe(1);
    // fill: D9E1F2 and FFE699 → 2 groups, though 2 styled ranges overlap.
    const groups = groupStyles(summaryPlan()).filter((g) => g.prop[0] === 'fill');
    expect(groups.map((g) => g.prop[1]).sort()).toEqual(['D9E1F2', 'FFE699']);
    expect(groups.find((g) => g.prop[1] === 'D9E1F2')!.cells.length).toBe(3);
  });

  test('a planned page break lands above its row, in the same one sync', async () => {
    const wb = userBook();
    const fx = createFakeExcel(wb);
    // Above 0-based row 3 (1-based row 4): the break follows row 3, <brk id="3"> in the file.
    const plan = withBreaks(summaryPlan(), [3]);
    const report = await writeSummarySheets(fx.context, [plan, summaryPlan('TH_Biểu 2')], { sheetNames: ['Phân công', 'TH_Cũ', 'Tổng hợp'] });
    expect(report.error).toBeUndefined();
    expect(fx.stats.syncs).toBe(1);
    expect(rowBreaks(wb.getWorksheet('TH_Tổng hợp')!)).toEqual([{ id: 3, max: 16383, man: 1 }]);
    expect(rowBreaks(wb.getWorksheet('TH_Biểu 2')!)).toEqual([]);
  });

  test('a plan with several breaks (the closing block\'s and the headings\') gets each of them', async () => {
    const wb = userBook();
    await writeSummarySheets(createFakeExcel(wb).context, [withBreaks(summaryPlan(), [2, 4])]);
    expect(rowBreaks(wb.getWorksheet('TH_Tổng hợp')!)).toEqual([{ id: 2, max: 16383, man: 1 }, { id: 4, max: 16383, man: 1 }]);
  });

  test("a re-run's sheet carries only the new plan's breaks, not the old ones too", async () => {
    const wb = userBook();
    await writeSummarySheets(createFakeExcel(wb).context, [withBreaks(summaryPlan(), [3])]);
    const owned = (n: string) => n === 'TH_Tổng hợp';
    const report = await writeSummarySheets(createFakeExcel(wb).context, [withBreaks(summaryPlan(), [2])], { owned });
    expect(report.written).toEqual(['TH_Tổng hợp']);
    expect(rowBreaks(wb.getWorksheet('TH_Tổng hợp')!)).toEqual([{ id: 2, max: 16383, man: 1 }]);
  });

  test('a big sheet is written in several syncs, none over 4 MB', async () => {
    const rows = 40000;
    const values = Array.from({ length: rows }, (_, r) => [r + 1, `Xã ${r} – ghi chú về tiến độ thực hiện tiêu chí`, r % 19, 'Đạt chuẩn']);
    const plan: SheetPlan = { ...summaryPlan('TH_Lớn'), values, merges: [] };
    const wb = userBook();
    const fx = createFakeExcel(wb);
    const report = await writeSummarySheets(fx.context, [plan]);
    expect(report.error).toBeUndefined();
    expect(fx.stats.syncs).toBeGreaterThan(1);
    expect(Math.max(...fx.stats.batches.map((b) => b.bytes))).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(wb.getWorksheet('TH_Lớn')!.getCell(rows, 2).value).toBe(`Xã ${rows - 1} – ghi chú về tiến độ thực hiện tiêu chí`);
  });

  test('a failure half way is reported and the half-written sheet removed', async () => {
    const wb = userBook();
    const fx = createFakeExcel(wb);
    // ':' is not allowed in a sheet name: Excel rejects the second sheet.
    const report = await writeSummarySheets(fx.context, [summaryPlan('TH_Một'), summaryPlan('TH_Hai:lỗi')]);
    expect(report.error?.code).toBe('InvalidArgument');
    expect(report.error?.message.vi).toMatch(/\S/);
    expect(report.written).toEqual([]);
    expect(report.notWritten.join(' ')).toMatch(/TH_Một/);
    expect(wb.getWorksheet('TH_Một')).toBeUndefined();
    expect(wb.getWorksheet('Phân công')!.getCell('A1').value).toBe('dữ liệu người dùng');
  });
});

describe('column widths in points', () => {
  // Excel's default column: 8.43 characters shown, stored as 9.140625 units with the padding,
  // 64 px = 48 pt. The file's unit already holds the padding, so no 5 px goes on top (an Office
  // sheet was 5 px a column wider than the same plan written to a file).
  test('the file unit, padding included: the default column is 48 pt, 20 units 140 px = 105 pt', () => {
    expect(widthToPoints(9.140625)).toBe(48);
    expect(widthToPoints(20)).toBe(105);
  });
});
