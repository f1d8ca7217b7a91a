// Plans of the 2026 - 2030 period (QĐ 51/2025/QĐ-TTg, in force from 15/02/2026): the commune set
// has 10 criteria (Quy hoạch; Hạ tầng kinh tế - xã hội; Phát triển kinh tế nông thôn; Đào tạo nguồn
// nhân lực nông thôn; Văn hóa, giáo dục, y tế; Giảm nghèo và an sinh xã hội; Khoa học công nghệ và
// chuyển đổi số; Môi trường và cảnh quan nông thôn; Xây dựng hệ thống chính trị và hành chính công;
// Tiếp cận pháp luật và an ninh, quốc phòng) and 47 indicators. A workbook that says it belongs to
// that period is judged by it; one of 2021 - 2025 stays judged by QĐ 318's 19 criteria.
import { assignmentSheet, check, codes, matrixSheet, sheet } from '../support/sheets';
import { shippedCatalogIndex } from '../../src/domain/criteria/catalog';
import { recognizeSetName } from '../../src/domain/criteria/set-names';

const TEN = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
/** Tân Sơn meets all ten criteria; Long Hiệp all but 6 (Giảm nghèo và an sinh xã hội). */
const rows = TEN.map((c) => [c, `Tiêu chí ${c}`, 'Đạt', c === '6' ? 'Chưa đạt' : 'Đạt']);
const status = (title: string) => matrixSheet(['Tân Sơn', 'Long Hiệp'], rows, 'Hiện trạng', title);
const row = (r: ReturnType<typeof check>, name: string) => r.summary.communes.find((c) => c.display === name);

test('the shipped 2026 - 2030 commune set: 10 criteria by their published names, 47 indicators, none of them shipped', () => {
  const set = shippedCatalogIndex().getSet('xa-ntm-2026')!;
  expect(set.name).toBe('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030');
  expect(set.source).toContain('QĐ 51/2025/QĐ-TTg');
  expect(set.criteria.map((c) => c.code)).toEqual(TEN);
  expect(set.criteria[1].name).toBe('Hạ tầng kinh tế - xã hội');
  expect(set.criteria[9].name).toBe('Tiếp cận pháp luật và an ninh, quốc phòng');
  expect([set.expectedCriteria, set.expectedIndicators]).toEqual([10, 47]);
  // The indicators' codes and the thresholds by xã nhóm 1 / 2 / 3 come from the workbook.
  expect(set.criteria.every((c) => c.open && c.indicators.length === 0)).toBe(true);
});

test('a name with the period is the later set; without it, or with 2021 - 2025, the earlier one', () => {
  expect(recognizeSetName('Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030')?.id).toBe('xa-ntm-2026');
  expect(recognizeSetName('I. XÃ NTM GIAI ĐOẠN 2026-2030')?.id).toBe('xa-ntm-2026');
  expect(recognizeSetName('I. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI')?.id).toBe('xa-ntm-2021');
  expect(recognizeSetName('Xã NTM giai đoạn 2021 - 2025')?.id).toBe('xa-ntm-2021');
  // No 2026 - 2030 "nâng cao" set is shipped: the advanced set stays 2021 - 2025's.
  expect(recognizeSetName('Xã NTM nâng cao giai đoạn 2026 - 2030')?.id).toBe('xa-ntm-nang-cao-2021');
});

test('a status sheet titled for 2026 - 2030 is judged by the 10 criteria: counts out of 10, no period warning', () => {
  const r = check([status('KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030')], { asOf: '2026-11-25' });
  expect(row(r, 'Tân Sơn')).toMatchObject({ setId: 'xa-ntm-2026', criteriaTotal: 10, criteriaUnmet: [] });
  expect(row(r, 'Long Hiệp')).toMatchObject({ setId: 'xa-ntm-2026', criteriaTotal: 10, criteriaUnmet: ['6'] });
  expect(row(r, 'Long Hiệp')!.criteriaMet).toHaveLength(9);
  expect(codes(r, 'set.title-period')).toEqual([]);
  expect(codes(r, 'set.period-ended')).toEqual([]);
  // Criterion 2's written name is its own in this set ("Hạ tầng kinh tế - xã hội" is 2021's group II, not a code).
  expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
});

test('a plan titled "NĂM 2026" without a period is a plan of the later period', () => {
  const r = check([status('KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026')], { asOf: '2026-11-25' });
  expect(row(r, 'Long Hiệp')).toMatchObject({ setId: 'xa-ntm-2026', criteriaTotal: 10 });
});

