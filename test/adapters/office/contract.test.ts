// Contract between the two adapters: the same plan written through the file adapter
// (ExcelJS) and through Office.js (on the fake, backed by ExcelJS) gives the same workbook
// content — values, merged ranges, widths, print setup, marked cells — and both read the
// same WorkbookData from the same workbook.
import path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../../src/adapters/office/read-workbook';
import { applyHighlights as officeApply } from '../../../src/adapters/office/highlights';
import { writeSummarySheets } from '../../../src/adapters/office/write-sheets';
import type { CellRect, CellValue, WorkbookData } from '../../../src/domain/model/grid';
import type { HighlightPlan } from '../../../src/domain/plan/highlight-plan';
import { createFakeExcel } from '../../support/fake-excel';
import { cellMap, readFixture, summaryPlan } from './fixtures';
import { workbookToData } from '../../../src/adapters/exceljs/read-workbook';
import { writeSheetPlan } from '../../../src/adapters/exceljs/write-plan';
import { applyHighlights as fileApplyHighlights } from '../../../src/adapters/exceljs/highlights';
import { applyCheckResult } from '../../../src/adapters/exceljs/apply-check-result';
import { checkWorkbook } from '../../../src/domain/check';

const EPOCH = Date.UTC(1899, 11, 30);
function norm(v: CellValue): CellValue {
  return v instanceof Date ? (v.getTime() - EPOCH) / 86400000 : v;
}
function normalized(data: WorkbookData) {
  return data.sheets.map((s) => ({
    name: s.name,
    hidden: Boolean(s.hidden),
    cells: new Map([...cellMap(s.rows)].map(([k, v]) => [k, norm(v)])),
    merges: [...s.merges].sort((a: CellRect, b: CellRect) => a.top - b.top || a.left - b.left),
  }));
}

function sheetContent(ws: ExcelJS.Worksheet) {
  const values: Record<string, unknown> = {};
  const fills: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type !== ExcelJS.ValueType.Merge && cell.value !== null) values[`${r},${c}`] = cell.value;
    }),
  );
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const f = cell.fill as ExcelJS.FillPattern | undefined;
      if (f?.pattern === 'solid' && f.fgColor?.argb) fills[`${r},${c}`] = f.fgColor.argb;
    }),
  );
  const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();
  const widths = ws.columns.map((c) => Math.round((c.width ?? 0) * 10) / 10);
  return {
    values,
    fills,
    merges,
    widths,
    print: {
      orientation: ws.pageSetup.orientation,
      paperSize: ws.pageSetup.paperSize,
      titles: ws.pageSetup.printTitlesRow,
      breaks: (ws as unknown as { rowBreaks?: unknown[] }).rowBreaks ?? [],
    },
    frozen: (ws.views?.[0] as { ySplit?: number } | undefined)?.ySplit,
  };
}

