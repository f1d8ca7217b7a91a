// Each check of the engine, on a small hand-made workbook that triggers it (and one that does not).
import { mergedDown } from '../../src/domain/read/merged-down';
import { blankMeansUnmet } from '../../src/domain/read/blank-legend';
import { NOT_COMMUNE_RE } from '../../src/domain/read/recognize';
import { matchKey } from '../../src/domain/text/normalize';
import { sheet, assignmentSheet, fullMatrix, matrixSheet, communesSheet, check, codes, NTM_INDICATORS, ASSIGN_HEADER } from '../support/sheets';
import { NOT_CALCULATED, type CellValue } from '../../src/domain/model/grid';

const TWO = ['Tân Sơn', 'Kim Sơn'];
/** Every criterion of xa-ntm-2021 assigned for all communes, with a deadline. */
const ALL_ASSIGNED: [string, string, null, null, string][] = [['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023']];

describe('codes resolved within their set', () => {
  test('an unknown code in the commune set is an error with its cell', () => {
    const r = check([assignmentSheet([...ALL_ASSIGNED, ['Tiêu chí 20', 'Phòng Y tế', null, null, 'quý IV/2023']]), fullMatrix(TWO)]);
    const f = codes(r, 'code.unknown');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: 'Phân công', cell: 'B5', indicator: '20' });
  });

  test('seed 000: criterion 4 written with the name of criterion 3 is reported', () => {
    const r = check([assignmentSheet([...ALL_ASSIGNED, ['Tiêu chí 1,2,4. Thủy lợi và Phòng chống thiên tai', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023']]), fullMatrix(TWO)]);
    const f = codes(r, 'code.name-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0].indicator).toBe('4');
    expect(f[0].suggestion).toBe('Tiêu chí 3');
  });

  test('"tiêu chí 15 về Y tế" in the advanced set is numbered as in the commune set', () => {
    const r = check([assignmentSheet([['Tiêu chí 15 về Y tế', 'Phòng Y tế', null, null, 'quý II/2023']], 'Phân công', 'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO')]);
    const f = codes(r, 'code.other-set');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ setId: 'xa-ntm-nang-cao-2021', indicator: '15', suggestion: 'Tiêu chí 14' });
  });

  test('the name after "thuộc tiêu chí số N" is checked: right names pass, a name of another criterion or another set is said', () => {
    const NC = 'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO';
    // Seed 003 and seed 004 as written: the parents' names are right for their sets.
    const right = check([
      assignmentSheet([...ALL_ASSIGNED, ['Tiêu chí số 17.5 (mai táng, hỏa táng), 17.10 (lĩnh vực an toàn thực phẩm do ngành Công thương quản lý) thuộc tiêu chí số 17 về Môi trường và An toàn thực phẩm', 'Phòng Y tế', null, null, 'quý IV/2023']]),
      assignmentSheet([['Các chỉ tiêu 17.7, 17.8, 17.11 thuộc tiêu chí số 17 về “Môi trường”', 'Phòng Tài nguyên và Môi trường', null, null, 'quý IV/2023']], 'Nâng cao', NC),
    ]);
    expect(codes(right, 'code.name-mismatch')).toEqual([]);
    expect(codes(right, 'code.other-set')).toEqual([]);
    // "Y tế" is criterion 15 of the commune set, not 17.
    const wrong = check([assignmentSheet([...ALL_ASSIGNED, ['Chỉ tiêu 17.5 thuộc tiêu chí số 17 về Y tế', 'Phòng Y tế', null, null, 'quý IV/2023']]), fullMatrix(TWO)]);
    expect(codes(wrong, 'code.name-mismatch')).toEqual([expect.objectContaining({ cell: 'B5', indicator: '17', suggestion: 'Tiêu chí 15' })]);
    // Seed 004: "6.1, 6.3 thuộc tiêu chí số 6 về “Kinh tế”" is the district set's criterion 6; in the
    // advanced commune set criterion 6 is Văn hóa and no criterion is called Kinh tế.
    const district = check([assignmentSheet([['Các chỉ tiêu 6.1, 6.3 thuộc tiêu chí số 6 về “Kinh tế”', 'Phòng Kinh tế và Hạ tầng', null, null, 'năm 2025']], 'Nâng cao', NC)]);
    const other = codes(district, 'code.other-set');
    expect(other).toEqual([expect.objectContaining({ setId: 'xa-ntm-nang-cao-2021', indicator: '6', suggestion: 'Huyện NTM' })]);
    expect(other[0].message.vi).toContain('trong Xã NTM nâng cao, tiêu chí 6 là "Văn hóa"');
  });

  test('"TC 1 (chỉ tiêu 1.1)" assigns indicator 1.1; "Tiêu chí 15 (Y tế)" names criterion 15 and keeps no qualifier', () => {
    const plan = assignmentSheet([
      ['TC 1 (chỉ tiêu 1.1)', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023'],
      ['TC 1 (chỉ tiêu 1.2)', 'Phòng Tài nguyên và Môi trường', null, null, 'quý IV/2023'],
      ['Tiêu chí 15 (Y tế)', 'Phòng Y tế', null, null, 'quý IV/2023'],
    ]);
    const r = check([plan, fullMatrix(TWO)]);
    // Two leads for two indicators of criterion 1, not two unqualified leads of criterion 1.
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
    const crit = (code: string) => r.summary.criteria.find((c) => c.setId === 'xa-ntm-2021' && c.code === code)!;
    expect(crit('1').leads.sort()).toEqual(['Phòng Kinh tế và Hạ tầng', 'Phòng Tài nguyên và Môi trường']);
    const y = r.summary.departments.find((d) => d.departmentId === 'y-te')!.items[0];
    expect([y.code, y.qualifier]).toEqual(['15', undefined]);
    // The same words under the advanced set, where 15 is Hành chính công, are said.
    const nc = check([assignmentSheet([['Tiêu chí 15 (Y tế)', 'Phòng Y tế', null, null, 'quý IV/2023']], 'Phân công', 'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO')]);
    expect(codes(nc, 'code.other-set')).toEqual([expect.objectContaining({ indicator: '15', suggestion: 'Tiêu chí 14' })]);
  });

  test('a criterion written by name only is read as that criterion and said, with the numbered code as suggestion; other text stays unreadable', () => {
    const r = check([assignmentSheet([...ALL_ASSIGNED, ['Tiêu chí Giao thông', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023'], ['Việc khác', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023']]), fullMatrix(TWO)]);
    expect(codes(r, 'code.name-only').map((x) => [x.found, x.suggestion, x.severity])).toEqual([['Tiêu chí Giao thông', 'Tiêu chí 2', 'warning']]);
    expect(codes(r, 'code.unreadable').map((x) => [x.found, x.suggestion])).toEqual([['Việc khác', undefined]]);
  });

  test('a row with a department but no code says so (not \'cannot read ""\')', () => {
    const r = check([assignmentSheet([...ALL_ASSIGNED, [null, 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023']]), fullMatrix(TWO)]);
    expect(codes(r, 'code.unreadable').map((f) => [f.cell, f.message.vi])).toEqual([['B5', 'Dòng có cơ quan thực hiện nhưng không ghi mã tiêu chí/chỉ tiêu.']]);
  });

  test('the same code with its own name raises nothing', () => {
    const r = check([assignmentSheet([...ALL_ASSIGNED, ['Tiêu chí 11 về Nghèo đa chiều', 'Phòng Lao động - Thương binh và Xã hội', null, null, 'quý IV/2023']]), fullMatrix(TWO)]);
    expect(codes(r, 'code.name-mismatch')).toHaveLength(0);
    expect(codes(r, 'code.unknown')).toHaveLength(0);
  });

  test('an unknown indicator under an open criterion is info, not an error', () => {
    // Criterion 2 of the advanced set has no shipped indicators (open): 2.9 is accepted.
    const r = check([assignmentSheet([['Chỉ tiêu 2.9', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý III/2023']], 'Phân công', 'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO')]);
    expect(codes(r, 'code.unknown')).toHaveLength(0);
    expect(codes(r, 'code.open')[0]).toMatchObject({ severity: 'info', indicator: '2.9' });
  });
});

describe('code findings on status sheets', () => {
  test('an unknown code is said at the cell it is written in, not at a verdict beside it (seed 002 probe)', () => {
    const long = sheet('Hiện trạng', [['KẾT QUẢ'], ['Xã', 'Mã chỉ tiêu', 'Giá trị', 'Đánh giá'], ['Long An', '12.3', '60%', 'Đạt'], ['Tân An', '12.3', '55%', 'Đạt']]);
    expect(codes(check([long]), 'code.unknown').map((f) => f.cell)).toEqual(['B3']);
    // A matrix row: at its code cell (column A), once, not once per commune.
    const matrix = matrixSheet(['Tân Sơn', 'Kim Sơn'], [['12.3', 'Tỷ lệ lao động nữ qua đào tạo', 'Đạt', 'Đạt']]);
    expect(codes(check([matrix]), 'code.unknown').map((f) => f.cell)).toEqual(['A4']);
  });
});

describe('parent clauses', () => {
  test('two clauses in one cell: each parent\'s name is checked against its own criterion (seed 004, advanced set)', () => {
    const NC = 'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO';
    const r = check([assignmentSheet([
      ['Tiêu chí số 6 về “Văn hóa”; chỉ tiêu 13.7 thuộc tiêu chí số 13; Tiêu chí số 8 về “Thông tin và Truyền thông”; chỉ tiêu 15.2 thuộc tiêu chí số 15 “Hành chính công”', 'Phòng Văn hóa - Thông tin', null, null, 'Năm 2025'],
      ['Tiêu chí số 7 về “Cơ sở hạ tầng thương mại nông thôn”; các chỉ tiêu 6.1, 6.3 thuộc tiêu chí số 6 về “Kinh tế”', 'Phòng Kinh tế và Hạ tầng', null, null, 'Năm 2025'],
    ], 'Phân công', NC)]);
    // "15 Hành chính công" is right for the advanced set: no mismatch on the first row (B5).
    expect(r.findings.filter((f) => f.cell === 'B5' && f.code.startsWith('code.') && f.severity === 'error')).toEqual([]);
    // "6 Kinh tế" is the district set's criterion 6, not the advanced set's "Văn hóa" (B6).
    expect(codes(r, 'code.other-set').map((f) => f.cell)).toEqual(['B6']);
  });
});

describe('assignment coverage', () => {
  test('an indicator with no lead is reported; a criterion-level lead covers its indicators', () => {
    const rows: [string, string, null, null, string][] = [['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'], ['Chỉ tiêu 13.1', 'Phòng Tài chính - Kế hoạch', null, null, 'quý IV/2023']];
    const r = check([assignmentSheet(rows), fullMatrix(TWO)]);
    const f = codes(r, 'assign.no-lead');
    expect(f).toHaveLength(1);
    // 13.2–13.5 share the gap and are reported together; both communes meet them, so a warning.
    expect(f[0].indicator).toBe('13.2,13.3,13.4,13.5');
    expect(f[0].severity).toBe('warning');
  });

  test('a gap where a commune has not met the item is an error', () => {
    const rows: [string, string, null, null, string][] = [['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023']];
    const r = check([assignmentSheet(rows), fullMatrix(TWO, { '13.1': ['Chưa đạt', 'Đạt'] })]);
    const f = codes(r, 'assign.no-lead');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ indicator: '13', severity: 'error' });
    // The error names the commune that needs a lead; the one already meeting 13 is only counted.
    expect(f[0]).toMatchObject({ found: 'Tân Sơn' });
    expect(f[0].message.vi).toContain('chưa có cơ quan chủ trì cho Tân Sơn (1 xã khác chưa có cơ quan chủ trì đã đạt)');
  });

  test('a gap on a criterion whose status is written for the criterion only ("2: Chưa đạt") is an error', () => {
    const rows: [string, string, null, null, string][] = [['Tiêu chí 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023']];
    // Seed 004 as typed: criterion 2 has one row on the status sheet, no indicator rows.
    const status = matrixSheet(TWO, [...NTM_INDICATORS.filter((c) => !c.startsWith('2.')).map((c) => [c, `Chỉ tiêu ${c}`, 'Đạt', 'Đạt']), ['2', 'Giao thông', 'Chưa đạt', 'Đạt']]);
    const r = check([assignmentSheet(rows), status]);
    expect(codes(r, 'assign.no-lead')).toEqual([expect.objectContaining({ indicator: '2', severity: 'error', found: 'Tân Sơn' })]);
  });

  test('a gap where every commune already meets the criterion says so', () => {
    const rows: [string, string, null, null, string][] = [['Tiêu chí 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023']];
    const r = check([assignmentSheet(rows), fullMatrix(TWO)]);
    const f = codes(r, 'assign.no-lead');
    expect(f).toEqual([expect.objectContaining({ indicator: '4', severity: 'warning' })]);
    expect(f[0].message.vi).toContain('(Tất cả các xã đã đạt.)');
  });

  test('a gap is reported at the criterion\'s own row when it has one; with no result for it yet, a warning', () => {
    const rows: [string, string | null, null, null, string][] = [
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
      // Seed 004 lists criterion 10 with its lead cell empty.
      ['Tiêu chí 10', null, null, null, 'quý IV/2023'],
    ];
    // Neither commune has a row for criterion 10 on the status sheet.
    const matrix = matrixSheet(TWO, NTM_INDICATORS.filter((c) => c !== '10').map((c) => [c, `Chỉ tiêu ${c}`, 'Đạt', 'Đạt']));
    const r = check([assignmentSheet(rows), matrix]);
    expect(codes(r, 'assign.no-lead')).toEqual([expect.objectContaining({ indicator: '10', cell: 'D5', severity: 'warning' })]);
    expect(codes(r, 'assign.no-lead')[0].message.vi).toContain('Chưa có kết quả đánh giá');
  });

  test('a gap left by a row\'s commune list is reported at that list, not at its lead', () => {
    const rows: [string, string | null, null, string | null, string][] = [
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
      // Criterion 10 has a lead, but only for Tân Sơn: Kim Sơn is left out by the list (F5).
      ['Tiêu chí 10', 'Phòng Tài chính - Kế hoạch', null, 'Tân Sơn', 'quý IV/2023'],
    ];
    const r = check([assignmentSheet(rows), fullMatrix(TWO, { '10': ['Đạt', 'Chưa đạt'] })]);
    expect(codes(r, 'assign.no-lead')).toEqual([expect.objectContaining({ indicator: '10', cell: 'F5', severity: 'error', found: 'Kim Sơn' })]);
  });

  test('criteria of a set the plan barely touches (no row, no lead, no result) make one warning, not one each', () => {
    // Seed 003: Nam Bình pursues two advanced criteria (13 and 17) this year; nothing else of that set is written.
    const assignment = assignmentSheet([
      ['Tiêu chí 13', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
      ['Tiêu chí 17', 'Phòng Tài nguyên và Môi trường', null, null, 'quý IV/2023'],
    ], 'Phân công', 'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO');
    const codes13and17 = ['13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '13.8', '17.1', '17.2', '17.3', '17.4', '17.5', '17.6', '17.7', '17.8', '17.9', '17.10', '17.11', '17.12'];
    const status = matrixSheet(['Nam Bình'], codes13and17.map((c) => [c, `Chỉ tiêu ${c}`, c === '17.11' ? 'Chưa đạt' : 'Đạt']), 'Nâng cao', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO');
    const r = check([assignment, status]);
    const noLead = codes(r, 'assign.no-lead');
    // The 17 other criteria of the advanced set: 1–12, 14–16, 18, 19.
    expect(noLead).toEqual([expect.objectContaining({ severity: 'warning', found: '1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 19' })]);
    expect(noLead[0].message.vi).toMatch(/^17 tiêu chí của Xã NTM nâng cao chưa có cơ quan chủ trì/);
  });

  test('seed 004: criterion 8 of the advanced set given to two departments is a conflict', () => {
    const r = check([assignmentSheet([['Tiêu chí 8', 'Phòng Văn hóa và Thông tin', null, null, 'năm 2025'], ['Tiêu chí 8', 'Trung tâm Văn hóa - Thông tin và Thể thao', null, null, 'năm 2025']], 'Phân công', 'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO')]);
    const f = codes(r, 'assign.multiple-leads');
    expect(f).toHaveLength(1);
    expect(f[0].indicator).toBe('8');
  });

  test('seed 004: a row naming its part of 17.8 beside the row for the rest is no conflict', () => {
    const r = check([assignmentSheet([
      ['Chỉ tiêu 17.8', 'Phòng Tài nguyên và Môi trường', null, null, 'năm 2025'],
      ['Chỉ tiêu 17.8 (nội dung "5 không 3 sạch")', 'Hội Liên hiệp Phụ nữ huyện', null, null, 'năm 2025'],
    ], 'Phân công', 'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO')]);
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
  });

  test('seed 003: 17.10 led by three departments each for its own sector is legitimate', () => {
    const r = check([
      assignmentSheet([
        ...ALL_ASSIGNED,
        ['17.10 (ngành Y tế)', 'Phòng Y tế', null, null, 'quý IV/2023'],
        ['17.10 (ngành Công thương)', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023'],
        ['17.10 (ngành Nông nghiệp)', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
      ]),
      fullMatrix(TWO),
    ]);
    expect(codes(r, 'assign.multiple-leads').filter((f) => f.indicator === '17.10')).toHaveLength(0);
  });

  test('seed 004: a department listed twice for criterion 9 is reported', () => {
    const r = check([assignmentSheet([['Tiêu chí 9', 'Phòng Kinh tế và Hạ tầng', null, null, 'năm 2025'], ['Tiêu chí 2, 9', 'Phòng Kinh tế và Hạ tầng', null, null, 'năm 2025']], 'Phân công', 'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO')]);
    const f = codes(r, 'assign.duplicate-department');
    expect(f).toHaveLength(1);
    // Reported at the repeat (second row), where the user would delete it.
    expect(f[0]).toMatchObject({ indicator: '9', department: 'kt-ht', cell: 'D6' });
  });

  test('an unknown department gets the nearest known name as suggestion', () => {
    const r = check([assignmentSheet([...ALL_ASSIGNED, ['Tiêu chí 3', 'Phòng Nông nghiêp và PTNT', null, null, 'quý IV/2023']]), fullMatrix(TWO)]);
    const f = codes(r, 'department.unknown');
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toBe('Phòng Nông nghiệp và Phát triển nông thôn');
  });
});

describe('communes', () => {
  test('an unknown commune is reported with the nearest name; variants of one name are a warning', () => {
    const r = check([
      communesSheet([['Tân Sơn', 'xã', 'Nông thôn mới'], ['Tập Sơn', 'xã', 'Nông thôn mới']]),
      assignmentSheet([...ALL_ASSIGNED, ['Tiêu chí 17', 'Phòng Tài nguyên và Môi trường', null, 'Tập sơn, Tân Sơn', 'quý II/2023'], ['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, 'Tân Sôn', 'quý II/2023']]),
      fullMatrix(['Tân Sơn', 'Tập Sơn']),
    ]);
    const variant = codes(r, 'commune.variant');
    expect(variant).toHaveLength(1);
    expect(variant[0]).toMatchObject({ found: 'Tập sơn', suggestion: 'Tập Sơn', cell: 'F5' });
    const unknown = codes(r, 'commune.unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ suggestion: 'Tân Sơn', cell: 'F6' });
  });

  test('"Đắk Hoà" is "Đắk Hòa" and "N’Jang" is "N\'Jang": the other tone placement or apostrophe is the same commune, said nowhere', () => {
    const r = check([
      communesSheet([['Đắk Hòa', 'xã', 'Nông thôn mới'], ["Nâm N'Jang", 'xã', 'Nông thôn mới']]),
      assignmentSheet([['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, 'Đắk Hoà, Nâm N’Jang', 'quý IV/2023']]),
      fullMatrix(['Đắk Hoà', 'Nâm N’Jang'], { '11': ['Chưa đạt', 'Đạt'] }),
    ]);
    expect(r.findings.filter((f) => f.code.startsWith('commune.') || f.code === 'status.missing')).toEqual([]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaMet.length])).toEqual([['Đắk Hòa', 18], ["Nâm N'Jang", 19]]);
  });

  test('a commune with no status at all is "chưa có số liệu": not in the bands, the average or the rates', () => {
    const r = check([
      communesSheet([['Tân Sơn', 'xã', 'Nông thôn mới'], ['Kim Sơn', 'xã', 'Nông thôn mới'], ['Hàm Giang', 'xã', 'Nông thôn mới']]),
      assignmentSheet(ALL_ASSIGNED),
      fullMatrix(TWO, { '11': ['Chưa đạt', 'Đạt'] }),
    ]);
    // Hand count: Tân Sơn 18, Kim Sơn 19; Hàm Giang has no column at all.
    const t = r.summary.totals.find((x) => x.setId === 'xa-ntm-2021')!;
    expect(t).toMatchObject({ communes: 3, full: 1, average: 18.5, noData: 1, bands: { '19': 1, '15-18': 1, '10-14': 0, '5-9': 0, '<5': 0 } });
    expect(r.summary.communes.filter((c) => c.noData).map((c) => c.display)).toEqual(['Hàm Giang']);
    // In no band: not a commune meeting fewer than 5 criteria.
    expect(r.summary.communes.map((c) => c.band)).toEqual(['15-18', '19', null]);
    // By criterion, the names add up to the total: Kim Sơn met 11, Tân Sơn not, Hàm Giang no data.
    const c11 = r.summary.criteria.find((c) => c.setId === 'xa-ntm-2021' && c.code === '11')!;
    expect([c11.communesMet, c11.communesUnmet, c11.communesNoData, c11.communesTotal]).toEqual([['Kim Sơn'], ['Tân Sơn'], ['Hàm Giang'], 3]);
    // The rate leaves Hàm Giang out, as the commune sheet does: 1 of 2 = 50,0 %, not 33,3 %.
    const bySheet = r.sheetPlans.find((p) => p.name === 'TH_Theo tiêu chí')!;
    const row11 = bySheet.values.find((v) => typeof v[1] === 'string' && (v[1] as string).startsWith('11.'))!;
    expect(row11.slice(2, 5)).toEqual([1, 3, '50,0']);
    expect(codes(r, 'status.missing').map((f) => f.commune)).toEqual(['xa:hàm giang']);
    const plan = r.sheetPlans.find((p) => p.values.some((row) => row.some((v) => v === 'Hàm Giang')))!;
    const text = plan.values.flat().filter((v): v is string => typeof v === 'string');
    expect(text).toContain('Chưa có số liệu');
    expect(text.some((v) => v.startsWith('Số xã chưa có số liệu đánh giá') && v.endsWith(': 1 xã'))).toBe(true);
    expect(text).toContain('Bình quân: 18,5 tiêu chí/xã');
    // Its row says "Chưa có số liệu" once (in the band), not a list of all 19 codes in the notes.
    const row = plan.values.find((r) => r.includes('Hàm Giang'))!;
    expect(row.filter((v) => typeof v === 'string' && v.startsWith('Chưa có số liệu'))).toEqual(['Chưa có số liệu']);
    // A set none of whose communes has a status gives no "Bình quân: 0,0".
    const none = check([communesSheet([['Hàm Giang', 'xã', 'Nông thôn mới']]), assignmentSheet(ALL_ASSIGNED), fullMatrix(TWO)]);
    const hg = none.sheetPlans.find((p) => p.values.some((r) => r.includes('Hàm Giang')))!;
    expect(hg.values.flat().filter((v) => typeof v === 'string' && v.startsWith('Bình quân'))).toEqual([]);
  });

  test('an overdue item names the communes that have not met it apart from those with no result', () => {
    const r = check([
      communesSheet([['Tân Sơn', 'xã', 'Nông thôn mới'], ['Kim Sơn', 'xã', 'Nông thôn mới'], ['Hàm Giang', 'xã', 'Nông thôn mới']]),
      assignmentSheet([
        ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
        ['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, null, 'quý II/2023'],
      ]),
      fullMatrix(TWO, { '11': ['Chưa đạt', 'Đạt'] }),
    ], { asOf: '2023-10-15' });
    const overdue = codes(r, 'deadline.overdue').filter((f) => f.indicator === '11');
    expect(overdue).toHaveLength(1);
    expect(overdue[0].message.vi).toContain('còn 1 xã chưa đạt: Tân Sơn; 1 xã chưa có kết quả: Hàm Giang');
    // So does the note on the deadline cell (G5: the second row's deadline), counts only.
    const cue = r.highlights.marks.find((m) => m.sheet === 'Phân công' && m.row === 4 && m.col === 6)?.cue;
    expect(cue).toBe('Quá hạn: mã 11, hạn quý II/2023; 1 xã chưa đạt; 1 xã chưa có kết quả');
    // Only communes with no result: the deadline cell says just that, not "0  chưa đạt" (probe 9-b).
    const silentOnly = check([
      communesSheet([['Tân Sơn', 'xã', 'Nông thôn mới'], ['Kim Sơn', 'xã', 'Nông thôn mới'], ['Hàm Giang', 'xã', 'Nông thôn mới']]),
      assignmentSheet([
        ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
        ['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, null, 'quý II/2023'],
      ]),
      fullMatrix(TWO),
    ], { asOf: '2023-10-15' });
    expect(silentOnly.highlights.marks.find((m) => m.sheet === 'Phân công' && m.row === 4 && m.col === 6)?.cue).toBe('Quá hạn: mã 11, hạn quý II/2023; 1 xã chưa có kết quả');
    // The department sheet and the report keep the two lists apart too.
    const item = r.summary.departments.find((d) => d.departmentId === 'ld-tbxh')!.items.find((i) => i.code === '11')!;
    expect(item).toMatchObject({ communesUnmet: ['Tân Sơn'], communesNoResult: ['Hàm Giang'] });
    const sheetText = r.sheetPlans.flatMap((p) => p.values.flat()).filter((v): v is string => typeof v === 'string');
    expect(sheetText.some((v) => v.includes('Có 1 xã chưa đạt') && v.includes('Tân Sơn') && v.includes('Chưa có kết quả: Hàm Giang.'))).toBe(true);
  });

  test('thị trấn Định An and xã Định An stay two units', () => {
    const r = check([
      communesSheet([['Định An', 'xã', 'Nông thôn mới'], ['thị trấn Định An', 'thị trấn', 'Đô thị văn minh']]),
      assignmentSheet(ALL_ASSIGNED),
      fullMatrix(['Định An'], { '11': ['Chưa đạt'] }),
    ]);
    expect(codes(r, 'commune.unknown')).toHaveLength(0);
    const ntm = r.summary.communes.filter((c) => c.setId === 'xa-ntm-2021');
    expect(ntm.map((c) => c.display)).toEqual(['Định An']);
    expect(ntm[0].criteriaUnmet).toEqual(['11']);
  });
});

describe('status cells', () => {
  test('"đạt?", #N/A and a stray number are unreadable, each at its cell', () => {
    const r = check([assignmentSheet(ALL_ASSIGNED), fullMatrix(TWO, { '2.1': ['đạt?', 'Đạt'], '2.2': [{ error: '#N/A' }, 'Đạt'], '1.1': ['Đạt', 7] })]);
    const f = codes(r, 'status.unreadable');
    // Header at row 3 (A3): 1.1 is row 4, 2.1 row 6, 2.2 row 7; communes in C and D.
    expect(f.map((x) => x.cell).sort()).toEqual(['C6', 'C7', 'D4']);
    expect(r.highlights.marks.filter((m) => m.kind === 'data-error').map((m) => `${m.row},${m.col}`).sort()).toEqual(['3,3', '5,2', '6,2']);
  });

  test('criterion marked Đạt while an indicator is not, and the reverse', () => {
    const rows = NTM_INDICATORS.flatMap((c) => (c === '13.1' ? [['13', 'Tổ chức sản xuất', 'Đạt', 'Chưa đạt'], [c, 'HTX', 'Chưa đạt', 'Đạt']] : [[c, `Chỉ tiêu ${c}`, 'Đạt', 'Đạt']]));
    const s = sheet('Hiện trạng', [['KẾT QUẢ XÃ NÔNG THÔN MỚI'], ['Mã', 'Tên chỉ tiêu', ...TWO], ...rows]);
    const r = check([assignmentSheet(ALL_ASSIGNED), s]);
    const f = codes(r, 'status.criterion-inconsistent');
    expect(f.map((x) => [x.commune, x.found])).toEqual([
      ['xa:tân sơn', 'Đạt'],
      ['xa:kim sơn', 'Chưa đạt'],
    ]);
  });

  test('a measured value that contradicts the threshold (An Giang: 11 ≤ 4%)', () => {
    const long = sheet('Kết quả', [['KẾT QUẢ'], ['Xã', 'Mã', 'Kết quả', 'Đánh giá'], ['Tân Sơn', '11', 5.2, 'Đạt'], ['Kim Sơn', '11', 3.1, 'Đạt'], ['Kim Sơn', '12.1', 0.65, 'Chưa đạt']]);
    const r = check([long], { province: 'An Giang' });
    const f = codes(r, 'status.contradicts-threshold');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ commune: 'xa:tân sơn', indicator: '11', cell: 'D3' });
    // As for two cells that disagree, the unmet one counts: 5,2 % poor households is not ≤ 4 %.
    expect(r.summary.communes.find((c) => c.display === 'Tân Sơn')!.criteriaUnmet).toContain('11');
    expect(r.summary.communes.find((c) => c.display === 'Kim Sơn')!.criteriaMet).toContain('11');
  });

  test('a bare fraction read as a percentage says so in the contradiction (seed 002 probe: 0,8 against ≤ 4%)', () => {
    const long = sheet('Kết quả', [['KẾT QUẢ'], ['Xã', 'Mã', 'Kết quả', 'Đánh giá'], ['Phú Vĩnh', '11', 0.8, 'Đạt']]);
    const f = codes(check([long], { province: 'An Giang' }), 'status.contradicts-threshold');
    expect(f[0].message.vi).toContain('số liệu 0,8 (hiểu là 80%) không đạt mức');
  });

  test('a rate written with "%" is in percent; a bare fraction is scaled (An Giang: 11 ≤ 4%)', () => {
    // 0,8 % poor households meets ≤ 4 %; Excel keeps a % cell as a fraction (0.008 shows as 0,8 %).
    const verdict = (v: string | number) => {
      const r = check([sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Giá trị'], ['Tân Sơn', '11', v]])], { province: 'An Giang' });
      return r.summary.communes[0].criteriaMet.includes('11') ? 'met' : r.summary.communes[0].criteriaUnmet.includes('11') ? 'unmet' : 'unknown';
    };
    expect(verdict('0,8%')).toBe('met');
    expect(verdict(0.008)).toBe('met');
    expect(verdict('3%')).toBe('met');
    expect(verdict(3)).toBe('met');
    expect(verdict('5%')).toBe('unmet');
    expect(verdict(0.05)).toBe('unmet');
  });

  test('a norm written on the status row with its unit is the one the value is judged by', () => {
    // Indicator 10 (income) has no shipped threshold; the row says "≥ 50 triệu đồng/người/năm".
    const long = sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Mức đạt theo quy định', 'Kết quả', 'Đánh giá'], ['Tân Sơn', '10', '≥ 50 triệu đồng/người/năm', 48, 'Đạt'], ['Kim Sơn', '10', 'Từ 50 triệu đồng trở lên', 52, 'Đạt']]);
    const r = check([long]);
    // The norm column does not make it a definitions sheet: its commune column makes it a status table.
    expect(r.recognized[0].role).toBe('status-long');
    const f = codes(r, 'status.contradicts-threshold');
    expect(f.map((x) => x.commune)).toEqual(['xa:tân sơn']);
    expect(codes(r, 'status.value-unjudged')).toHaveLength(0);
  });

  test('two cells that judge one commune\'s code in opposite ways are an error; the unmet one counts', () => {
    const perCommune = sheet('Xã Tân Sơn', [['KẾT QUẢ CỦA XÃ TÂN SƠN'], ['TT', 'Mã', 'Đánh giá'], [1, '11', 'Chưa đạt']]);
    const r = check([assignmentSheet(ALL_ASSIGNED), fullMatrix(TWO), perCommune]);
    const f = codes(r, 'status.conflict');
    expect(f).toEqual([expect.objectContaining({ severity: 'error', sheet: 'Xã Tân Sơn', cell: 'C3', commune: 'xa:tân sơn', indicator: '11' })]);
    expect(f[0].message.vi).toContain(`Hiện trạng!C${4 + NTM_INDICATORS.indexOf('11')} ghi "Đạt" nhưng Xã Tân Sơn!C3 ghi "Chưa đạt"`);
    expect(r.summary.communes.find((c) => c.communeKey === 'xa:tân sơn')!.criteriaUnmet).toEqual(['11']);
    // (Data starts on sheet row 4: title, blank, header.) Rows of one code with different qualifiers may differ (17.10 per sector): no conflict.
    const sectors = sheet('Kết quả', [['KẾT QUẢ'], ['Xã', 'Mã', 'Đánh giá'], ['Kim Sơn', '17.10 (ngành Y tế)', 'Đạt'], ['Kim Sơn', '17.10 (ngành Công Thương)', 'Chưa đạt']]);
    expect(codes(check([sectors]), 'status.conflict')).toHaveLength(0);
  });

  test('a definitions sheet with the set and province merged down applies each row\'s threshold to that set and province', () => {
    const defs = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ CỦA TỈNH'], ['Bộ tiêu chí', 'Mã', 'Tên', 'Chiều', 'Mức đạt', 'Tỉnh'], ['Xã NTM', '11', 'Nghèo đa chiều', '≤', '4%', 'Trà Vinh'], [null, '12.1', 'Lao động qua đào tạo', '≥', '70%', null]],
      [{ top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 5, bottom: 3, right: 5 }]);
    const long = sheet('Kết quả', [['KẾT QUẢ'], ['Xã', 'Mã', 'Kết quả', 'Đánh giá'], ['Tân Sơn', '12.1', '60%', 'Đạt']]);
    const r = check([defs, long], { province: 'Trà Vinh' });
    expect(codes(r, 'definitions.unknown-set')).toHaveLength(0);
    // 60 % < 70 %, yet written Đạt.
    expect(codes(r, 'status.contradicts-threshold').map((f) => [f.commune, f.indicator])).toEqual([['xa:tân sơn', '12.1']]);
    // The value as typed, Vietnamese style.
    expect(codes(r, 'status.contradicts-threshold')[0].message.vi).toContain('số liệu 60%');
  });

  test('a definitions sheet for one province applies without naming the province; threshold findings point at the threshold cell', () => {
    // As the seed 002 probe typed it: every row is An Giang's; the add-in has no province setting.
    const defs = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ XÃ NTM TỈNH AN GIANG'], ['Bộ tiêu chí', 'Mã', 'Tên', 'Chiều', 'Mức đạt', 'Tỉnh'], ['Xã NTM', '12.1', 'Lao động qua đào tạo', '≥', '70%', 'An Giang'], ['Xã NTM', '17.8', 'Chất thải rắn', '≥', 'khoảng 70', 'An Giang']]);
    const long = sheet('Kết quả', [['KẾT QUẢ'], ['Xã', 'Mã', 'Kết quả', 'Đánh giá'], ['Tân Sơn', '12.1', '65%', 'Đạt'], ['Kim Sơn', '12.1', '72%', null]]);
    const r = check([defs, long]);
    expect(codes(r, 'definitions.province-assumed')).toEqual([expect.objectContaining({ sheet: 'Bộ tiêu chí', cell: 'B3', severity: 'info', found: 'An Giang' })]);
    // 65 % < 70 %, yet Đạt; the norm is cited at its own cell, E3.
    const contra = codes(r, 'status.contradicts-threshold');
    expect(contra.map((f) => f.commune)).toEqual(['xa:tân sơn']);
    expect(contra[0].message.vi).toContain('"Bộ tiêu chí"!E3');
    // Kim Sơn's 72 % is judged, not left unjudged.
    expect(codes(r, 'status.value-unjudged')).toEqual([]);
    // "khoảng 70" is said at E4, where it is typed.
    expect(codes(r, 'definitions.bad-threshold').map((f) => f.cell)).toEqual(['E4']);
    // Two provinces on the sheet: none is chosen, and an unjudged value says whose threshold exists.
    const two = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ'], ['Bộ tiêu chí', 'Mã', 'Tên', 'Chiều', 'Mức đạt', 'Tỉnh'], ['Xã NTM', '12.1', 'Lao động', '≥', '70%', 'An Giang'], ['Xã NTM', '12.1', 'Lao động', '≥', '75%', 'Trà Vinh']]);
    const r2 = check([two, long]);
    expect(codes(r2, 'definitions.province-assumed')).toEqual([]);
    expect(codes(r2, 'status.value-unjudged')[0].message.vi).toContain('chỉ có mức đạt của');
  });

  test('a definitions sheet in the annex layout (general norm, one column per region); each commune is judged by its own region', () => {
    const defs = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], ['Mã', 'Chỉ tiêu', 'Chỉ tiêu chung', 'Đồng bằng sông Cửu Long'], ['11', 'Tỷ lệ nghèo đa chiều', '≤ 4%', '≤ 5%']]);
    const list = sheet('Danh sách xã', [['DANH SÁCH XÃ'], ['Tên xã', 'Loại', 'Vùng', 'Bộ tiêu chí phấn đấu'], ['Tân Sơn', 'Xã', 'Đồng bằng sông Cửu Long', 'Nông thôn mới'], ['Kim Sơn', 'Xã', 'Đồng bằng sông Hồng', 'Nông thôn mới']]);
    const long = sheet('Kết quả', [['KẾT QUẢ'], ['Xã', 'Mã', 'Kết quả', 'Đánh giá'], ['Tân Sơn', '11', '4,5%', 'Đạt'], ['Kim Sơn', '11', '4,5%', 'Đạt']]);
    const r = check([defs, list, long]);
    expect(r.recognized.find((x) => x.sheet === 'Bộ tiêu chí')!.role).toBe('definitions');
    // 4,5 % meets ĐBSCL's ≤ 5 % (Tân Sơn) but not the general ≤ 4 % (Kim Sơn, Đồng bằng sông Hồng).
    expect(codes(r, 'status.contradicts-threshold').map((f) => f.commune)).toEqual(['xa:kim sơn']);
    expect(codes(r, 'status.contradicts-threshold')[0].message.vi).toContain('≤ 4%');
  });

  test('a commune with no status for an indicator of its set', () => {
    const rows = NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 'Đạt', c === '17.12' ? null : 'Đạt']);
    const r = check([assignmentSheet(ALL_ASSIGNED), sheet('Hiện trạng', [['XÃ NÔNG THÔN MỚI'], ['Mã', 'Tên chỉ tiêu', ...TWO], ...rows])]);
    const f = codes(r, 'status.missing');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ commune: 'xa:kim sơn', found: '17.12' });
    // It points at the blank cell itself: Kim Sơn's column (D), on 17.12's row (1.1 is sheet row 3).
    expect(f[0]).toMatchObject({ sheet: 'Hiện trạng', cell: `D${3 + NTM_INDICATORS.indexOf('17.12')}` });
  });

  test('a commune whose target set has no status sheet at all: the finding points at its row on the communes sheet', () => {
    const list = communesSheet([['Tân Sơn', 'Xã', 'NTM nâng cao'], ['Kim Sơn', 'Xã', 'Nông thôn mới']]);
    const r = check([assignmentSheet(ALL_ASSIGNED), list, fullMatrix(['Kim Sơn'])]);
    const f = codes(r, 'status.missing');
    expect(f.map((x) => [x.commune, x.setId, x.sheet, x.cell])).toEqual([['xa:tân sơn', 'xa-ntm-nang-cao-2021', 'Danh sách xã', 'A3']]);
  });

  test('a listed commune absent from its set\'s status sheet: the finding points at its row on the communes sheet, not at A1', () => {
    // Hàm Giang is on the list (A5) and works towards the same set, but has no column on the matrix.
    const list = communesSheet([['Tân Sơn', 'Xã', 'Nông thôn mới'], ['Kim Sơn', 'Xã', 'Nông thôn mới'], ['Hàm Giang', 'Xã', 'Nông thôn mới']]);
    const r = check([assignmentSheet(ALL_ASSIGNED), list, fullMatrix(TWO)]);
    const f = codes(r, 'status.missing');
    expect(f.map((x) => [x.commune, x.sheet, x.cell])).toEqual([['xa:hàm giang', 'Danh sách xã', 'A5']]);
  });
});

describe('a value column beside the verdict column', () => {
  test('with no verdict typed, the value cell speaks: "đạt 70%" is met, "#N/A" is unreadable at its cell', () => {
    // Seed 002 probe: Long An's 17.1 is a VLOOKUP returning #N/A; Phú Vĩnh's 12.1 says "đạt 70%".
    const long = sheet('Hiện trạng', [
      ['KẾT QUẢ'],
      ['Xã', 'Mã chỉ tiêu', 'Giá trị/Kết quả', 'Đánh giá'],
      ['Long An', '17', null, 'Đạt'],
      ['Long An', '17.1', { error: '#N/A' }, null],
      ['Phú Vĩnh', '12.1', 'đạt 70%', null],
      ['Phú Vĩnh', '12.2', 27, 'Đạt'],
    ]);
    const r = check([long]);
    expect(codes(r, 'status.unreadable').map((f) => [f.cell, f.commune])).toEqual([['C4', 'xa:long an']]);
    const phu = r.summary.communes.find((c) => c.display === 'Phú Vĩnh')!;
    expect(phu.criteriaMet).toContain('12');
    expect(codes(r, 'status.missing').filter((f) => f.commune === 'xa:phú vĩnh' && f.indicator?.includes('12.1'))).toEqual([]);
    // The #N/A does not vanish under the criterion's "Đạt": 17.1 has a status, just not a readable one.
    const an = r.summary.communes.find((c) => c.display === 'Long An')!;
    expect(an.criteriaMet).not.toContain('17');
  });

  test('a verdict beside an unreadable value counts, and the value cell is said ("≥ 70%" typed where the measure goes)', () => {
    const long = sheet('Hiện trạng', [['KẾT QUẢ'], ['Xã', 'Mã chỉ tiêu', 'Giá trị/Kết quả', 'Đánh giá'], ['Tân An', '12.1', '≥ 70%', 'Đạt']]);
    const r = check([long]);
    const f = codes(r, 'status.value-unreadable');
    expect(f).toEqual([expect.objectContaining({ cell: 'C3', severity: 'warning', found: '≥ 70%' })]);
    expect(f[0].message.vi).toContain('giống mức đạt');
    expect(codes(r, 'status.unreadable')).toEqual([]);
  });
});

describe('deadlines and missed quarters', () => {
  const matrix = () => fullMatrix(TWO, { '11': ['Chưa đạt', 'Đạt'], '13.1': ['Chưa đạt', 'Chưa đạt'] });
  const assign = (d11: string | null, d13: string | null) =>
    assignmentSheet([
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'năm 2024'],
      ['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, null, d11],
      ['Tiêu chí 13', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, d13],
    ]);

  test('overdue, due soon and not yet due against the as-of date', () => {
    const r = check([assign('đầu quý IV/2023', 'quý II/2023'), matrix()], { asOf: '2023-10-15' });
    const overdue = codes(r, 'deadline.overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ indicator: '13', cell: 'G6' });
    // 13.1 is not met in either commune: the item names both, and its lead.
    expect(overdue[0]).toMatchObject({ communes: ['xa:tân sơn', 'xa:kim sơn'], departments: ['nn-ptnt'] });
    expect(overdue[0].message.vi).toContain('còn 2 xã chưa đạt: Tân Sơn, Kim Sơn');
    const soon = codes(r, 'deadline.due-soon');
    expect(soon.map((f) => f.indicator)).toEqual(['11']);
    // The same workbook judged in June 2023: nothing is overdue yet, 13 is due in the quarter.
    const june = check([assign('đầu quý IV/2023', 'quý II/2023'), matrix()], { asOf: '2023-06-01' });
    expect(codes(june, 'deadline.overdue')).toHaveLength(0);
    expect(codes(june, 'deadline.due-soon').map((f) => f.indicator)).toEqual(['13']);
  });

  test('a row two departments lead without a deadline: the missing deadline and the conflict name both leads', () => {
    const r = check([assignmentSheet([
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'năm 2024'],
      ['Tiêu chí 17', 'Phòng Tài nguyên và Môi trường, Phòng Y tế', null, null, null],
    ]), matrix()]);
    expect(codes(r, 'deadline.missing')).toEqual([expect.objectContaining({ indicator: '17', department: 'tn-mt', departments: ['tn-mt', 'y-te'] })]);
    expect(codes(r, 'assign.multiple-leads')).toEqual([expect.objectContaining({ indicator: '17', departments: ['tn-mt', 'y-te'] })]);
  });

  test('a missing or unreadable deadline is a finding', () => {
    const r = check([assign(null, 'sớm'), matrix()]);
    expect(codes(r, 'deadline.missing').map((f) => f.cell)).toEqual(['G5']);
    expect(codes(r, 'deadline.unreadable')[0]).toMatchObject({ cell: 'G6', found: 'sớm', severity: 'error' });
  });

  test('an assignment sheet with no deadline column is said once for the sheet, not once per row', () => {
    const noDeadline = sheet('Phân công', [
      ['BẢNG PHÂN CÔNG'],
      ['STT', 'Tiêu chí', 'Cơ quan chủ trì', 'Cơ quan phối hợp'],
      [1, 'Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10', 'Phòng Nông nghiệp và Phát triển nông thôn', null],
      [2, 'Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null],
      [3, 'Tiêu chí 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', 'Phòng Y tế'],
    ]);
    const r = check([noDeadline, matrix()]);
    const missing = codes(r, 'deadline.missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ sheet: 'Phân công', found: '3', severity: 'warning' });
    expect(missing[0].message.vi).toContain('không có cột thời hạn');
  });

  test('indicator rows listed under their criterion with no department and no deadline are details, not missing deadlines', () => {
    const r = check([assignmentSheet([
      ['Tiêu chí 17', 'Phòng Tài nguyên và Môi trường', 'Phòng Y tế', null, 'quý IV/2023'],
      ['17.1', null, null, null, null],
      ['17.2', null, null, null, null],
      ['Chỉ tiêu 18.1', 'Phòng Nội vụ', null, null, null],
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
    ]), fullMatrix(TWO)]);
    // 18.1 names a department but no deadline, and criterion 18 has no dated row: that one is missing.
    expect(codes(r, 'deadline.missing').map((f) => f.indicator)).toEqual(['18.1']);
  });

  test('"Đã đạt" or "-" in the "Dự kiến đạt" column is no deadline to read', () => {
    const long = sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'], ['Tân Sơn', '11', 'Đạt', 'Đã đạt'], ['Kim Sơn', '11', 'Đạt', '-'], ['Hàm Giang', '11', 'Chưa đạt', 'quý II/2023']]);
    const r = check([long], { asOf: '2023-10-15' });
    expect(codes(r, 'deadline.unreadable')).toHaveLength(0);
    expect(codes(r, 'deadline.overdue').map((f) => f.found)).toEqual(['Hàm Giang']);
    expect(codes(r, 'status.conflict')).toHaveLength(0);
  });

  test('an assignment laid out as criteria × departments ("CT" / "PH" marks) is read as the assignment, never as a status matrix', () => {
    const rows: (string | number | null)[][] = [['BẢNG PHÂN CÔNG NHIỆM VỤ NĂM 2023'], ['Ghi chú: CT - chủ trì; PH - phối hợp'], ['TT', 'Tiêu chí', 'Phòng NN&PTNT', 'Phòng Y tế', 'Phòng LĐ-TB&XH', 'Thời hạn']];
    // NN&PTNT leads every criterion but 11 and 15; Y tế leads 15; LĐ-TB&XH leads 11 and supports the rest.
    for (let c = 1; c <= 19; c++) rows.push([c, `Tiêu chí ${c}`, c === 11 || c === 15 ? 'PH' : 'CT', c === 15 ? 'x' : c === 3 ? 'chủ  trì?' : null, c === 11 ? 'CT' : 'PH', 'Quý IV']);
    const r = check([sheet('Phân công', rows), fullMatrix(TWO, { '15.1': ['Chưa đạt', 'Đạt'] })], { asOf: '2023-12-15' });
    expect(r.recognized[0]).toMatchObject({ role: 'assignment' });
    const itemsOf = (id: string, role: string) => r.summary.departments.find((d) => d.departmentId === id)?.items.filter((i) => i.role === role).map((i) => i.code);
    expect(itemsOf('nn-ptnt', 'lead')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '12', '13', '14', '16', '17', '18', '19']);
    expect(itemsOf('y-te', 'lead')).toEqual(['15']);
    expect(itemsOf('ld-tbxh', 'lead')).toEqual(['11']);
    expect(itemsOf('ld-tbxh', 'coordinator')).toHaveLength(18);
    expect(codes(r, 'assign.no-lead')).toHaveLength(0);
    // The mark it cannot read is said at its cell; "Quý IV" takes the title's year: 15 is due soon for Tân Sơn.
    expect(codes(r, 'assign.mark-unreadable')).toEqual([expect.objectContaining({ cell: 'D6', found: 'chủ trì?' })]);
    expect(codes(r, 'deadline.due-soon').map((f) => [f.indicator, f.found])).toEqual([['15', 'Tân Sơn']]);
    // A status matrix whose communes are written "Xã Tân Sơn" stays a status matrix.
    const st = check([sheet('HT', [['HIỆN TRẠNG XÃ NÔNG THÔN MỚI'], ['Mã', 'Tên chỉ tiêu', 'Xã Tân Sơn', 'Xã Kim Sơn'], ...NTM_INDICATORS.map((c) => [c, 'x', 'x', 'x'])])]);
    expect(st.recognized[0].role).toBe('status-matrix');
  });

  test('a hidden sheet (an old copy) is not read unless its role is chosen; it is named in an info finding', () => {
    const old = { ...fullMatrix(TWO, { '11': ['Chưa đạt', 'Chưa đạt'] }), name: 'Hiện trạng (cũ)', hidden: true };
    const r = check([fullMatrix(TWO), old]);
    expect(codes(r, 'status.conflict')).toHaveLength(0);
    expect(r.summary.communes.map((c) => c.criteriaUnmet)).toEqual([[], []]);
    expect(codes(r, 'sheet.hidden-skipped')).toEqual([expect.objectContaining({ sheet: 'Hiện trạng (cũ)', severity: 'info' })]);
    expect(codes(r, 'sheet.hidden-skipped')[0].message.vi).toContain('hiện trạng (dạng ma trận)');
    // Chosen in the pane: read like any sheet, and its Chưa đạt now conflicts with the visible Đạt.
    const chosen = check([fullMatrix(TWO), old], { sheetRoles: { 'Hiện trạng (cũ)': 'status-matrix' } });
    expect(codes(chosen, 'status.conflict').length).toBeGreaterThan(0);
    expect(codes(chosen, 'sheet.hidden-skipped')).toHaveLength(0);
  });

  test('a sheet the office chose to skip is not read and not "not recognized": it is named as skipped by choice', () => {
    const notes = sheet('Ghi chép', [['Họp giao ban tuần'], ['Nhắc các phòng nộp báo cáo']]);
    const auto = check([fullMatrix(TWO), notes]);
    expect(codes(auto, 'sheet.unrecognized').map((f) => f.sheet)).toEqual(['Ghi chép']);
    const skipped = check([fullMatrix(TWO), notes], { sheetRoles: { 'Ghi chép': null } });
    expect(codes(skipped, 'sheet.unrecognized')).toHaveLength(0);
    expect(codes(skipped, 'sheet.user-skipped')).toEqual([expect.objectContaining({ sheet: 'Ghi chép', cell: 'A1', severity: 'info' })]);
    // The same for a sheet the add-in would have recognized.
    const status = check([fullMatrix(TWO)], { sheetRoles: { [fullMatrix(TWO).name]: null } });
    expect(codes(status, 'sheet.user-skipped')).toHaveLength(1);
    expect(codes(status, 'sheet.unrecognized')).toHaveLength(0);
  });

  test('the signature block under a table ends it: "Chủ tịch" beside "Người lập biểu" is no criteria set, nor a commune', () => {
    const list = sheet('Danh sách xã', [['DANH SÁCH XÃ'], ['STT', 'Tên xã', 'Loại', 'Bộ tiêu chí phấn đấu'], [1, 'Tân Sơn', 'Xã', 'Nông thôn mới'], [2, 'Kim Sơn', 'Xã', 'Nông thôn mới'],
      [null, 'Tổng cộng: 2 xã'], [null, 'Ghi chú: xã Tân Sơn đăng ký đạt chuẩn năm 2024'], [], [null, 'Người lập biểu', null, 'Chủ tịch'], [null, 'Nguyễn Văn A', null, 'Trần Văn B']]);
    const r = check([list, fullMatrix(TWO)]);
    expect(codes(r, 'set.unknown')).toHaveLength(0);
    expect(codes(r, 'commune.unknown')).toHaveLength(0);
    expect(r.summary.communes.map((c) => c.display)).toEqual(['Tân Sơn', 'Kim Sơn']);
    // A long table's signature block is no data either (no "no commune" / unreadable-code findings).
    const long = sheet('Kết quả', [['KẾT QUẢ'], ['Xã', 'Mã', 'Đánh giá'], ['Tân Sơn', '11', 'Đạt'], [], ['TM. ỦY BAN NHÂN DÂN', null, 'Người lập biểu'], ['KT. CHỦ TỊCH', '19', 'Đạt']]);
    const lr = check([long]);
    expect(lr.findings.filter((f) => f.severity !== 'info' && !f.code.startsWith('assign') && f.code !== 'status.missing')).toEqual([]);
    expect(lr.summary.communes.map((c) => c.display)).toEqual(['Tân Sơn']);
  });

  test('totals rows of a long table ("Tổng", "Tổng cộng", "Cộng") are skipped without a finding; a real bad code is still one', () => {
    const long = sheet('Kết quả', [['KẾT QUẢ'], ['Xã', 'Mã', 'Nội dung', 'Đánh giá'],
      ['Tân Sơn', '11', 'Nghèo', 'Đạt'], ['Tân Sơn', 'Tổng', 'Tổng số tiêu chí đạt', 17], ['Kim Sơn', '11', 'Nghèo', 'Chưa đạt'], [null, 'Tổng cộng', null, 33], ['Kim Sơn', 'TC mười', 'Lao động', 'Đạt']]);
    const r = check([long]);
    expect(codes(r, 'code.unreadable').map((f) => f.found)).toEqual(['TC mười']);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', []], ['Kim Sơn', ['11']]]);
  });

  test('"Chưa đạt" in the assessment with "Đã đạt" as its expected date is a conflict on that row', () => {
    const long = sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'], ['Tân Sơn', '11', 'Chưa đạt', 'Đã đạt'], ['Kim Sơn', '11', 'Đạt', 'Đã đạt']]);
    const r = check([long], { asOf: '2023-10-15' });
    const conflicts = codes(r, 'status.conflict');
    expect(conflicts.map((f) => [f.cell, f.commune, f.indicator, f.severity])).toEqual([['D3', 'xa:tân sơn', '11', 'error']]);
    expect(conflicts[0].message.vi).toContain('Kết quả!C3 ghi "Chưa đạt" nhưng Kết quả!D3 ghi "Đã đạt"');
  });

  test('"Đã đạt" in an assignment\'s deadline cell is neither unreadable nor missing', () => {
    const r = check([assign('Đã đạt', 'Đã hoàn thành'), matrix()]);
    expect(codes(r, 'deadline.unreadable')).toHaveLength(0);
    expect(codes(r, 'deadline.missing')).toHaveLength(0);
  });

  test('"Đã đạt" in an assignment\'s deadline cell while the status sheet says not met is a warning', () => {
    const r = check([assign('Đã đạt', 'Đã hoàn thành'), matrix()]);
    const said = codes(r, 'deadline.said-met');
    // 11: Chưa đạt in Tân Sơn only; 13: its indicator 13.1 is Chưa đạt in both communes.
    expect(said.map((f) => [f.indicator, f.cell, f.found, f.severity])).toEqual([
      ['11', 'G5', 'Tân Sơn', 'warning'],
      ['13', 'G6', 'Tân Sơn, Kim Sơn', 'warning'],
    ]);
    expect(said.map((f) => f.communes)).toEqual([['xa:tân sơn'], ['xa:tân sơn', 'xa:kim sơn']]);
    expect(said[1].message.vi).toContain('chưa đạt ở 2 xã: Tân Sơn, Kim Sơn');
    // The cell is marked as a data error, with the finding as its cue.
    expect(r.highlights.marks.filter((m) => m.kind === 'data-error' && m.sheet === 'Phân công').map((m) => m.row)).toEqual(expect.arrayContaining([4, 5]));
    // Where every commune meets the code, "Đã đạt" is simply true.
    const allMet = check([assign('Đã đạt', null), fullMatrix(TWO, { '11': ['Đạt', 'Đạt'] })]);
    expect(codes(allMet, 'deadline.said-met')).toHaveLength(0);
  });

  test('"Duy trì" in a deadline cell (seed 001) is shown as written, and quoted when the status sheet says not met', () => {
    const r = check([assign('Duy trì', 'Thường xuyên'), matrix()]);
    const items = r.summary.departments.flatMap((d) => d.items);
    // The office's words under Thời hạn, as "Thường xuyên" is: it was blank.
    expect(items.find((i) => i.code === '11')).toMatchObject({ deadlineLabel: 'Duy trì', deadlineUndated: true });
    expect(items.find((i) => i.code === '13')).toMatchObject({ deadlineLabel: 'Thường xuyên' });
    // 11 is Chưa đạt in Tân Sơn: "Duy trì" claims it met.
    const said = codes(r, 'deadline.said-met');
    expect(said.map((f) => [f.indicator, f.cell])).toEqual([['11', 'G5']]);
    expect(said[0].message.vi).toBe('Ô thời hạn ghi "Duy trì" (đã đạt), nhưng trang hiện trạng ghi mã 11 chưa đạt ở 1 xã: Tân Sơn.');
    expect(codes(r, 'deadline.unreadable')).toHaveLength(0);
    expect(codes(r, 'deadline.missing')).toHaveLength(0);
  });

  test('a deadline without a year ("quý III", "6 tháng đầu năm") takes the year of the sheet\'s title, and says so once', () => {
    const rows = assign('quý III', '6 tháng đầu năm');
    rows.rows[1] = ['BẢNG PHÂN CÔNG THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI NĂM 2023'];
    const r = check([rows, matrix()], { asOf: '2023-10-15' });
    expect(codes(r, 'deadline.unreadable')).toHaveLength(0);
    // 11 unmet in Tân Sơn, due 30/09/2023; 13 (13.1) unmet in both, due 30/06/2023: both overdue on 15/10/2023.
    expect(codes(r, 'deadline.overdue').map((f) => [f.indicator, f.found])).toEqual([['11', 'Tân Sơn'], ['13', 'Tân Sơn, Kim Sơn']]);
    expect(codes(r, 'deadline.overdue')[0].message.vi).toContain('hạn quý III/2023');
    expect(codes(r, 'deadline.year-from-title')).toEqual([expect.objectContaining({ severity: 'info', cell: 'G5', found: '2', expected: 'năm 2023' })]);
    // A title naming a period, not a year: the deadline stays unreadable, as before.
    const period = assign('quý III', null);
    period.rows[1] = ['BẢNG PHÂN CÔNG GIAI ĐOẠN 2021 - 2025'];
    const p = check([period, matrix()], { asOf: '2023-10-15' });
    expect(codes(p, 'deadline.unreadable').map((f) => f.message.vi)).toEqual([expect.stringContaining('thiếu năm')]);
    expect(codes(p, 'deadline.year-from-title')).toHaveLength(0);
  });

  test('"Thường xuyên" as a deadline is an ongoing task: neither missing nor unreadable, said once', () => {
    const r = check([assign('Thường xuyên', 'Hàng năm'), matrix()], { asOf: '2023-10-15' });
    expect(codes(r, 'deadline.unreadable')).toHaveLength(0);
    expect(codes(r, 'deadline.missing')).toHaveLength(0);
    expect(codes(r, 'deadline.overdue')).toHaveLength(0);
    expect(codes(r, 'deadline.ongoing')).toEqual([expect.objectContaining({ severity: 'info', cell: 'G5', found: '2' })]);
  });

  test('an expected quarter without a year on a status row takes the title\'s year', () => {
    const long = sheet('Kết quả', [['KẾT QUẢ THỰC HIỆN TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2023'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'], ['Tân Sơn', '11', 'Chưa đạt', 'Quý IV'], ['Kim Sơn', '11', 'Chưa đạt', 'quý II']]);
    const r = check([long], { asOf: '2023-10-15' });
    expect(codes(r, 'deadline.unreadable')).toHaveLength(0);
    expect(codes(r, 'deadline.due-soon').map((f) => f.found)).toEqual(['Tân Sơn']);
    expect(codes(r, 'deadline.overdue').map((f) => f.found)).toEqual(['Kim Sơn']);
    expect(codes(r, 'deadline.year-from-title')).toEqual([expect.objectContaining({ cell: 'D3', found: '2' })]);
  });

  test('met after the deadline is "hoàn thành muộn"', () => {
    const long = sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt', 'Ngày đạt'], ['Tân Sơn', '11', 'Đạt', 'quý II/2023', '15/08/2023'], ['Kim Sơn', '11', 'Đạt', 'quý II/2023', '20/05/2023']]);
    const r = check([long]);
    const late = codes(r, 'deadline.met-late');
    expect(late).toHaveLength(1);
    // Kim Sơn met on 20/05, inside quý II: only Tân Sơn (15/08) is late.
    expect(late[0].found).toBe('Tân Sơn');
  });

  test('a "Ngày đạt" after the report date is said, and the code is not met yet when its deadline is judged', () => {
    const long = sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt', 'Ngày đạt'], ['Tân Sơn', '11', 'Đạt', 'quý III/2023', '20/10/2023'], ['Kim Sơn', '11', 'Đạt', 'quý III/2023', '20/09/2023']]);
    const r = check([long], { asOf: '2023-10-15' });
    // Tân Sơn met 11 on 20/10/2023, five days after 15/10/2023: as of then it is past its quý III deadline.
    expect(codes(r, 'status.achieved-after-as-of')).toEqual([expect.objectContaining({ cell: 'C3', commune: 'xa:tân sơn', found: '20/10/2023', severity: 'warning' })]);
    expect(codes(r, 'deadline.overdue').map((f) => f.found)).toEqual(['Tân Sơn']);
    expect(codes(r, 'deadline.met-late')).toEqual([]);
  });

  test('a code met after the report date is not met as of that date: summaries count it unmet, its cell says why', () => {
    // Tân Sơn: 1.1 and 1.2 "Đạt", 1.1 on 20/10/2023; as of 15/10/2023 criterion 1 is not met yet.
    // Kim Sơn: both met before the report date. Criterion 1 is written "Đạt" for both, with no date.
    const long = sheet('Kết quả', [
      ['XÃ NÔNG THÔN MỚI'],
      ['Xã', 'Mã', 'Đánh giá', 'Ngày đạt'],
      ['Tân Sơn', '1', 'Đạt', null],
      ['Tân Sơn', '1.1', 'Đạt', '20/10/2023'],
      ['Tân Sơn', '1.2', 'Đạt', '01/03/2023'],
      ['Kim Sơn', '1', 'Đạt', null],
      ['Kim Sơn', '1.1', 'Đạt', '20/09/2023'],
      ['Kim Sơn', '1.2', 'Đạt', '01/03/2023'],
    ]);
    const r = check([long], { asOf: '2023-10-15' });
    const crit1 = (name: string) => {
      const c = r.summary.communes.find((x) => x.display === name)!;
      return c.criteriaMet.includes('1') ? 'met' : c.criteriaUnmet.includes('1') ? 'unmet' : 'unknown';
    };
    expect(crit1('Tân Sơn')).toBe('unmet');
    expect(crit1('Kim Sơn')).toBe('met');
    // What is written agrees with itself (1 Đạt, 1.1 Đạt): no inconsistency is claimed.
    expect(codes(r, 'status.criterion-inconsistent')).toEqual([]);
    expect(codes(r, 'status.achieved-after-as-of').map((f) => f.cell)).toEqual(['C4']);
    // The 1.1 cell is marked unmet, and its cue gives the date instead of contradicting the "Đạt" typed there.
    const cue = r.highlights.marks.find((m) => m.sheet === 'Kết quả' && m.row === 3 && m.col === 2 && m.kind === 'unmet')?.cue;
    expect(cue).toContain('20/10/2023');
    // The same "Đạt" typed again in a matrix is no conflict.
    const matrix = matrixSheet(['Tân Sơn'], [['1.1', 'Quy hoạch chung', 'Đạt']]);
    expect(codes(check([long, matrix], { asOf: '2023-10-15' }), 'status.conflict')).toEqual([]);
    // A later report date sees it met.
    const later = check([long], { asOf: '2023-11-15' });
    expect(later.summary.communes.find((x) => x.display === 'Tân Sơn')!.criteriaMet).toContain('1');
    expect(codes(later, 'status.achieved-after-as-of')).toEqual([]);
  });

  test('a status row repeating the assignment\'s deadline is no other deadline; only the others are listed', () => {
    // Seed 003 as typed: Tân Sơn's row repeats quý II/2023, Kim Sơn's row moves it to năm 2024.
    const status = sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'], ['Tân Sơn', '11', 'Chưa đạt', 'QUÝ II/2023'], ['Kim Sơn', '11', 'Chưa đạt', 'năm 2024']]);
    const r = check([assign('quý II/2023', 'năm 2024'), status], { asOf: '2023-10-15' });
    const item = r.summary.departments.find((d) => d.departmentId === 'ld-tbxh')!.items.find((i) => i.code === '11')!;
    expect(item.statusDeadlineLabel).toBe('Năm 2024');
    expect(codes(r, 'deadline.overdue').filter((f) => f.sheet === 'Phân công')[0].message.vi).not.toContain('theo dòng hiện trạng');
  });

  test('a status row giving the assignment\'s date in other words ("cuối năm 2023" for "quý IV/2023") is no other deadline', () => {
    const status = sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'], ['Tân Sơn', '11', 'Chưa đạt', 'cuối năm 2023'], ['Kim Sơn', '11', 'Chưa đạt', null]]);
    const r = check([assign('quý IV/2023', 'năm 2024'), status], { asOf: '2023-10-15' });
    const item = r.summary.departments.find((d) => d.departmentId === 'ld-tbxh')!.items.find((i) => i.code === '11')!;
    expect(item.statusDeadlineLabel).toBeUndefined();
    const soon = codes(r, 'deadline.due-soon').filter((f) => f.indicator === '11');
    expect(soon.map((f) => f.message.vi)).toEqual([expect.stringContaining('mã 11, hạn quý IV/2023, còn 2 xã chưa đạt')]);
    expect(soon[0].message.vi).not.toContain('theo dòng hiện trạng');
  });

  test('a deadline on the status row beats the assignment\'s; the department sheet shows both', () => {
    // 11 is assigned for quý II/2023; Tân Sơn's own status row says quý IV/2023, Kim Sơn's says nothing.
    const status = sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'], ['Tân Sơn', '11', 'Chưa đạt', 'quý IV/2023'], ['Kim Sơn', '11', 'Chưa đạt', null]]);
    const r = check([assign('quý II/2023', 'năm 2024'), status], { asOf: '2023-10-15' });
    const overdue = codes(r, 'deadline.overdue').filter((f) => f.sheet === 'Phân công');
    expect(overdue).toHaveLength(1);
    expect(overdue[0].message.vi).toContain('mã 11, hạn quý II/2023, còn 1 xã chưa đạt: Kim Sơn');
    const soon = codes(r, 'deadline.due-soon').filter((f) => f.sheet === 'Phân công');
    expect(soon).toHaveLength(1);
    // The due date is Tân Sơn's own, not the assignment's: the message says where it comes from.
    expect(soon[0].message.vi).toContain('mã 11, hạn quý IV/2023 (theo dòng hiện trạng), còn 1 xã chưa đạt: Tân Sơn');
    const item = r.summary.departments.find((d) => d.departmentId === 'ld-tbxh')!.items.find((i) => i.code === '11')!;
    expect(item).toMatchObject({ state: 'overdue', deadlineLabel: 'Quý II/2023', statusDeadlineLabel: 'Quý IV/2023' });
    const plan = r.sheetPlans.find((p) => p.name === 'TH_Theo phòng ban')!;
    const row = plan.values.find((v) => typeof v[2] === 'string' && (v[2] as string).startsWith('Tiêu chí 11'))!;
    expect(row[4]).toBe('Quý II/2023\n(dòng hiện trạng ghi: Quý IV/2023)');
  });

  test('a status row expecting a commune later than its assignment is a slip, said once at the assignment\'s deadline cell', () => {
    // Seed 001 as probed: 17.1 assigned for quý IV/2023; Tân Sơn's row expects năm 2024, Kim Sơn's
    // says nothing, Hàm Giang's is earlier (quý III/2023, no slip), Long Hòa's later but met.
    const status = sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'],
      ['Tân Sơn', '11', 'Chưa đạt', 'năm 2024'], ['Kim Sơn', '11', 'Chưa đạt', null], ['Hàm Giang', '11', 'Chưa đạt', 'quý III/2023'], ['Long Hòa', '11', 'Đạt', 'năm 2024']]);
    const r = check([assign('quý IV/2023', 'năm 2024'), status], { asOf: '2023-10-15' });
    const slips = codes(r, 'deadline.status-later');
    expect(slips.map((f) => [f.sheet, f.indicator, f.found, f.severity])).toEqual([['Phân công', '11', 'Năm 2024', 'warning']]);
    expect(slips[0].message.vi).toContain('hạn phân công quý IV/2023, nhưng dòng hiện trạng của 1 xã: Tân Sơn ghi dự kiến muộn hơn (Năm 2024)');
    expect(slips[0].message.vi).toContain('Các xã này đang được xét theo dòng hiện trạng.');
    expect(slips[0].communes).toEqual(['xa:tân sơn']);
    // A status row repeating or bringing forward the deadline is no slip.
    const same = check([assign('quý IV/2023', 'năm 2024'), sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'], ['Tân Sơn', '11', 'Chưa đạt', 'cuối năm 2023']])], { asOf: '2023-10-15' });
    expect(codes(same, 'deadline.status-later')).toHaveLength(0);
  });

  test('a commune\'s own sheet expecting it later is not lost behind the district\'s table saying the same verdict (seed 003 probe)', () => {
    // "Theo xã"-like matrix: 11 Chưa đạt for Tân Sơn; Tân Sơn's own sheet: 11 Chưa đạt, expected năm 2024.
    const own = sheet('Tân Sơn', [['KẾT QUẢ CỦA XÃ TÂN SƠN'], ['Mã', 'Chỉ tiêu', 'Kết quả', 'Dự kiến đạt'], ['11', 'Nghèo đa chiều', 'Chưa đạt', 'năm 2024']]);
    const r = check([assign('quý IV/2023', 'năm 2024'), fullMatrix(['Tân Sơn'], { '11': ['Chưa đạt'] }), own], { asOf: '2023-10-15' });
    expect(codes(r, 'deadline.status-later').map((f) => [f.indicator, f.found])).toEqual([['11', 'Năm 2024']]);
    // Judged by its own row (2024): not due soon by quý IV/2023.
    expect(codes(r, 'deadline.due-soon').filter((f) => f.indicator === '11')).toEqual([]);
  });

  type IndicatorRow = [string, string, string | null];
  /** Criterion 2 assigned whole (Quý IV/2023); each commune's own sheet: its indicators' verdicts and "Dự kiến đạt". */
  const criterion2ByIndicatorRows = (tanSon: IndicatorRow[], kimSon: IndicatorRow[], asOf: string) => {
    const plan = assignmentSheet([['Tiêu chí 2', 'Phòng Kinh tế và Hạ tầng', null, null, 'Quý IV/2023']]);
    const own = (name: string, rows: IndicatorRow[]) => sheet(name, [[`KẾT QUẢ CỦA XÃ ${name.toUpperCase()}`], ['Mã', 'Chỉ tiêu', 'Kết quả', 'Dự kiến đạt'], ...rows.map(([code, verdict, due]): CellValue[] => [code, `Chỉ tiêu ${code}`, verdict, due])]);
    return check([plan, own('Tân Sơn', tanSon), own('Kim Sơn', kimSon)], { asOf });
  };
  const TAN_SON_2: IndicatorRow[] = [['2.1', 'Đạt', null], ['2.2', 'Chưa đạt', 'Năm 2024'], ['2.3', 'Đạt', null], ['2.4', 'Chưa đạt', 'Quý III/2023']];
  const KIM_SON_2: IndicatorRow[] = [['2.1', 'Đạt', null], ['2.2', 'Đạt', null], ['2.3', 'Đạt', null], ['2.4', 'Chưa đạt', 'Năm 2024']];

  test('a criterion assigned whole, its indicators with deadlines of their own: each unmet one by its own, reported once (seed 003 probe)', () => {
    // Tân Sơn: 2.2 due Năm 2024, 2.4 due Quý III/2023 (past). Kim Sơn: only 2.4, due Năm 2024.
    const r = criterion2ByIndicatorRows(TAN_SON_2, KIM_SON_2, '2023-10-15');
    // Tân Sơn is overdue by 2.4's own Quý III/2023 (the first row's 2024 does not hide it); Kim Sơn,
    // waiting for 2024, is neither overdue nor due soon.
    expect(codes(r, 'deadline.overdue').map((f) => [f.sheet, f.indicator, f.found])).toEqual([['Phân công', '2', 'Tân Sơn']]);
    // It says which indicator's row gave that deadline, in English too (it read "(theo dòng hiện trạng)" there).
    expect(codes(r, 'deadline.overdue')[0].message.vi).toContain('hạn quý III/2023 (chỉ tiêu 2.4, theo dòng hiện trạng)');
    expect(codes(r, 'deadline.overdue')[0].message.en).toContain('due Quý III/2023 (indicator 2.4, from the status rows)');
    expect(codes(r, 'deadline.due-soon')).toEqual([]);
    // Said by the item only: nothing again from the communes' sheets.
    expect(r.findings.filter((f) => f.code.startsWith('deadline.') && f.sheet !== 'Phân công')).toEqual([]);
  });

  test('long after: a commune overdue on two indicators is overdue since the earlier deadline, and the finding names whose rows', () => {
    // Tân Sơn: 2.2 due Năm 2024, 2.4 due Quý III/2023, both past on 25/11/2026. Kim Sơn: 2.4, Năm 2024.
    const r = criterion2ByIndicatorRows(TAN_SON_2, KIM_SON_2, '2026-11-25');
    const overdue = codes(r, 'deadline.overdue');
    expect(overdue.map((f) => [f.indicator, f.found])).toEqual([['2', 'Tân Sơn, Kim Sơn']]);
    // Before: Tân Sơn was judged by 2.2's Năm 2024 (the first row), the message said only "(theo dòng hiện trạng)".
    expect(overdue[0].message.vi).toContain('hạn quý III/2023 (chỉ tiêu 2.4, theo dòng hiện trạng); năm 2024 (chỉ tiêu 2.4, theo dòng hiện trạng)');
    // Only Kim Sơn's row expects it later than the assignment's Quý IV/2023.
    expect(codes(r, 'deadline.status-later').map((f) => f.message.vi)).toEqual([expect.stringContaining('dòng hiện trạng của 1 xã: Kim Sơn ghi dự kiến muộn hơn (Năm 2024)')]);
  });

  test('two communes judged by one deadline on different indicators\' rows: the deadline said once, with both indicators', () => {
    const r = criterion2ByIndicatorRows([['2.1', 'Đạt', null], ['2.2', 'Chưa đạt', 'Năm 2024'], ['2.3', 'Đạt', null], ['2.4', 'Đạt', null]], KIM_SON_2, '2026-11-25');
    const overdue = codes(r, 'deadline.overdue');
    expect(overdue[0].message.vi).toContain('hạn năm 2024 (chỉ tiêu 2.2, 2.4, theo dòng hiện trạng), còn 2 xã chưa đạt');
    expect(overdue[0].message.en).toContain('due Năm 2024 (indicators 2.2, 2.4, from the status rows)');
  });

  test('a deadline on a status row that an assignment row judges is one finding (from the assignment, naming its lead), not two', () => {
    // Seed 004 as probed: the status rows carry "Dự kiến đạt" and the assignment rows a deadline too.
    const status = sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'], ['Tân Sơn', '11', 'Chưa đạt', 'quý IV/2023'], ['Kim Sơn', '11', 'Chưa đạt', 'quý II/2023']]);
    const r = check([assign('quý II/2023', 'năm 2024'), status], { asOf: '2023-10-15' });
    // Kim Sơn is overdue (quý II/2023) and Tân Sơn due soon (quý IV/2023): each said once.
    expect(codes(r, 'deadline.overdue').filter((f) => f.indicator === '11').map((f) => [f.sheet, f.found])).toEqual([['Phân công', 'Kim Sơn']]);
    expect(codes(r, 'deadline.due-soon').filter((f) => f.indicator === '11').map((f) => [f.sheet, f.found])).toEqual([['Phân công', 'Tân Sơn']]);
    // The deadline cells on the status rows are still marked.
    const kinds = (row: number) => r.highlights.marks.filter((m) => m.sheet === 'Kết quả' && m.row === row && m.col === 3).map((m) => m.kind);
    expect(kinds(2)).toEqual(['due-soon']);
    expect(kinds(3)).toEqual(['overdue']);
  });

  test('a status-row deadline no assignment row covers is still reported from the status sheet', () => {
    const status = sheet('Kết quả', [['XÃ NÔNG THÔN MỚI'], ['Xã', 'Mã', 'Đánh giá', 'Dự kiến đạt'], ['Tân Sơn', '11', 'Chưa đạt', 'quý II/2023'], ['Tân Sơn', '12', 'Chưa đạt', 'quý II/2023']]);
    // The assignment sheet assigns 11 only: 12's overdue row is the status sheet's to say.
    const r = check([assignmentSheet([['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, null, 'quý II/2023']]), status], { asOf: '2023-10-15' });
    expect(codes(r, 'deadline.overdue').filter((f) => f.indicator === '11').map((f) => [f.sheet, f.found])).toEqual([['Phân công', 'Tân Sơn']]);
    expect(codes(r, 'deadline.overdue').filter((f) => f.indicator === '12').map((f) => [f.sheet, f.found])).toEqual([['Kết quả', 'Tân Sơn']]);
  });

  test('a status matrix headed "Tiêu chí/Chỉ tiêu | Nội dung" reads the first as codes; "Nội dung" or "Tên tiêu chí" is never a commune', () => {
    // Probe of seed 001 (Cao Lộc): communes under a merged "Kết quả thực hiện tại các xã".
    for (const nameHeader of ['Nội dung', 'Tên tiêu chí']) {
      const rows: CellValue[][] = NTM_INDICATORS.map((c, i) => [i + 1, c, `Chỉ tiêu ${c}`, c === '17.1' ? null : 'x', 'x', c === '2.1' ? null : 'x']);
      const status = sheet('Hiện trạng các xã', [['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2024'], ['Ghi chú: x: đạt; để trống: chưa đạt'], ['TT', 'Tiêu chí/Chỉ tiêu', nameHeader, 'Kết quả thực hiện tại các xã', null, null], [null, null, null, 'Hòa Cư', 'Hải Yến', 'Yên Trạch'], ...rows], [{ top: 2, left: 3, bottom: 2, right: 5 }, { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 }]);
      const r = check([status], { asOf: '2024-10-15' });
      expect(r.summary.communes.map((c) => c.display)).toEqual(['Hòa Cư', 'Hải Yến', 'Yên Trạch']);
      expect(codes(r, 'status.unreadable')).toEqual([]);
      // Hòa Cư lacks 17.1 (criterion 17), Yên Trạch 2.1 (criterion 2): 18, 19 and 18 criteria.
      expect(r.summary.communes.map((c) => c.criteriaMet.length)).toEqual([18, 19, 18]);
    }
  });

  test('a department\'s counts are of the items it leads; an overdue item it only coordinates is listed, not counted', () => {
    const plan = assignmentSheet([
      ['Tiêu chí 13', 'Phòng Nông nghiệp và Phát triển nông thôn', 'Phòng Lao động - Thương binh và Xã hội', null, 'quý II/2023'],
      ['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, null, 'quý IV/2023'],
    ]);
    const r = check([plan, fullMatrix(TWO, { '13.1': ['Chưa đạt', 'Đạt'], '11': ['Chưa đạt', 'Đạt'] })], { asOf: '2023-10-15' });
    const dept = (id: string) => r.summary.departments.find((d) => d.departmentId === id)!;
    // LĐ-TB&XH leads 11 (due soon) and supports 13 (overdue, Phòng NN&PTNT's).
    expect(dept('ld-tbxh')).toMatchObject({ led: 1, coordinating: 1, met: 0, dueSoon: 1, overdue: 0 });
    expect(dept('ld-tbxh').items.map((i) => [i.code, i.role, i.state])).toEqual([['13', 'coordinator', 'overdue'], ['11', 'lead', 'due-soon']]);
    expect(dept('nn-ptnt')).toMatchObject({ led: 1, coordinating: 0, overdue: 1 });
  });

  test('"Duy trì, nâng chất" and "ngày 10 hàng tháng" are ongoing, not unreadable; a met item without a date is "Đã đạt"', () => {
    // Seed 002 (Tân Thạnh): criteria already met are to be kept ("duy trì, nâng chất"); reports fall on the 10th.
    const plan = assignmentSheet([...ALL_ASSIGNED.map((r) => [r[0], r[1], r[2], r[3], 'Duy trì, nâng chất'] as [string, string, null, null, string]), ['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, null, 'ngày 10 hàng tháng']]);
    const r = check([plan, fullMatrix(TWO)], { asOf: '2023-10-15' });
    expect(codes(r, 'deadline.unreadable')).toEqual([]);
    expect(codes(r, 'deadline.ongoing')).toEqual([expect.objectContaining({ found: '2' })]);
    const sheetPlan = r.sheetPlans.find((p) => p.name === 'TH_Theo phòng ban')!;
    const row = sheetPlan.values.find((v) => v[2] === 'Tiêu chí 11: Nghèo đa chiều')!;
    expect(row[4]).toBe('ngày 10 hàng tháng');
    expect(row[5]).toBe('Đã đạt');
  });

  test('a bracketed line under the lead ("(Tổ giúp việc NTM)") is a remark, not a second lead', () => {
    const plan = assignmentSheet([...ALL_ASSIGNED, ['Chỉ tiêu 2.1', 'Phòng Kinh tế và Hạ tầng\n(Tổ giúp việc NTM)', null, null, 'quý IV/2023']]);
    const r = check([plan, fullMatrix(TWO)]);
    expect(codes(r, 'department.unknown')).toEqual([]);
    expect(codes(r, 'assign.multiple-leads').filter((f) => f.indicator === '2.1')).toEqual([]);
    expect(r.summary.departments.map((d) => d.department).filter((n) => n.includes('Tổ giúp việc'))).toEqual([]);
  });

  test('a criterion row over its indicator rows, with no department and no deadline, is a heading of the plan', () => {
    // Seed 002 as typed: "*** Tiêu chí 12: Lao động" above the rows for 12.1 and 12.2.
    const plan = assignmentSheet([
      ['* Tiêu chí 12: Lao động', null, null, null, null],
      ['Chỉ tiêu 12.1', 'Phòng Lao động - Thương binh và Xã hội', null, null, 'quý II/2023'],
      ['Chỉ tiêu 12.2', 'Phòng Lao động - Thương binh và Xã hội', null, null, 'quý II/2023'],
    ]);
    const r = check([plan, fullMatrix(TWO, { '12.1': ['Chưa đạt', 'Đạt'] })], { asOf: '2023-10-15' });
    // Only 12.1 is overdue (Tân Sơn), from its own row; the heading row is no task without a lead.
    expect(codes(r, 'deadline.overdue').map((f) => [f.cell, f.indicator])).toEqual([['G5', '12.1']]);
    expect(codes(r, 'deadline.missing')).toEqual([]);
    expect(codes(r, 'assign.no-lead').filter((f) => f.indicator === '12')).toEqual([]);
  });

  test('unmet cells and overdue cells are highlighted with a text cue', () => {
    const r = check([assign('đầu quý IV/2023', 'quý II/2023'), matrix()]);
    const at = (row: number, col: number) => r.highlights.marks.filter((m) => m.sheet === 'Hiện trạng' && m.row === row && m.col === col).map((m) => m.kind).sort();
    const row131 = 3 + NTM_INDICATORS.indexOf('13.1');
    const row11 = 3 + NTM_INDICATORS.indexOf('11');
    expect(at(row131, 2)).toEqual(['overdue', 'unmet']);
    expect(at(row11, 2)).toEqual(['due-soon', 'unmet']);
    expect(at(row11, 3)).toEqual([]);
    for (const m of r.highlights.marks) expect(m.cue.length).toBeGreaterThan(5);
  });
});

describe('the office\'s own sheets', () => {
  test('a notes sheet "Ngày | Nội dung | Người ghi" is no status matrix: nothing on it is marked or reported', () => {
    // Seed 004 probe: the office's weekly notes; "Người ghi" was taken for a commune.
    const notes = sheet('Ghi chú tuần', [
      ['GHI CHÚ CÔNG VIỆC VĂN PHÒNG ĐIỀU PHỐI NTM - TUẦN 1 THÁNG 7/2025'],
      [],
      ['Ngày', 'Nội dung', 'Người ghi'],
      [new Date(Date.UTC(2025, 6, 3)), 'Xã Lê Lợi báo cáo đã hoàn thành 04 phòng học, đề nghị Phòng GD&ĐT thẩm tra tiêu chí 5.', 'Hoàng Thị Lan'],
      [new Date(Date.UTC(2025, 6, 4)), 'Xã Đức Xuân: 02 xóm chưa đạt danh hiệu văn hóa, tiêu chí 16 chưa đạt - cần chỉ đạo.', 'Hoàng Thị Lan'],
      [null, 'Số xã đạt tiêu chí 16 (đếm tay):', 12],
    ]);
    const r = check([assignmentSheet(ALL_ASSIGNED), fullMatrix(TWO), notes]);
    expect(r.recognized.find((x) => x.sheet === 'Ghi chú tuần')?.role).toBeNull();
    expect(r.findings.filter((f) => f.sheet === 'Ghi chú tuần' && f.severity !== 'info')).toEqual([]);
    expect(r.highlights.marks.filter((m) => m.sheet === 'Ghi chú tuần')).toEqual([]);
  });
});

describe('findings list', () => {
  test('is ordered by severity, sheet, row, column, and capped per check with the total kept', () => {
    const bad = NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 'đạt?', 'Đạt']);
    const r = check([assignmentSheet(ALL_ASSIGNED), sheet('Hiện trạng', [['XÃ NÔNG THÔN MỚI'], ['Mã', 'Tên', ...TWO], ...bad])], { capPerCheck: 10 });
    const unreadable = codes(r, 'status.unreadable');
    expect(unreadable).toHaveLength(10);
    expect(r.counts.find((c) => c.code === 'status.unreadable')).toEqual({ code: 'status.unreadable', severity: 'error', total: 57, shown: 10 });
    expect(unreadable.map((f) => f.cell)).toEqual(['C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12']);
    const sev = r.findings.map((f) => f.severity);
    expect([...sev].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b))).toEqual(sev);
  });

  test('ignored findings are left out by their key, which does not depend on the row', () => {
    const r1 = check([assignmentSheet([...ALL_ASSIGNED, ['Tiêu chí 20', 'Phòng Y tế', null, null, 'quý IV/2023']]), fullMatrix(TWO)]);
    const key = codes(r1, 'code.unknown')[0].key;
    // The same row moved down by an inserted row keeps its key.
    const moved = assignmentSheet([...ALL_ASSIGNED, ['Tiêu chí 3', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'], ['Tiêu chí 20', 'Phòng Y tế', null, null, 'quý IV/2023']]);
    const r2 = check([moved, fullMatrix(TWO)], { ignored: [key] });
    expect(codes(r2, 'code.unknown')).toHaveLength(0);
    expect(r2.ignoredCount).toBe(1);
  });
});

describe('reading sheets as they are', () => {
  test('header below titles, columns in another order, merged two-row header', () => {
    const s = sheet(
      'PC',
      [
        ['UBND HUYỆN X'],
        ['KẾ HOẠCH PHÂN CÔNG'],
        ['Thời gian thực hiện', 'Mã', 'Cơ quan thực hiện', null, 'STT'],
        [null, null, 'Chủ trì', 'Phối hợp', null],
        ['quý III/2023', 'TC 17', 'Phòng TN&MT', 'Phòng NN&PTNT', 1],
      ],
      [{ top: 2, left: 2, bottom: 2, right: 3 }, { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }],
    );
    const r = check([s]);
    expect(r.recognized[0]).toMatchObject({ role: 'assignment', headerRow: 2 });
    expect(codes(r, 'code.unknown')).toHaveLength(0);
    expect(codes(r, 'department.unknown')).toHaveLength(0);
    expect(r.summary.departments.map((d) => d.departmentId)).toContain('tn-mt');
  });

  test('a matrix with a town column ("TT Định An"), total, rate and note columns, under a title line', () => {
    const header = ['STT', 'Mã', 'Tiêu chí / chỉ tiêu', 'Xã Tân Sơn', 'Xã Kim Sơn', 'TT Định An', 'Số xã đạt', 'Tỷ lệ (%)', 'Ghi chú'];
    const rows = NTM_INDICATORS.map((c, i) => [i + 1, c, `Chỉ tiêu ${c}`, 'Đạt', c === '11' ? 'Chưa đạt' : 'Đạt', 'x', c === '11' ? 2 : 3, c === '11' ? '66,7%' : '100%', c === '11' ? 'Đang rà soát' : null]);
    const r = check([sheet('Hiện trạng', [['UBND HUYỆN X'], ['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], header, ...rows])]);
    // The header is the third row, not the title line above it.
    expect(r.recognized[0]).toMatchObject({ role: 'status-matrix', headerRow: 2 });
    // "TT" alone would be the row-number column; "TT Định An" is the town of Định An, read like the communes.
    expect(r.summary.communes.map((c) => [c.display, c.criteriaMet.length, c.criteriaUnmet])).toEqual([
      ['Tân Sơn', 19, []],
      ['Kim Sơn', 18, ['11']],
      ['thị trấn Định An', 19, []],
    ]);
  });

  test('a long table whose commune cell is merged down, or left blank under the name, reads every row', () => {
    // Hand count: Tân Sơn 11 chưa đạt, 12.1 đạt, 13.1 đạt; Kim Sơn 11 đạt, 12.1 chưa đạt.
    const rows = [['KẾT QUẢ RÀ SOÁT XÃ NÔNG THÔN MỚI'], ['STT', 'Xã', 'Mã', 'Đánh giá'], [1, 'Tân Sơn', '11', 'Chưa đạt'], [2, null, '12.1', 'Đạt'], [3, null, '13.1', 'Đạt'], [4, 'Kim Sơn', '11', 'Đạt'], [5, null, '12.1', 'Chưa đạt']];
    const merged = check([sheet('KQ', rows, [{ top: 2, left: 1, bottom: 4, right: 1 }, { top: 5, left: 1, bottom: 6, right: 1 }])]);
    const blank = check([sheet('KQ', rows)]);
    for (const r of [merged, blank]) {
      expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet, c.indicatorsMet])).toEqual([
        ['Tân Sơn', ['11'], 2],
        ['Kim Sơn', ['12'], 1],
      ]);
    }
    // Merged cells say it; blank cells are an interpretation, said once.
    expect(codes(merged, 'status.commune-from-above')).toHaveLength(0);
    expect(codes(blank, 'status.commune-from-above')).toEqual([expect.objectContaining({ severity: 'info', cell: 'B4', found: '3' })]);
  });

  test('a status row with no commune and none above is a finding, not a silent skip', () => {
    const r = check([sheet('KQ', [['KẾT QUẢ'], ['Xã', 'Mã', 'Đánh giá'], [null, '11', 'Đạt'], ['Tân Sơn', '11', 'Chưa đạt']])]);
    expect(codes(r, 'status.no-commune')).toEqual([expect.objectContaining({ severity: 'warning', cell: 'A3', indicator: '11' })]);
  });

  test('assignment rows under a lead and a deadline merged down over them take both', () => {
    // Criteria 1–2: Phòng Kinh tế và Hạ tầng, quý IV/2023, merged over two rows; 3–4: Phòng NN&PTNT, quý II/2023.
    const rows = [['BẢNG PHÂN CÔNG'], [], ASSIGN_HEADER,
      [1, 'Tiêu chí 1', null, 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023', null],
      [2, 'Tiêu chí 2', null, null, null, null, null, null],
      [3, 'Tiêu chí 3', null, 'Phòng NN&PTNT', null, null, 'quý II/2023', null],
      [4, 'Tiêu chí 4', null, null, null, null, null, null]];
    const merges = [{ top: 3, left: 3, bottom: 4, right: 3 }, { top: 3, left: 6, bottom: 4, right: 6 }, { top: 5, left: 3, bottom: 6, right: 3 }, { top: 5, left: 6, bottom: 6, right: 6 }];
    const r = check([sheet('Phân công', rows, merges), fullMatrix(TWO)]);
    const items = (id: string) => r.summary.departments.find((d) => d.departmentId === id)!.items.map((i) => [i.code, i.deadlineLabel]);
    expect(items('kt-ht')).toEqual([['1', 'Quý IV/2023'], ['2', 'Quý IV/2023']]);
    expect(items('nn-ptnt')).toEqual([['3', 'Quý II/2023'], ['4', 'Quý II/2023']]);
    expect(codes(r, 'deadline.missing')).toHaveLength(0);
    expect(codes(r, 'assign.no-lead').map((f) => f.indicator)).not.toEqual(expect.arrayContaining(['2']));
    expect(codes(r, 'assign.no-lead').map((f) => f.indicator)).not.toEqual(expect.arrayContaining(['4']));
  });

  test('an unknown department in a merged lead cell is reported once, at the cell that holds it', () => {
    const rows = [['BẢNG PHÂN CÔNG'], [], ASSIGN_HEADER,
      [1, 'Tiêu chí 1', null, 'Phòng Hạ tầng giao thông', null, null, 'quý IV/2023', null],
      [2, 'Tiêu chí 2', null, null, null, null, null, null]];
    const r = check([sheet('Phân công', rows, [{ top: 3, left: 3, bottom: 4, right: 3 }]), fullMatrix(TWO)]);
    expect(codes(r, 'department.unknown').map((f) => f.cell)).toEqual(['D4']);
  });

  test('"… và các đơn vị có liên quan" after a name is that department (seed 003); "P. Tài chính - KH" is Phòng TC-KH', () => {
    const rows: [string, string, string, null, string][] = [
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19', 'P. Tài chính - KH', 'Bảo hiểm xã hội huyện và các đơn vị có liên quan', null, 'quý IV/2023'],
      ['Tiêu chí 16', 'Phòng Văn hóa - Thông tin', 'Trung tâm Văn hóa TT&TT và các đơn vị có liên quan', null, 'quý IV/2023'],
    ];
    const r = check([assignmentSheet(rows), fullMatrix(TWO)]);
    expect(codes(r, 'department.unknown')).toEqual([]);
    const ids = r.summary.departments.map((d) => d.departmentId).sort();
    expect(ids).toEqual(['bhxh', 'tc-kh', 'tt-vh-tt-tt', 'vh-tt'].sort());
  });

  test('a lead cell that marks who coordinates: "(phối hợp)" names are coordinators, not a second lead', () => {
    const rows: [string, string, null, null, string][] = [['Tiêu chí 13', 'Phòng NN&PTNT (chủ trì), Phòng TC-KH (phối hợp)', null, null, 'quý IV/2023']];
    const r = check([assignmentSheet(rows), fullMatrix(TWO)]);
    expect(codes(r, 'assign.multiple-leads')).toHaveLength(0);
    const role = (id: string) => r.summary.departments.find((d) => d.departmentId === id)?.items.find((i) => i.code === '13')?.role;
    expect(role('nn-ptnt')).toBe('lead');
    expect(role('tc-kh')).toBe('coordinator');
  });

  test('one sheet per commune: each is its own commune, never the "xã nông thôn mới" of a title', () => {
    const body = (v11: string, title = 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI') => [[title], ['TT', 'Mã', 'Nội dung', 'Đánh giá'], [1, '11', 'Nghèo đa chiều', v11], [2, '12.1', 'Lao động', 'Đạt']];
    const r = check([sheet('Xã Tân Sơn', body('Chưa đạt')), sheet('TT Định An', body('Đạt')), sheet('Kim Sơn', body('Đạt')), sheet('Trang 4', body('Chưa đạt', 'KẾT QUẢ CỦA XÃ HÀM GIANG'))]);
    expect(r.recognized.every((x) => x.role === 'status-commune')).toBe(true);
    // Hand count: Tân Sơn and Hàm Giang miss 11; each sheet has 2 rows, so 1 or 2 indicators met.
    expect(r.summary.communes.map((c) => [c.communeKey, c.criteriaUnmet, c.indicatorsMet])).toEqual([
      ['xa:tân sơn', ['11'], 1],
      ['thi-tran:định an', [], 2],
      ['xa:kim sơn', [], 2],
      ['xa:hàm giang', ['11'], 1],
    ]);
  });

  test('a per-commune sheet titled "… XÃ LÊ LAI NĂM 2025" is Lê Lai, not "Lê Lai Năm 2025"', () => {
    const body = (title: string) => [[title], ['TT', 'Mã', 'Nội dung', 'Đánh giá'], [1, '11', 'Nghèo đa chiều', 'Đạt']];
    const r = check([
      sheet('Trang 1', body('KẾT QUẢ THỰC HIỆN TIÊU CHÍ XÃ LÊ LAI NĂM 2025')),
      sheet('Trang 2', body('HIỆN TRẠNG XÃ ĐỨC LONG, HUYỆN THẠCH AN')),
      sheet('Trang 3', body('THỊ TRẤN ĐÔNG KHÊ - HUYỆN THẠCH AN')),
    ]);
    expect(r.summary.communes.map((c) => c.display)).toEqual(['Lê Lai', 'Đức Long', 'thị trấn Đông Khê']);
  });

  test('a status formula never calculated is said as such, not taken for a blank', () => {
    const r = check([assignmentSheet(ALL_ASSIGNED), fullMatrix(TWO, { '11': [{ error: NOT_CALCULATED }, 'Đạt'] })]);
    const f = codes(r, 'status.unreadable');
    expect(f).toEqual([expect.objectContaining({ commune: 'xa:tân sơn', indicator: '11' })]);
    expect(f[0].message.vi).toContain('công thức chưa được tính');
  });

  test('a matrix whose commune names sit under a merged "Kết quả thực hiện tại các xã" is read with every commune', () => {
    const rows: CellValue[][] = [
      ['BIỂU TỔNG HỢP HIỆN TRẠNG TIÊU CHÍ NÔNG THÔN MỚI CÁC XÃ NĂM 2025'],
      [],
      ['TT', 'Mã', 'Nội dung', 'Kết quả thực hiện tại các xã'],
      [null, null, null, 'LÊ LAI', 'ĐỨC LONG', 'ĐỨC XUÂN'],
      ...NTM_INDICATORS.map((c, i) => [i + 1, c, `Chỉ tiêu ${c}`, 'Đạt', c === '11' ? 'Chưa đạt' : 'Đạt', c.startsWith('17.') ? 'Chưa đạt' : 'Đạt']),
    ];
    const r = check([sheet('Hiện trạng', rows, [{ top: 0, left: 0, bottom: 0, right: 5 }, { top: 2, left: 3, bottom: 2, right: 5 }])]);
    expect(r.recognized[0]).toMatchObject({ role: 'status-matrix' });
    expect(codes(r, 'commune.unknown')).toEqual([]);
    // Hand count: Đức Long misses 11, Đức Xuân misses 17.
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Lê Lai', []], ['Đức Long', ['11']], ['Đức Xuân', ['17']]]);
  });

  test('a status matrix with a "Chỉ tiêu chung" norm column is status, not a definitions sheet', () => {
    const rows: CellValue[][] = [
      ['KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI CỦA CÁC XÃ NĂM 2023'],
      ['TT', 'Tiêu chí', 'Nội dung tiêu chí', 'Chỉ tiêu chung', 'Đắk Môl', 'Nam Bình'],
      ...NTM_INDICATORS.map((c, i) => [i + 1, c, `Chỉ tiêu ${c}`, 'Đạt', 'Đạt', c === '10' ? 'Chưa đạt' : 'Đạt']),
    ];
    const r = check([sheet('Hien trang TC', rows)]);
    expect(r.recognized[0]).toMatchObject({ role: 'status-matrix' });
    expect(r.findings.filter((f) => f.code.startsWith('definitions.'))).toEqual([]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Đắk Môl', []], ['Nam Bình', ['10']]]);
  });

  test('a matrix whose own note says "để trống: chưa đạt": its blank cells are not met; without the note they are missing', () => {
    const rows = NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 'x', c === '11' || c === '13.1' ? null : 'x']);
    const withNote = matrixSheet(TWO, [...rows, [], ['Ghi chú: x: đạt; để trống: chưa đạt']]);
    const r = check([assignmentSheet(ALL_ASSIGNED), withNote]);
    // Hand count: Kim Sơn leaves 11 and 13.1 blank, so criteria 11 and 13 are not met.
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', []], ['Kim Sơn', ['11', '13']]]);
    expect(codes(r, 'status.missing')).toHaveLength(0);
    expect(codes(r, 'status.blank-unmet')).toEqual([expect.objectContaining({ severity: 'info', found: '2' })]);
    const plain = check([assignmentSheet(ALL_ASSIGNED), matrixSheet(TWO, rows)]);
    expect(plain.summary.communes[1].criteriaUnmet).toEqual([]);
    expect(codes(plain, 'status.missing').map((f) => f.commune)).toEqual(['xa:kim sơn']);
  });

  test('under "x: đạt; để trống: chưa đạt", a criterion heading row blank for every commune is a heading, not two unmet verdicts', () => {
    // Each criterion with indicators of its own gets a heading row "Tiêu chí N" with no marks, as offices bold them.
    const rows: (string | null)[][] = [];
    for (let n = 1; n <= 19; n++) {
      const own = NTM_INDICATORS.filter((c) => c.split('.')[0] === String(n));
      if (own.length > 1 || own[0] !== String(n)) rows.push([String(n), `Tiêu chí ${n}`, null, null]);
      // Kim Sơn leaves 13.1 blank: not met, by the note; criterion 10 has no indicator rows, so its own row counts.
      for (const c of own) rows.push([c, `Chỉ tiêu ${c}`, 'x', c === '13.1' || c === '10' ? null : 'x']);
    }
    const r = check([assignmentSheet(ALL_ASSIGNED), matrixSheet(TWO, [...rows, [], ['Ghi chú: x: đạt; để trống: chưa đạt']])]);
    expect(codes(r, 'status.criterion-inconsistent')).toEqual([]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', []], ['Kim Sơn', ['10', '13']]]);
  });

  test('communes down, criteria across ("theo xã"): read with its "x" cells, its own blank legend, and its footer rows skipped', () => {
    const crit = Array.from({ length: 19 }, (_, i) => String(i + 1));
    const rows = [
      ['BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ THEO XÃ'],
      ['TT', 'Tên xã', ...crit.map((c) => `TC ${c}`), 'Tổng số tiêu chí đạt'],
      [1, 'Tân Sơn', ...crit.map((c) => (c === '11' || c === '13' ? null : 'x')), 17],
      [2, 'Kim Sơn', ...crit.map(() => 'x'), 19],
      ['Số xã đạt', null, ...crit.map((c) => (c === '11' || c === '13' ? 1 : 2)), null],
      ['Ghi chú: x: đạt; để trống: chưa đạt'],
    ];
    const r = check([sheet('Theo xã', rows, [{ top: 4, left: 0, bottom: 4, right: 1 }])]);
    expect(r.recognized[0]).toMatchObject({ role: 'status-transposed', headerRow: 1 });
    // Hand count: Tân Sơn leaves 11 and 13 blank (not met, by the note); Kim Sơn meets all 19.
    expect(r.summary.communes.map((c) => [c.display, c.criteriaMet.length, c.criteriaUnmet])).toEqual([
      ['Tân Sơn', 17, ['11', '13']],
      ['Kim Sơn', 19, []],
    ]);
    // Criterion verdicts only (probe 9-a): criterion 11 is its own single indicator, so its "chưa đạt"
    // is known; 13.1–13.5 have no result of their own. 57 − 1 − 5 = 51 known met, 5 unknown, not unmet.
    expect(r.summary.communes.map((c) => [c.display, c.indicatorsMet, c.indicatorsUnknown])).toEqual([
      ['Tân Sơn', 51, 5],
      ['Kim Sơn', 57, 0],
    ]);
    const theoXa = r.sheetPlans.find((p) => p.name.startsWith('TH_Theo xã'))!;
    const noteOf = (name: string) => theoXa.values.find((row) => row[1] === name)!.at(-1);
    expect(noteOf('Tân Sơn')).toBe('Chưa đạt: 11, 13; 5 chỉ tiêu chưa có kết quả riêng');
    expect(noteOf('Kim Sơn')).toBeNull();
    expect(codes(r, 'commune.unknown')).toHaveLength(0);
    // Criterion 13 due Quý II/2023 and still not met by Tân Sơn on 15/10/2023: its criterion cell
    // (row 3, column of TC 13) is the one to mark "Quá hạn", as there is no indicator cell.
    const due = check([sheet('Theo xã', rows, [{ top: 4, left: 0, bottom: 4, right: 1 }]), assignmentSheet([['13', 'Phòng Nông nghiệp và PTNT', null, 'Tân Sơn, Kim Sơn', 'Quý II/2023']])]);
    const overdue = due.highlights.marks.filter((m) => m.kind === 'overdue' && m.sheet === 'Theo xã');
    expect(overdue.map((m) => [m.row, m.col, m.cue])).toEqual([[2, 14, 'Quá hạn: mã 13, hạn quý II/2023']]);
    expect(codes(r, 'status.unreadable')).toHaveLength(0);
  });

  test('a commune over one column per year reads its latest year; value and verdict sub-columns are both read', () => {
    // Tân Sơn: 11 chưa đạt in 2022, đạt in 2023; Kim Sơn đạt both years.
    const byYear = [['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], ['Mã', 'Tên chỉ tiêu', 'Tân Sơn', null, 'Kim Sơn', null], [null, null, 'Năm 2022', 'Năm 2023', 'Năm 2022', 'Năm 2023'],
      ...NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, c === '11' ? 'Chưa đạt' : 'Đạt', 'Đạt', 'Đạt', 'Đạt'])];
    const merges = [{ top: 1, left: 2, bottom: 1, right: 3 }, { top: 1, left: 4, bottom: 1, right: 5 }];
    const r = check([sheet('HT', byYear, merges)]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', []], ['Kim Sơn', []]]);
    expect(codes(r, 'status.conflict')).toHaveLength(0);
    expect(codes(r, 'status.year-columns')).toEqual([expect.objectContaining({ severity: 'info', found: '2023' })]);
    // The same commune split into a value and its verdict: both columns count, the verdict decides.
    const split = [byYear[0], byYear[1], [null, null, 'Hiện trạng', 'Đánh giá', 'Hiện trạng', 'Đánh giá'],
      ...NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, c === '11' ? '5%' : 'x', c === '11' ? 'Chưa đạt' : 'Đạt', 'x', 'Đạt'])];
    // A later year's column is a plan: as of 15/10/2023, "Năm 2025" (all Đạt) does not replace 2023.
    const withPlan = [byYear[0], byYear[1], [null, null, 'Năm 2023', 'Năm 2025', 'Năm 2023', 'Năm 2025'], ...NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, c === '11' ? 'Chưa đạt' : 'Đạt', 'Đạt', 'Đạt', 'Đạt'])];
    expect(check([sheet('HT', withPlan, merges)], { asOf: '2023-10-15' }).summary.communes[0].criteriaUnmet).toEqual(['11']);
    // Probe 9-a: "KH năm 2024" is the plan, not 2024's results: as of 15/03/2024, 2023 is read.
    const withKh = [byYear[0], byYear[1], [null, null, 'Năm 2023', 'KH năm 2024', 'Năm 2023', 'KH năm 2024'], ...NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, c === '11' ? 'Chưa đạt' : 'Đạt', 'Đạt', 'Đạt', 'Đạt'])];
    const kh = check([sheet('HT', withKh, merges)], { asOf: '2024-03-15' });
    expect(kh.summary.communes[0].criteriaUnmet).toEqual(['11']);
    expect(codes(kh, 'status.year-columns')[0].message.vi).toBe('Mỗi xã có cột theo năm (2023, 2024): dùng số liệu năm 2023; cột kế hoạch (KH năm 2024): không đọc.');
    // A report date before every year column reads none of them, and says so (not the 2023 figures as of 2021).
    const early = check([sheet('HT', byYear, merges)], { asOf: '2021-06-30' });
    expect(early.summary.communes.every((c) => c.noData)).toBe(true);
    expect(codes(early, 'status.year-columns-none')).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(codes(early, 'status.year-columns-none')[0].message.vi).toContain('không có năm nào đến năm báo cáo');
    // A later year beside the one read is named as such, not as an earlier one (probe 9-a, as of 31/12/2022).
    expect(codes(check([sheet('HT', byYear, merges)], { asOf: '2022-12-31' }), 'status.year-columns')[0].message.vi).toBe('Mỗi xã có cột theo năm (2022, 2023): dùng số liệu năm 2022; năm 2023 sau ngày báo cáo: không đọc.');
    const r2 = check([sheet('HT', split, merges)]);
    expect(r2.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', ['11']], ['Kim Sơn', []]]);
    expect(codes(r2, 'status.year-columns')).toHaveLength(0);
  });

  test('the workbook\'s own list of departments completes the registry: its names and other spellings resolve', () => {
    const rows: [string, string, string | null, null, string][] = [...ALL_ASSIGNED, ['Tiêu chí 4', 'Điện lực Trà Cú', 'Phòng KH&CN', null, 'quý IV/2023']];
    const without = check([assignmentSheet(rows), fullMatrix(TWO)]);
    expect(codes(without, 'department.unknown').map((f) => f.found).sort()).toEqual(['Phòng KH&CN', 'Điện lực Trà Cú']);
    const list = sheet('Cơ quan', [['DANH SÁCH CƠ QUAN'], ['STT', 'Tên cơ quan', 'Tên viết tắt, cách viết khác'], [1, 'Phòng Khoa học và Công nghệ', 'Phòng KH&CN'], [2, 'Điện lực huyện', 'Điện lực Trà Cú; Chi nhánh điện Trà Cú']]);
    const r = check([assignmentSheet(rows), fullMatrix(TWO), list]);
    expect(r.recognized.find((x) => x.sheet === 'Cơ quan')!.role).toBe('departments');
    expect(codes(r, 'department.unknown')).toHaveLength(0);
    const names = r.summary.departments.map((d) => d.department);
    expect(names).toContain('Phòng Khoa học và Công nghệ');
    // A known body's other spelling joins it ("Điện lực huyện" ships; "Điện lực Trà Cú" is this plan's way).
    expect(r.summary.departments.find((d) => d.departmentId === 'dien-luc')!.items.map((i) => [i.code, i.role])).toEqual([['4', 'lead']]);
  });

  test('a scope that describes communes without naming them is read as every commune and said; a name no status sheet has is said', () => {
    const run = (scope: string) => check([assignmentSheet([
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
      ['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, scope, 'quý IV/2023'],
    ]), fullMatrix(TWO, { '11': ['Chưa đạt', 'Chưa đạt'] })]);
    // "Các xã chưa đạt", "Các xã trên địa bàn huyện": every commune, nothing to say.
    for (const scope of ['Các xã chưa đạt', 'Các xã trên địa bàn huyện']) {
      const r = run(scope);
      expect({ scope, codes: r.findings.filter((f) => f.code.startsWith('assign.') || f.code.startsWith('commune.')).map((f) => f.code) }).toEqual({ scope, codes: [] });
    }
    // No names: read as every commune (so no lead is missing), with a warning at the cell.
    for (const scope of ['Các xã đăng ký đạt chuẩn năm 2024', '2 xã', 'Các xã còn lại']) {
      const r = run(scope);
      expect({ scope, noLead: codes(r, 'assign.no-lead').length }).toEqual({ scope, noLead: 0 });
      expect(codes(r, 'assign.scope-unclear')).toEqual([expect.objectContaining({ cell: 'F5', found: scope, severity: 'warning' })]);
    }
    // Without a communes sheet a note typed in the column is no commune of the status sheet.
    const note = run('Theo kế hoạch');
    expect(codes(note, 'assign.commune-no-status')).toEqual([expect.objectContaining({ cell: 'F5', found: 'Theo kế hoạch' })]);
    // Tân Sơn and Kim Sơn, the status sheet's own communes, need no such finding.
    expect(codes(run('Tân Sơn, Kim Sơn'), 'assign.commune-no-status')).toHaveLength(0);
  });

  test('lists typed one item per line (Alt+Enter) are split like lists with commas', () => {
    const r = check([
      communesSheet([['Tân Sơn', 'xã', 'Nông thôn mới'], ['Kim Sơn', 'xã', 'Nông thôn mới'], ['Hàm Giang', 'xã', 'Nông thôn mới']]),
      assignmentSheet([
        ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
        ['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', 'Trung tâm Y tế\nPhòng Tài chính - Kế hoạch', null, 'quý IV/2023'],
        ['Tiêu chí 15', 'Phòng Y tế', null, 'Tân Sơn\r\nKim Sơn\nHàm Giang', 'quý IV/2023'],
      ]),
      fullMatrix(['Tân Sơn', 'Kim Sơn', 'Hàm Giang']),
    ]);
    expect(r.findings.filter((f) => f.code === 'department.unknown' || f.code === 'commune.unknown' || f.code === 'assign.no-lead')).toEqual([]);
    const coordinatorOf11 = r.summary.departments.filter((d) => d.items.some((i) => i.code === '11' && i.role === 'coordinator')).map((d) => d.departmentId).sort();
    expect(coordinatorOf11).toEqual(['tc-kh', 'tt-y-te']);
  });

  test('"Các xã còn lại" under a row naming communes for the same code means every other commune of the set', () => {
    const r = check([assignmentSheet([
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
      ['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, 'Tân Sơn', 'quý IV/2023'],
      ['Tiêu chí 11', 'Phòng Tài chính - Kế hoạch', null, 'Các xã còn lại', 'quý IV/2023'],
    ]), fullMatrix(TWO, { '11': ['Chưa đạt', 'Chưa đạt'] })], { asOf: '2024-01-15' });
    expect(codes(r, 'assign.scope-unclear')).toHaveLength(0);
    // Two leads for 11, but each for its own communes: not several leads for one commune.
    expect(r.findings.filter((f) => f.code.startsWith('assign.')).map((f) => f.code)).toEqual([]);
    const unmet11 = (id: string) => r.summary.departments.find((d) => d.departmentId === id)!.items.find((i) => i.code === '11')!.communesUnmet;
    expect(unmet11('ld-tbxh')).toEqual(['Tân Sơn']);
    expect(unmet11('tc-kh')).toEqual(['Kim Sơn']);
  });

  test('a code cell as seed 004 writes it: "; các chỉ tiêu …" continues the list, a repeated code is said, an unread rest is said', () => {
    const r = check([assignmentSheet([
      ['Tiêu chí 1, 2, 4, 5, 6, 7, 8, 10, 11, 12, 14, 15, 16, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
      ['Tiêu chí số 3; các chỉ tiêu 13.1, 13.2, 13.3, 13.4, 13.5; các chỉ tiêu 17.1, 17.2, 17.3, 17.4, 17.5, 17.6, 17.7, 17.8, 17.9, 17.10, 17.11, 17.12', 'Phòng Tài nguyên và Môi trường', null, null, 'quý IV/2023'],
      ['Tiêu chí số 9; tiêu chí số 18, tiêu chí số 9', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023'],
      ['Tiêu chí 4; mục 17a', 'Phòng Y tế', null, null, 'quý IV/2023'],
    ]), fullMatrix(TWO)]);
    // Every criterion now has a lead: 3, 13 and 17 from the second row, 9 and 18 from the third.
    expect(codes(r, 'assign.no-lead')).toEqual([]);
    expect(codes(r, 'assign.duplicate-department')).toEqual([expect.objectContaining({ cell: 'B6', found: '9', department: 'kt-ht', departments: ['kt-ht'] })]);
    expect(codes(r, 'code.unreadable')).toEqual([expect.objectContaining({ cell: 'B7', found: 'mục 17a', severity: 'warning' })]);
  });

  test('an unclear scope merged down over several rows is said once, at its cell', () => {
    const s = sheet('Phân công', [
      ['BẢNG PHÂN CÔNG'],
      ASSIGN_HEADER,
      [1, 'Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10', null, 'Phòng Nông nghiệp và Phát triển nông thôn', null, 'Các xã đăng ký đạt chuẩn', 'quý IV/2023'],
      [2, 'Tiêu chí 11, 12, 13, 14', null, 'Phòng Lao động - Thương binh và Xã hội', null, null, 'quý IV/2023'],
      [3, 'Tiêu chí 15, 16, 17, 18, 19', null, 'Phòng Y tế', null, null, 'quý IV/2023'],
    ], [{ top: 2, left: 5, bottom: 4, right: 5 }]);
    const r = check([s, fullMatrix(TWO)]);
    expect(codes(r, 'assign.scope-unclear')).toEqual([expect.objectContaining({ cell: 'F3' })]);
  });

  test('"Tất cả các tiêu chí" / "Toàn bộ 19 tiêu chí" assigns every criterion of the set; "Toàn bộ 10 tiêu chí" does not', () => {
    const r = check([assignmentSheet([
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023'],
      ['Tất cả các tiêu chí', 'Văn phòng Điều phối NTM', null, null, 'quý IV/2023'],
      ['Toàn bộ 19 tiêu chí', null, 'Phòng Tài chính - Kế hoạch', null, 'quý IV/2023'],
      ['Toàn bộ 10 tiêu chí', 'Phòng Y tế', null, null, 'quý IV/2023'],
    ]), fullMatrix(TWO)]);
    const items = (id: string) => r.summary.departments.find((d) => d.departmentId === id)?.items.map((i) => i.code);
    const all19 = Array.from({ length: 19 }, (_, i) => String(i + 1));
    expect(items('vpdp-ntm')).toEqual(all19);
    expect(items('tc-kh')).toEqual(all19);
    // 10 of 19 names no criteria in particular: the code cell stays a finding.
    expect(items('y-te')).toBeUndefined();
    expect(codes(r, 'code.unreadable').map((f) => f.found)).toEqual(['Toàn bộ 10 tiêu chí']);
  });

  test('a department written with the district\'s own name ("Điện lực Trà Cú") is that district\'s department', () => {
    const rows: [string, string, string | null, null, string][] = [...ALL_ASSIGNED, ['Tiêu chí 4', 'Điện lực Trà Cú', 'Công an Trà Cú, UBND thị trấn Trà Cú', null, 'quý IV/2023']];
    const inTraCu = assignmentSheet(rows);
    inTraCu.rows[0] = ['ỦY BAN NHÂN DÂN HUYỆN TRÀ CÚ'];
    const r = check([inTraCu, fullMatrix(TWO)]);
    expect(codes(r, 'department.unknown')).toHaveLength(0);
    const roles = (id: string) => r.summary.departments.find((d) => d.departmentId === id)?.items.map((i) => [i.code, i.role]);
    expect(roles('dien-luc')).toEqual([['4', 'lead']]);
    expect(roles('cong-an')).toEqual(expect.arrayContaining([['4', 'coordinator']]));
    // "UBND thị trấn Trà Cú" is the town's committee, not a district body.
    expect(r.summary.departments.some((d) => d.departmentId.startsWith('ubnd-xa:thi-tran:'))).toBe(true);
    // Another district's title: "Trà Cú" is no place tail there, and the name stays unknown.
    expect(codes(check([assignmentSheet(rows), fullMatrix(TWO)]), 'department.unknown').map((f) => f.found)).toEqual(['Điện lực Trà Cú', 'Công an Trà Cú']);
  });

  test('a matrix with the criterion merged down beside an indicator column reads every indicator row', () => {
    const rows = [['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], ['Tiêu chí', 'Chỉ tiêu', 'Nội dung', 'Tân Sơn', 'Kim Sơn'],
      ['2. Giao thông', '2.1', 'Đường xã', 'Đạt', 'Đạt'], [null, '2.2', 'Đường thôn', 'Chưa đạt', 'Đạt'], [null, '2.3', 'Đường ngõ', 'Đạt', 'Đạt'], [null, '2.4', 'Đường nội đồng', 'Đạt', 'Đạt']];
    const r = check([sheet('HT', rows, [{ top: 2, left: 0, bottom: 5, right: 0 }])]);
    expect(r.recognized[0].role).toBe('status-matrix');
    // Hand count: Tân Sơn misses 2.2, so criterion 2; Kim Sơn meets 2.1–2.4.
    expect(r.summary.communes.map((c) => [c.display, c.criteriaMet, c.criteriaUnmet, c.indicatorsMet])).toEqual([
      ['Tân Sơn', [], ['2'], 3],
      ['Kim Sơn', ['2'], [], 4],
    ]);
  });

  test('a long table with "Tiêu chí" merged down beside "Chỉ tiêu" reads each row\'s indicator', () => {
    const rows = [['KẾT QUẢ'], ['Xã', 'Tiêu chí', 'Chỉ tiêu', 'Đánh giá'], ['Tân Sơn', '2. Giao thông', '2.1', 'Đạt'], ['Tân Sơn', null, '2.2', 'Chưa đạt'], ['Tân Sơn', null, '2.3', 'Đạt'], ['Tân Sơn', null, '2.4', 'Đạt']];
    const r = check([sheet('KQ', rows, [{ top: 2, left: 1, bottom: 5, right: 1 }])]);
    expect(r.recognized[0].role).toBe('status-long');
    expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet, c.indicatorsMet])).toEqual([['Tân Sơn', ['2'], 3]]);
  });

  test('an assignment sheet with "Tiêu chí" merged down beside "Chỉ tiêu" assigns each row\'s indicator', () => {
    const rows = [['BẢNG PHÂN CÔNG'], ['STT', 'Tiêu chí', 'Chỉ tiêu', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn hoàn thành'],
      [1, '17. Môi trường', '17.1', 'Nước sạch', 'Phòng Tài nguyên và Môi trường', 'quý IV/2023'], [2, null, '17.2', 'Cơ sở sản xuất', 'Phòng Kinh tế và Hạ tầng', 'quý IV/2023']];
    const r = check([sheet('PC', rows, [{ top: 2, left: 1, bottom: 3, right: 1 }]), fullMatrix(TWO)]);
    const items = (id: string) => r.summary.departments.find((d) => d.departmentId === id)?.items.map((i) => i.code);
    expect(items('tn-mt')).toEqual(['17.1']);
    expect(items('kt-ht')).toEqual(['17.2']);
    expect(codes(r, 'code.unreadable')).toHaveLength(0);
  });

  test('"Tất cả các xã trừ Tân Sơn" covers every commune but Tân Sơn; "trừ thị trấn" every commune but the towns', () => {
    const three = ['Tân Sơn', 'Kim Sơn', 'TT Định An'];
    const rows: [string, string, null, string, string][] = [
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, 'Toàn huyện', 'quý IV/2023'],
      ['Tiêu chí 11', 'Phòng Lao động - Thương binh và Xã hội', null, 'Tất cả các xã trừ Tân Sơn', 'quý II/2023'],
      ['Tiêu chí 11', 'Phòng Nông nghiệp và Phát triển nông thôn', null, 'Tân Sơn', 'quý II/2023'],
    ];
    // Every commune misses 11.
    const r = check([assignmentSheet(rows), fullMatrix(three, { '11': ['Chưa đạt', 'Chưa đạt', 'Chưa đạt'] })]);
    expect(codes(r, 'assign.multiple-leads')).toHaveLength(0);
    expect(codes(r, 'commune.unknown')).toHaveLength(0);
    const unmet = (id: string) => r.summary.departments.find((d) => d.departmentId === id)!.items.find((i) => i.code === '11')!.communesUnmet;
    expect(unmet('ld-tbxh')).toEqual(['Kim Sơn', 'thị trấn Định An']);
    expect(unmet('nn-ptnt')).toEqual(['Tân Sơn']);
    const towns = check([assignmentSheet([[rows[0][0], rows[0][1], null, 'Toàn huyện, trừ thị trấn', 'quý IV/2023']]), fullMatrix(three, { '1.1': ['Chưa đạt', 'Chưa đạt', 'Chưa đạt'] })]);
    expect(towns.summary.departments.find((d) => d.departmentId === 'nn-ptnt')!.items.find((i) => i.code === '1')!.communesUnmet).toEqual(['Tân Sơn', 'Kim Sơn']);
  });

  test('a communes list with the type and target set merged down over a group gives each commune both', () => {
    const list = sheet('DS', [['DANH SÁCH XÃ'], ['STT', 'Tên xã', 'Loại', 'Bộ tiêu chí phấn đấu'], [1, 'Tân Sơn', 'Xã', 'NTM nâng cao'], [2, 'Kim Sơn', null, null], [3, 'Hàm Giang', null, null], [4, 'Định An', 'Thị trấn', 'Đô thị văn minh']],
      [{ top: 2, left: 2, bottom: 4, right: 2 }, { top: 2, left: 3, bottom: 4, right: 3 }]);
    const r = check([list]);
    // Three communes target the advanced set: each has no status for it yet.
    expect(codes(r, 'status.missing').map((f) => f.commune).sort()).toEqual(['xa:hàm giang', 'xa:kim sơn', 'xa:tân sơn']);
    const bad = check([sheet('DS', [['DANH SÁCH XÃ'], ['STT', 'Tên xã', 'Loại', 'Bộ tiêu chí phấn đấu'], [1, 'Tân Sơn', 'Xã', 'Bộ lạ'], [2, 'Kim Sơn', null, null]], [{ top: 2, left: 3, bottom: 3, right: 3 }])]);
    expect(codes(bad, 'set.unknown').map((f) => f.cell)).toEqual(['D3']);
  });

  test('a sheet that cannot be recognized says what was looked for; nothing usable → unusable', () => {
    const r = check([sheet('Ghi chép', [['Họp giao ban ngày 5/10'], ['Nội dung', 'Người ghi']])]);
    expect(r.usable).toBe(false);
    expect(r.recognized[0].role).toBeNull();
    expect(r.recognized[0].reason.vi).toContain('Cơ quan chủ trì');
    expect(r.unusableReason?.vi).toContain('Ghi chép');
  });

  test('NFD text, NBSP and the look-alike Ð read like clean text', () => {
    const nfd = 'Tân Sơn'.normalize('NFD');
    const r = check([
      communesSheet([['Tân Sơn', 'xã', 'Nông thôn mới'], ['Đại An', 'xã', 'Nông thôn mới']]),
      assignmentSheet(ALL_ASSIGNED),
      fullMatrix([nfd, '\u00D0ại\u00A0An']),
    ]);
    expect(codes(r, 'commune.unknown')).toHaveLength(0);
    expect(r.summary.communes.map((c) => c.display)).toEqual(['Tân Sơn', 'Đại An']);
  });

  test('text in TCVN3 (.VnTime) is reported with the Unicode reading as suggestion', () => {
    const s = sheet('Hiện trạng', [['XÃ NÔNG THÔN MỚI'], ['Mã', 'Tên', 'Tân Sơn'], ['1.1', 'Quy ho¹ch', 'Đạt']], [], [[], [], [undefined, '.VnTime', undefined]]);
    const r = check([assignmentSheet(ALL_ASSIGNED), s]);
    const f = codes(r, 'text.legacy-encoding');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'B3', suggestion: 'Quy hoạch' });
  });

  test('text in TCVN3 / VNI is read as its Unicode text, said on the cells as typed (seed 001 probe)', () => {
    // "Cao L©u" (TCVN3) heads a commune column; "Ch\u00ADa ®¹t" has TCVN3's "ư" (U+00AD, a soft
    // hyphen to Unicode); the lead "Phßng Kinh tÕ vµ H¹ tÇng" (TCVN3) and "Phoøng Y teá" (VNI).
    const status = matrixSheet(['Hòa Cư', 'Cao L\u00A9u'], NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 'Đạt', c === '11' ? 'Ch\u00ADa \u00AE\u00B9t' : '\u00A7\u00B9t']));
    const plan = assignmentSheet([
      ['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19', 'Phßng Kinh tÕ vµ H¹ tÇng', null, null, 'Quý IV/2024'],
      ['Tiêu chí 15', 'Phoøng Y teá', null, null, 'Quý IV/2024'],
    ]);
    const r = check([plan, status], { asOf: '2024-10-15' });
    expect(codes(r, 'commune.unknown')).toEqual([]);
    expect(codes(r, 'department.unknown')).toEqual([]);
    expect(codes(r, 'status.unreadable')).toEqual([]);
    // Cao Lâu: every criterion met but 11 ("Chưa đạt").
    const cao = r.summary.communes.find((c) => c.display === 'Cao Lâu')!;
    expect(cao.criteriaUnmet).toEqual(['11']);
    expect(cao.criteriaMet).toHaveLength(18);
    // One department each, named in Unicode on the summaries.
    expect(r.summary.departments.map((d) => d.department).sort()).toEqual(['Phòng Kinh tế và Hạ tầng', 'Phòng Y tế']);
    // The cells are still said to be in a legacy encoding, with their Unicode reading.
    const legacy = codes(r, 'text.legacy-encoding');
    expect(legacy.find((f) => f.sheet === 'Phân công' && f.suggestion === 'Phòng Kinh tế và Hạ tầng')).toBeDefined();
    expect(legacy.find((f) => f.suggestion === 'Cao Lâu')).toBeDefined();
  });

  test('section rows set the set of the rows under them', () => {
    const s = sheet('Phân công', [
      ASSIGN_HEADER,
      ['I. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'],
      [1, 'Tiêu chí 15', null, 'Phòng Y tế', null, null, 'quý II/2023'],
      ['II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO'],
      [1, 'Tiêu chí 15', null, 'Phòng Nội vụ', null, null, 'quý II/2023'],
    ]);
    const r = check([s]);
    const items = r.summary.departments.flatMap((d) => d.items.map((i) => `${d.departmentId}:${i.setId}:${i.code}:${i.name}`));
    expect(items).toEqual(expect.arrayContaining(['y-te:xa-ntm-2021:15:Y tế', 'noi-vu:xa-ntm-nang-cao-2021:15:Hành chính công']));
  });

  test('a set cell naming two sets ("Xã NTM và xã NTM nâng cao", seed 004) assigns the row in each', () => {
    const s = sheet('Phân công', [
      ['STT', 'Bộ tiêu chí', 'Tiêu chí/chỉ tiêu', 'Cơ quan chủ trì', 'Thời hạn hoàn thành'],
      [1, 'Xã NTM và xã NTM nâng cao', 'Chỉ tiêu 13.1', 'Phòng Tài chính - Kế hoạch', 'quý IV/2023'],
      [2, 'Xã NTM nâng cao', 'Tiêu chí 15', 'Phòng Y tế', 'quý IV/2023'],
    ]);
    const r = check([s]);
    const items = r.summary.departments.flatMap((d) => d.items.map((i) => `${d.departmentId}:${i.setId}:${i.code}`)).sort();
    expect(items).toEqual(['tc-kh:xa-ntm-2021:13.1', 'tc-kh:xa-ntm-nang-cao-2021:13.1', 'y-te:xa-ntm-nang-cao-2021:15']);
  });

  test('a section row split over two cells ("II" | "BỘ TIÊU CHÍ XÃ NTM NÂNG CAO" merged across) sets the set too', () => {
    const s = sheet('Phân công', [
      ASSIGN_HEADER,
      ['I', 'BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'],
      [1, 'Tiêu chí 15', null, 'Phòng Y tế', null, null, 'quý II/2023'],
      ['II', 'BỘ TIÊU CHÍ XÃ NTM NÂNG CAO'],
      [1, 'Tiêu chí 15', null, 'Phòng Nội vụ', null, null, 'quý II/2023'],
    ], [{ top: 1, left: 1, bottom: 1, right: 7 }, { top: 3, left: 1, bottom: 3, right: 7 }]);
    const r = check([s]);
    const items = r.summary.departments.flatMap((d) => d.items.map((i) => `${d.departmentId}:${i.setId}:${i.code}`));
    expect(items).toEqual(expect.arrayContaining(['y-te:xa-ntm-2021:15', 'noi-vu:xa-ntm-nang-cao-2021:15']));
    expect(codes(r, 'assign.multiple-leads')).toEqual([]);
    expect(codes(r, 'code.unreadable')).toEqual([]);
  });
});

test('a merge down a whole column (A1:A1048576 happens by accident) covers only the rows the sheet has', () => {
  const rows = [['BẢNG PHÂN CÔNG'], [], ASSIGN_HEADER, [1, 'Tiêu chí 1', null, 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023', null], [2, 'Tiêu chí 2', null, null, null, null, null, null]];
  const s = sheet('Phân công', rows, [{ top: 3, left: 3, bottom: 1048575, right: 3 }]);
  // One row under the merge's top has data: one entry, not a million.
  expect([...(mergedDown(s, 3, 3) ?? new Map()).entries()]).toEqual([[4, 3]]);
  const r = check([s, fullMatrix(TWO)]);
  expect(r.summary.departments.find((d) => d.departmentId === 'kt-ht')!.items.map((i) => i.code)).toEqual(['1', '2']);
});

test('the blank-cell legend is read in the forms offices write it, and only when it says "chưa đạt"', () => {
  const legendOf = (text: string) => blankMeansUnmet(sheet('S', [['Mã', 'Tân Sơn'], ['11', 'x'], [text]]));
  for (const t of ['Ghi chú: x: đạt; để trống: chưa đạt', 'Ô trống là chưa đạt', '(trống) = Chưa đạt', 'Ghi chú: "x" là đạt, bỏ trống - không đạt']) expect({ t, at: legendOf(t) }).toEqual({ t, at: { row: 2, col: 0 } });
  for (const t of ['Để trống nếu chưa có số liệu', 'Ghi chú: x là đạt; chưa đạt ghi rõ lý do']) expect({ t, at: legendOf(t) }).toEqual({ t, at: undefined });
});

test('a matrix that marks the unmet cells ("x: chưa đạt; để trống: đạt") is read the way its note says', () => {
  // Tân Sơn: x on 11 only; Kim Sơn: nothing marked.
  const rows = NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, c === '11' ? 'x' : null, null]);
  const m = matrixSheet(['Tân Sơn', 'Kim Sơn'], rows);
  m.rows.push(['Ghi chú: x - chưa đạt; để trống - đạt']);
  const r = check([m]);
  expect(r.summary.communes.map((c) => [c.display, c.criteriaMet.length, c.criteriaUnmet])).toEqual([['Tân Sơn', 18, ['11']], ['Kim Sơn', 19, []]]);
  expect(codes(r, 'status.missing')).toHaveLength(0);
  expect(codes(r, 'status.mark-legend')[0].message.vi).toContain(`1 ô ghi "x" được hiểu là chưa đạt và ${2 * NTM_INDICATORS.length - 1} ô để trống là đạt`);
  // The usual note ("x: đạt; để trống: chưa đạt") keeps x as met.
  const usual = matrixSheet(['Tân Sơn', 'Kim Sơn'], rows);
  usual.rows.push(['Ghi chú: x: đạt; để trống: chưa đạt']);
  const u = check([usual]);
  expect(u.summary.communes[0].criteriaMet).toEqual(['11']);
  expect(codes(u, 'status.mark-legend')).toHaveLength(0);
});

test('a matrix written 1 / 0 reads as met / not met when its own note says so, and only then', () => {
  // Tân Sơn 1 everywhere; Kim Sơn 0 on 11 and 1 elsewhere.
  const rows = NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 1, c === '11' ? 0 : 1]);
  for (const note of ['Ghi chú: 1 là đạt, 0 là chưa đạt', 'Ghi chú: Đạt = 1; Chưa đạt = 0']) {
    const m = matrixSheet(['Tân Sơn', 'Kim Sơn'], rows);
    m.rows.push([note]);
    const r = check([m]);
    expect(r.summary.communes.map((c) => [c.display, c.criteriaMet.length, c.criteriaUnmet])).toEqual([['Tân Sơn', 19, []], ['Kim Sơn', 18, ['11']]]);
    expect(codes(r, 'status.unreadable')).toHaveLength(0);
    const said = codes(r, 'status.numeric-legend');
    expect(said).toHaveLength(1);
    expect(said[0].message.vi).toContain(`${2 * NTM_INDICATORS.length - 1} ô ghi 1 được hiểu là đạt và 1 ô ghi 0 là chưa đạt`);
  }
  // Without the note a bare 1 is a number on an Đạt / Chưa đạt indicator: a finding, nothing counted.
  const bare = check([matrixSheet(['Tân Sơn', 'Kim Sơn'], rows)]);
  expect(codes(bare, 'status.numeric-legend')).toHaveLength(0);
  expect(bare.summary.communes[0].criteriaMet).toHaveLength(0);
  // "Chưa đạt = 1" is no legend for 1 = Đạt.
  const wrong = matrixSheet(['Tân Sơn', 'Kim Sơn'], rows);
  wrong.rows.push(['Ghi chú: Chưa đạt = 1']);
  expect(codes(check([wrong]), 'status.numeric-legend')).toHaveLength(0);
});

test('assignment headers in the other wordings offices use: "Ngành phụ trách", "Cơ quan tham mưu", "Đơn vị thực hiện", "Phân công", "Thời gian"', () => {
  const ALL = 'Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19';
  for (const h of [
    ['Số TT', 'Tiêu chí', 'Ngành phụ trách', 'Ngành phối hợp', 'Thời hạn'],
    ['STT', 'Chỉ tiêu', 'Cơ quan tham mưu', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'],
    ['STT', 'Tiêu chí', 'Đơn vị thực hiện', 'Ghi chú', 'Thời gian'],
    ['STT', 'Tiêu chí', 'Phân công', 'Ghi chú', 'Thời gian thực hiện'],
  ]) {
    const r = check([sheet('PC', [['BẢNG PHÂN CÔNG'], h, [1, ALL, 'Phòng Nông nghiệp và Phát triển nông thôn', null, 'quý IV/2023']]), fullMatrix(TWO)]);
    expect({ h, role: r.recognized[0].role }).toEqual({ h, role: 'assignment' });
    // The third column is the lead, the fifth the deadline: criterion 1 is led by NN&PTNT, due in quý IV/2023.
    const item = r.summary.departments.find((d) => d.departmentId === 'nn-ptnt')?.items.find((i) => i.code === '1');
    expect({ h, role: item?.role, due: item?.deadlineLabel }).toEqual({ h, role: 'lead', due: 'Quý IV/2023' });
  }
  // "Cơ quan thực hiện" over "Chủ trì | Phối hợp" is still a group header, not the lead column.
  const grouped = check([sheet('PC', [['BẢNG PHÂN CÔNG'], ['STT', 'Tiêu chí', 'Cơ quan thực hiện', null, 'Thời hạn'], [null, null, 'Chủ trì', 'Phối hợp', null], [1, ALL, 'Phòng Nông nghiệp và Phát triển nông thôn', 'Phòng Y tế', 'quý IV/2023']], [{ top: 1, left: 2, bottom: 1, right: 3 }]), fullMatrix(TWO)]);
  expect(grouped.summary.departments.find((d) => d.departmentId === 'y-te')?.items[0].role).toBe('coordinator');
});

test('a status table without a commune column, one section per commune ("I | XÃ TÂN SƠN"), reads each section as its commune', () => {
  const rows: (string | number | null)[][] = [['KẾT QUẢ THỰC HIỆN TIÊU CHÍ NTM NĂM 2023'], ['STT', 'Mã', 'Nội dung', 'Kết quả đánh giá']];
  rows.push(['I', 'XÃ TÂN SƠN']);
  for (let c = 1; c <= 19; c++) rows.push([c, `Tiêu chí ${c}`, `Tiêu chí ${c}`, c === 11 ? 'Chưa đạt' : 'Đạt']);
  rows.push(['II. Thị trấn Trà Cú']);
  for (let c = 1; c <= 19; c++) rows.push([c, `Tiêu chí ${c}`, `Tiêu chí ${c}`, c === 13 ? 'Chưa đạt' : 'Đạt']);
  const r = check([sheet('Kết quả', rows)]);
  // Tân Sơn: 11 unmet; Trà Cú (a town, read on the commune set as written): 13 unmet. Capitals shown as a name.
  expect(r.summary.communes.map((c) => [c.display, c.criteriaMet.length, c.criteriaUnmet])).toEqual([['Tân Sơn', 18, ['11']], ['thị trấn Trà Cú', 18, ['13']]]);
  expect(codes(r, 'status.conflict')).toHaveLength(0);
  expect(codes(r, 'code.unreadable')).toHaveLength(0);
  // With a communes list, "XÃ TÂN SƠN" in capitals is the listed Tân Sơn, not another spelling.
  const listed = check([communesSheet([['Tân Sơn', 'Xã', 'Nông thôn mới'], ['Trà Cú', 'Thị trấn', 'Nông thôn mới']]), sheet('Kết quả', rows)]);
  expect(codes(listed, 'commune.variant')).toHaveLength(0);
  expect(listed.summary.communes.find((c) => c.communeKey === 'xa:tân sơn')?.criteriaUnmet).toEqual(['11']);
});

test('a code column stored as numbers: 17.1 right after 17.9 is 17.10 (a number drops the trailing 0), said once', () => {
  // Kim Sơn misses 17.10 only; typed as numbers the code column holds 17.1 twice.
  const rows = NTM_INDICATORS.map((c) => [Number(c), `Chỉ tiêu`, 'Đạt', c === '17.10' ? 'Chưa đạt' : 'Đạt']);
  const r = check([sheet('HT', [['HIỆN TRẠNG XÃ NÔNG THÔN MỚI'], ['Mã', 'Tên chỉ tiêu', ...TWO], ...rows])]);
  expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet, c.indicatorsMet, c.indicatorsUnknown])).toEqual([['Tân Sơn', [], 57, 0], ['Kim Sơn', ['17'], 56, 0]]);
  expect(codes(r, 'status.conflict')).toHaveLength(0);
  expect(codes(r, 'status.missing')).toHaveLength(0);
  const said = codes(r, 'code.number-tenth');
  expect(said).toEqual([expect.objectContaining({ severity: 'info', found: '1', cell: `A${3 + NTM_INDICATORS.indexOf('17.10')}` })]);
  // A long table: the sequence runs within one commune's rows only.
  const long = [['KẾT QUẢ'], ['Xã', 'Mã', 'Đánh giá'], ['Tân Sơn', 17.9, 'Đạt'], ['Tân Sơn', 17.1, 'Chưa đạt'], ['Kim Sơn', 17.1, 'Đạt']];
  const lr = check([sheet('KQ', long)]);
  const unmetOf = (name: string) => lr.summary.communes.find((c) => c.display === name)?.criteriaUnmet;
  expect(unmetOf('Tân Sơn')).toEqual(['17']);
  expect(codes(lr, 'code.number-tenth')).toEqual([expect.objectContaining({ found: '1', cell: 'B4' })]);
  // Text codes are read as written: "17.1" after "17.9" stays 17.1.
  expect(codes(check([sheet('KQ', [['KẾT QUẢ'], ['Xã', 'Mã', 'Đánh giá'], ['Tân Sơn', '17.9', 'Đạt'], ['Tân Sơn', '17.1', 'Đạt']])]), 'code.number-tenth')).toHaveLength(0);
});

test('row-number headers are never communes; a town written "TT …" is', () => {
  // The rule runs on match keys (lower case, clean), as the recognizer gives it.
  for (const h of ['TT', 'TT.', 'STT', 'Số TT', 'Tổng số', 'Tỷ lệ (%)', 'Ghi chú', 'Quy định', 'Hiện trạng toàn huyện', 'Kết quả cả huyện', 'Mục tiêu 2025', 'Chuẩn NTM', 'Xếp loại']) expect({ h, notCommune: NOT_COMMUNE_RE.test(matchKey(h)) }).toEqual({ h, notCommune: true });
  for (const h of ['TT Định An', 'Tân Sơn', 'Tổ 5', 'Phường 1', 'Mỹ Huyện', 'Hiệp Mỹ']) expect({ h, notCommune: NOT_COMMUNE_RE.test(matchKey(h)) }).toEqual({ h, notCommune: false });
});

describe('where a criterion with no row of its own is reported', () => {
  test('at the row its row would follow, not the set\'s first row (seed 002: criteria 3–19 pointed at the row of 1.1)', () => {
    const rows: [string, string, null, null, string][] = [
      ['Chỉ tiêu 1.1', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023'],
      ['Tiêu chí 2, 3', 'Phòng Kinh tế và Hạ tầng', null, null, 'quý IV/2023'],
      ['Tiêu chí 8, 9', 'Phòng Văn hóa và Thông tin', null, null, 'quý IV/2023'],
    ];
    const r = check([assignmentSheet(rows), fullMatrix(TWO, { '5': ['Chưa đạt', 'Đạt'], '10': ['Chưa đạt', 'Đạt'], '1.2': ['Chưa đạt', 'Đạt'] })]);
    const at = (code: string) => codes(r, 'assign.no-lead').find((f) => f.indicator === code)?.cell;
    // Rows: B4 (1.1), B5 (2, 3), B6 (8, 9). 5 would follow the row of 2 and 3; 10 the row of 8 and 9.
    expect(at('5')).toBe('B5');
    expect(at('10')).toBe('B6');
    // 1.2's criterion has a row (1.1's): reported at that row's commune cell, as before.
    expect(at('1.2')).toBe('F4');
  });
});
