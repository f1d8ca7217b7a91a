// A ProgramSummary written by hand from seed 000 (Trà Cú, plan 17/KH-UBND 2023), as-of 15/10/2023.
// Commune set xa-ntm-2021: 15 communes; unmet criteria per the seed's section 1.1:
//   11: Phước Hưng, Tân Sơn, An Quảng Hữu, Lưu Nghiệp Anh, Thanh Sơn, Hàm Tân, Đại An, Định An, Ngọc Biên, Long Hiệp, Tân Hiệp
//   13: Phước Hưng, Tập Sơn, Tân Sơn, An Quảng Hữu, Lưu Nghiệp Anh, Thanh Sơn, Hàm Tân, Đại An, Định An, Long Hiệp, Tân Hiệp
//   15: Tân Sơn, An Quảng Hữu, Lưu Nghiệp Anh, Thanh Sơn, Hàm Tân, Đại An, Định An, Long Hiệp, Tân Hiệp, Ngọc Biên
//   17: Tập sơn (the seed's typo, written "Tập Sơn" here), Tân Sơn, An Quảng Hữu, Lưu Nghiệp Anh, Thanh Sơn, Hàm Tân, Đại An
// Ngãi Xuyên, Kim Sơn, Hàm Giang (recognised in quý I/2023) meet all 19.
import type { Band, CommuneRow, CriterionRow, ProgramSummary } from '../../src/domain/summary/types';
import type { LayoutSet } from '../../src/domain/layout/types';

