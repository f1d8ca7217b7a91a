// Findings about several communes or departments carry them all (communes[], departments[]), so
// the pane's Xã / Cơ quan filters find them. Expected values are counted by hand on the sample's
// "Phân công" sheet (which rows name Long Hiệp in "Xã áp dụng", their leads and deadlines) and
// its status sheets (seed 000 III.1.1, III.1.3: Long Hiệp unmet 11, 13, 15 of Xã NTM and
// 1, 2, 7, 8, 9, 10, 11, 13, 14, 16, 17, 18 of nâng cao), as of 15/10/2023: Quý II and Quý III/2023
// are past, "đầu quý IV/2023" and "quý IV/2023" due soon.
import * as path from 'path';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-workbook';
import { checkWorkbook } from '../../src/domain/check';
import type { CheckResult } from '../../src/domain/check-types';
import type { WorkbookData } from '../../src/domain/model/grid';
import { filterFindings, filterOptions, namesOf } from '../../src/ui/findings-view';
import { buildJsonReport, REPORT_VERSION } from '../../src/cli/report-json';

const AS_OF = '2023-10-15';
const NTM = 'xa-ntm-2021';
const NC = 'xa-ntm-nang-cao-2021';
const LONG_HIEP = 'xa:long hiệp';

let wb: WorkbookData;
let r: CheckResult;
beforeAll(async () => {
  wb = await readWorkbookFile(path.join(__dirname, '../../examples/tra-cu-2023.xlsx'));
  // Uncapped: the counts below are of every finding, whatever the list shows.
  r = checkWorkbook(wb, { asOf: AS_OF, capPerCheck: 10000 });
});

const about = (filter: { commune?: string; department?: string }) => filterFindings(r.findings, filter, namesOf(r));
const items = (code: string, filter: { commune?: string; department?: string }) =>
  about(filter)
    .filter((f) => f.code === code)
    .map((f) => `${f.setId} ${f.indicator}`)
    .sort();

test('Xã = Long Hiệp finds the 12 overdue and 3 due-soon items whose rows name it', () => {
  // Overdue: rows 15 (13) and 16 (15) of Xã NTM, quý II; nâng cao rows 23 (1, 2, 7, 9), 28 (8),
  // 29 (10), 35 (17, 18) quý III and 31 (13), 32 (14) quý II.
  expect(items('deadline.overdue', { commune: LONG_HIEP })).toEqual(
    [`${NTM} 13`, `${NTM} 15`, ...['1', '2', '7', '8', '9', '10', '13', '14', '17', '18'].map((c) => `${NC} ${c}`)].sort(),
  );
  // Due soon: row 13 (11, đầu quý IV), nâng cao rows 30 (11; 12 is met there) and 34 (16, quý IV).
  expect(items('deadline.due-soon', { commune: LONG_HIEP })).toEqual([`${NTM} 11`, `${NC} 11`, `${NC} 16`].sort());
});

test('Xã = Long Hiệp finds every finding about it: 20, as many as a search for its name', () => {
  // 12 overdue + 3 due soon; criterion 17 of Xã NTM (row 18 leaves it out) and 15 of nâng cao
  // (row 33 is Ngọc Biên's) with no lead where it already meets them; its two unmet lists; the
  // district condition it holds back.
  const found = about({ commune: LONG_HIEP });
  expect(found).toHaveLength(20);
  expect(found.filter((f) => f.code === 'assign.no-lead').map((f) => `${f.setId} ${f.indicator}`)).toEqual([`${NTM} 17`, `${NC} 15`]);
  expect(found.filter((f) => f.code === 'program.unmet')).toHaveLength(2);
  expect(found.filter((f) => f.code === 'district.condition-unmet')).toHaveLength(1);
  expect(filterFindings(r.findings, { text: 'Long Hiệp' }, namesOf(r))).toHaveLength(20);
});

test('Xã = Long Hiệp with Cơ quan = Phòng Kinh tế và Hạ tầng: the 6 overdue items KT-HT leads or co-leads there', () => {
  // Row 23 (1, 2, 7, 9: KT-HT alone) and row 35 (17, 18: KT-HT third of four leads).
  const both = about({ commune: LONG_HIEP, department: 'kt-ht' });
  expect(both.map((f) => `${f.code} ${f.setId} ${f.indicator}`).sort()).toEqual(['1', '2', '7', '9', '17', '18'].map((c) => `deadline.overdue ${NC} ${c}`).sort());
});

test('"Hội Liên hiệp Phụ nữ huyện", fourth lead of row 35, is offered and finds its items', () => {
  const o = filterOptions(r.findings, namesOf(r));
  expect(o.departments.find((d) => d.value === 'hlhpn')?.label).toBe('Hội Liên hiệp Phụ nữ huyện');
  // Overdue 17 and 18 (Đại An, Tập Sơn, Long Hiệp unmet), and the four leads without parts for each.
  expect(about({ department: 'hlhpn' }).map((f) => `${f.code} ${f.indicator}`).sort()).toEqual(['assign.multiple-leads 17', 'assign.multiple-leads 18', 'deadline.overdue 17', 'deadline.overdue 18']);
});

test('keys stay as they were: an ignored overdue item stays ignored', () => {
  // findingKey: code | set | commune | indicator | department | hint (leads | deadline) | found.
  const key = `deadline.overdue|${NC}||17|nn-ptnt|nn-ptnt,tn-mt,kt-ht,hlhpn|Quý III/2023|Đại An, Tập Sơn, Long Hiệp`;
  const f = r.findings.find((x) => x.key === key)!;
  expect(f.communes).toEqual(['xa:đại an', 'xa:tập sơn', LONG_HIEP]);
  expect(f.departments).toEqual(['nn-ptnt', 'tn-mt', 'kt-ht', 'hlhpn']);
  const conflict = r.findings.find((x) => x.code === 'assign.multiple-leads' && x.indicator === '17')!;
  expect(conflict.key).toBe(`assign.multiple-leads|${NC}||17|||Phòng Nông nghiệp và Phát triển nông thôn; Phòng Tài nguyên và Môi trường; Phòng Kinh tế và Hạ tầng; Hội Liên hiệp Phụ nữ huyện`);
  expect(conflict.departments).toHaveLength(4);
  const ignored = checkWorkbook(wb, { asOf: AS_OF, capPerCheck: 10000, ignored: [key] });
  expect(ignored.ignoredCount).toBe(1);
  expect(ignored.findings.filter((x) => x.code === 'deadline.overdue' && x.setId === NC && x.indicator === '17')).toEqual([]);
});

test('the JSON report carries the lists (1.14)', () => {
  expect(REPORT_VERSION).toBe('1.14');
  const json = JSON.parse(JSON.stringify(buildJsonReport(r, 'in.xlsx')));
  const overdue = json.findings.find((f: { code: string; setId?: string; indicator?: string }) => f.code === 'deadline.overdue' && f.setId === NC && f.indicator === '2');
  expect(overdue).toMatchObject({ department: 'kt-ht', departments: ['kt-ht'], communes: [LONG_HIEP] });
  expect(overdue.commune).toBeUndefined();
});
