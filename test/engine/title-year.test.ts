// The plan year of a sheet, from the rows above its header.
import { titleYear } from '../../src/domain/read/title-year';
import type { CellValue } from '../../src/domain/model/grid';

const sheetWith = (titles: CellValue[][]) => ({ name: 'S', rows: [...titles, ['STT', 'Mã', 'Thời hạn']], merges: [] });

describe('titleYear', () => {
  it.each([
    [['BẢNG PHÂN CÔNG THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI NĂM 2023'], 2023],
    [['Kế hoạch xây dựng nông thôn mới năm 2024'.normalize('NFD')], 2024],
    [['KẾ HOẠCH', '(Kèm theo Kế hoạch số 17/KH-UBND ngày 02/3/2023)'], undefined],
    [['GIAI ĐOẠN 2021 - 2025'], undefined],
    [['Kế hoạch năm 2021-2025'], undefined],
    [['Kế hoạch năm 2021 – 2025'], undefined],
  ])('%j → %s', (title, year) => {
    expect(titleYear(sheetWith([title]), 1)).toBe(year);
  });

  it('gives nothing when the titles name two years', () => {
    expect(titleYear(sheetWith([['KẾ HOẠCH NĂM 2023'], ['(điều chỉnh so với năm 2022)']]), 2)).toBeUndefined();
  });

  it('reads only the rows above the header', () => {
    const s = { name: 'S', rows: [['BẢNG PHÂN CÔNG'], ['STT', 'Mã', 'Thời hạn'], [1, 'Tiêu chí 1', 'Hoàn thành trong năm 2025']], merges: [] };
    expect(titleYear(s, 1)).toBeUndefined();
  });
});
