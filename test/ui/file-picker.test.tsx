/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The file picker and the words around it agree: it lists .xls, .ods and .csv files too (Windows
// hides extensions, an office's .xls left out of the picker would seem lost), so the button does not
// say ".xlsx" alone and the note says what happens to those files.
import './support/jsdom-globals';
import { screen } from '@testing-library/react';
import { createFileHost } from '../../src/ui/file-host';
import { openWorkbook } from '../../src/ui/file-ops';
import { renderPane } from './support/render';

test('the button says Excel; the note names every kind the picker lists besides the workbooks it reads', async () => {
  const { container } = await renderPane({ host: createFileHost({ openWorkbook, saveFile: () => undefined }) });
  expect(screen.getByRole('button', { name: 'Mở tệp Excel' })).toBeTruthy();
  const accept = (container.querySelector('input[type="file"]') as HTMLInputElement).accept.split(',');
  expect(accept).toEqual(expect.arrayContaining(['.xlsx', '.xlsm', '.xls', '.ods', '.csv']));
  const note = screen.getByText(/^Đang chạy ngoài Excel/).textContent ?? '';
  expect(note).toContain('mở một sổ làm việc .xlsx');
  // Offered by the picker but not read: the note says the pane tells how to save them as .xlsx.
  expect(note).toContain('tệp .xls, .ods hay .csv thì phần bổ trợ chỉ cách lưu lại thành .xlsx');
});
