// Settings live in the hidden state sheet with the shared encoding, so every entry point
// (task pane, reload, ribbon, command line) reads the same values.
import ExcelJS from 'exceljs';
import { readSettings, readState, stateFromWorkbookData, writeSettings } from '../../../src/adapters/office/settings';
import { readWorkbook } from '../../../src/adapters/office/read-workbook';
import { decodeState } from '../../../src/domain/plan/state-codec';
import { STATE_SHEET_NAME } from '../../../src/domain/plan/highlight-plan';
import type { WorkbookSettings } from '../../../src/domain/plan/workbook-state';
import { createFakeExcel } from '../../support/fake-excel';

const SETTINGS: WorkbookSettings = {
  asOf: '2023-10-15',
  region: 'mekong',
  ignored: ['deadline.overdue|An Quảng Hữu|17.8', '=nguy hiểm nếu thành công thức'],
  sheetRoles: { 'Phân công': 'assignment', 'Nháp': null },
  lang: 'vi',
};

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Phân công').getCell('A1').value = 'x';
  return wb;
}

describe('settings in the state sheet (Office adapter)', () => {
  test('a workbook without a state sheet gives default settings', async () => {
    const fx = createFakeExcel(book());
    expect(await readSettings(fx.context)).toEqual({ ignored: [] });
  });

  test('write then read returns the same settings; the sheet is hidden and decodes with the shared codec', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    await writeSettings(fx.context, SETTINGS);
    expect(await readSettings(fx.context)).toEqual(SETTINGS);
    const ws = wb.getWorksheet(STATE_SHEET_NAME)!;
    expect(ws.state).toBe('hidden');
    // What the file adapter would read from the same sheet.
    const rows: (string | number | null)[][] = [];
    ws.eachRow((row, r) => row.eachCell((cell, c) => ((rows[r - 1] ??= [])[c - 1] = cell.value as string)));
    expect(decodeState(rows).content?.settings).toEqual(SETTINGS);
    // Every cell kept as text: the header's version "1" is not turned into a number.
    expect(ws.getCell('C1').value).toBe('1');
  });

  test('writing settings twice keeps one state sheet; readWorkbook data decodes the same', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    await writeSettings(fx.context, { ignored: ['a'] });
    await writeSettings(fx.context, SETTINGS);
    expect(wb.worksheets.filter((w) => w.name === STATE_SHEET_NAME)).toHaveLength(1);
    const data = await readWorkbook(fx.context);
    expect(stateFromWorkbookData(data).content.settings).toEqual(SETTINGS);
    expect(data.sheets.find((s) => s.name === STATE_SHEET_NAME)!.hidden).toBe(true);
  });

  test('a damaged state sheet is reported, not trusted', async () => {
    const wb = book();
    const ws = wb.addWorksheet(STATE_SHEET_NAME);
    ws.getCell('A1').value = 'rác';
    const fx = createFakeExcel(wb);
    const state = await readState(fx.context);
    expect(state.exists).toBe(true);
    expect(state.problem).toMatch(/định dạng/);
    expect(state.content.settings).toEqual({ ignored: [] });
  });
});
