/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// What a screen reader hears when "Trước" / "Tiếp" or a filter moves the position beside them:
// said in the pane's one live region, in words ("3/12" reads as a date), focus left on the button.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { checkWorkbook } from '../../src/domain/check';
import { groupFindings, navigationOrder } from '../../src/ui/findings-view';
import './support/jsdom-globals';
import { MemoryHost } from './support/memory-host';
import { sampleData } from './support/sample';
import { AS_OF, clickAndWait, renderPane } from './support/render';

jest.setTimeout(60000);

async function checkedSample() {
  const host = new MemoryHost(await sampleData());
  const view = await renderPane({ host });
  await clickAndWait('Kiểm tra');
  const result = checkWorkbook(await sampleData(), { asOf: AS_OF });
  return { host, view, order: navigationOrder(groupFindings(result.findings, result.counts)) };
}

const said = () => screen.getByRole('status').textContent;

test('"Tiếp" and "Trước" say the position and the finding politely; focus stays on the button', async () => {
  const { host, order } = await checkedSample();
  const n = order.length;
  const next = screen.getByRole('button', { name: 'Tiếp' });
  next.focus();
  fireEvent.click(next);
  await waitFor(() => expect(host.selections).toHaveLength(1));
  expect(said()).toBe(`Phát hiện 1 trên ${n}: ${order[0].message.vi}`);
  expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  expect(document.activeElement).toBe(next);
  fireEvent.click(screen.getByRole('button', { name: 'Trước' }));
  await waitFor(() => expect(host.selections).toHaveLength(2));
  expect(said()).toBe(`Phát hiện ${n} trên ${n}: ${order[n - 1].message.vi}`);
});

test('a filter says how many findings match and, when the one viewed is among them, its new position', async () => {
  const { host, order } = await checkedSample();
  const errors = order.filter((f) => f.severity === 'error');
  fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
  fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
  await waitFor(() => expect(host.selections).toHaveLength(2));
  fireEvent.change(screen.getByLabelText('Mức độ'), { target: { value: 'error' } });
  expect(said()).toBe(`${errors.length} phát hiện khớp. Đang xem phát hiện 2 trên ${errors.length}.`);
  // The viewed error is not a warning: no position to say.
  fireEvent.change(screen.getByLabelText('Mức độ'), { target: { value: 'warning' } });
  expect(said()).toBe(`${order.filter((f) => f.severity === 'warning').length} phát hiện khớp.`);
});

test('the pane has one live region: the count of matches is said there, not in a second one', async () => {
  const { view } = await checkedSample();
  fireEvent.change(screen.getByLabelText('Tìm trong phát hiện'), { target: { value: 'tap son khac nhau' } });
  expect(view.container.querySelectorAll('[aria-live], [role="status"], [role="log"]')).toHaveLength(1);
  expect(said()).toBe('1 phát hiện khớp.');
});
