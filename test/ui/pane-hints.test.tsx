/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// What a narrow pane (175 px at 200% zoom) cuts is said in full in a hint under the field: the
// region chosen (a closed select cannot wrap "Chưa chọn vùng"), what the search finds (a placeholder
// was cut, and gone once typing starts). The browser test measures the cuts.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import './support/jsdom-globals';
import { MemoryHost } from './support/memory-host';
import { sampleData } from './support/sample';
import { clickAndWait, renderPane } from './support/render';

jest.setTimeout(60000);

test('the region chosen is repeated under its select, also a long name, in Vietnamese and English', async () => {
  await renderPane({ host: new MemoryHost(await sampleData()) });
  expect(screen.getByRole('combobox', { name: 'Vùng', description: /Chưa chọn vùng/ })).toBeTruthy();
  fireEvent.change(screen.getByRole('combobox', { name: 'Vùng' }), { target: { value: 'TDMNPB' } });
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Vùng', description: /Trung du miền núi phía Bắc/ })).toBeTruthy());
  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  expect(screen.getByRole('combobox', { name: 'Region', description: /Northern midlands and mountains/ })).toBeTruthy();
  fireEvent.change(screen.getByRole('combobox', { name: 'Region' }), { target: { value: '' } });
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Region', description: /No region chosen/ })).toBeTruthy());
});

test('the search says what it finds in a hint under its label, not in a placeholder', async () => {
  await renderPane({ host: new MemoryHost(await sampleData()) });
  await clickAndWait('Kiểm tra');
  const search = screen.getByRole('searchbox', { name: 'Tìm trong phát hiện', description: /tên xã.*không dấu/ });
  expect(search.getAttribute('placeholder')).toBeNull();
  // Still said with words typed in (a placeholder went away).
  fireEvent.change(search, { target: { value: 'Tap son' } });
  expect(screen.getByRole('searchbox', { name: 'Tìm trong phát hiện', description: /tên xã/ })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  expect(screen.getByRole('searchbox', { name: 'Search findings', description: /commune.*accents/ })).toBeTruthy();
});