export const UNMET_11 = ['Phước Hưng', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An', 'Định An', 'Ngọc Biên', 'Long Hiệp', 'Tân Hiệp'];
export const UNMET_13 = ['Phước Hưng', 'Tập Sơn', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An', 'Định An', 'Long Hiệp', 'Tân Hiệp'];
export const UNMET_15 = ['Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An', 'Định An', 'Long Hiệp', 'Tân Hiệp', 'Ngọc Biên'];
export const UNMET_17 = ['Tập Sơn', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An'];

export const COMMUNES = [
  'Phước Hưng', 'Tập Sơn', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An',
  'Định An', 'Ngọc Biên', 'Long Hiệp', 'Tân Hiệp', 'Ngãi Xuyên', 'Kim Sơn', 'Hàm Giang',
];

const NAMES: [string, string, string][] = [
  ['1', 'Quy hoạch', 'Quy hoạch'],
  ['2', 'Giao thông', 'Giao thông'],
  ['3', 'Thủy lợi và phòng, chống thiên tai', 'Thủy lợi'],
  ['4', 'Điện', 'Điện'],
  ['5', 'Trường học', 'Trường học'],
  ['6', 'Cơ sở vật chất văn hóa', 'CSVC văn hóa'],
  ['7', 'Cơ sở hạ tầng thương mại nông thôn', 'Thương mại'],
  ['8', 'Thông tin và Truyền thông', 'TT-TT'],
  ['9', 'Nhà ở dân cư', 'Nhà ở'],
  ['10', 'Thu nhập', 'Thu nhập'],
  ['11', 'Nghèo đa chiều', 'Nghèo đa chiều'],
  ['12', 'Lao động', 'Lao động'],
  ['13', 'Tổ chức sản xuất và phát triển kinh tế nông thôn', 'Tổ chức SX'],
  ['14', 'Giáo dục và Đào tạo', 'Giáo dục'],
  ['15', 'Y tế', 'Y tế'],
  ['16', 'Văn hóa', 'Văn hóa'],
  ['17', 'Môi trường và an toàn thực phẩm', 'Môi trường'],
  ['18', 'Hệ thống chính trị và tiếp cận pháp luật', 'HTCT'],
  ['19', 'Quốc phòng và An ninh', 'QP-AN'],
];

export const XA_NTM: LayoutSet = {
  id: 'xa-ntm-2021',
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025',
  shortName: 'NTM',
  level: 'commune',
  groups: [
    { id: 'I', name: 'Quy hoạch', criteria: ['1'] },
    { id: 'II', name: 'Hạ tầng kinh tế - xã hội', criteria: ['2', '3', '4', '5', '6', '7', '8', '9'] },
    { id: 'III', name: 'Kinh tế và tổ chức sản xuất', criteria: ['10', '11', '12', '13'] },
    { id: 'IV', name: 'Văn hóa - Xã hội - Môi trường', criteria: ['14', '15', '16', '17'] },
    { id: 'V', name: 'Hệ thống chính trị', criteria: ['18', '19'] },
  ],
  criteria: NAMES.map(([code, name, shortName]) => ({ code, name, shortName })),
};

export const HUYEN_NTM: LayoutSet = {
  id: 'huyen-ntm-2021',
  name: 'Bộ tiêu chí huyện nông thôn mới giai đoạn 2021-2025',
  shortName: 'Huyện NTM',
  level: 'district',
  groups: [],
  criteria: [],
};

const UNMET_BY_CODE: Record<string, string[]> = { '11': UNMET_11, '13': UNMET_13, '15': UNMET_15, '17': UNMET_17 };
const CODES = NAMES.map((n) => n[0]);

function band(n: number): Band {
  return n === 19 ? '19' : n >= 15 ? '15-18' : n >= 10 ? '10-14' : n >= 5 ? '5-9' : '<5';
}

/** One commune row of a 19-criteria set unless told otherwise; the band follows from the met count. */
export function communeRow(r: { communeKey: string; display: string; met: string[]; unmet: string[] } & Partial<CommuneRow>): CommuneRow {
  const { met, unmet, ...over } = r;
  return {
    setId: 'xa-ntm-2021',
    criteriaTotal: 19,
    criteriaMet: met,
    criteriaUnmet: unmet,
    criteriaUnknown: [],
    indicatorsMet: 0,
    indicatorsTotal: 57,
    indicatorsUnknown: 0,
    band: band(met.length),
    ...over,
  };
}

export function communeRows(names: string[] = COMMUNES): CommuneRow[] {
  return names.map((display) => {
    const unmet = CODES.filter((c) => UNMET_BY_CODE[c]?.includes(display));
    const met = CODES.filter((c) => !unmet.includes(c));
    return communeRow({ communeKey: `xa:${display.toLowerCase()}`, display, met, unmet, indicatorsMet: 57 - unmet.length * 2 });
  });
}

function criterionRows(): CriterionRow[] {
  return NAMES.map(([code, name]) => {
    const unmet = UNMET_BY_CODE[code] ?? [];
    return {
      setId: 'xa-ntm-2021',
      code,
      name,
      communesMet: COMMUNES.filter((c) => !unmet.includes(c)),
      communesUnmet: unmet,
      communesNoData: [],
      communesTotal: 15,
      communesWithData: 15,
      leads: code === '11' ? ['Phòng Lao động - Thương binh và Xã hội'] : code === '15' ? ['Phòng Y tế', 'Trung tâm Y tế'] : [],
      coordinators: [],
    };
  });
}

export function seedSummary(): ProgramSummary {
  return {
    asOf: '2023-10-15',
    communes: communeRows(),
    criteria: criterionRows(),
    departments: [
      {
        departmentId: 'ldtbxh',
        department: 'Phòng Lao động - Thương binh và Xã hội',
        items: [
          { setId: 'xa-ntm-2021', code: '11', name: 'Nghèo đa chiều', role: 'lead', deadline: '2023-10-31', deadlineLabel: 'Đầu quý IV/2023', state: 'due-soon', communesUnmet: UNMET_11 },
        ],
        met: 0,
        dueSoon: 1,
        overdue: 0,
        led: 1,
        coordinating: 0,
      },
      {
        departmentId: 'nnptnt',
        department: 'Phòng Nông nghiệp và Phát triển nông thôn',
        items: [
          { setId: 'xa-ntm-2021', code: '13', name: 'Tổ chức sản xuất và phát triển kinh tế nông thôn', role: 'lead', deadline: '2023-06-30', deadlineLabel: 'Quý II/2023', state: 'overdue', communesUnmet: UNMET_13 },
          // Seed 000 IV.1: Phòng NN&PTNT "phối hợp thực hiện … tiêu chí 17" (due quý III/2023, III.1.2):
          // overdue for its lead, listed here but not counted as this department's.
          { setId: 'xa-ntm-2021', code: '17', name: 'Môi trường và an toàn thực phẩm', role: 'coordinator', deadline: '2023-09-30', deadlineLabel: 'Quý III/2023', state: 'overdue', communesUnmet: UNMET_17 },
        ],
        met: 0,
        dueSoon: 0,
        overdue: 1,
        led: 1,
        coordinating: 1,
      },
    ],
    district: [
      { code: '5', name: 'Y tế - Văn hóa - Giáo dục', isCriterion: true, achieved: false, state: 'overdue', leads: [] },
      { code: '5.1', name: 'Trung tâm Y tế huyện đạt chuẩn', isCriterion: false, achieved: true, state: 'met-on-time', leads: ['Phòng Y tế'] },
      { code: '5.2', name: 'Trung tâm Văn hóa - Thể thao huyện đạt chuẩn, có nhiều hoạt động văn hóa - thể thao kết nối với các xã', isCriterion: false, achieved: false, deadline: '2023-12-31', deadlineLabel: 'Quý IV/2023', state: 'due-soon', leads: ['Phòng Văn hóa và Thông tin'] },
      { code: '7.2', name: 'Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn', isCriterion: false, achieved: false, deadline: '2023-06-30', deadlineLabel: 'Quý II/2023', state: 'overdue', leads: ['Phòng Tài nguyên và Môi trường'] },
    ],
    // By hand: per-commune criteria met are 17,17,15,15,15,15,15,15,16,17,16,16,19,19,19 → 246; 246/15 = 16.4.
    totals: [{ setId: 'xa-ntm-2021', criteria: 19, communes: 15, full: 3, average: 16.4, bands: { '19': 3, '15-18': 12, '10-14': 0, '5-9': 0, '<5': 0 }, noData: 0 }],
    sets: [{ id: 'xa-ntm-2021', name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025', shortName: 'Xã NTM', level: 'commune' }],
    districtConditions: [],
    // Seed 000 is a huyện's plan (Trà Cú).
    districtUnit: 'Huyện',
  };
}
