// Contract between the two adapters: the same plan written through the file adapter
// (ExcelJS) and through Office.js (on the fake, backed by ExcelJS) gives the same workbook
// content — values, merged ranges, widths, print setup, marked cells — and both read the
// same WorkbookData from the same workbook.
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../../src/adapters/office/read-workbook';
import { applyHighlights as officeApply } from '../../../src/adapters/office/highlights';
import { writeSummarySheets } from '../../../src/adapters/office/write-sheets';
import type { CellRect, CellValue, WorkbookData } from '../../../src/domain/model/grid';
import type { HighlightPlan } from '../../../src/domain/plan/highlight-plan';
import { createFakeExcel } from '../../support/fake-excel';
import { cellMap, readFixture, summaryPlan } from './fixtures';

const FILE_ADAPTER = path.join(__dirname, '../../../src/adapters/exceljs');

/** Finds an export of the file adapter by name, wherever H3a put it; undefined while it does not exist. */
function fileExport<T>(name: string): T | undefined {
  if (!fs.existsSync(FILE_ADAPTER)) return undefined;
  for (const f of fs.readdirSync(FILE_ADAPTER)) {
    if (!/\.ts$/.test(f) || f.endsWith('.d.ts')) continue;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(FILE_ADAPTER, f)) as Record<string, unknown>;
      if (typeof mod[name] === 'function') return mod[name] as T;
    } catch {
      // A file being written by another helper may not load yet.
    }
  }
  return undefined;
}

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
    print: { orientation: ws.pageSetup.orientation, paperSize: ws.pageSetup.paperSize, titles: ws.pageSetup.printTitlesRow },
    frozen: (ws.views?.[0] as { ySplit?: number } | undefined)?.ySplit,
  };
}

const writeSheetPlan = fileExport<(wb: ExcelJS.Workbook, plan: unknown) => unknown>('writeSheetPlan');
const workbookToData = fileExport<(wb: ExcelJS.Workbook) => WorkbookData>('workbookToData');
const fileApply = fileExport<(wb: ExcelJS.Workbook, plan: HighlightPlan, ...rest: unknown[]) => unknown>('applyHighlights');

describe('contract: file adapter vs Office adapter', () => {
  (workbookToData ? test : test.skip)('both read the same values, merges and hidden flags', async () => {
    const wb = readFixture();
    const fx = createFakeExcel(wb);
    const office = await readWorkbook(fx.context, { requirements: fx.Office.context.requirements });
    expect(normalized(office)).toEqual(normalized(workbookToData!(wb)));
  });

  (writeSheetPlan ? test : test.skip)('the same SheetPlan gives the same values, merges, fills, widths and print setup', async () => {
    const plans = [summaryPlan('TH_Tổng hợp'), summaryPlan('TH_Biểu 2')];
    const fileWb = new ExcelJS.Workbook();
    fileWb.addWorksheet('Dữ liệu');
    for (const p of plans) writeSheetPlan!(fileWb, p);
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

  (fileApply ? test : test.skip)('the same HighlightPlan marks the same cells with the same colours', async () => {
    const plan: HighlightPlan = {
      marks: [
        { sheet: 'Phân công', row: 4, col: 4, kind: 'overdue', cue: 'Quá hạn 30/06/2023' },
        { sheet: 'Phân công', row: 4, col: 4, kind: 'unmet', cue: 'Chưa đạt' },
        { sheet: 'Phân công', row: 5, col: 1, kind: 'data-error', cue: 'Mã không có trong bộ tiêu chí' },
        { sheet: 'Tiến độ', row: 5, col: 3, kind: 'due-soon', cue: 'Còn 10 ngày' },
      ],
    };
    const fileWb = readFixture();
    await fileApply!(fileWb, plan, { appliedAt: '2023-10-15' });
    const officeWb = readFixture();
    const fx = createFakeExcel(officeWb);
    await officeApply(fx.context, plan, { requirements: fx.Office.context.requirements, appliedAt: '2023-10-15' });
    for (const name of ['Phân công', 'Tiến độ']) {
      expect(sheetContent(officeWb.getWorksheet(name)!).fills).toEqual(sheetContent(fileWb.getWorksheet(name)!).fills);
      expect(sheetContent(officeWb.getWorksheet(name)!).values).toEqual(sheetContent(fileWb.getWorksheet(name)!).values);
    }
    expect(officeWb.getWorksheet('Phân công')!.getCell('E5').note).toEqual(fileWb.getWorksheet('Phân công')!.getCell('E5').note);
  });
});
