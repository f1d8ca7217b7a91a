// A finding's lists of communes and departments: kept without repeats, and never in its key
// (the office's ignored findings are stored by key).
import { FindingSink } from '../../src/domain/rules/finding-sink';
import { findingKey } from '../../src/domain/model/finding';

const at = { sheet: 'Phân công', cell: 'G35' };
const message = { vi: 'Quá hạn', en: 'Overdue' };
const extras = { setId: 'xa-ntm-nang-cao-2021', indicator: '17', department: 'nn-ptnt', found: 'Đại An, Long Hiệp', keyHint: 'nn-ptnt,hlhpn|Quý III/2023' };

test('the lists are kept, a department written twice in its lead cell once; empty lists left out', () => {
  const sink = new FindingSink();
  const f = sink.add('deadline.overdue', 'warning', at, message, { ...extras, communes: ['xa:đại an', 'xa:long hiệp'], departments: ['nn-ptnt', 'hlhpn', 'nn-ptnt'] });
  expect(f.communes).toEqual(['xa:đại an', 'xa:long hiệp']);
  expect(f.departments).toEqual(['nn-ptnt', 'hlhpn']);
  // As the other unset fields: findings go to JSON as they are.
  const none = sink.add('assign.no-lead', 'warning', at, message, { communes: [], departments: [] });
  expect('communes' in none || 'departments' in none).toBe(false);
});

test('the key is the one built without the lists: code, set, commune, indicator, department, hint, found', () => {
  const sink = new FindingSink();
  const plain = sink.add('deadline.overdue', 'warning', at, message, extras);
  const listed = sink.add('deadline.overdue', 'warning', at, message, { ...extras, communes: ['xa:đại an', 'xa:long hiệp'], departments: ['nn-ptnt', 'hlhpn'] });
  expect(listed.communes).toHaveLength(2);
  expect(listed.key).toBe(plain.key);
  expect(listed.key).toBe(findingKey(['deadline.overdue', 'xa-ntm-nang-cao-2021', undefined, '17', 'nn-ptnt', 'nn-ptnt,hlhpn|Quý III/2023', 'Đại An, Long Hiệp']));
});