test('an assignment sheet naming no set in a 2026 plan says the set it assumes is QĐ 51/2025/QĐ-TTg\'s; in a 2023 plan, QĐ 318/QĐ-TTg\'s', () => {
  const plan = sheet('Phân công', [['BẢNG PHÂN CÔNG NĂM 2026'], ['STT', 'Tiêu chí/chỉ tiêu', 'Cơ quan chủ trì', 'Thời hạn hoàn thành'], [1, 'Tiêu chí 6', 'Phòng Văn hóa - Xã hội', 'Quý IV/2026']]);
  const [f] = codes(check([plan], { asOf: '2026-11-25' }), 'set.assumed');
  expect(f.message.vi).toBe('Bảng phân công không ghi bộ tiêu chí: coi là Bộ tiêu chí xã nông thôn mới giai đoạn 2026 - 2030 (QĐ 51/2025/QĐ-TTg).');
  const old = sheet('Phân công', [['BẢNG PHÂN CÔNG NĂM 2023'], ['STT', 'Tiêu chí/chỉ tiêu', 'Cơ quan chủ trì', 'Thời hạn hoàn thành'], [1, 'Tiêu chí 6', 'Phòng Văn hóa và Thông tin', 'Quý IV/2023']]);
  expect(codes(check([old]), 'set.assumed')[0].message.vi).toBe('Bảng phân công không ghi bộ tiêu chí: coi là Bộ tiêu chí xã nông thôn mới giai đoạn 2021 - 2025 (QĐ 318/QĐ-TTg).');
});

test('a criterion code the later set does not have (11 to 19 of 2021 - 2025) is an unknown code', () => {
  const plan = assignmentSheet([
    ['Tiêu chí 6', 'Phòng Văn hóa - Xã hội', null, null, 'Quý IV/2026'],
    ['Tiêu chí 17', 'Phòng Kinh tế', null, null, 'Quý IV/2026'],
  ]);
  plan.rows[1] = ['BẢNG PHÂN CÔNG THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026'];
  const r = check([plan, status('KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026')], { asOf: '2026-11-25' });
  expect(codes(r, 'code.unknown')).toEqual([expect.objectContaining({ sheet: 'Phân công', indicator: '17', setId: 'xa-ntm-2026', severity: 'error' })]);
  // Criterion 6 is led, and Long Hiệp's 6 is unmet with the deadline in the report quarter.
  expect(codes(r, 'deadline.due-soon').map((f) => [f.indicator, f.found])).toEqual([['6', 'Long Hiệp']]);
});

test('indicator codes of the later set are accepted (its criteria are open), each said once as not in the catalog', () => {
  const withIndicators = matrixSheet(['Tân Sơn'], [['2', 'Hạ tầng kinh tế - xã hội', 'Chưa đạt'], ['2.1', 'Giao thông', 'Đạt'], ['2.2', 'Thủy lợi', 'Chưa đạt']], 'Hiện trạng', 'KẾT QUẢ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030');
  const r = check([withIndicators], { asOf: '2026-11-25' });
  expect(codes(r, 'code.unknown')).toEqual([]);
  expect(codes(r, 'code.open').map((f) => f.indicator).sort()).toEqual(['2.1', '2.2']);
  expect(row(r, 'Tân Sơn')!.criteriaUnmet).toEqual(['2']);
});

test('a workbook of 2021 - 2025 stays judged by 19 criteria, even with a "năm 2026" sheet beside it', () => {
  const old = matrixSheet(['Tân Sơn'], [['11', 'Nghèo đa chiều', 'Đạt']], 'Hiện trạng', 'KẾT QUẢ BỘ TIÊU CHÍ XÃ NTM GIAI ĐOẠN 2021 - 2025');
  const plan = assignmentSheet([['Tiêu chí 11', 'Phòng Văn hóa - Xã hội', null, null, 'Quý IV/2026']]);
  plan.rows[1] = ['PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026'];
  const r = check([plan, old], { asOf: '2026-11-25' });
  expect(row(r, 'Tân Sơn')).toMatchObject({ setId: 'xa-ntm-2021', criteriaTotal: 19 });
  expect(codes(r, 'code.unknown')).toEqual([]);
  // The 2023 layout with no year at all is 2021 - 2025 too.
  expect(row(check([matrixSheet(['Tân Sơn'], [['11', 'Nghèo đa chiều', 'Đạt']])], { asOf: '2026-11-25' }), 'Tân Sơn')).toMatchObject({ setId: 'xa-ntm-2021' });
});

