// The bundled Trà Cú 2023 sample, read from the committed .xlsx, checked at 15/10/2023.
// Expected figures are counted by hand from seed 000 (sections III.1.1, III.1.3, III.1.6).
import * as path from 'path';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-workbook';
import { checkWorkbook } from '../../src/domain/check';
import type { CheckResult } from '../../src/domain/check-types';

let r: CheckResult;
beforeAll(async () => {
  const wb = await readWorkbookFile(path.join(__dirname, '../../examples/tra-cu-2023.xlsx'));
  r = checkWorkbook(wb, { asOf: '2023-10-15' });
});

const NTM = 'xa-ntm-2021';
const NC = 'xa-ntm-nang-cao-2021';
const vi = (xs: string[]) => [...xs].sort((a, b) => a.localeCompare(b, 'vi'));
const crit = (setId: string, code: string) => r.summary.criteria.find((c) => c.setId === setId && c.code === code)!;

test('every sheet of the sample is recognized for what it is', () => {
  expect(r.recognized.map((s) => [s.sheet, s.role])).toEqual([
    ['Phân công', 'assignment'],
    ['Danh sách xã', 'communes'],
    ['Hiện trạng NTM', 'status-matrix'],
    ['Hiện trạng NTM nâng cao', 'status-matrix'],
    ['Tiêu chí huyện', 'status-commune'],
    ['Đô thị văn minh', 'status-long'],
    ['Bộ tiêu chí', 'definitions'],
  ]);
});

