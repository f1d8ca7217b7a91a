// Seed 002 (xã Tân Thạnh, An Giang, KH 249/KH-BQL): the province's own thresholds as the board
// types them on its "Bộ tiêu chí" sheet, and measured values judged by them.
import type { CellValue } from '../../src/domain/model/grid';
import { sheet, check, codes } from '../support/sheets';

/** The plan's words: "11: Nghèo đa chiều (4%)", "12.1 … (Đạt ≥ 70%)", "12.2 … (đạt ≥ 25%)". */
function definitions(norm121: string): ReturnType<typeof sheet> {
  return sheet('Bộ tiêu chí', [
    ['BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI TỈNH AN GIANG GIAI ĐOẠN 2021 - 2025'],
    [],
    ['TT', 'Chỉ tiêu', 'Nội dung', 'ĐVT', 'Mức đạt'],
    ['1', '11', 'Tỷ lệ hộ nghèo đa chiều giai đoạn 2021-2025', '%', '≤ 4%'],
    ['2', '12.1', 'Tỷ lệ lao động có việc làm qua đào tạo', '%', norm121],
    ['3', '12.2', 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ', '%', '≥25%'],
  ]);
}

/** Tân Thạnh's long table: 11 "3,8%" Đạt, 12.1 "72 %" typed Chưa đạt, 12.2 "27,5%" Đạt. */
function results(): ReturnType<typeof sheet> {
  const rows: CellValue[][] = [
    ['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI XÃ TÂN THẠNH NĂM 2023'],
    [],
    ['STT', 'Xã', 'Mã', 'Tên tiêu chí, chỉ tiêu', 'Kết quả thực hiện', 'Đánh giá'],
    [1, 'Tân Thạnh', '11', 'Nghèo đa chiều', '3,8%', 'Đạt'],
    [2, 'Tân Thạnh', '12.1', 'Tỷ lệ lao động có việc làm qua đào tạo', '72 %', 'Chưa đạt'],
    [3, 'Tân Thạnh', '12.2', 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ', '27,5%', 'Đạt'],
  ];
  return sheet('Kết quả 2023', rows);
}

describe('An Giang\'s thresholds typed on the definitions sheet', () => {
  test('"Đạt ≥ 70%" is the threshold 70 %: 72 % typed "Chưa đạt" contradicts it', () => {
    const r = check([definitions('Đạt ≥ 70%'), results()]);
    expect(codes(r, 'definitions.bad-threshold')).toEqual([]);
    // 72 ≥ 70 but typed "Chưa đạt": said on 12.1's row (5); 3,8 ≤ 4 and 27,5 ≥ 25 agree with their verdicts.
    expect(codes(r, 'status.contradicts-threshold').map((f) => [f.indicator, f.cell?.replace(/^[A-Z]+/, '')])).toEqual([['12.1', '5']]);
  });

  test('the message states the norm and where it comes from, never the catalog\'s provenance note', () => {
    // The shipped An Giang threshold (--province): QĐ 1260/QĐ-UBND, ≥ 70 %.
    const shipped = codes(check([results()], { province: 'An Giang' }), 'status.contradicts-threshold');
    expect(shipped.map((f) => f.message.vi)).toEqual([
      'Tân Thạnh, mã 12.1: số liệu 72% đạt mức ≥ 70% (QĐ 1260/QĐ-UBND ngày 22/6/2022 của UBND tỉnh An Giang) nhưng được đánh giá "Chưa đạt"; tính là chưa đạt cho đến khi sửa số liệu hoặc đánh giá.',
    ]);
    // The board's own sheet: the norm and its cell (E5 holds "≥ 70%").
    const typed = codes(check([definitions('≥ 70%'), results()]), 'status.contradicts-threshold');
    expect(typed[0].message.vi).toContain('đạt mức ≥ 70% (trang "Bộ tiêu chí"!E5) nhưng');
    // In English the cell is a sheet's ("trang" was left in Vietnamese); the decision is cited as titled.
    expect(typed[0].message.en).toContain('meets ≥ 70% (sheet "Bộ tiêu chí"!E5) but');
    expect(shipped[0].message.en).toContain('meets ≥ 70% (QĐ 1260/QĐ-UBND ngày 22/6/2022 của UBND tỉnh An Giang) but');
    expect(JSON.stringify([...shipped, ...typed])).not.toMatch(/seed|trích trong/);
  });
});

describe('the workbook\'s threshold beats the shipped one', () => {
  test('with --province "An Giang", the sheet\'s general "≥ 75%" judges 72 %, not the shipped An Giang 70 %', () => {
    // 72 % < 75 %: "Chưa đạt" as typed agrees with the sheet; against the shipped 70 % it would not.
    const r = check([definitions('≥ 75%'), results()], { province: 'An Giang' });
    expect(codes(r, 'status.contradicts-threshold')).toEqual([]);
    // Without the sheet, the shipped threshold is the one: 72 % ≥ 70 % contradicts "Chưa đạt".
    expect(codes(check([results()], { province: 'An Giang' }), 'status.contradicts-threshold').map((f) => f.indicator)).toEqual(['12.1']);
  });
});
