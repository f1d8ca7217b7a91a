/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The report date reads and is typed day/month/year, whatever the browser's or Windows' locale: a
// date input showed "11/26/2026" in an English Windows over a hint saying 26/11/2026.
import './support/jsdom-globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { decodeState } from '../../src/domain/plan/state-codec';
import { parseDayMonthYear } from '../../src/ui/day-month-year';
import { MemoryHost } from './support/memory-host';
import { axeViolations, renderPane } from './support/render';

jest.setTimeout(60000);

function savedAsOf(host: MemoryHost): string | undefined {
  const s = host.sheet('_ntm_state');
  return s ? decodeState(s.rows).content?.settings?.asOf : undefined;
}

const field = () => screen.getByRole('textbox', { name: 'Tính đến ngày' }) as HTMLInputElement;

async function type(text: string, finish: 'blur' | 'enter'): Promise<void> {
  await act(async () => {
    fireEvent.change(field(), { target: { value: text } });
    if (finish === 'blur') fireEvent.blur(field());
    else fireEvent.keyDown(field(), { key: 'Enter' });
  });
}

test('shows the date day first and says how to write it', async () => {
  const { container } = await renderPane({ host: new MemoryHost({ sheets: [] }), today: () => '2026-11-26' });
  expect(field().value).toBe('26/11/2026');
  expect(field().type).toBe('text');
  expect(screen.getByText('Ghi ngày/tháng/năm. Các thời hạn được so với ngày này.')).toBeTruthy();
  expect(await axeViolations(container)).toEqual([]);
});

test('a date typed day first is taken on leaving the field or on Enter, and written back in full', async () => {
  const host = new MemoryHost({ sheets: [] });
  await renderPane({ host, today: () => '2026-11-26' });
  await type('5/3/2026', 'blur');
  await waitFor(() => expect(savedAsOf(host)).toBe('2026-03-05'));
  expect(field().value).toBe('05/03/2026');
  await type('31-12-2025', 'enter');
  await waitFor(() => expect(savedAsOf(host)).toBe('2025-12-31'));
  expect(field().value).toBe('31/12/2025');
});

test('text that is no date is said, and the date in force stays', async () => {
  const host = new MemoryHost({ sheets: [] });
  await renderPane({ host, today: () => '2026-11-26' });
  await type('31/02/2026', 'blur');
  expect(screen.getByText('Chưa phải ngày: ghi ngày/tháng/năm, ví dụ 26/11/2026.')).toBeTruthy();
  expect(field().getAttribute('aria-invalid')).toBe('true');
  expect(savedAsOf(host)).toBeUndefined();
  // Corrected, the message goes.
  await type('28/02/2026', 'blur');
  await waitFor(() => expect(savedAsOf(host)).toBe('2026-02-28'));
  expect(screen.queryByText(/^Chưa phải ngày/)).toBeNull();
});

test('day/month/year, not month/day/year; a pasted ISO date too; nonsense refused', () => {
  expect(parseDayMonthYear('11/12/2026')).toBe('2026-12-11');
  expect(parseDayMonthYear(' 1.2.2026 ')).toBe('2026-02-01');
  expect(parseDayMonthYear('2026-11-26')).toBe('2026-11-26');
  for (const bad of ['11/26/2026', '26/11/26', '29/02/2025', '26/11/0202', '', 'hôm nay']) expect(parseDayMonthYear(bad)).toBeUndefined();
});
