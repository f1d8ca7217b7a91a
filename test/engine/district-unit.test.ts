// The district's own rows (set huyen-ntm-2021) are named by the office's kind of unit: a thị xã
// office's results are the thị xã's ("thị xã chưa đạt"), as its departments are "… thị xã". The set
// keeps its national name ("Huyện NTM": QĐ 320 judges a thị xã by the huyện criteria too).
import type { CellValue } from '../../src/domain/model/grid';
import type { CheckResult } from '../../src/domain/check-types';
import { SHEET_NAMES } from '../../src/domain/layout';
import { sheet, check, codes, fullMatrix } from '../support/sheets';

/**
 * The district's criteria with result, deadline and lead (as test/engine/district-table.test.ts):
 * 8.3 not met, due 30/6/2023 (overdue on 15/10/2023); 9.5 without a result, due Q4/2023 (due
 * soon); 9.1 "Cơ bản đạt" (unreadable); 8.1 not met, due 2025; 9.6 met.
 */
function districtTable(letterhead: string | null, place = 'huyện'): ReturnType<typeof sheet> {
  const rows: CellValue[][] = [
    ...(letterhead ? [[letterhead], ['VĂN PHÒNG ĐIỀU PHỐI NTM']] : []),
    [],
    ['KẾT QUẢ RÀ SOÁT BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI THEO QUYẾT ĐỊNH SỐ 320/QĐ-TTg'],
    [],
    ['TT', 'Tiêu chí / Nội dung', 'Kết quả đánh giá', 'Thời hạn hoàn thành', 'Cơ quan chủ trì', 'Ghi chú'],
    ['8', 'Chất lượng môi trường sống', 'Chưa đạt', null, null, null],
    ['8.1', 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn từ hệ thống cấp nước tập trung', 'Chưa đạt', 'Năm 2025', `Phòng Kinh tế ${place}`, null],
    ['8.3', 'Có kế hoạch/Đề án kiểm kê, kiểm soát, bảo vệ chất lượng nước', 'Chưa đạt', '30/6/2023', `Phòng Tài nguyên và Môi trường ${place}`, null],
    ['9.1', 'Đảng bộ, chính quyền được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên', 'Cơ bản đạt', 'Năm 2025', `Văn phòng HĐND và UBND ${place}`, null],
    ['9.5', 'Có dịch vụ công trực tuyến mức độ 3 trở lên', null, 'Quý IV/2023', `Văn phòng HĐND và UBND ${place}`, null],
    ['9.6', 'Đạt chuẩn tiếp cận pháp luật theo quy định', 'Đạt', 'Năm 2025', `Phòng Tư pháp ${place}`, null],
  ];
  return sheet('Tiêu chí huyện', rows);
}

const vi = (r: CheckResult, code: string) => codes(r, code).map((f) => f.message.vi);
const departmentSheet = (r: CheckResult) => (r.sheetPlans.find((p) => p.name === SHEET_NAMES.departments)?.values ?? []).flat().filter((v): v is string => typeof v === 'string');
const cues = (r: CheckResult) => r.highlights.marks.map((m) => m.cue ?? '');

describe('a thị xã office ("UBND THỊ XÃ TÂN CHÂU"): its own rows are the thị xã\'s', () => {
  const r = check([districtTable('UBND THỊ XÃ TÂN CHÂU')]);

  test('deadline findings say "thị xã chưa đạt", "thị xã chưa có kết quả"', () => {
    expect(vi(r, 'deadline.overdue')).toEqual(['Quá hạn: mã 8.3, hạn 30/06/2023, thị xã chưa đạt. Chủ trì: Phòng Tài nguyên và Môi trường.']);
    expect(vi(r, 'deadline.due-soon')).toEqual(['Sắp đến hạn: mã 9.5, hạn quý IV/2023, thị xã chưa có kết quả. Chủ trì: Văn phòng HĐND và UBND thị xã.']);
  });

  test('the unit named where a commune\'s name stands: "Thị xã chưa đạt …" (the set keeps its name), "… của Thị xã, mã 9.1"', () => {
    expect(vi(r, 'program.unmet')).toEqual(['Thị xã chưa đạt 1 tiêu chí của Huyện NTM: 8 (8.1, 8.3).']);
    expect(vi(r, 'status.unreadable')[0]).toMatch(/^Không đọc được kết quả "Cơ bản đạt" của Thị xã, mã 9\.1\./);
    // In English the reason and what to write follow as well (it stopped at "code 9.1.").
    expect(r.findings.find((f) => f.code === 'status.unreadable')?.message.en).toMatch(/^Cannot read the status "Cơ bản đạt" of .*, code 9\.1\. "Cơ bản đạt" \(nearly met\) is not met: .* Write "Chưa đạt"/);
  });

  test('a row without its result: "Chưa có kết quả đánh giá của thị xã …"', () => {
    expect(vi(r, 'status.district-missing')[0]).toMatch(/^Chưa có kết quả đánh giá của thị xã cho 1 mã: 9\.5 /);
  });

  test('the marks\' notes say it too', () => {
    expect(cues(r)).toContain('Chưa đạt: Thị xã, tiêu chí 8 (8.1, 8.3)');
    expect(cues(r).some((c) => /thị xã chưa đạt$/.test(c))).toBe(true);
    expect(cues(r).join('\n')).not.toMatch(/Huyện,|huyện chưa/);
  });

  test('the department sheet says "Thị xã chưa đạt."; the summary names the unit for console, pane and JSON', () => {
    expect(departmentSheet(r)).toContain('Thị xã chưa đạt.');
    expect(departmentSheet(r)).not.toContain('Huyện chưa đạt.');
    expect(r.summary.districtUnit).toBe('Thị xã');
  });
});

test('a thành phố office\'s rows are "Thành phố", a quận office\'s "Quận"', () => {
  const tp = check([districtTable('ỦY BAN NHÂN DÂN THÀNH PHỐ SÓC TRĂNG')]);
  expect(vi(tp, 'program.unmet')).toEqual(['Thành phố chưa đạt 1 tiêu chí của Huyện NTM: 8 (8.1, 8.3).']);
  expect(vi(tp, 'deadline.overdue')[0]).toContain(', thành phố chưa đạt.');
  const q = check([districtTable('UBND QUẬN Ô MÔN')]);
  expect(vi(q, 'program.unmet')).toEqual(['Quận chưa đạt 1 tiêu chí của Huyện NTM: 8 (8.1, 8.3).']);
  expect(q.summary.districtUnit).toBe('Quận');
});

test('the agency the user gives names the kind too', () => {
  const r = check([districtTable(null)], { agency: 'UBND THỊ XÃ TÂN CHÂU' });
  expect(vi(r, 'program.unmet')).toEqual(['Thị xã chưa đạt 1 tiêu chí của Huyện NTM: 8 (8.1, 8.3).']);
});

describe('without a letterhead, the department cells\' agreed place words', () => {
  test('cells that all say "thị xã" make the rows the thị xã\'s, read-time findings included', () => {
    const r = check([districtTable(null, 'thị xã')]);
    expect(vi(r, 'deadline.overdue')).toEqual(['Quá hạn: mã 8.3, hạn 30/06/2023, thị xã chưa đạt. Chủ trì: Phòng Tài nguyên và Môi trường.']);
    expect(vi(r, 'status.district-missing')[0]).toMatch(/của thị xã cho 1 mã/);
    expect(vi(r, 'status.unreadable')[0]).toContain('của Thị xã, mã 9.1');
    expect(r.summary.districtUnit).toBe('Thị xã');
  });

  test('cells saying "huyện" leave it the huyện\'s', () => {
    const r = check([districtTable(null, 'huyện')]);
    expect(vi(r, 'program.unmet')).toEqual(['Huyện chưa đạt 1 tiêu chí của Huyện NTM: 8 (8.1, 8.3).']);
  });
});

test('a huyện office is unchanged', () => {
  const r = check([districtTable('UBND HUYỆN ĐẮK SONG')]);
  expect(vi(r, 'deadline.overdue')).toEqual(['Quá hạn: mã 8.3, hạn 30/06/2023, huyện chưa đạt. Chủ trì: Phòng Tài nguyên và Môi trường.']);
  expect(vi(r, 'deadline.due-soon')).toEqual(['Sắp đến hạn: mã 9.5, hạn quý IV/2023, huyện chưa có kết quả. Chủ trì: Văn phòng HĐND và UBND huyện.']);
  expect(vi(r, 'program.unmet')).toEqual(['Huyện chưa đạt 1 tiêu chí của Huyện NTM: 8 (8.1, 8.3).']);
  expect(vi(r, 'status.district-missing')[0]).toMatch(/^Chưa có kết quả đánh giá của huyện cho 1 mã: 9\.5 /);
  expect(departmentSheet(r)).toContain('Huyện chưa đạt.');
  expect(r.summary.districtUnit).toBe('Huyện');
});

describe('the other messages about the district alone', () => {
  test('a deadline cell saying "Đã đạt" over a result not met: "… chưa đạt ở thị xã"', () => {
    const s = districtTable('UBND THỊ XÃ TÂN CHÂU');
    s.rows.push(['9.2', 'Tổ chức chính trị - xã hội được xếp loại hoàn thành tốt nhiệm vụ trở lên', 'Chưa đạt', 'Đã đạt', 'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã', null]);
    const r = check([s]);
    expect(vi(r, 'deadline.said-met')).toEqual(['Ô thời hạn ghi đã đạt, nhưng trang hiện trạng ghi mã 9.2 chưa đạt ở thị xã.']);
  });

  test('district rows with no district result: "… nhưng thị xã chưa có kết quả theo bộ này"', () => {
    const r = check([
      sheet('Phân công', [
        ['UBND THỊ XÃ TÂN CHÂU'],
        ['BẢNG PHÂN CÔNG NĂM 2023'],
        ['STT', 'Tiêu chí/chỉ tiêu', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Xã áp dụng', 'Thời hạn hoàn thành', 'Ghi chú'],
        ['I', 'BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'],
        [1, 'Tiêu chí 11', null, 'Phòng LĐ-TB&XH', null, null, 'Quý II/2023', null],
        ['II', 'BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI'],
        [2, 'Nội dung 9.6', null, 'Phòng Tư pháp', null, null, 'Năm 2025', null],
      ]),
      fullMatrix(['Tân An']),
    ]);
    expect(vi(r, 'assign.set-no-communes')[0]).toContain('nhưng thị xã chưa có kết quả theo bộ này');
  });

  test('a result met after the report date: "Thị xã, mã 9.6: ngày đạt …"', () => {
    const r = check([
      sheet('Tiêu chí huyện', [
        ['UBND THỊ XÃ TÂN CHÂU'],
        ['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI'],
        [],
        ['Mã', 'Tiêu chí / Nội dung', 'Kết quả đánh giá', 'Ngày đạt'],
        ['9.6', 'Đạt chuẩn tiếp cận pháp luật theo quy định', 'Đạt', '20/10/2023'],
      ]),
    ]);
    expect(vi(r, 'status.achieved-after-as-of')[0]).toMatch(/^Thị xã, mã 9\.6: ngày đạt 20\/10\/2023 sau ngày báo cáo/);
  });
});

test('a yearly sheet\'s older figures kept for the district: "… không có số liệu của Thị xã" (its key was shown, "huyen:")', () => {
  const year = (name: string, district: boolean) => sheet(name, [
    ['UBND THỊ XÃ TÂN CHÂU'],
    [`KẾT QUẢ THỰC HIỆN NĂM ${name.slice(-4)}`],
    ['Xã', 'Bộ tiêu chí', 'Mã', 'Đánh giá'],
    ['Tân Sơn', 'Xã NTM', '11', 'Chưa đạt'],
    ...(district ? [[null, 'Huyện NTM', '9.5', 'Chưa đạt']] : []),
  ]);
  const r = check([year('KQ 2022', true), year('KQ 2023', false)]);
  expect(vi(r, 'status.period-older')).toEqual(['Trang "KQ 2023" (năm 2023) không có số liệu của Thị xã: dùng số liệu năm 2022 ở trang "KQ 2022".']);
});

test('a district status row expecting a later date than its assignment: "dòng hiện trạng của thị xã ghi dự kiến muộn hơn"', () => {
  const r = check([
    sheet('Phân công', [['UBND THỊ XÃ TÂN CHÂU'], ['BẢNG PHÂN CÔNG NĂM 2023'], ['STT', 'Tiêu chí/chỉ tiêu', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Xã áp dụng', 'Thời hạn hoàn thành', 'Ghi chú'], ['I', 'BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI'], [1, 'Nội dung 9.5', null, 'Phòng Tư pháp', null, null, 'Quý II/2023', null]]),
    sheet('Tiêu chí huyện', [['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI'], [], ['Mã', 'Tiêu chí / Nội dung', 'Kết quả đánh giá', 'Dự kiến đạt'], ['9.5', 'Có dịch vụ công trực tuyến mức độ 3 trở lên', 'Chưa đạt', 'Năm 2025']]),
  ]);
  expect(vi(r, 'deadline.status-later')[0]).toContain('nhưng dòng hiện trạng của thị xã ghi dự kiến muộn hơn (Năm 2025)');
  // The district alone is not "Các xã này".
  expect(vi(r, 'deadline.status-later')[0]).toContain('Thị xã đang được xét theo dòng hiện trạng.');
});
