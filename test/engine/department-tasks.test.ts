// The department sheet counts each task once: seed 001 (xã Hòa Cư 2024) names criteria 12, 14 and
// 16 twice for "Công chức Văn hóa - Xã hội" (B9 "Tiêu chí số 12. Lao động" and B23 "Tiêu chí Lao
// động", …): its line said "chủ trì 11 nội dung … quá hạn 2" and listed criterion 12 twice.
import type { CellValue } from '../../src/domain/model/grid';
import { printSummary } from '../../src/cli/print-summary';
import { buildJsonReport } from '../../src/cli/report-json';
import { ASSIGN_HEADER, assignmentSheet, check, codes, fullMatrix, sheet } from '../support/sheets';

const VHXH = 'Công chức Văn hóa - Xã hội';

/** Seed 001's rows led by the officer, as the plan writes them (code, deadline). */
const HOA_CU_ROWS: [string, string][] = [
  ['Tiêu chí số 12. Lao động', 'Năm 2024'],
  ['Chỉ tiêu 6.3. Tỷ lệ thôn, bản, ấp có nhà văn hóa', 'trong năm 2024'],
  ['Tiêu chí Trường học; Giáo dục', 'Duy trì'],
  ['Tiêu chí Cơ sở vật chất văn hóa, Văn hóa', 'Duy trì'],
  ['Tiêu chí Thông tin và Truyền thông', 'Duy trì'],
  ['Tiêu chí Nghèo đa chiều', 'Duy trì'],
  ['Tiêu chí Lao động', 'Năm 2024'],
  ['Tiêu chí Giáo dục và Đào tạo', 'Duy trì'],
  ['Tiêu chí Văn hóa', 'Duy trì'],
];

function hoaCuPlan(): ReturnType<typeof sheet> {
  const rows: CellValue[][] = [['UBND XÃ HÒA CƯ'], ['BẢNG PHÂN CÔNG CÁN BỘ, CÔNG CHỨC PHỤ TRÁCH CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2024'], ASSIGN_HEADER];
  HOA_CU_ROWS.forEach(([code, deadline], i) => rows.push([i + 1, code, null, VHXH, null, 'Toàn xã', deadline, null]));
  return sheet('Phân công', rows);
}

// Seed 001's status (explore-e): 6.1 and 12.2 not met, the rest of the officer's codes met.
const hoaCuStatus = () => fullMatrix(['Hòa Cư'], { '6.1': ['Chưa đạt'], '10': ['Chưa đạt'], '12.2': ['Chưa đạt'], '13.2': ['Chưa đạt'], '17.1': ['Chưa đạt'] });

describe('seed 001: criteria 12, 14 and 16 named twice for one officer', () => {
  const at = (asOf: string) => check([hoaCuPlan(), hoaCuStatus()], { asOf });
  const officer = (r: ReturnType<typeof check>) => r.summary.departments.find((d) => d.department === VHXH)!;

  test('each task once: 8 items, 6 met, 1 overdue at 15/01/2025; the repeats are still warned about', () => {
    const r = at('2025-01-15');
    const d = officer(r);
    // Hand count: 12, 6.3, 5, 14, 6, 16, 8, 11; met 6.3, 5, 14, 16, 8, 11; 12 overdue (12.2, Năm
    // 2024); 6 not met (6.1) with no date to be late against.
    expect(d.items.map((i) => i.code)).toEqual(['12', '6.3', '5', '14', '6', '16', '8', '11']);
    expect([d.led, d.met, d.dueSoon, d.overdue, d.coordinating]).toEqual([8, 6, 0, 1, 0]);
    expect(d.items.filter((i) => i.code === '12')).toEqual([expect.objectContaining({ state: 'overdue', deadlineLabel: 'Năm 2024', communesUnmet: ['Hòa Cư'] })]);
    expect(codes(r, 'assign.duplicate-department').map((f) => f.indicator).sort()).toEqual(['12', '14', '16']);
  });

  test('the department sheet, the JSON report and the console say the same', () => {
    const r = at('2025-01-15');
    const texts = r.sheetPlans.find((p) => p.name === 'TH_Theo phòng ban')!.values.flat();
    expect(texts).toContain(`I. ${VHXH} (chủ trì 8 nội dung: đã đạt 6; sắp đến hạn 0; quá hạn 1)`);
    expect(texts.filter((v) => v === 'Tiêu chí 12: Lao động')).toHaveLength(1);
    const json = buildJsonReport(r, 'in.xlsx').summary.departments.find((x) => x.department === VHXH)!;
    expect([json.led, json.met, json.overdue, json.items.length]).toEqual([8, 6, 1, 8]);
    expect(printSummary(r, 'vi')).toContain(`  ${VHXH}: 1\n    - 12 Lao động [Năm 2024]`);
  });

  test('at 15/10/2024 criterion 12 is due soon once', () => {
    const d = officer(at('2024-10-15'));
    expect([d.led, d.met, d.dueSoon, d.overdue]).toEqual([8, 6, 1, 0]);
  });
});

