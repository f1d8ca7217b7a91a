/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// What the pane says and shows as "being viewed" across runs: the live region while a run goes
// on, and the finding being viewed after a re-check from a setting or "Bỏ qua".
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import './support/jsdom-globals';
import { finishHeldRun, paneOverSlowSample, startHeldRun } from './support/slow-host';
import { SAMPLE_VARIANT } from './support/sample';
import { clickAndWait, openGroup } from './support/render';

jest.setTimeout(60000);

describe('while a run goes on', () => {
  test('the live region is emptied, so that the same result is announced again and no old result shows under the bar', async () => {
    const host = await paneOverSlowSample();
    await clickAndWait('Kiểm tra');
    const said = screen.getByTestId('announcement').textContent;
    expect(said).toMatch(/^Đã kiểm tra xong/);
    await startHeldRun(host, 'Kiểm tra');
    expect(screen.getByTestId('announcement').textContent).toBe('');
    await finishHeldRun(host);
    await waitFor(() => expect(screen.getByTestId('announcement').textContent).toBe(said));
  });
});

describe('the finding being viewed', () => {
  test('ignored, it is no longer shown as the cell being viewed', async () => {
    await paneOverSlowSample();
    await clickAndWait('Kiểm tra');
    openGroup(/^Tên xã viết khác nhau/);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${SAMPLE_VARIANT.replace(/[.()]/g, '\\$&')}`) }));
    await waitFor(() => expect(screen.getByTestId('cell-preview').textContent).toContain('Phân công!F18'));
    fireEvent.click(screen.getByRole('button', { name: `Bỏ qua phát hiện: ${SAMPLE_VARIANT}` }));
    await waitFor(() => expect(screen.queryByText(SAMPLE_VARIANT)).toBeNull());
    expect(screen.queryByTestId('cell-preview')).toBeNull();
  });

  test('a blank cell (the missing lead department) is said to be empty, not left as "Nội dung ô: " with nothing after', async () => {
    await paneOverSlowSample();
    await clickAndWait('Kiểm tra');
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
    await waitFor(() => expect(screen.getByTestId('cell-preview').textContent).toBe('Ô đang xem: Phân công!D41Nội dung ô: (trống)'));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByTestId('cell-preview').textContent).toBe('Cell shown: Phân công!D41Cell content: (empty)');
  });

  test('after a re-check from a setting it is still the one viewed, at its place in the list (not "0/N")', async () => {
    await paneOverSlowSample();
    await clickAndWait('Kiểm tra');
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
    const position = await screen.findByText(/^2\/\d+$/);
    const at = screen.getByTestId('cell-preview').textContent;
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Vùng'), { target: { value: 'DBSCL' } });
    });
    await waitFor(() => expect(screen.getByTestId('announcement').textContent).toMatch(/^Đã kiểm tra xong/));
    expect(screen.getByTestId('cell-preview').textContent).toBe(at);
    expect(position.textContent).toMatch(/^2\/\d+$/);
    expect(screen.getByRole('button', { current: true })).toBeTruthy();
  });
});
