/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// "Thêm trang bộ tiêu chí" in both hosts: the shipped sets the workbook uses, as a sheet of the
// office's own (not the add-in's: never listed in its state, never replaced by a later run).
import './support/jsdom-globals';
import ExcelJS from 'exceljs';
import { screen, waitFor } from '@testing-library/react';
import { createFileHost } from '../../src/ui/file-host';
import { openWorkbook } from '../../src/ui/file-ops';
import { createExcelHost } from '../../src/ui/excel-host';
import { excelOps } from '../../src/ui/excel-ops';
import { createFakeExcel } from '../support/fake-excel';
import { SAMPLE_PATH, sampleBuffer } from './support/sample';
import { clickAndWait, renderPane } from './support/render';

jest.setTimeout(90000);

const SHEET = 'Bộ tiêu chí áp dụng';

/** Column B's text by row, as the office would see it. */
function codesOf(ws: ExcelJS.Worksheet): unknown[] {
  const out: unknown[] = [];
  ws.eachRow((row) => out.push(row.getCell(2).value));
  return out;
}

test('Excel mode: the sheet is added with the codes as text, the add-in does not own it, and a second click says why nothing is added', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  const fake = createFakeExcel(wb);
  const host = createExcelHost(async () => excelOps({ run: fake.run as never, requirements: fake.Office.context.requirements }));
  await renderPane({ host });
  await clickAndWait('Thêm trang bộ tiêu chí');
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByTestId('announcement').textContent).toContain(`Đã thêm trang "${SHEET}"`);
  const ws = wb.getWorksheet(SHEET)!;
  // "17.10" as typed text: as a number it would read 17.1.
  expect(codesOf(ws)).toEqual(expect.arrayContaining(['Tiêu chí 17', '17.1', '17.10', '17.12']));
  // Shown to the office: the new sheet is the active one.
  expect(wb.views[0].activeTab).toBe(wb.worksheets.indexOf(ws));
  // The summaries written afterwards leave it, and the state does not list it.
  await clickAndWait('Tạo biểu tổng hợp');
  expect(wb.getWorksheet(SHEET)).toBeDefined();
  const state = JSON.stringify(wb.getWorksheet('_ntm_state')?.getSheetValues() ?? []);
  expect(state).not.toContain(SHEET);
  // The sets it lists are now the workbook's own: nothing more to add.
  await clickAndWait('Thêm trang bộ tiêu chí');
  expect(screen.getByTestId('announcement').textContent).toContain('đã có trên trang bộ tiêu chí');
  expect(wb.worksheets.filter((w) => w.name.startsWith(SHEET))).toHaveLength(1);
});

test('file mode: the sheet goes into the downloaded file, and a check reads it as the definitions sheet', async () => {
  const saved: ArrayBuffer[] = [];
  const host = createFileHost({ openWorkbook, saveFile: (data) => saved.push(data) });
  await renderPane({ host, fetchSample: async () => sampleBuffer() });
  await clickAndWait('Dùng tệp mẫu');
  await waitFor(() => expect(screen.getByRole('heading', { name: 'tra-cu-2023.xlsx' })).toBeTruthy());
  await clickAndWait('Thêm trang bộ tiêu chí');
  expect(screen.getByTestId('announcement').textContent).toContain('Trang có trong tệp tải về.');
  await clickAndWait('Kiểm tra');
  expect(screen.getByText(SHEET, { exact: false })).toBeTruthy();
  await clickAndWait('Tải tệp đã kiểm tra');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(saved[0]);
  expect(codesOf(wb.getWorksheet(SHEET)!)).toEqual(expect.arrayContaining(['Tiêu chí 11', '11', '17.10']));
});
