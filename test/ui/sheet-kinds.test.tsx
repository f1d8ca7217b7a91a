/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The recognized sheets fold under a one-line summary once a check has run and every sheet is
// settled, so that the results come right after the settings (at 350 px the sample's seven selects
// and hints took ~560 px). Open while something needs the user; a hint under each select says the
// kind in force in full (a closed select cuts it at 175 px).
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import './support/jsdom-globals';
import { MemoryHost } from './support/memory-host';
import { sampleData } from './support/sample';
import { axeViolations, clickAndWait, openSheetKinds, renderPane } from './support/render';

jest.setTimeout(60000);

const TOGGLE = 'Xem / sửa loại trang';

/** The sheets' toggle (the heading's button) and the panel it folds. */
function sheetKinds(): { toggle: HTMLElement; panel: HTMLElement; open: boolean } {
  const toggle = within(screen.getByRole('heading', { level: 3, name: TOGGLE })).getByRole('button');
  const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '')!;
  return { toggle, panel, open: toggle.getAttribute('aria-expanded') === 'true' };
}

/** The sample, with the kind of "Đô thị văn minh" saved as one it does not fit (communes): that sheet
 * is not recognized, as a wrong correction left in the workbook would leave it. */
async function sampleWithWrongKind(): Promise<MemoryHost> {
  const host = new MemoryHost(await sampleData());
  await host.saveSettings({ ignored: [], sheetRoles: { 'Đô thị văn minh': 'communes' } });
  return host;
}

async function changeKind(sheet: string, value: string): Promise<void> {
  await act(async () => {
    fireEvent.change(screen.getByRole('combobox', { name: `Loại trang "${sheet}"` }), { target: { value } });
  });
  await waitFor(() => expect(screen.getByTestId('announcement').textContent).toMatch(/^Đã kiểm tra xong/));
}

test('folded under a summary after a clean check (before one, the pane asks for it); the results follow', async () => {
  const { container } = await renderPane({ host: new MemoryHost(await sampleData()) });
  expect(screen.getByText('Bấm "Kiểm tra" để nhận diện các trang tính.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: TOGGLE })).toBeNull();
  await clickAndWait('Kiểm tra');
  const { panel, open } = sheetKinds();
  expect(open).toBe(false);
  expect(panel.getAttribute('hidden')).toBe('until-found');
  expect(screen.getByTestId('sheets-summary').textContent).toBe('Đã nhận 7 trang: Phân công, Danh sách xã, Hiện trạng NTM và 4 trang khác.');
  // Folded, no sheet's select is offered (a hidden one is left out of the accessibility tree).
  expect(screen.queryByRole('combobox', { name: /^Loại trang/ })).toBeNull();
  expect(within(panel).getByLabelText('Loại trang "Phân công"')).toBeTruthy();
  expect(screen.getByRole('heading', { level: 2, name: 'Kết quả' })).toBeTruthy();
  expect(await axeViolations(container)).toEqual([]);
});

test('the heading\'s button opens and folds the list, saying so with aria-expanded; the hints stay under the selects', async () => {
  const { container } = await renderPane({ host: new MemoryHost(await sampleData()) });
  await clickAndWait('Kiểm tra');
  fireEvent.click(sheetKinds().toggle);
  expect(sheetKinds().open).toBe(true);
  expect(sheetKinds().panel.hidden).toBe(false);
  expect(screen.getAllByRole('combobox', { name: /^Loại trang/ })).toHaveLength(7);
  // Each hint says the kind in force in the select's own words, then how it was found.
  expect(screen.getByRole('combobox', { name: 'Loại trang "Hiện trạng NTM"', description: 'Hiện trạng (ma trận) — Nhận là hiện trạng (dạng ma trận), dòng tiêu đề 5.' })).toBeTruthy();
  expect(await axeViolations(container)).toEqual([]);
  fireEvent.click(sheetKinds().toggle);
  expect(sheetKinds().open).toBe(false);
  expect(sheetKinds().panel.getAttribute('hidden')).toBe('until-found');
  // English: the same button and summary in the other catalog.
  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  expect(screen.getByRole('button', { name: 'View / correct sheet kinds', expanded: false })).toBeTruthy();
  expect(screen.getByTestId('sheets-summary').textContent).toBe('7 sheets recognized: Phân công, Danh sách xã, Hiện trạng NTM and 4 more.');
});

test('open after a check that leaves a sheet not recognized, naming it in the summary', async () => {
  const { container } = await renderPane({ host: await sampleWithWrongKind() });
  await clickAndWait('Kiểm tra');
  expect(sheetKinds().open).toBe(true);
  expect(screen.getByTestId('sheets-summary').textContent).toBe('Đã nhận 6 trang: Phân công, Danh sách xã, Hiện trạng NTM và 3 trang khác. Chưa nhận ra: Đô thị văn minh.');
  // The hint says what the closed select shows, and that the kind chosen does not fit.
  expect(screen.getByRole('combobox', { name: 'Loại trang "Đô thị văn minh"', description: /^Chưa nhận ra — trang không đọc được theo loại bạn chọn \("Danh sách xã"\)\. Không nhận ra: / })).toBeTruthy();
  expect(await axeViolations(container)).toEqual([]);
});

test('open after the user changes a kind, though every sheet is then settled; the next check folds it, focus kept', async () => {
  await renderPane({ host: await sampleWithWrongKind() });
  await clickAndWait('Kiểm tra');
  // The user lets the add-in decide again: recognized, every sheet settled, yet they are mid-correction.
  await changeKind('Đô thị văn minh', 'auto');
  expect(screen.getByTestId('sheets-summary').textContent).toBe('Đã nhận 7 trang: Phân công, Danh sách xã, Hiện trạng NTM và 4 trang khác.');
  expect(sheetKinds().open).toBe(true);
  // Skipped by the user's own choice: settled, and the hint says it was their choice.
  await changeKind('Đô thị văn minh', 'none');
  expect(sheetKinds().open).toBe(true);
  const select = screen.getByRole('combobox', { name: 'Loại trang "Đô thị văn minh"', description: 'Bỏ qua trang này (bạn chọn).' });
  // A new check folds it: focus, on the select as it folds away, goes to the heading's button.
  select.focus();
  await clickAndWait('Kiểm tra');
  expect(sheetKinds().open).toBe(false);
  expect(document.activeElement).toBe(sheetKinds().toggle);
});

test('a user\'s kind that fits: the hint says it in full and that it is their choice', async () => {
  const host = new MemoryHost(await sampleData());
  await host.saveSettings({ ignored: [], sheetRoles: { 'Phân công': 'assignment' } });
  await renderPane({ host });
  await clickAndWait('Kiểm tra');
  openSheetKinds();
  expect(screen.getByRole('combobox', { name: 'Loại trang "Phân công"', description: 'Phân công (bạn chọn) — Nhận là bảng phân công, dòng tiêu đề 5.' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  expect(screen.getByRole('combobox', { name: 'Kind of sheet "Phân công"', description: 'Assignment (your choice) — Recognized as assignment sheet, header row 5.' })).toBeTruthy();
});
