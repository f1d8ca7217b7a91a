/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Ignored findings come back one at a time, or all at once: "Hiện lại" brought back every
// finding the office had set aside to undo one "Bỏ qua" clicked by mistake.
import './support/jsdom-globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { decodeState } from '../../src/domain/plan/state-codec';
import { MemoryHost } from './support/memory-host';
import { SAMPLE_VARIANT, sampleData } from './support/sample';
import { axeViolations, clickAndWait, openGroup, renderPane } from './support/render';

jest.setTimeout(90000);

const savedIgnored = (host: MemoryHost) => {
  const s = host.sheet('_ntm_state');
  return (s ? decodeState(s.rows).content?.settings?.ignored : undefined) ?? [];
};

/** Ignores the variant and the first finding of the (open) error groups; returns the latter's text. */
async function ignoreTwo(host: MemoryHost): Promise<string> {
  await renderPane({ host });
  await clickAndWait('Kiểm tra');
  openGroup(/^Tên xã viết khác nhau/);
  fireEvent.click(screen.getByRole('button', { name: `Bỏ qua phát hiện: ${SAMPLE_VARIANT}` }));
  await waitFor(() => expect(screen.queryByText(SAMPLE_VARIANT)).toBeNull());
  const first = screen.getAllByRole('button', { name: /^Bỏ qua phát hiện: / })[0];
  const text = first.getAttribute('aria-label')!.replace('Bỏ qua phát hiện: ', '');
  await act(async () => {
    fireEvent.click(first);
  });
  await waitFor(() => expect(screen.getByText('Đã bỏ qua 2 phát hiện.')).toBeTruthy());
  return text;
}

test('each ignored finding is listed under a folded heading with its own "Hiện lại"', async () => {
  const host = new MemoryHost(await sampleData());
  const other = await ignoreTwo(host);
  const toggle = screen.getByRole('button', { name: 'Các phát hiện đã bỏ qua (2)', expanded: false });
  fireEvent.click(toggle);
  const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
  expect(within(list).getByText(SAMPLE_VARIANT)).toBeTruthy();
  expect(within(list).getByText(other)).toBeTruthy();
  expect(within(list).getAllByRole('button', { name: /^Hiện lại phát hiện: / })).toHaveLength(2);

  // Only the variant comes back; the other stays set aside, in the workbook too.
  const back = within(list).getByRole('button', { name: `Hiện lại phát hiện: ${SAMPLE_VARIANT}` });
  back.focus();
  await act(async () => {
    fireEvent.click(back);
  });
  await waitFor(() => expect(screen.getByText('Đã bỏ qua 1 phát hiện.')).toBeTruthy());
  expect(savedIgnored(host)).toHaveLength(1);
  expect(screen.queryByRole('button', { name: `Hiện lại phát hiện: ${SAMPLE_VARIANT}` })).toBeNull();
  // Focus stays in the list, on the one left.
  expect(document.activeElement).toBe(screen.getByRole('button', { name: `Hiện lại phát hiện: ${other}` }));
  // The variant is among the findings again (its group as the user left it: open).
  expect(screen.getByRole('button', { name: `Bỏ qua phát hiện: ${SAMPLE_VARIANT}` })).toBeTruthy();
  expect(await axeViolations(document.body)).toEqual([]);
});

test('"Hiện lại tất cả" still brings every one back at once', async () => {
  const host = new MemoryHost(await sampleData());
  await ignoreTwo(host);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Hiện lại tất cả' }));
  });
  await waitFor(() => expect(screen.queryByText(/^Đã bỏ qua/)).toBeNull());
  expect(savedIgnored(host)).toEqual([]);
  expect(screen.queryByRole('button', { name: /^Các phát hiện đã bỏ qua/ })).toBeNull();
});