describe('rows that differ for one department and code', () => {
  const TWO = ['Tân Sơn', 'Kim Sơn'];
  const KT = 'Phòng Kinh tế và Hạ tầng';
  const kt = (r: ReturnType<typeof check>) => r.summary.departments.find((d) => d.department === KT)!;

  test('the same communes with two deadlines: judged by the earlier, which is the one shown', () => {
    const r = check([assignmentSheet([['Tiêu chí 2', KT, null, null, 'quý II/2023'], ['Tiêu chí 2', KT, null, null, 'quý II/2024']]), fullMatrix(TWO, { '2.1': ['Chưa đạt', 'Đạt'] })], { asOf: '2023-10-15' });
    expect(kt(r).items).toEqual([expect.objectContaining({ code: '2', state: 'overdue', deadline: '2023-06-30', deadlineLabel: 'Quý II/2023', communesUnmet: ['Tân Sơn'] })]);
    expect(kt(r).overdue).toBe(1);
  });

  test('each its own communes: one item, both deadlines, each commune by its own', () => {
    const r = check([assignmentSheet([['Tiêu chí 2', KT, null, 'Kim Sơn', 'quý IV/2023'], ['Tiêu chí 2', KT, null, 'Tân Sơn', 'quý II/2023']]), fullMatrix(TWO, { '2.1': ['Chưa đạt', 'Chưa đạt'] })], { asOf: '2023-10-15' });
    const items = kt(r).items;
    expect(items).toHaveLength(1);
    // Tân Sơn late since quý II; Kim Sơn due in the report's quarter. In the communes' order.
    expect(items[0]).toMatchObject({ state: 'overdue', deadlineLabel: 'Quý II/2023; Quý IV/2023', communesUnmet: ['Tân Sơn', 'Kim Sơn'], communesUnmetByState: [{ state: 'overdue', communes: ['Tân Sơn'] }, { state: 'due-soon', communes: ['Kim Sơn'] }] });
    expect([kt(r).overdue, kt(r).dueSoon]).toEqual([1, 0]);
  });

  test('leading beats coordinating: one item, as lead', () => {
    const r = check([assignmentSheet([['Tiêu chí 9', 'Phòng Tài chính - Kế hoạch', KT, null, 'quý II/2023'], ['Tiêu chí 9', KT, null, 'Tân Sơn', 'quý II/2023']]), fullMatrix(TWO, { '9.1': ['Chưa đạt', 'Chưa đạt'] })], { asOf: '2023-10-15' });
    expect(kt(r).items.map((i) => [i.code, i.role, i.communesUnmet])).toEqual([['9', 'lead', ['Tân Sơn']]]);
    expect([kt(r).led, kt(r).overdue, kt(r).coordinating]).toEqual([1, 1, 0]);
  });

  test('a code led by two different departments, or one department\'s two parts of a code, stay apart', () => {
    const r = check([
      assignmentSheet([
        ['Tiêu chí 12', 'Phòng Lao động - Thương binh và Xã hội', null, null, 'quý II/2023'],
        ['Tiêu chí 12', 'Phòng Giáo dục và Đào tạo', null, null, 'quý II/2023'],
        ['17.10 (ngành Công thương)', KT, null, null, 'quý II/2023'],
        ['17.10 (ngành Xây dựng)', KT, null, null, 'quý II/2023'],
      ]),
      fullMatrix(TWO, { '12.2': ['Chưa đạt', 'Đạt'], '17.10': ['Chưa đạt', 'Đạt'] }),
    ], { asOf: '2023-10-15' });
    for (const name of ['Phòng Lao động - Thương binh và Xã hội', 'Phòng Giáo dục và Đào tạo']) {
      const d = r.summary.departments.find((x) => x.department === name)!;
      expect([d.items.map((i) => i.code), d.overdue]).toEqual([['12'], 1]);
    }
    expect(kt(r).items.map((i) => i.qualifier)).toEqual(['ngành Công thương', 'ngành Xây dựng']);
    expect(kt(r).overdue).toBe(2);
  });
});