test('III.1.1: criterion 11 unmet in the 11 named communes, 13 in 11, 15 in 10, 17 in 7', () => {
  expect(crit(NTM, '11').communesUnmet).toEqual(['Phước Hưng', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An', 'Định An', 'Ngọc Biên', 'Long Hiệp', 'Tân Hiệp']);
  expect(crit(NTM, '13').communesUnmet).toHaveLength(11);
  expect(crit(NTM, '13').communesUnmet).toContain('Tập Sơn');
  expect(crit(NTM, '13').communesUnmet).not.toContain('Ngọc Biên');
  expect(vi(crit(NTM, '15').communesUnmet)).toEqual(vi(['An Quảng Hữu', 'Đại An', 'Định An', 'Hàm Tân', 'Long Hiệp', 'Lưu Nghiệp Anh', 'Ngọc Biên', 'Tân Hiệp', 'Tân Sơn', 'Thanh Sơn']));
  expect(vi(crit(NTM, '17').communesUnmet)).toEqual(vi(['Tập Sơn', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An']));
  for (const code of ['1', '2', '3', '5', '12', '14', '16', '18', '19']) expect(crit(NTM, code).communesMet).toHaveLength(15);
});

test('commune totals: 15 communes, 3 at 19/19, 246 criteria met, 16,4 on average', () => {
  // Per seed: Ngãi Xuyên, Kim Sơn, Hàm Giang 19; Phước Hưng 17 (11, 13); six communes 15 (11, 13, 15, 17);
  // Định An, Long Hiệp, Tân Hiệp 16 (11, 13, 15); Ngọc Biên 17 (11, 15); Tập Sơn 17 (13, 17): 246 / 15 = 16.4.
  const t = r.summary.totals.find((x) => x.setId === NTM)!;
  expect(t.communes).toBe(15);
  expect(t.full).toBe(3);
  expect(t.average).toBeCloseTo(16.4, 10);
  expect(t.bands).toEqual({ '19': 3, '15-18': 12, '10-14': 0, '5-9': 0, '<5': 0 });
  const tapSon = r.summary.communes.find((c) => c.setId === NTM && c.display === 'Tập Sơn')!;
  expect(tapSon.criteriaUnmet).toEqual(['13', '17']);
});

test('III.1.3: the four advanced communes, Long Hiệp at 7/19', () => {
  const rows = r.summary.communes.filter((c) => c.setId === NC);
  expect(vi(rows.map((c) => c.display))).toEqual(vi(['Đại An', 'Long Hiệp', 'Ngọc Biên', 'Tập Sơn']));
  const longHiep = rows.find((c) => c.display === 'Long Hiệp')!;
  expect(longHiep.criteriaUnmet).toEqual(['1', '2', '7', '8', '9', '10', '11', '13', '14', '16', '17', '18']);
  expect(longHiep.criteriaMet).toHaveLength(7);
  expect(rows.find((c) => c.display === 'Ngọc Biên')!.criteriaUnmet).toEqual(['1', '11', '13', '14', '15']);
  expect(crit(NC, '14').communesUnmet).toHaveLength(4);
  expect(crit(NC, '12').communesUnmet).toEqual(['Đại An']);
});

test('III.1.6: district criteria 1–4 met, 11 contents unmet, 6.4 not judged', () => {
  const d = r.summary.district;
  expect(d.filter((x) => x.isCriterion && ['1', '2', '3', '4'].includes(x.code)).every((x) => x.achieved === true)).toBe(true);
  const unmet = d.filter((x) => !x.isCriterion && x.achieved === false).map((x) => x.code);
  expect(unmet).toEqual(['5.2', '5.3', '5.4', '6.1', '6.2', '7.2', '7.4', '8.3', '8.4', '8.5', '9.6']);
  expect(d.find((x) => x.code === '6.4')!.achieved).toBeUndefined();
  expect(d.find((x) => x.code === '9.5')!.achieved).toBe(true);
  // Seed II.2.2: 9/9 district criteria in quý IV/2023 — due in the quarter of 15/10/2023.
  expect(d.find((x) => x.isCriterion && x.code === '5')).toMatchObject({ achieved: false, deadline: '2023-12-31', state: 'due-soon' });
  // Seed III.1.6: content 6.1 by quý III/2023, not met: overdue at 15/10/2023.
  expect(d.find((x) => x.code === '6.1')).toMatchObject({ achieved: false, state: 'overdue' });
});

test("the seed's own mistakes are found", () => {
  const mismatch = r.findings.filter((f) => f.code === 'code.name-mismatch');
  expect(mismatch).toHaveLength(1);
  expect(mismatch[0]).toMatchObject({ indicator: '4', suggestion: 'Tiêu chí 3', setId: 'huyen-ntm-2021' });
  const variant = r.findings.filter((f) => f.code === 'commune.variant');
  expect(variant.map((f) => [f.found, f.expected])).toEqual([['Tập sơn', 'Tập Sơn']]);
  // Advanced criteria 17 and 18: four lead departments in one cell, no qualifier (seed III.1.4).
  expect(r.findings.filter((f) => f.code === 'assign.multiple-leads').map((f) => f.indicator).sort()).toEqual(['17', '18']);
  // Codes 17 and 18 are in the commune set too: the message says it is the advanced set's.
  expect(r.findings.find((f) => f.code === 'assign.multiple-leads' && f.indicator === '17')?.message.vi).toMatch(/^Mã 17 của Xã NTM nâng cao có 4 cơ quan chủ trì \(/);
  // In English the set goes by its English name, as in the pane's English headline.
  expect(r.findings.find((f) => f.code === 'assign.multiple-leads' && f.indicator === '17')?.message.en).toMatch(/^Code 17 of Advanced NTM commune has 4 lead departments \(/);
  expect(r.findings.filter((f) => f.code === 'assign.no-lead' && f.severity === 'error').map((f) => f.message.en).every((m) => m.includes(' of NTM district '))).toBe(true);
});

test('at 15/10/2023: criterion 13 (quý II) overdue in 11 communes, criterion 11 (đầu quý IV) due soon', () => {
  const overdue13 = r.findings.find((f) => f.code === 'deadline.overdue' && f.setId === NTM && f.indicator === '13')!;
  expect(overdue13.found!.split(', ')).toHaveLength(11);
  expect(overdue13.department).toBe('nn-ptnt');
  const soon11 = r.findings.filter((f) => f.code === 'deadline.due-soon' && f.setId === NTM && f.indicator === '11');
  expect(soon11).toHaveLength(1);
  expect(soon11[0].found!.split(', ')).toHaveLength(11);
  const ldtbxh = r.summary.departments.find((d) => d.departmentId === 'ld-tbxh')!;
  expect(ldtbxh.items.some((i) => i.code === '11' && i.state === 'due-soon')).toBe(true);
});

test('district contents on the department sheet: 7.2 (chưa đạt, quý II/2023) overdue and unmet by the district; 6.4 (assessed in quý III/2023) not assessed', () => {
  const tnmt = r.summary.departments.find((d) => d.departmentId === 'tn-mt')!;
  const c72 = tnmt.items.find((i) => i.code === '7.2')!;
  expect(c72).toMatchObject({ role: 'coordinator', state: 'overdue', deadlineLabel: 'Quý II/2023', district: 'unmet', communesUnmet: [] });
  const c64 = r.summary.departments.find((d) => d.departmentId === 'nn-ptnt')!.items.find((i) => i.code === '6.4')!;
  expect(c64.district).toBe('not-assessed');
  // Seed III.1.6 gives 6.4 no verdict: its blank result cell is said, and its reached deadline
  // (quý III/2023, assessed by the district) says "no result yet", not "chưa đạt".
  expect(r.findings.filter((f) => f.code === 'status.district-missing').map((f) => [f.sheet, f.found])).toEqual([['Tiêu chí huyện', '6.4']]);
  const late64 = r.findings.find((f) => f.code === 'deadline.overdue' && f.indicator === '6.4')!;
  expect(late64.message.vi).toContain('huyện chưa có kết quả');
  const plan = r.sheetPlans.find((p) => p.name === 'TH_Theo phòng ban')!;
  const row = plan.values.find((v) => typeof v[2] === 'string' && (v[2] as string).startsWith('Nội dung 7.2'))!;
  expect(row.slice(4)).toEqual(['Quý II/2023', 'Quá hạn', 'Huyện chưa đạt.']);
});

test('criterion 9 of the district, assigned with no deadline, is judged by its own status row (seed II.2.2: 9/9 criteria in quý IV/2023), as on the district sheet; content 9.6 keeps its quý III/2023', () => {
  const noiVu = r.summary.departments.find((d) => d.departmentId === 'noi-vu')!;
  const c9 = noiVu.items.find((i) => i.code === '9')!;
  // 9.6 is chưa đạt, so the district has not met 9; its row says quý IV/2023, due in the as-of quarter.
  expect(c9).toMatchObject({ state: 'due-soon', deadlineLabel: 'Quý IV/2023', district: 'unmet' });
  expect(c9.statusDeadlineLabel).toBeUndefined();
  const c96 = noiVu.items.find((i) => i.code === '9.6')!;
  expect(c96).toMatchObject({ state: 'overdue', deadlineLabel: 'Quý III/2023', district: 'unmet' });
  const row9 = r.summary.district.find((d) => d.code === '9')!;
  expect(row9).toMatchObject({ state: c9.state, deadlineLabel: c9.deadlineLabel });
  // The overdue / due-soon finding names the deadline it judged by, never an empty one.
  for (const f of r.findings.filter((x) => x.code.startsWith('deadline.'))) expect(f.message.vi).not.toMatch(/hạn ,|hạn \)|hạn $/);
});

test('the summary sheets are planned in the official layout', () => {
  const names = r.sheetPlans.map((p) => p.name);
  expect(names.every((n) => n.startsWith('TH_'))).toBe(true);
  expect(names.length).toBeGreaterThanOrEqual(5);
  for (const p of r.sheetPlans) {
    expect(p.print).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true });
  }
  const flat = (i: number) => r.sheetPlans[i].values.flat().filter((v): v is string => typeof v === 'string');
  const byCriterion = r.sheetPlans.findIndex((p) => flat(r.sheetPlans.indexOf(p)).some((v) => v.startsWith('Có 11 xã chưa đạt, gồm: Phước Hưng')));
  expect(byCriterion).toBeGreaterThanOrEqual(0);
  expect(flat(0)).toEqual(expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Tính đến ngày 15/10/2023']));
});

test('III.1.5: the town criteria carry the bodies the seed assigns to their contents 3.2, 8.2, 8.4', () => {
  // Seed 000 assigns contents, never criteria 3 and 8 themselves: the criterion rows take their
  // contents' departments. Định An misses 3.2, 8.2, 8.4; Trà Cú misses 8.4 only.
  const town = 'do-thi-van-minh-2022';
  const c8 = crit(town, '8');
  expect(vi(c8.communesUnmet)).toEqual(vi(['thị trấn Định An', 'thị trấn Trà Cú']));
  expect(crit(town, '3').communesUnmet).toEqual(['thị trấn Định An']);
  const bodies = [...c8.leads, ...c8.coordinators];
  for (const b of ['UBND thị trấn Định An', 'UBND thị trấn Trà Cú', 'Phòng Văn hóa và Thông tin', 'Trung tâm Văn hóa - Thông tin và Thể thao', 'Phòng Giáo dục và Đào tạo']) expect(bodies).toContain(b);
  expect(c8.leads.length).toBeGreaterThan(0);
});

test('III.1.5 on the sheets: the town contents are "Nội dung" and their laggards are counted as towns', () => {
  // Trà Cú's own UBND coordinates 8.4, which Trà Cú has not met: one town, named.
  const dept = r.sheetPlans.find((p) => p.name === 'TH_Theo phòng ban')!;
  const section = (name: string) => {
    const from = dept.values.findIndex((v) => typeof v[0] === 'string' && /^[IVXLC]+\. /.test(v[0]) && v[0].includes(name));
    const to = dept.values.findIndex((v, i) => i > from && typeof v[0] === 'string' && /^[IVXLC]+\. /.test(v[0]));
    return dept.values.slice(from + 1, to < 0 ? undefined : to);
  };
  const town84 = (name: string) => section(name).find((v) => v[1] === 'Đô thị văn minh' && typeof v[2] === 'string' && (v[2] as string).includes('8.4'))!;
  const row = town84('UBND thị trấn Trà Cú');
  expect(row[2]).toBe('Nội dung 8.4');
  expect(row[6]).toBe('Có 1 thị trấn chưa đạt, gồm: thị trấn Trà Cú.');
  // Phòng Văn hóa và Thông tin leads 8.4 on one row per town: one task, both towns (it was two lines).
  expect(section('Phòng Văn hóa và Thông tin').filter((v) => v[1] === 'Đô thị văn minh' && v[2] === 'Nội dung 8.4').map((v) => v[6])).toEqual(['Có 2 thị trấn chưa đạt, gồm: thị trấn Định An, thị trấn Trà Cú.']);
  // By criterion: criterion 8 of the town set is unmet in both towns.
  const bc = r.sheetPlans.find((p) => p.name === 'TH_Theo tiêu chí')!;
  const sentences = bc.values.map((v) => v[6]).filter((x): x is string => typeof x === 'string');
  expect(sentences.some((x) => x.startsWith('Có 2 thị trấn chưa đạt, gồm: ') && x.includes('thị trấn Định An') && x.includes('thị trấn Trà Cú'))).toBe(true);
  // Commune sets keep "xã" (criterion 11 unmet in 11 named communes, seed 000).
  expect(sentences.some((x) => x.startsWith('Có 11 xã chưa đạt, gồm: '))).toBe(true);
});

test('deadline messages count towns as "thị trấn" and name the district as such (seed 000 §1.5, §III.1.6)', () => {
  const msgs = r.findings.filter((f) => f.code === 'deadline.overdue').map((f) => f.message.vi);
  // Both towns planned content 8.4 for quý III/2023 and neither has met it; each town's assignment
  // row (lead Phòng Văn hóa và Thông tin, assumption A-towns) says it, and the status sheet's own
  // "quý III/2023" for the same rows is not said a second time.
  expect(msgs).toContain('Quá hạn: mã 8.4 của Đô thị văn minh, hạn quý III/2023, còn 1 thị trấn chưa đạt: thị trấn Định An. Chủ trì: Phòng Văn hóa và Thông tin.');
  expect(msgs).toContain('Quá hạn: mã 8.4 của Đô thị văn minh, hạn quý III/2023, còn 1 thị trấn chưa đạt: thị trấn Trà Cú. Chủ trì: Phòng Văn hóa và Thông tin.');
  expect(r.findings.filter((f) => f.code === 'deadline.overdue' && f.sheet === 'Đô thị văn minh')).toEqual([]);
  // District content 9.6, due quý III/2023, chưa đạt; Phòng Nội vụ leads it.
  expect(msgs).toContain('Quá hạn: mã 9.6 của Huyện NTM, hạn quý III/2023, huyện chưa đạt. Chủ trì: Phòng Nội vụ.');
  for (const m of msgs) expect(m).not.toMatch(/\d xã: thị trấn|xã chưa đạt: Huyện/);
});

test('criterion 13 late in two sets: each message says whose (seed 000: 11 xã below NTM, 4 nâng cao xã)', () => {
  const msgs = r.findings.filter((f) => f.code === 'deadline.overdue').map((f) => f.message.vi);
  expect(msgs.filter((m) => m.startsWith('Quá hạn: mã 13 của Xã NTM, hạn quý II/2023, còn 11 xã chưa đạt: '))).toHaveLength(1);
  expect(msgs.filter((m) => m.startsWith('Quá hạn: mã 13 của Xã NTM nâng cao, hạn quý II/2023, còn 4 xã chưa đạt: Tập Sơn, Đại An, Ngọc Biên, Long Hiệp.'))).toHaveLength(1);
  expect(msgs.filter((m) => m.startsWith('Quá hạn: mã 13,'))).toEqual([]);
});

test('our own "theo xã" sheet, read back as a user sheet, gives the same communes and criteria', () => {
  const plan = r.sheetPlans.find((p) => p.name === 'TH_Theo xã - Xã NTM')!;
  // Renamed: sheets named TH_… are the tool's own and skipped; a colleague's copy would not be.
  const back = checkWorkbook({ sheets: [{ name: 'Tổng hợp theo xã', rows: plan.values, merges: plan.merges }] }, { asOf: '2023-10-15' });
  expect(back.recognized[0].role).toBe('status-transposed');
  const original = r.summary.communes.filter((c) => c.setId === 'xa-ntm-2021');
  expect(back.summary.communes.map((c) => [c.display, c.criteriaMet])).toEqual(original.map((c) => [c.display, c.criteriaMet]));
  // Seed 000: criterion 11 unmet in 11 communes, read back from the blanks under the sheet's own note.
  expect(back.summary.criteria.find((c) => c.code === '11')!.communesUnmet).toHaveLength(11);
});

test('II.2.2: the district is not yet eligible — 3 of 15 xã meet the commune set (Ngãi Xuyên, Kim Sơn, Hàm Giang), 12 are to be "nâng chất"', () => {
  // Seed 000 II.2.2: "Xã Ngãi Xuyên, Kim Sơn, Hàm Giang đạt chuẩn nông thôn mới …; Xây dựng nâng chất
  // (12 xã) …" — and QĐ 320 makes every xã meeting the commune set the district's precondition.
  expect(r.summary.districtConditions).toHaveLength(1);
  const c = r.summary.districtConditions[0];
  expect(c).toMatchObject({ setId: 'huyen-ntm-2021', communeSetId: NTM, met: false, noData: [] });
  expect(vi(c.full)).toEqual(vi(['Ngãi Xuyên', 'Kim Sơn', 'Hàm Giang']));
  expect(vi(c.notFull)).toEqual(vi(['Phước Hưng', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An', 'Định An', 'Ngọc Biên', 'Long Hiệp', 'Tân Hiệp', 'Tập Sơn']));
  // The two towns (thị trấn Định An, Trà Cú) are not xã: outside the condition.
  expect(c.notFull).not.toContain('thị trấn Định An');
  const f = r.findings.filter((x) => x.code === 'district.condition-unmet');
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ severity: 'info', sheet: 'Tiêu chí huyện', setId: 'huyen-ntm-2021' });
  expect(f[0].message.vi).toContain('3/15 xã đạt đủ các tiêu chí Xã NTM');
  // The district sheet says it under its table, before the notes.
  const sheet = r.sheetPlans.find((p) => p.name === 'TH_Tiêu chí huyện')!;
  const line = sheet.values.flat().find((v) => typeof v === 'string' && v.startsWith('Điều kiện:')) as string;
  expect(line).toContain('Tất cả các xã trên địa bàn huyện được công nhận đạt chuẩn nông thôn mới');
  expect(line).toContain('3/15 xã đạt đủ các tiêu chí Xã NTM; chưa đạt: ');
});
