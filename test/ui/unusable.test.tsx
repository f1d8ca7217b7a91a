/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// A workbook whose sheets hold only a title: nothing can be checked. The pane says so once, as an
// error in the results, with what was looked for said once and what to do; not a plain line, the
// same list of headers under every sheet and again as "Thông tin" findings.
import './support/jsdom-globals';
import { screen, within } from '@testing-library/react';
import type { SheetData } from '../../src/domain/model/grid';
import { MemoryHost } from './support/memory-host';
import { axeViolations, clickAndWait, renderPane } from './support/render';

jest.setTimeout(60000);

const titleOnly = (name: string, title: string): SheetData => ({ name, rows: [[title]], merges: [] });

/** How often a piece of text stands in the pane's visible text. */
function occurrences(text: string): number {
  return (document.body.textContent ?? '').split(text).length - 1;
}

test('a title-only workbook: one error in the results, what was looked for said once, what to do', async () => {
  const host = new MemoryHost({ sheets: [titleOnly('Sheet1', 'KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2023'), titleOnly('Sheet2', 'BÁO CÁO KẾT QUẢ')] });
  const { container } = await renderPane({ host });
  await clickAndWait('Kiểm tra');

  const box = screen.getByTestId('unusable');
  expect(within(box).getByText('Không kiểm tra được sổ làm việc này.')).toBeTruthy();
  // Both sheets named with the one reason they share.
  expect(box.textContent).toContain('"Sheet1", "Sheet2": Không nhận ra: đã tìm dòng tiêu đề có "Tiêu chí/Mã" cùng "Cơ quan chủ trì"');
  // What to do next.
  expect(box.textContent).toContain('hãy chọn loại của trang ở "Xem / sửa loại trang"');
  // The list of headers looked for is said once in the whole pane.
  expect(occurrences('"Tiêu chí/Mã" cùng "Cơ quan chủ trì"')).toBe(1);
  // Not filed as information: no findings list repeating the sheets' list.
  expect(screen.queryByRole('heading', { name: /^Thông tin/ })).toBeNull();
  expect(screen.queryByRole('heading', { name: /^Phát hiện/ })).toBeNull();
  // One sentence over the sheets' list; each sheet's hint points at the results.
  expect(screen.getByTestId('sheets-summary').textContent).toBe('Chưa nhận ra trang nào: Sheet1, Sheet2.');
  expect(screen.getAllByText('Chưa nhận ra (lý do ở phần Kết quả). Chọn loại của trang, hoặc "Bỏ qua trang này" nếu trang không cần kiểm tra.')).toHaveLength(2);
  expect(await axeViolations(container)).toEqual([]);
});

test('a workbook that can be checked still says, under an unrecognized sheet, what was looked for', async () => {
  const host = new MemoryHost({
    sheets: [
      {
        name: 'Hiện trạng',
        merges: [],
        rows: [['HIỆN TRẠNG'], ['STT', 'Xã', 'Mã tiêu chí', 'Đánh giá'], [1, 'Tân Sơn', '1', 'Đạt']],
      },
      titleOnly('Ghi chú', 'GHI CHÚ'),
    ],
  });
  await renderPane({ host });
  await clickAndWait('Kiểm tra');
  expect(screen.queryByTestId('unusable')).toBeNull();
  expect(screen.getByText(/^Không nhận ra: đã tìm dòng tiêu đề .* Chọn loại của trang/)).toBeTruthy();
});
