// Which rows are commune section headings in a status table without a commune column.
import { communeSectionName } from '../../src/domain/read/commune-sections';

describe('communeSectionName', () => {
  it.each([
    [['I', 'XÃ TÂN SƠN'], 'XÃ TÂN SƠN'],
    [['II. Thị trấn Trà Cú'], 'Thị trấn Trà Cú'],
    [[null, '1.', 'xã Kim Sơn', null], 'xã Kim Sơn'],
    [['A', 'Phường 1'], 'Phường 1'],
  ])('%j names %s', (row, name) => {
    expect(communeSectionName(row)).toBe(name);
  });

  it.each([
    [['I', 'QUY HOẠCH']],
    [['II', 'XÃ NÔNG THÔN MỚI NÂNG CAO']],
    [['Xã Tân Sơn đạt 17/19 tiêu chí']],
    [['I', 'Xã Tân Sơn', 'Đạt']],
    [[1, 'Tiêu chí 1', 'Đạt']],
    [[]],
  ])('%j is no commune heading', (row) => {
    expect(communeSectionName(row)).toBeUndefined();
  });
});
