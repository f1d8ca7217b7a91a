import ExcelJS from 'exceljs';
import { readState, removeState, writeState } from '../../../src/adapters/exceljs/state-sheet';
import type { StateSheetContent } from '../../../src/domain/plan/workbook-state';
import { STATE_SHEET_NAME } from '../../../src/domain/plan/highlight-plan';
import { loadBuffer } from '../../fixtures/user-workbook';

function bigContent(): StateSheetContent {
  const cells = [];
  for (let i = 0; i < 1500; i++) {
    cells.push({ sheet: 'Hiện trạng', cell: `D${i + 2}`, fill: null, note: `=Ghi chú số ${i} của xã Tập Sơn`, kind: 'unmet' as const });
  }
  return { settings: { ignored: ['a', 'b'], region: 'DBSCL' }, highlight: { version: 1, appliedAt: '2023-10-15', cells } };
}

describe('state sheet', () => {
  it('is absent from a fresh workbook: neither content nor problem', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phân công');
    expect(readState(wb)).toEqual({});
  });

  it('round-trips large content through a saved file, in a hidden sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phân công');
    const content = bigContent();
    writeState(wb, content);
    writeState(wb, content); // rewriting keeps a single sheet
    const back = await loadBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(back.worksheets.map((s) => s.name)).toEqual(['Phân công', STATE_SHEET_NAME]);
    const ws = back.getWorksheet(STATE_SHEET_NAME)!;
    expect(ws.state).toBe('hidden');
    expect(ws.rowCount).toBeGreaterThan(2); // more than one 30,000-character piece
    expect(String(ws.getCell('A1').value)).toMatch(/do not edit/);
    expect(readState(back)).toEqual({ content });
  });

  it('reports a sheet the user damaged, without throwing', () => {
    const wb = new ExcelJS.Workbook();
    writeState(wb, bigContent());
    wb.getWorksheet(STATE_SHEET_NAME)!.getCell('A3').value = null;
    expect(readState(wb).problem).toMatch(/hỏng/);
    wb.getWorksheet(STATE_SHEET_NAME)!.getCell('B1').value = 42;
    expect(readState(wb).problem).toBeDefined();
  });

  it('can be removed', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phân công');
    writeState(wb, { settings: { ignored: [] } });
    removeState(wb);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Phân công']);
  });
});
