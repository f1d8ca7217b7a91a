// Deadline messages count units in their own words (seed 000 has 15 xã, 2 thị trấn and the huyện).
import { unitCount } from '../../src/domain/rules/unit-count';
import { DISTRICT_KEY } from '../../src/domain/read/district';

test('communes, towns, wards and mixed lists', () => {
  expect(unitCount(['xa:tập sơn', 'xa:đại an', 'xa:ngọc biên'])).toEqual({ vi: '3 xã', en: '3 commune(s)' });
  expect(unitCount(['thi-tran:định an', 'thi-tran:trà cú'])).toEqual({ vi: '2 thị trấn', en: '2 town(s)' });
  expect(unitCount(['phuong:1'])).toEqual({ vi: '1 phường', en: '1 ward(s)' });
  expect(unitCount(['xa:định an', 'thi-tran:định an'])).toEqual({ vi: '2 xã, thị trấn', en: '2 commune(s), town(s)' });
});

test('the district alone has no count; with communes it counts as one of them', () => {
  expect(unitCount([DISTRICT_KEY])).toBeUndefined();
  expect(unitCount([DISTRICT_KEY, 'xa:tân sơn'])?.vi).toBe('2 xã');
});
