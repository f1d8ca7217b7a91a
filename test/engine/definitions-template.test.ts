// The definitions template ("Bộ tiêu chí áp dụng"): the shipped sets a workbook uses, written out as
// a definitions sheet the office edits (DOMAIN §4.4: "a later period reaches the product without a
// new release"). Unedited it must change nothing; edited, its rows must be what the engine uses.
import * as path from 'path';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-workbook';
import { checkWorkbook } from '../../src/domain/check';
import type { CheckResult } from '../../src/domain/check-types';
import { definitionsTemplate } from '../../src/domain/definitions-template';
import type { CellValue, SheetData, WorkbookData } from '../../src/domain/model/grid';
import type { SheetPlan } from '../../src/domain/plan/sheet-plan';
import { assignmentSheet, check, codes, fullMatrix, matrixSheet, NTM_INDICATORS } from '../support/sheets';

const AS_OF = '2023-10-15';
let sample: WorkbookData;
let before: CheckResult;
beforeAll(async () => {
  sample = await readWorkbookFile(path.join(__dirname, '../../examples/tra-cu-2023.xlsx'));
  before = checkWorkbook(sample, { asOf: AS_OF });
});

function planSheet(plan: SheetPlan): SheetData {
  return { name: plan.name, rows: plan.values.map((r) => r.map((v) => v as CellValue)), merges: plan.merges };
}

function templateOf(wb: WorkbookData, r: CheckResult): SheetPlan {
  const t = definitionsTemplate(r, wb.sheets.map((s) => s.name));
  if (!t.plan) throw new Error(t.reason.vi);
  return t.plan;
}

/** The rows under the section row that names `setStart`, up to the next section row. */
function sectionRows(plan: SheetPlan, setStart: RegExp): PlanRow[] {
  const rows = plan.values.map((r) => ({ stt: r[0], code: r[1], name: r[2], unit: r[3], direction: r[4] }));
  const start = rows.findIndex((r) => r.code === null && typeof r.name === 'string' && setStart.test(r.name));
  const out: PlanRow[] = [];
  for (let i = start + 1; i < rows.length && rows[i].code !== null; i++) out.push(rows[i]);
  return out;
}
type PlanRow = { stt: unknown; code: unknown; name: unknown; unit: unknown; direction: unknown };

const comparable = (r: CheckResult) => ({
  findings: r.findings.map((f) => [f.code, f.severity, f.sheet, f.cell, f.message.vi]),
  summary: r.summary,
});

describe('on the Trà Cú sample', () => {
  test('offers the sets the sample uses that its own "Bộ tiêu chí" sheet does not name', () => {
    // The sample's definitions sheet holds only the đô thị văn minh contents (scripts/sample/assumptions.ts).
    const t = definitionsTemplate(before, sample.sheets.map((s) => s.name));
    expect(t.plan && t.setIds).toEqual(['xa-ntm-2021', 'xa-ntm-nang-cao-2021', 'huyen-ntm-2021']);
    expect(t.plan?.name).toBe('Bộ tiêu chí áp dụng');
  });

  test('lists the 19 criteria and the 57 indicators of the national commune set (DOMAIN §2.1), codes as text', () => {
    const rows = sectionRows(templateOf(sample, before), /xã nông thôn mới giai đoạn/);
    expect(rows.filter((r) => String(r.code).startsWith('Tiêu chí ')).map((r) => r.code)).toEqual(Array.from({ length: 19 }, (_, i) => `Tiêu chí ${i + 1}`));
    expect(rows.filter((r) => !String(r.code).startsWith('Tiêu chí ')).map((r) => r.code)).toEqual(NTM_INDICATORS);
    // 11 is its own indicator: "lower is better" in per cent (DOMAIN §2.1 table: "11 (single; lower is better)").
    expect(rows.find((r) => r.code === '11')).toMatchObject({ unit: '%', direction: '≤' });
    expect(rows.find((r) => r.code === 'Tiêu chí 11')?.name).toBe('Nghèo đa chiều');
  });

  test('an indicator whose name no source gives says so (advanced set 13.2, seed 004)', () => {
    const plan = templateOf(sample, before);
    const rows = plan.values.map((r) => ({ code: r[1], name: r[2], note: r[12] }));
    const start = rows.findIndex((r) => typeof r.name === 'string' && /nông thôn mới nâng cao giai đoạn/.test(r.name));
    const row = rows.slice(start).find((r) => r.code === '13.2');
    expect(row).toEqual({ code: '13.2', name: 'Chỉ tiêu 13.2', note: 'Chưa có tên trong danh mục: ghi tên theo văn bản' });
  });

  test('added unedited, it is read as a definitions sheet and changes no finding and no figure', () => {
    const plan = templateOf(sample, before);
    const withTemplate: WorkbookData = { sheets: [...sample.sheets, planSheet(plan)] };
    const after = checkWorkbook(withTemplate, { asOf: AS_OF });
    expect(after.recognized.find((s) => s.sheet === plan.name)?.role).toBe('definitions');
    expect(comparable(after)).toEqual(comparable(before));
    expect(after.definedSets).toEqual(expect.arrayContaining(['xa-ntm-2021', 'xa-ntm-nang-cao-2021', 'huyen-ntm-2021']));
  });

  test('once the template is in the workbook, none is offered again', () => {
    const plan = templateOf(sample, before);
    const withTemplate: WorkbookData = { sheets: [...sample.sheets, planSheet(plan)] };
    const t = definitionsTemplate(checkWorkbook(withTemplate, { asOf: AS_OF }), withTemplate.sheets.map((s) => s.name));
    expect(t.plan).toBeUndefined();
    expect(t.plan ? '' : t.reason.vi).toMatch(/đã có trên trang bộ tiêu chí/);
  });
});