describe('contract: file adapter vs Office adapter', () => {
  test('both read the same values, merges and hidden flags', async () => {
    const wb = readFixture();
    const fx = createFakeExcel(wb);
    const office = await readWorkbook(fx.context, { requirements: fx.Office.context.requirements });
    expect(normalized(office)).toEqual(normalized(workbookToData(wb)));
  });

  test('the same SheetPlan gives the same values, merges, fills, widths and print setup, page breaks included', async () => {
    const second = summaryPlan('TH_Biểu 2');
    const plans = [summaryPlan('TH_Tổng hợp'), { ...second, print: { ...second.print, pageBreaksBefore: [3] } }];
    const fileWb = new ExcelJS.Workbook();
    fileWb.addWorksheet('Dữ liệu');
    for (const p of plans) writeSheetPlan(fileWb, p);
    const officeWb = new ExcelJS.Workbook();
    officeWb.addWorksheet('Dữ liệu');
    const fx = createFakeExcel(officeWb);
    const report = await writeSummarySheets(fx.context, plans);
    expect(report.error).toBeUndefined();
    for (const p of plans) {
      const a = sheetContent(fileWb.getWorksheet(p.name)!);
      const b = sheetContent(officeWb.getWorksheet(p.name)!);
      expect(b.values).toEqual(a.values);
      expect(b.merges).toEqual(a.merges);
      expect(b.fills).toEqual(a.fills);
      expect(b.widths).toEqual(a.widths);
      expect(b.print).toEqual(a.print);
      expect(b.frozen).toEqual(a.frozen);
    }
  });

  test('the same HighlightPlan marks the same cells with the same colours', async () => {
    const plan: HighlightPlan = {
      marks: [
        { sheet: 'Phân công', row: 4, col: 4, kind: 'overdue', cue: 'Quá hạn 30/06/2023' },
        { sheet: 'Phân công', row: 4, col: 4, kind: 'unmet', cue: 'Chưa đạt' },
        { sheet: 'Phân công', row: 5, col: 1, kind: 'data-error', cue: 'Mã không có trong bộ tiêu chí' },
        { sheet: 'Tiến độ', row: 5, col: 3, kind: 'due-soon', cue: 'Còn 10 ngày' },
      ],
    };
    const fileWb = readFixture();
    fileApplyHighlights(fileWb, plan, '2023-10-15');
    const officeWb = readFixture();
    const fx = createFakeExcel(officeWb);
    await officeApply(fx.context, plan, { requirements: fx.Office.context.requirements, appliedAt: '2023-10-15' });
    for (const name of ['Phân công', 'Tiến độ']) {
      expect(sheetContent(officeWb.getWorksheet(name)!).fills).toEqual(sheetContent(fileWb.getWorksheet(name)!).fills);
      expect(sheetContent(officeWb.getWorksheet(name)!).values).toEqual(sheetContent(fileWb.getWorksheet(name)!).values);
    }
    expect(officeWb.getWorksheet('Phân công')!.getCell('E5').note).toEqual(fileWb.getWorksheet('Phân công')!.getCell('E5').note);
  });

  test('the bundled sample, checked by the engine, comes out the same through both adapters', async () => {
    const sample = path.join(__dirname, '../../../examples/tra-cu-2023.xlsx');
    const fileWb = new ExcelJS.Workbook();
    await fileWb.xlsx.readFile(sample);
    const result = checkWorkbook(workbookToData(fileWb), { asOf: '2023-10-15' });
    applyCheckResult(fileWb, result);
    const officeWb = new ExcelJS.Workbook();
    await officeWb.xlsx.readFile(sample);
    const fx = createFakeExcel(officeWb);
    const officeData = await readWorkbook(fx.context, { requirements: fx.Office.context.requirements });
    const officeResult = checkWorkbook(officeData, { asOf: '2023-10-15' });
    // The engine sees the same data through both adapters, so it finds the same things.
    expect(officeResult.findings.map((f) => f.key)).toEqual(result.findings.map((f) => f.key));
    await officeApply(fx.context, officeResult.highlights, { requirements: fx.Office.context.requirements, appliedAt: '2023-10-15' });
    const report = await writeSummarySheets(fx.context, officeResult.sheetPlans);
    expect(report.error).toBeUndefined();
    const userSheets = fileWb.worksheets.map((w) => w.name).filter((n) => !n.startsWith('TH_') && n !== '_ntm_state');
    expect(userSheets).toHaveLength(7);
    for (const name of [...userSheets, ...result.sheetPlans.map((p) => p.name)]) {
      const a = sheetContent(fileWb.getWorksheet(name)!);
      const b = sheetContent(officeWb.getWorksheet(name)!);
      expect({ name, values: b.values }).toEqual({ name, values: a.values });
      expect({ name, fills: b.fills }).toEqual({ name, fills: a.fills });
      expect({ name, merges: b.merges }).toEqual({ name, merges: a.merges });
    }
  });
});
