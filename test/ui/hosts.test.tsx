/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The two real hosts under the pane: the file host (ExcelJS in memory, as in a browser) and
// the Excel host over the Office.js double of test/support/fake-excel.
import './support/jsdom-globals';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { screen, waitFor } from '@testing-library/react';
import { createFileHost } from '../../src/ui/file-host';
import { openWorkbook } from '../../src/ui/file-ops';
import { createExcelHost } from '../../src/ui/excel-host';
import { excelOps } from '../../src/ui/excel-ops';
import { createFakeExcel } from '../support/fake-excel';
import { SAMPLE_PATH } from './support/sample';
import { clickAndWait, renderPane } from './support/render';

jest.setTimeout(90000);

const VARIANT = 'Tên xã viết khác nhau: "Tập sơn" và "Tập Sơn".';

function sampleBuffer(): ArrayBuffer {
  const b = fs.readFileSync(SAMPLE_PATH);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

test('file mode: sample → check → summary → download of a workbook with the TH_ sheets and the settings', async () => {
  const saved: { data: ArrayBuffer; name: string }[] = [];
  const host = createFileHost({ openWorkbook, saveFile: (data, name) => saved.push({ data, name }) });
  await renderPane({ host, fetchSample: async () => sampleBuffer() });
  // Nothing to check before a file is open.
  expect((screen.getByRole('button', { name: 'Kiểm tra' }) as HTMLButtonElement).disabled).toBe(true);
  await clickAndWait('Dùng workbook mẫu');
  await waitFor(() => expect(screen.getByRole('heading', { name: 'tra-cu-2023.xlsx' })).toBeTruthy());
  await clickAndWait('Kiểm tra');
  expect(screen.getByText(VARIANT)).toBeTruthy();
  await clickAndWait('Tạo biểu tổng hợp');
  await clickAndWait('Tải tệp đã kiểm tra');
  expect(saved.map((s) => s.name)).toEqual(['tra-cu-2023.checked.xlsx']);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(saved[0].data);
  const names = wb.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(['Phân công', 'TH_Theo tiêu chí', 'TH_Kết quả kiểm tra', '_ntm_state']));
  // The findings sheet lists the variant with its cell's address.
  const rows: string[] = [];
  wb.getWorksheet('TH_Kết quả kiểm tra')!.eachRow((row) => rows.push((row.values as unknown[]).map((v) => (v && typeof v === 'object' && 'text' in v ? String((v as { text: unknown }).text) : String(v ?? ''))).join(' | ')));
  expect(rows.find((r) => r.includes(VARIANT))).toMatch(/F18/);
});

test('file mode: a file that is not an .xlsx gets a plain sentence', async () => {
  const host = createFileHost({ openWorkbook, saveFile: () => undefined });
  await expect(host.open(Uint8Array.from(Buffer.from('not a zip')).buffer as ArrayBuffer, 'x.xlsx')).rejects.toMatchObject({
    text: { vi: 'Tệp này không phải sổ làm việc .xlsx. Hãy lưu tệp bằng Excel dưới dạng .xlsx rồi mở lại.' },
  });
});

test('Excel mode: summary sheets are written; a protected sheet is named in what was not written', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  const fake = createFakeExcel(wb, { protectedSheets: ['Hiện trạng NTM'], cellEditMode: true });
  const host = createExcelHost(async () => excelOps({ run: fake.run as never, requirements: fake.Office.context.requirements }));
  await renderPane({ host });
  await clickAndWait('Tạo biểu tổng hợp');
  // Typing in a cell does not break the run: every Excel.run waits for cell edit mode to end.
  expect(screen.queryByRole('alert')).toBeNull();
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['TH_Theo tiêu chí', 'TH_Theo phòng ban']));
  expect(screen.getByTestId('announcement').textContent).toContain('Chưa ghi được: đánh dấu trên trang "Hiện trạng NTM" (trang đang được bảo vệ)');
  // Settings went to the hidden state sheet through Office.js.
  expect(wb.getWorksheet('_ntm_state')?.state).toBe('hidden');
});