describe('edited by the office', () => {
  const communes = ['Xã An', 'Xã Bình'];
  const book = (): WorkbookData => ({
    sheets: [assignmentSheet([['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, null, 'Quý IV/2026']]), fullMatrix(communes, { '11': ['3,5%', '2%'] })],
  });

  function edited(edit: (rows: CellValue[][], find: (code: string) => number) => void, asOf = '2026-11-25'): CheckResult {
    const wb = book();
    const plan = templateOf(wb, check(wb.sheets, { asOf }));
    const rows = plan.values.map((r) => [...r] as CellValue[]);
    edit(rows, (code) => rows.findIndex((r) => r[1] === code));
    return check([...wb.sheets, { name: plan.name, rows, merges: plan.merges }], { asOf });
  }

  test('a threshold typed in "Mức đạt" judges the measured values', () => {
    // Without a norm the measured 3,5 % and 2 % cannot be judged (only An Giang's is shipped).
    const plain = edited(() => undefined);
    expect(codes(plain, 'status.value-unjudged')).toHaveLength(2);
    // "≤ 3%" typed on the template: Xã An (3,5 %) has not met 11, Xã Bình (2 %) has.
    const r = edited((rows, at) => {
      rows[at('11')][5] = '3%';
    });
    expect(codes(r, 'status.value-unjudged')).toEqual([]);
    const c11 = r.summary.criteria.find((c) => c.setId === 'xa-ntm-2021' && c.code === '11');
    expect(c11).toMatchObject({ communesUnmet: ['An'], communesMet: ['Bình'] });
  });

  test('the commune set written for 2026 - 2030 on its one row is the shipped set of that period (QĐ 51/2025/QĐ-TTg): the workbook is read as a plan of it', () => {
    const plain = edited(() => undefined);
    expect(codes(plain, 'set.period-ended').map((f) => f.setId)).toContain('xa-ntm-2021');
    const name = 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030';
    const r = edited((rows) => {
      const setRow = rows.findIndex((row) => row[1] === null && typeof row[2] === 'string' && /xã nông thôn mới giai đoạn 2021/.test(row[2]));
      rows[setRow][2] = name;
    });
    // Not a renamed 2021 - 2025 set: the set of that period itself, so nothing is renamed.
    expect(codes(r, 'definitions.set-period')).toEqual([]);
    expect(r.summary.communes.map((c) => c.setId)).toEqual(['xa-ntm-2026', 'xa-ntm-2026']);
    expect(r.summary.sets.find((s) => s.id === 'xa-ntm-2026')?.name).toBe(name);
    expect(codes(r, 'set.period-ended')).toEqual([]);
  });
});

describe('"Áp dụng: Không" takes a shipped code out (a later period\'s set without it)', () => {
  const communes = ['Xã An', 'Xã Bình'];
  // Xã An has met everything but 17.12; Xã Bình everything. Criterion 17 is due Q2/2023.
  const book = (): WorkbookData => ({
    sheets: [assignmentSheet([['Tiêu chí 17', 'Phòng Tài nguyên và Môi trường', null, null, 'Quý II/2023']]), fullMatrix(communes, { '17.12': ['Chưa đạt', 'Đạt'] })],
  });
  function withApplies(codeCell: string, value: string): CheckResult {
    const wb = book();
    const plan = templateOf(wb, check(wb.sheets));
    const rows = plan.values.map((r) => [...r] as CellValue[]);
    rows[rows.findIndex((r) => r[1] === codeCell)][11] = value;
    return check([...wb.sheets, { name: plan.name, rows, merges: plan.merges }]);
  }
  const c17 = (r: CheckResult) => r.summary.criteria.find((c) => c.setId === 'xa-ntm-2021' && c.code === '17');

  test('the template says "Có" for every row, and "Có" changes nothing', () => {
    const plain = check(book().sheets);
    expect(c17(plain)?.communesUnmet).toEqual(['An']);
    const r = withApplies('17.12', 'Có');
    expect(c17(r)?.communesUnmet).toEqual(['An']);
  });

  test('an indicator: not judged, its status rows said once, the criterion judged by the others', () => {
    const r = withApplies('17.12', 'Không');
    expect(c17(r)).toMatchObject({ communesUnmet: [], communesMet: ['An', 'Bình'] });
    expect(codes(r, 'definitions.withdrawn').map((f) => [f.sheet, f.indicator])).toEqual([['Bộ tiêu chí áp dụng', '17.12']]);
    expect(codes(r, 'code.withdrawn').map((f) => [f.sheet, f.indicator])).toEqual([['Hiện trạng', '17.12']]);
    expect(codes(r, 'code.unknown')).toEqual([]);
    // 17 is met everywhere now: not overdue.
    expect(codes(r, 'deadline.overdue')).toEqual([]);
  });

  test('a criterion: gone with its indicators and its assignment row; the set counts 18 criteria', () => {
    const r = withApplies('Tiêu chí 17', 'không áp dụng');
    expect(c17(r)).toBeUndefined();
    expect(r.summary.totals.find((t) => t.setId === 'xa-ntm-2021')?.criteria).toBe(18);
    expect(codes(r, 'code.withdrawn').map((f) => f.indicator)).toEqual(expect.arrayContaining(['17']));
    expect(codes(r, 'definitions.unknown-criterion')).toEqual([]);
    expect(codes(r, 'deadline.overdue')).toEqual([]);
    expect(codes(r, 'assign.no-lead').filter((f) => f.indicator?.startsWith('17'))).toEqual([]);
  });

  test('a criterion added on the template counts in the set\'s totals', () => {
    const wb = book();
    wb.sheets[1].rows.push(['20', 'Chuyển đổi số', 'Chưa đạt', 'Đạt']);
    const plan = templateOf(wb, check(wb.sheets));
    const rows = plan.values.map((r) => [...r] as CellValue[]);
    const after = rows.findIndex((r) => r[1] === '19.2');
    rows.splice(after + 1, 0, [20, 'Tiêu chí 20', 'Chuyển đổi số', null, 'Đạt/Không', null, null, null, null, null, null, 'Có', null]);
    const r = check([...wb.sheets, { name: plan.name, rows, merges: [] }]);
    expect(codes(r, 'definitions.new-criterion').map((f) => f.indicator)).toEqual(['20']);
    // Bình meets all 20; An misses 17 (17.12) and 20.
    expect(r.summary.totals.find((t) => t.setId === 'xa-ntm-2021')).toMatchObject({ criteria: 20, full: 1 });
    expect(r.summary.communes.find((c) => c.setId === 'xa-ntm-2021' && c.display === 'An')).toMatchObject({ criteriaTotal: 20, criteriaUnmet: ['17', '20'] });
  });

  test('a word the column does not know is a warning and the row applies', () => {
    const r = withApplies('17.12', 'tạm dừng');
    expect(codes(r, 'definitions.bad-applies').map((f) => f.found)).toEqual(['tạm dừng']);
    expect(c17(r)?.communesUnmet).toEqual(['An']);
  });
});

test('a 2026 - 2030 plan completed over the template: its ten criteria listed, the office adds the indicators it reports with their thresholds; said, not warned', () => {
  const asOf = '2026-11-25';
  // QĐ 51/2025/QĐ-TTg: 10 criteria. The office reports criterion 6 by two indicators of its own numbering.
  const crit = ['1', '2', '3', '4', '5', '7', '8', '9', '10'].map((c) => [c, `Tiêu chí ${c}`, 'Đạt', 'Đạt']);
  const status = matrixSheet(['Xã An', 'Xã Bình'], [...crit, ['6.1', 'Tỷ lệ hộ nghèo đa chiều', '2%', '5%'], ['6.2', 'Chính sách an sinh xã hội', 'Đạt', 'Đạt']], 'Hiện trạng', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026');
  const sheets = [assignmentSheet([['Tiêu chí 6', 'Phòng Văn hóa - Xã hội', null, null, 'Quý IV/2026']]), status];
  const plan = templateOf({ sheets }, check(sheets, { asOf }));
  const rows = plan.values.map((r) => [...r] as CellValue[]);
  // The template holds that period's set: its ten criteria by name, no indicator (none is shipped).
  const codesIn = rows.map((r) => r[1]).filter((c): c is string => typeof c === 'string' && /^(Tiêu chí )?\d/.test(c));
  expect(codesIn).toEqual(['Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3', 'Tiêu chí 4', 'Tiêu chí 5', 'Tiêu chí 6', 'Tiêu chí 7', 'Tiêu chí 8', 'Tiêu chí 9', 'Tiêu chí 10']);
  expect(rows.find((r) => r[1] === 'Tiêu chí 6')?.[2]).toBe('Giảm nghèo và an sinh xã hội');
  const at = (code: string) => rows.findIndex((r) => r[1] === code);
  rows.splice(at('Tiêu chí 6') + 1, 0,
    [null, '6.1', 'Tỷ lệ hộ nghèo đa chiều', '%', '≤', '3%', null, null, null, null, null, 'Có', null],
    [null, '6.2', 'Chính sách an sinh xã hội', null, 'Đạt/Không', null, null, null, null, null, null, 'Có', null]);
  const r = check([...sheets, { name: plan.name, rows, merges: [] }], { asOf });
  const fromSheet = r.findings.filter((f) => f.sheet === plan.name);
  expect(fromSheet.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  expect(codes(r, 'code.unknown')).toEqual([]);
  // 6.1 and 6.2 are the workbook's: not "missing from the catalog" any more.
  expect(codes(r, 'code.open')).toEqual([]);
  expect(codes(r, 'set.period-ended')).toEqual([]);
  // 6.1 ≤ 3 %: An (2 %) meets criterion 6, Bình (5 %) does not. Ten criteria.
  const c6 = r.summary.criteria.find((c) => c.setId === 'xa-ntm-2026' && c.code === '6');
  expect(c6).toMatchObject({ communesMet: ['An'], communesUnmet: ['Bình'] });
  expect(r.summary.totals.find((t) => t.setId === 'xa-ntm-2026')).toMatchObject({ criteria: 10, full: 1 });
});

test('the sheet takes a name the workbook does not have', () => {
  const wb: WorkbookData = { sheets: [fullMatrix(['Xã An']), { name: 'BỘ TIÊU CHÍ ÁP DỤNG', rows: [], merges: [] }] };
  expect(templateOf(wb, check(wb.sheets)).name).toBe('Bộ tiêu chí áp dụng (2)');
});

test('a workbook with no recognized set gets every shipped set with criteria', () => {
  const wb: WorkbookData = { sheets: [{ name: 'Ghi chép', rows: [['xin chào']], merges: [] }] };
  const t = definitionsTemplate(check(wb.sheets), ['Ghi chép']);
  expect(t.plan && t.setIds).toEqual(['xa-ntm-2021', 'xa-ntm-2026', 'xa-ntm-nang-cao-2021', 'huyen-ntm-2021', 'do-thi-van-minh-2022']);
});

test('the template has a "Nhóm xã" column: a 2026 - 2030 level per commune group typed there judges each commune by its group', () => {
  const asOf = '2026-11-25';
  const status = matrixSheet(['Xã An', 'Xã Bình'], [['6.1', 'Tỷ lệ hộ nghèo đa chiều', '2,5%', '2,5%']], 'Hiện trạng', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026');
  const groups = { name: 'Danh sách xã', rows: [['DANH SÁCH XÃ'], ['Tên xã', 'Loại', 'Nhóm xã'], ['An', 'xã', '1'], ['Bình', 'xã', '2']], merges: [] } as SheetData;
  const sheets = [groups, status];
  const plan = templateOf({ sheets }, check(sheets, { asOf }));
  expect(plan.values.find((r) => r[0] === 'STT')).toContain('Nhóm xã');
  const rows = plan.values.map((r) => [...r] as CellValue[]);
  const at = rows.findIndex((r) => r[1] === 'Tiêu chí 6');
  // Group 1: ≤ 2 %; group 2: ≤ 3 % (a province's levels, typed by the office).
  rows.splice(at + 1, 0,
    [null, '6.1', 'Tỷ lệ hộ nghèo đa chiều', '%', '≤', '2%', null, null, '1', null, null, 'Có', null],
    [null, '6.1', 'Tỷ lệ hộ nghèo đa chiều', '%', '≤', '3%', null, null, '2', null, null, 'Có', null]);
  const r = check([...sheets, { name: plan.name, rows, merges: [] }], { asOf });
  expect(r.findings.filter((f) => f.sheet === plan.name && f.severity !== 'info')).toEqual([]);
  // An (group 1): 2,5 % > 2 %; Bình (group 2): 2,5 % ≤ 3 %.
  expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['An', ['6']], ['Bình', []]]);
});
