/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The pane names the district's own rows as the office's unit: a thị xã's are "Thị xã" in the
// commune filter and in the names of the checks about the district itself.
import { screen, within } from '@testing-library/react';
import type { CellValue, WorkbookData } from '../../src/domain/model/grid';
import './support/jsdom-globals';
import { MemoryHost } from './support/memory-host';
import { clickAndWait, renderPane } from './support/render';

jest.setTimeout(60000);

/** The district's criteria with result, deadline and lead (criterion 8 not met); 9.5 has no result yet. */
function districtWorkbook(letterhead: string): WorkbookData {
  const rows: CellValue[][] = [
    [letterhead],
    ['VĂN PHÒNG ĐIỀU PHỐI NTM'],
    [],
    ['KẾT QUẢ RÀ SOÁT BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI THEO QUYẾT ĐỊNH SỐ 320/QĐ-TTg'],
    [],
    ['TT', 'Tiêu chí / Nội dung', 'Kết quả đánh giá', 'Thời hạn hoàn thành', 'Cơ quan chủ trì', 'Ghi chú'],
    ['8', 'Chất lượng môi trường sống', 'Chưa đạt', null, null, null],
    ['8.1', 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn từ hệ thống cấp nước tập trung', 'Chưa đạt', 'Năm 2025', 'Phòng Kinh tế', null],
    ['8.3', 'Có kế hoạch/Đề án kiểm kê, kiểm soát, bảo vệ chất lượng nước', 'Chưa đạt', '30/6/2023', 'Phòng Tài nguyên và Môi trường', null],
    ['9.5', 'Có dịch vụ công trực tuyến mức độ 3 trở lên', null, 'Quý IV/2023', 'Văn phòng HĐND và UBND', null],
    ['9.6', 'Đạt chuẩn tiếp cận pháp luật theo quy định', 'Đạt', 'Năm 2025', 'Phòng Tư pháp', null],
  ];
  return { sheets: [{ name: 'Tiêu chí huyện', rows, merges: [] }] };
}

const communeOptions = () => within(screen.getByRole('combobox', { name: 'Xã' })).getAllByRole('option').map((o) => o.textContent);

async function checked(letterhead: string): Promise<void> {
  await renderPane({ host: new MemoryHost(districtWorkbook(letterhead)) });
  await clickAndWait('Kiểm tra');
}

describe('a thị xã office ("UBND THỊ XÃ TÂN CHÂU")', () => {
  test('the commune filter offers its own rows as "Thị xã"', async () => {
    await checked('UBND THỊ XÃ TÂN CHÂU');
    expect(communeOptions()).toEqual(['Tất cả', 'Thị xã']);
  });

  test('the check about its missing result is "Thị xã chưa có kết quả đánh giá"', async () => {
    await checked('UBND THỊ XÃ TÂN CHÂU');
    expect(screen.getByRole('heading', { level: 4, name: /^Thị xã chưa có kết quả đánh giá \(1\)/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 4, name: /^Huyện/ })).toBeNull();
  });
});

test('a huyện office: "Huyện", as before, in the filter too (it showed the district as a blank option)', async () => {
  await checked('UBND HUYỆN ĐẮK SONG');
  expect(communeOptions()).toEqual(['Tất cả', 'Huyện']);
  expect(screen.getByRole('heading', { level: 4, name: /^Huyện chưa có kết quả đánh giá \(1\)/ })).toBeTruthy();
});