test('a section row naming the later period sets its rows, in a workbook that says no period elsewhere', () => {
  const s = sheet('Hiện trạng', [
    ['KẾT QUẢ THỰC HIỆN'],
    ['Mã', 'Tiêu chí', 'Tân Sơn'],
    ['I. XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030'],
    ...TEN.map((c) => [c, `Tiêu chí ${c}`, 'Đạt']),
  ]);
  const r = check([s], { asOf: '2026-11-25' });
  expect(row(r, 'Tân Sơn')).toMatchObject({ setId: 'xa-ntm-2026', criteriaTotal: 10, criteriaUnmet: [] });
});

test('a definitions row for "Xã NTM" in a 2026 plan completes the later set: its threshold judges the measured value', () => {
  const defs = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ ÁP DỤNG NĂM 2026'], ['Bộ tiêu chí', 'Mã', 'Tên', 'Đơn vị', 'Chiều', 'Mức đạt'], ['Xã NTM', '6.1', 'Tỷ lệ hộ nghèo đa chiều', '%', '≤', '3%']]);
  const s = matrixSheet(['Tân Sơn', 'Long Hiệp'], [['6.1', 'Tỷ lệ hộ nghèo', '2,5%', '4,1%']], 'Hiện trạng', 'KẾT QUẢ XÃ NÔNG THÔN MỚI NĂM 2026');
  const r = check([defs, s], { asOf: '2026-11-25' });
  const set = r.summary.communes.map((c) => [c.display, c.setId, c.criteriaUnmet]);
  expect(set).toEqual([['Tân Sơn', 'xa-ntm-2026', []], ['Long Hiệp', 'xa-ntm-2026', ['6']]]);
  // 6.1 is defined by the sheet: not "not in the catalog".
  expect(codes(r, 'code.open')).toEqual([]);
});

test('a workbook naming no period, checked after 2025, is told how to be read as a 2026 - 2030 plan', () => {
  const r = check([matrixSheet(['Tân Sơn'], [['11', 'Nghèo đa chiều', 'Đạt']])], { asOf: '2026-11-25' });
  const [f] = codes(r, 'set.period-ended');
  expect(f).toMatchObject({ setId: 'xa-ntm-2021', found: '2021 - 2025' });
  expect(f.message.vi).toContain('ghi "giai đoạn 2026 - 2030" hoặc "năm 2026" vào tiêu đề trang');
  expect(f.message.vi).toContain('QĐ 51/2025/QĐ-TTg (10 tiêu chí)');
});

test('the commune offices of 2025 (NĐ 150/2025/NĐ-CP) lead criteria in 2026 plans: no unknown department', () => {
  const plan = assignmentSheet([
    ['Tiêu chí 5', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công xã', null, 'Quý IV/2026'],
    ['Tiêu chí 2', 'Phòng Kinh tế', 'Phòng VH-XH', null, 'Quý IV/2026'],
    ['Tiêu chí 9', 'Văn phòng HĐND và UBND', 'Phòng Kinh tế, Hạ tầng và Đô thị', null, 'Quý IV/2026'],
  ]);
  plan.rows[1] = ['BẢNG PHÂN CÔNG NĂM 2026'];
  const r = check([plan, status('KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026')], { asOf: '2026-11-25' });
  expect(codes(r, 'department.unknown')).toEqual([]);
  expect(r.summary.departments.map((d) => d.department)).toEqual(expect.arrayContaining(['Phòng Văn hóa - Xã hội', 'Phòng Kinh tế', 'Trung tâm Phục vụ hành chính công']));
});

test('in a 2026 plan the shipped names say no "huyện" (no district level since 1/7/2025); a 2023 plan keeps them', () => {
  const rows2026 = assignmentSheet([['Tiêu chí 9', 'Văn phòng UBND', 'Công an', null, 'Quý IV/2026'], ['Tiêu chí 10', 'Ban CHQS', 'Hội Phụ nữ', null, 'Quý IV/2026']]);
  // A province's plan: its letterhead names no district.
  rows2026.rows[0] = ['ỦY BAN NHÂN DÂN TỈNH VĨNH LONG'];
  rows2026.rows[1] = ['BẢNG PHÂN CÔNG NĂM 2026'];
  const r = check([rows2026, status('KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026')], { asOf: '2026-11-25' });
  expect(r.summary.departments.map((d) => d.department).sort()).toEqual(['Ban Chỉ huy Quân sự', 'Công an', 'Hội Liên hiệp Phụ nữ', 'Văn phòng HĐND và UBND']);
  const rows2023 = assignmentSheet([['Tiêu chí 18', 'Văn phòng UBND', null, null, 'Quý IV/2023']]);
  const old = check([rows2023, matrixSheet(['Tân Sơn'], [['18', 'Hệ thống chính trị', 'Đạt']])]);
  expect(old.summary.departments.map((d) => d.department)).toEqual(['Văn phòng HĐND và UBND huyện']);
});
