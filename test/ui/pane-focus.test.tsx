/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Where keyboard focus goes after each action of the pane: a button disabled while it runs, or
// one that disappears with what it did, must not drop focus to the page (the user would start
// over from the top, and a screen reader says nothing).
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { checkWorkbook } from '../../src/domain/check';
import type { Finding } from '../../src/domain/model/finding';
import { createFileHost } from '../../src/ui/file-host';
import { groupFindings, navigationOrder } from '../../src/ui/findings-view';
import './support/jsdom-globals';
import { finishHeldRun, gatedFileHost, paneOverSlowSample, slowSampleHost, startHeldRun } from './support/slow-host';
import { SAMPLE_VARIANT, sampleBuffer, sampleData } from './support/sample';
import { AS_OF, clickAndWait, openGroup, renderPane } from './support/render';

jest.setTimeout(60000);

describe('while a run goes on', () => {
  test('the action buttons keep focus (disabled but focusable), and focus is still on "Kiểm tra" when it ends', async () => {
    const host = await paneOverSlowSample();
    screen.getByRole('button', { name: 'Kiểm tra' }).focus();
    await startHeldRun(host, 'Kiểm tra');
    // A disabled <button> drops focus to the page (Chromium): aria-disabled keeps it in place.
    for (const name of ['Kiểm tra', 'Tạo biểu tổng hợp', 'Xóa đánh dấu']) {
      const b = screen.getByRole('button', { name });
      expect([name, b.hasAttribute('disabled'), b.getAttribute('aria-disabled')]).toEqual([name, false, 'true']);
    }
    // A click while busy starts nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Tạo biểu tổng hợp' }));
    await finishHeldRun(host);
    expect(host.wb.sheets.some((s) => s.name.startsWith('TH_'))).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Kiểm tra' }));
  });
});

