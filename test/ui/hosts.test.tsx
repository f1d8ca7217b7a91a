/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The two real hosts under the pane: the file host (ExcelJS in memory, as in a browser) and
// the Excel host over the Office.js double of test/support/fake-excel.
import './support/jsdom-globals';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createFileHost } from '../../src/ui/file-host';
import { openWorkbook } from '../../src/ui/file-ops';
import { createExcelHost } from '../../src/ui/excel-host';
import { excelOps } from '../../src/ui/excel-ops';
import { createFakeExcel } from '../support/fake-excel';
import { asXlsm, compoundFile } from '../support/compound-file';
import { SAMPLE_PATH, SAMPLE_VARIANT, sampleBuffer } from './support/sample';
import { clickAndWait, renderPane } from './support/render';

jest.setTimeout(90000);

const VARIANT = SAMPLE_VARIANT;

test('file mode: the box says what it is for until a file is open; then only its name and the buttons, dropping still opens', async () => {
  const opened: number[] = [];
  const host = createFileHost({ openWorkbook: async (b) => (opened.push(b.byteLength), openWorkbook(b)), saveFile: () => undefined });
  const bytes = sampleBuffer();
  await renderPane({ host, fetchSample: async () => bytes });
  expect(screen.getByText(/^Đang chạy ngoài Excel: mở một sổ làm việc \.xlsx/)).toBeTruthy();
  expect(screen.getByText('hoặc kéo thả tệp vào đây')).toBeTruthy();
  await clickAndWait('Dùng tệp mẫu');
  const box = await screen.findByRole('region', { name: 'tra-cu-2023.xlsx' });
  expect(screen.queryByText(/^Đang chạy ngoài Excel/)).toBeNull();
  expect(screen.queryByText('hoặc kéo thả tệp vào đây')).toBeNull();
  expect(screen.getByRole('button', { name: 'Mở tệp Excel' })).toBeTruthy();
  // jsdom's File has no arrayBuffer(): the part of a File the pane uses.
  fireEvent.drop(box, { dataTransfer: { files: [{ name: 'ban-sao.xlsx', arrayBuffer: async () => bytes }] } });
  await screen.findByRole('heading', { name: 'ban-sao.xlsx' });
  expect(opened).toEqual([bytes.byteLength, bytes.byteLength]);
});

test('file mode: sample → check → summary → download of a workbook with the TH_ sheets and the settings', async () => {
  const saved: { data: ArrayBuffer; name: string }[] = [];
  const host = createFileHost({ openWorkbook, saveFile: (data, name) => saved.push({ data, name }) });
  await renderPane({ host, fetchSample: async () => sampleBuffer() });
  // Nothing to check before a file is open.
  expect((screen.getByRole('button', { name: 'Kiểm tra' }) as HTMLButtonElement).disabled).toBe(true);
  await clickAndWait('Dùng tệp mẫu');
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

test('file mode: "Tải tệp đã kiểm tra" right after "Kiểm tra" is the checked copy: marks and summary sheets in, as the command line writes it', async () => {
  const saved: ArrayBuffer[] = [];
  const host = createFileHost({ openWorkbook, saveFile: (data) => saved.push(data) });
  await renderPane({ host, fetchSample: async () => sampleBuffer() });
  await clickAndWait('Dùng tệp mẫu');
  await clickAndWait('Kiểm tra');
  await clickAndWait('Tải tệp đã kiểm tra');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(saved[0]);
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['TH_Theo xã - Xã NTM', 'TH_Theo tiêu chí', 'TH_Theo phòng ban', 'TH_Kết quả kiểm tra']));
  // The marked cells carry their cue in a note (the sample's status sheets have unmet and late cells).
  const marked = (book: ExcelJS.Workbook) => {
    const cells: string[] = [];
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
      if (JSON.stringify(c.note ?? '').includes('[NTM]')) cells.push(`${ws.name}!${c.address}`);
    })));
    return cells;
  };
  const first = marked(wb);
  expect(first.length).toBeGreaterThan(20);
  expect(first.some((a) => a.startsWith('Hiện trạng NTM!'))).toBe(true);
  // A second download writes them again, not twice: the same sheets, the same marked cells.
  await clickAndWait('Tải tệp đã kiểm tra');
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(saved[1]);
  expect(again.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name));
  expect(marked(again)).toEqual(first);
});

