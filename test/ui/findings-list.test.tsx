/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The findings list at the sample's 102 findings: groups that fold (errors open, the long warning
// and information groups closed with their count), Previous / Next opening the group they land
// in, and the position beside them only once a finding is selected.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { checkWorkbook } from '../../src/domain/check';
import './support/jsdom-globals';
import { MemoryHost } from './support/memory-host';
import { sampleData } from './support/sample';
import { AS_OF, axeViolations, clickAndWait, renderPane } from './support/render';

jest.setTimeout(60000);

/** A check-code group found by its heading ("Chưa đạt (19)"): the heading's button and the panel it folds. */
function group(name: string | RegExp): { toggle: HTMLElement; panel: HTMLElement; open: boolean } {
  const toggle = within(screen.getByRole('heading', { level: 4, name })).getByRole('button');
  const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
  if (!panel) throw new Error(`no panel for ${String(name)}`);
  return { toggle, panel, open: toggle.getAttribute('aria-expanded') === 'true' };
}

/** The group the finding being viewed is in (its heading's name). */
function currentGroup(): string {
  const item = screen.getByRole('button', { current: true });
  const toggle = [...document.querySelectorAll('h4 button[aria-controls]')].find((b) => document.getElementById(b.getAttribute('aria-controls')!)?.contains(item));
  return toggle?.textContent ?? '';
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
  const open = (sev: string) => [...view.container.querySelectorAll(`section[aria-labelledby="sev-${sev}"] h4 button`)].map((b) => b.getAttribute('aria-expanded') === 'true');
  expect(open('error')).toEqual([true, true]);
  expect(open('warning')).toEqual([false, false, false, false, false, false]);
  expect(open('info')).toEqual([false, false, false]);
  // Closed, the heading still says how many, and holds the button a keyboard reaches.
  const overdue = result.counts.find((c) => c.code === 'deadline.overdue' && c.severity === 'warning')!;
  const { toggle, panel } = group(`Quá hạn (${overdue.total})`);
  expect(panel.hidden).toBe(true);
  fireEvent.click(toggle);
  await waitFor(() => expect(group(/^Quá hạn/).open).toBe(true));
  expect(panel.hidden).toBe(false);
  expect(await axeViolations(view.container)).toEqual([]);
});

test('each group name is a heading outside any <summary> (heading navigation reaches it), holding the button that folds its findings', async () => {
  await checkedSample();
  const headings = within(screen.getByRole('region', { name: /^Phát hiện \(/ })).getAllByRole('heading', { level: 4 });
  expect(headings).toHaveLength(11);
  for (const h of headings) {
    expect(h.closest('summary')).toBeNull();
    const b = within(h).getByRole('button');
    expect(b.textContent).toBe(h.textContent);
    expect(b.getAttribute('aria-expanded')).toMatch(/^(true|false)$/);
    expect(document.getElementById(b.getAttribute('aria-controls') ?? '')).not.toBeNull();
  }
});

test('a closed group is hidden until found: find in page opens it', async () => {
  await checkedSample();
  const { panel } = group(/^Tên xã viết khác nhau/);
  expect(panel.getAttribute('hidden')).toBe('until-found');
  // What Chromium fires before it reveals a match of find in page in such a panel.
  fireEvent(panel, new Event('beforematch', { bubbles: true }));
  await waitFor(() => expect(group(/^Tên xã viết khác nhau/).open).toBe(true));
  expect(panel.hidden).toBe(false);
});

test('Previous / Next open the group of the finding they select, even one the user closed', async () => {
  const { host } = await checkedSample();
  // "Trước" with nothing selected goes to the last finding, in the closed information groups.
  fireEvent.click(screen.getByRole('button', { name: 'Trước' }));
  await waitFor(() => expect(host.selections).toHaveLength(1));
  expect(group(/^Chưa đạt/).open).toBe(true);
  expect(currentGroup()).toMatch(/^Chưa đạt/);
  // Closed by the user, the first error group opens again when "Tiếp" (from the last) lands in it.
  const firstErrors = 'Chưa có cơ quan chủ trì (4)';
  fireEvent.click(group(firstErrors).toggle);
  await waitFor(() => expect(group(firstErrors).open).toBe(false));
  fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
  await waitFor(() => expect(host.selections).toHaveLength(2));
  expect(currentGroup()).toBe(firstErrors);
  expect(group(firstErrors).open).toBe(true);
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
    expect(currentGroup()).toMatch(/^Chưa đạt/);
    expect(group(/^Chưa đạt/).open).toBe(true);
    // "Tiếp" from the last wraps to the first finding, an error.
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
    await waitFor(() => expect(seen.at(-1)?.closest('section')?.getAttribute('aria-labelledby')).toBe('sev-error'));
    expect(seen.at(-1)?.getAttribute('aria-current')).toBe('true');
  } finally {
    proto.scrollIntoView = before;
  }
});