describe('focus after an action that removes its own button', () => {
  test('"Hiện lại tất cả" moves focus to the findings heading', async () => {
    await paneOverSlowSample();
    await clickAndWait('Kiểm tra');
    openGroup(/^Tên xã viết khác nhau/);
    fireEvent.click(screen.getByRole('button', { name: `Bỏ qua phát hiện: ${SAMPLE_VARIANT}` }));
    await waitFor(() => expect(screen.queryByText(SAMPLE_VARIANT)).toBeNull());
    const restore = screen.getByRole('button', { name: 'Hiện lại tất cả' });
    restore.focus();
    fireEvent.click(restore);
    await waitFor(() => expect(screen.getByText(SAMPLE_VARIANT)).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Hiện lại tất cả' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /^Phát hiện \(\d+\)$/ }));
  });
});

describe('focus after "Bỏ qua": the next finding, as in a mail client', () => {
  /** The errors in the pane's list order (by check code). */
  async function errors(): Promise<Finding[]> {
    const r = checkWorkbook(await sampleData(), { asOf: AS_OF });
    return navigationOrder(groupFindings(r.findings, r.counts)).filter((f) => f.severity === 'error');
  }
  /** Ignores a finding from the keyboard and waits for the re-check that hides it. */
  async function ignore(f: Finding): Promise<void> {
    const b = screen.getByRole('button', { name: `Bỏ qua phát hiện: ${f.message.vi}` });
    b.focus();
    fireEvent.click(b);
    await waitFor(() => expect(screen.queryByRole('button', { name: `Bỏ qua phát hiện: ${f.message.vi}` })).toBeNull(), { timeout: 20000 });
  }
  const focusedText = () => document.activeElement?.textContent ?? '';

  test('the next finding of its group, still focused once the re-check has redrawn the list', async () => {
    await paneOverSlowSample();
    await clickAndWait('Kiểm tra');
    const [first, second] = await errors();
    await ignore(first);
    expect(document.activeElement?.tagName).toBe('BUTTON');
    expect(focusedText()).toBe(`${second.message.vi}${second.sheet}!${second.cell}`);
  });

  test('after a group\'s last finding, the next group: its heading when that group is closed', async () => {
    await paneOverSlowSample();
    await clickAndWait('Kiểm tra');
    const last = (await errors()).at(-1)!;
    await ignore(last);
    // The first warning group, closed: its heading's button takes focus and says its name and count.
    expect(document.activeElement?.tagName).toBe('BUTTON');
    expect(document.activeElement?.getAttribute('aria-expanded')).toBe('false');
    expect(focusedText()).toBe('Nhiều cơ quan chủ trì (2)');
  });

  test('the previous finding when it was the last of the list', async () => {
    await paneOverSlowSample();
    await clickAndWait('Kiểm tra');
    fireEvent.change(screen.getByLabelText('Mức độ'), { target: { value: 'error' } });
    const all = await errors();
    await ignore(all.at(-1)!);
    const before = all.at(-2)!;
    expect(focusedText()).toBe(`${before.message.vi}${before.sheet}!${before.cell}`);
  });
});

describe('focus after "Đóng thông báo"', () => {
  test('back on the action that failed', async () => {
    const host = await slowSampleHost();
    host.failNext.writeResults = Object.assign(new Error('The sheet is protected'), { code: 'AccessDenied' });
    await renderPane({ host });
    const summary = screen.getByRole('button', { name: 'Tạo biểu tổng hợp' });
    summary.focus();
    await clickAndWait('Tạo biểu tổng hợp');
    const close = screen.getByRole('button', { name: 'Đóng thông báo' });
    close.focus();
    fireEvent.click(close);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(summary);
  });

  test('on "Kiểm tra" when focus was on the page as the error came', async () => {
    const host = await slowSampleHost();
    host.failNext.read = { code: 'InvalidOperationInCellEditMode' };
    await renderPane({ host });
    await clickAndWait('Kiểm tra');
    (document.activeElement as HTMLElement | null)?.blur();
    // The error came while focus was on the page (a mouse click that gave no focus).
    await act(async () => {});
    screen.getByRole('button', { name: 'Đóng thông báo' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Đóng thông báo' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Kiểm tra' }));
  });

  test('on "Mở tệp Excel" when the dropped file failed and no workbook is open', async () => {
    const host = createFileHost({ openWorkbook: async () => Promise.reject(new Error('not a zip')), saveFile: () => undefined });
    await renderPane({ host });
    const dropped = { name: 'hong.xlsx', arrayBuffer: async () => new ArrayBuffer(3) };
    fireEvent.drop(screen.getByRole('region', { name: 'Mở tệp Excel' }), { dataTransfer: { files: [dropped] } });
    const close = await screen.findByRole('button', { name: 'Đóng thông báo' });
    close.focus();
    fireEvent.click(close);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mở tệp Excel' }));
  });
});

describe('file mode', () => {
  test('"Dùng tệp mẫu" keeps focus while the sample opens', async () => {
    const { host, open } = gatedFileHost();
    await renderPane({ host, fetchSample: async () => sampleBuffer() });
    const sample = screen.getByRole('button', { name: 'Dùng tệp mẫu' });
    sample.focus();
    fireEvent.click(sample);
    await waitFor(() => expect(screen.getByRole('progressbar')).toBeTruthy());
    expect([sample.hasAttribute('disabled'), sample.getAttribute('aria-disabled')]).toEqual([false, 'true']);
    await act(async () => open());
    await screen.findByRole('heading', { name: 'tra-cu-2023.xlsx' });
    expect(document.activeElement).toBe(sample);
  });

  test('a file dropped while the sample opens is not opened over it', async () => {
    const { host, open, sizes } = gatedFileHost();
    const bytes = sampleBuffer();
    await renderPane({ host, fetchSample: async () => bytes });
    fireEvent.click(screen.getByRole('button', { name: 'Dùng tệp mẫu' }));
    await waitFor(() => expect(screen.getByRole('progressbar')).toBeTruthy());
    // jsdom's File has no arrayBuffer(): the part of a File the pane uses.
    const dropped = { name: 'khac.xlsx', arrayBuffer: async () => new ArrayBuffer(3) };
    fireEvent.drop(screen.getByRole('region', { name: 'Mở tệp Excel' }), { dataTransfer: { files: [dropped] } });
    await act(async () => open());
    await screen.findByRole('heading', { name: 'tra-cu-2023.xlsx' });
    expect(sizes).toEqual([bytes.byteLength]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
