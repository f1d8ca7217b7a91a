// Code columns headed "Mã TC" / "Mã số" (seed 004 probe: Thạch An's long results table).
import { sheet, check } from '../support/sheets';
import type { CellValue } from '../../src/domain/model/grid';

const CRITERIA = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19'];

/** Đức Xuân per seed 004: every criterion but 9 (Nhà ở dân cư) and 10 (Thu nhập). */
function longTable(codeHeader: string) {
  const rows: CellValue[][] = CRITERIA.map((c, i) => [i + 1, 'Xã Đức Xuân', 'NTM', Number(c), ['9', '10'].includes(c) ? 'Chưa đạt' : 'Đạt']);
  return sheet('Kết quả thực hiện', [
    ['KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI CỦA CÁC XÃ NĂM 2025'],
    [],
    ['TT', 'Xã', 'Bộ tiêu chí', codeHeader, 'Đánh giá'],
    ...rows,
  ]);
}

describe('code column headers', () => {
  test.each(['Mã TC', 'Mã số'])('a long status table whose code column is headed "%s" is read', (header) => {
    const r = check([longTable(header)], { asOf: '2025-10-15' });
    expect(r.recognized[0].role).toBe('status-long');
    const c = r.summary.communes.find((x) => x.display === 'Đức Xuân')!;
    expect(c.criteriaMet).toHaveLength(17);
    expect(c.criteriaUnmet).toEqual(['9', '10']);
  });

  test('a status matrix whose code column is headed "Mã TC" is read', () => {
    const m = sheet('Hiện trạng', [['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], [], ['Mã TC', 'Tên tiêu chí', 'Lê Lợi', 'Vân Trình'], ...CRITERIA.map((c) => [c, `Tiêu chí ${c}`, c === '5' ? 'Chưa đạt' : 'Đạt', 'Đạt'])]);
    const r = check([m], { asOf: '2025-10-15' });
    expect(r.recognized[0].role).toBe('status-matrix');
    expect(r.summary.communes.map((x) => [x.display, x.criteriaUnmet])).toEqual([['Lê Lợi', ['5']], ['Vân Trình', []]]);
  });
});
