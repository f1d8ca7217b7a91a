// The console of a thị xã office names its own rows as the thị xã's (the findings it prints say
// "thị xã chưa đạt"); the set keeps its national name, "Huyện NTM".
import { printSummary } from '../../src/cli/print-summary';
import { check, sheet } from '../support/sheets';

test('a thị xã office\'s console says "thị xã chưa đạt", "của thị xã", never the huyện', () => {
  const r = check([sheet('Tiêu chí huyện', [
    ['UBND THỊ XÃ TÂN CHÂU'],
    ['VĂN PHÒNG ĐIỀU PHỐI NTM'],
    [],
    ['KẾT QUẢ RÀ SOÁT BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI THEO QUYẾT ĐỊNH SỐ 320/QĐ-TTg'],
    [],
    ['TT', 'Tiêu chí / Nội dung', 'Kết quả đánh giá', 'Thời hạn hoàn thành', 'Cơ quan chủ trì', 'Ghi chú'],
    ['8', 'Chất lượng môi trường sống', 'Chưa đạt', null, null, null],
    ['8.3', 'Có kế hoạch/Đề án kiểm kê, kiểm soát, bảo vệ chất lượng nước', 'Chưa đạt', '30/6/2023', 'Phòng Tài nguyên và Môi trường', null],
    ['9.5', 'Có dịch vụ công trực tuyến mức độ 3 trở lên', null, 'Quý IV/2023', 'Văn phòng HĐND và UBND thị xã', null],
    ['9.6', 'Đạt chuẩn tiếp cận pháp luật theo quy định', 'Đạt', 'Năm 2025', 'Phòng Tư pháp', null],
  ])], { asOf: '2023-10-15' });
  const lines = printSummary(r, 'vi').split('\n');
  expect(lines).toContain('  Tiêu chí huyện!D8  Quá hạn: mã 8.3, hạn 30/06/2023, thị xã chưa đạt. Chủ trì: Phòng Tài nguyên và Môi trường.');
  expect(lines.some((l) => l.startsWith('  Tiêu chí huyện!C9  Chưa có kết quả đánh giá của thị xã cho 1 mã: 9.5'))).toBe(true);
  expect(lines.filter((l) => /huyện chưa|Huyện chưa|của huyện/.test(l))).toEqual([]);
});
