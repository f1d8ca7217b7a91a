/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The findings list at the sample's 102 findings: groups that fold (errors open, the long warning
// and information groups closed with their count), Previous / Next opening the group they land
// in, and the position beside them only once a finding is selected.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { checkWorkbook } from '../../src/domain/check';
import './support/jsdom-globals';
import { MemoryHost } from './support/memory-host';
import { sampleData } from './support/sample';
import { AS_OF, axeViolations, clickAndWait, renderPane } from './support/render';

jest.setTimeout(60000);

/** The <details> of a check-code group, found by its heading ("Chưa đạt (19)"). */
function group(name: string | RegExp): HTMLDetailsElement {
  const d = screen.getByRole('heading', { level: 4, name }).closest('details');
  if (!d) throw new Error(`no <details> around ${String(name)}`);
  return d;
}

async function checkedSample() {
  const data = await sampleData();
  const host = new MemoryHost(data);
  const view = await renderPane({ host });
  await clickAndWait('Kiểm tra');
  return { host, view, result: checkWorkbook(await sampleData(), { asOf: AS_OF }) };
}

test('errors open, warning and information groups closed with their count; a click on the heading opens one', async () => {
  const { view, result } = await checkedSample();
  expect(result.findings).toHaveLength(102);
  const open = (sev: string) => [...view.container.querySelectorAll(`section[aria-labelledby="sev-${sev}"] details`)].map((d) => (d as HTMLDetailsElement).open);
  expect(open('error')).toEqual([true, true]);
  expect(open('warning')).toEqual([false, false, false, false, false, false]);
  expect(open('info')).toEqual([false, false, false]);
  // Closed, the heading still says how many, and sits in the summary a keyboard reaches.
  const overdue = result.counts.find((c) => c.code === 'deadline.overdue' && c.severity === 'warning')!;
  const heading = screen.getByRole('heading', { level: 4, name: `Quá hạn (${overdue.total})` });
  expect(heading.parentElement?.tagName).toBe('SUMMARY');
  fireEvent.click(heading.parentElement!);
  await waitFor(() => expect(group(/^Quá hạn/).open).toBe(true));
  expect(await axeViolations(view.container)).toEqual([]);
});

test('Previous / Next open the group of the finding they select, even one the user closed', async () => {
  const { host } = await checkedSample();
  // "Trước" with nothing selected goes to the last finding, in the closed information groups.
  fireEvent.click(screen.getByRole('button', { name: 'Trước' }));
  await waitFor(() => expect(host.selections).toHaveLength(1));
  expect(group(/^Chưa đạt/).open).toBe(true);
  expect(screen.getByRole('button', { current: true }).closest('details')).toBe(group(/^Chưa đạt/));
  // Closed by the user, the first error group opens again when "Tiếp" (from the last) lands in it.
  const firstErrors = group('Chưa có cơ quan chủ trì (4)');
  fireEvent.click(firstErrors.querySelector('summary')!);
  await waitFor(() => expect(firstErrors.open).toBe(false));
  fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
  await waitFor(() => expect(host.selections).toHaveLength(2));
  expect(screen.getByRole('button', { current: true }).closest('details')).toBe(firstErrors);
  expect(firstErrors.open).toBe(true);
});

test('a search opens the groups it leaves; cleared, they fold back', async () => {
  await checkedSample();
  fireEvent.change(screen.getByLabelText('Tìm trong phát hiện'), { target: { value: 'tap son khac nhau' } });
  expect(group(/^Tên xã viết khác nhau/).open).toBe(true);
  fireEvent.change(screen.getByLabelText('Tìm trong phát hiện'), { target: { value: '' } });
  expect(group(/^Tên xã viết khác nhau/).open).toBe(false);
});

test('no "0/102" beside Previous / Next before a finding is selected; "1/102" after "Tiếp"', async () => {
  const { host } = await checkedSample();
  const nav = screen.getByRole('group', { name: 'Phát hiện (102)' });
  expect(nav.textContent).toBe('TrướcTiếp');
  fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
  await waitFor(() => expect(host.selections).toHaveLength(1));
  expect(nav.textContent).toBe('Trước1/102Tiếp');
});

test('"Trước" / "Tiếp" bring the finding they select into view, in the group they open', async () => {
  const seen: Element[] = [];
  const proto = Element.prototype as unknown as { scrollIntoView?: (o?: unknown) => void };
  const before = proto.scrollIntoView;
  proto.scrollIntoView = function (this: Element) {
    seen.push(this);
  };
  try {
    await checkedSample();
    // Nothing selected: "Trước" goes to the last finding, in a closed information group.
    fireEvent.click(screen.getByRole('button', { name: 'Trước' }));
    await waitFor(() => expect(seen.at(-1)?.getAttribute('aria-current')).toBe('true'));
    expect(seen.at(-1)?.closest('section')?.getAttribute('aria-labelledby')).toBe('sev-info');
    expect(seen.at(-1)?.closest('details')?.open).toBe(true);
    // "Tiếp" from the last wraps to the first finding, an error.
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
    await waitFor(() => expect(seen.at(-1)?.closest('section')?.getAttribute('aria-labelledby')).toBe('sev-error'));
    expect(seen.at(-1)?.getAttribute('aria-current')).toBe('true');
  } finally {
    proto.scrollIntoView = before;
  }
});