test('file mode: the download says what the copy does not keep (an .xlsm\'s macros)', async () => {
  const saved: string[] = [];
  const host = createFileHost({ openWorkbook, saveFile: (_data, name) => saved.push(name) });
  const xlsm = await asXlsm(fs.readFileSync(SAMPLE_PATH));
  await renderPane({ host, fetchSample: async () => xlsm.buffer.slice(xlsm.byteOffset, xlsm.byteOffset + xlsm.byteLength) as ArrayBuffer });
  await clickAndWait('Dùng tệp mẫu');
  await clickAndWait('Kiểm tra');
  await clickAndWait('Tải tệp đã kiểm tra');
  expect(saved).toHaveLength(1);
  expect(screen.getByTestId('announcement').textContent).toContain('Lưu ý: bản tải về không giữ được: macro (VBA): bản đã kiểm tra là tệp .xlsx, không chứa macro. Hãy giữ và tiếp tục làm việc trên tệp gốc.');
});

test('file mode: nothing to download before a check; a file that fails to open leaves no workbook to check', async () => {
  const host = createFileHost({ openWorkbook, saveFile: () => undefined });
  // The sample first, then a CSV under an .xlsx name, through the same button.
  const csv = Buffer.from('STT,Xã\n1,Tân Sơn\n');
  const files = [sampleBuffer(), csv.buffer.slice(csv.byteOffset, csv.byteOffset + csv.byteLength) as ArrayBuffer];
  await renderPane({ host, fetchSample: async () => files.shift()! });
  await clickAndWait('Dùng tệp mẫu');
  await waitFor(() => expect(screen.getByRole('heading', { name: 'tra-cu-2023.xlsx' })).toBeTruthy());
  const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
  expect(button('Tải tệp đã kiểm tra').disabled).toBe(true);
  await clickAndWait('Kiểm tra');
  expect(button('Tải tệp đã kiểm tra').disabled).toBe(false);
  await clickAndWait('Dùng tệp mẫu');
  await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('CSV'));
  // The sample's heading, results and actions are gone: "Kiểm tra" cannot check it as if it were the new file.
  expect(screen.queryByRole('heading', { name: 'tra-cu-2023.xlsx' })).toBeNull();
  expect(screen.queryByText(VARIANT)).toBeNull();
  expect(button('Kiểm tra').disabled).toBe(true);
  expect(button('Tải tệp đã kiểm tra').disabled).toBe(true);
});

test('file mode: a file that is not an .xlsx gets a plain sentence saying what it is and what to do', async () => {
  const host = createFileHost({ openWorkbook, saveFile: () => undefined });
  const bytes = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  await expect(host.open(bytes(Buffer.from('STT,Xã\n1,Tân Sơn\n')), 'x.csv')).rejects.toMatchObject({
    text: { vi: expect.stringContaining('Tệp là văn bản thuần (CSV hoặc TXT)') },
  });
  await expect(host.open(bytes(compoundFile(['Workbook'])), 'KH 2023.xls')).rejects.toMatchObject({
    text: { vi: expect.stringContaining('Excel 97–2003 (.xls)'), en: expect.stringContaining('Save As → Excel Workbook (*.xlsx)') },
  });
  // Anything else the loader throws keeps the general sentence.
  const failing = createFileHost({ openWorkbook: async () => Promise.reject(new Error('boom')), saveFile: () => undefined });
  await expect(failing.open(new ArrayBuffer(8), 'x.xlsx')).rejects.toMatchObject({
    text: { vi: 'Không mở được tệp "x.xlsx". Tệp này không phải sổ làm việc .xlsx. Hãy lưu tệp bằng Excel dưới dạng .xlsx rồi mở lại.' },
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
