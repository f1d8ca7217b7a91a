// Deadlines written on status rows no assignment judged: one finding per code and deadline, naming
// every commune whose row is late (here two communes, "Quý III/2023", not met at 15/10/2023).
import { FindingSink } from '../../src/domain/rules/finding-sink';
import { statusDeadlineFindings } from '../../src/domain/rules/program-findings';
import type { StatusEntry } from '../../src/domain/model/program';

const row = (communeKey: string, cell: string): StatusEntry => ({
  communeKey,
  setId: 'xa-ntm-2021',
  code: '11',
  achieved: false,
  expected: { raw: 'quý III/2023', date: '2023-09-30', label: 'Quý III/2023' },
  source: { sheet: 'Kết quả', cell },
});

test('the finding lists both late communes', () => {
  const sink = new FindingSink();
  const names: Record<string, string> = { 'xa:tân sơn': 'Tân Sơn', 'xa:kim sơn': 'Kim Sơn', 'huyen:': 'Huyện' };
  statusDeadlineFindings(sink, [row('xa:tân sơn', 'C3'), row('xa:kim sơn', 'C4')], '2023-10-15', (k) => names[k], []);
  expect(sink.items.map((f) => [f.code, f.found, f.communes])).toEqual([['deadline.overdue', 'Tân Sơn, Kim Sơn', ['xa:tân sơn', 'xa:kim sơn']]]);
});
