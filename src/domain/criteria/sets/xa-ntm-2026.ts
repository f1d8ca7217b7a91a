// Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030 (QĐ 51/2025/QĐ-TTg ngày
// 29/12/2025, Phụ lục I; in force from 15/02/2026). Shipped: its 10 criteria by number and name, as
// the decision was published (Cổng TTĐT Chính phủ and the national press, 30/12/2025), and its
// totals (10 criteria, 47 indicators). Not shipped: the indicators' codes and wording, and the
// thresholds, which the decision sets apart for xã nhóm 1, 2 and 3: no source here gives them, so
// every criterion is open and the workbook's definitions sheet brings them (DOMAIN §4.4).
// The decision has no "nâng cao" set and no district set: Phụ lục II is a pilot framework for the
// "xã nông thôn mới hiện đại", Phụ lục III the conditions for a province.
import type { CriterionInput, SetInput } from './set-input';
import { openCriterion } from './open-criterion';

/** Names as published; not seed-confirmed, so "as recalled" in the catalog's terms. */
const DR = 'decision-as-recalled' as const;

const criterion = (code: string, name: string, shortName: string): CriterionInput => openCriterion(code, name, shortName, DR);

export const XA_NTM_2026: SetInput = {
  id: 'xa-ntm-2026',
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030',
  shortName: 'Xã NTM 2026 - 2030',
  level: 'commune',
  source: 'QĐ 51/2025/QĐ-TTg ngày 29/12/2025, Phụ lục I (hiệu lực từ 15/02/2026)',
  expectedCriteria: 10,
  expectedIndicators: 47,
  criteria: [
    criterion('1', 'Quy hoạch', 'Quy hoạch'),
    criterion('2', 'Hạ tầng kinh tế - xã hội', 'Hạ tầng KT-XH'),
    criterion('3', 'Phát triển kinh tế nông thôn', 'Kinh tế NT'),
    criterion('4', 'Đào tạo nguồn nhân lực nông thôn', 'Nhân lực NT'),
    criterion('5', 'Văn hóa, giáo dục, y tế', 'VH - GD - YT'),
    criterion('6', 'Giảm nghèo và an sinh xã hội', 'Giảm nghèo - ASXH'),
    criterion('7', 'Khoa học công nghệ và chuyển đổi số', 'KHCN - CĐS'),
    criterion('8', 'Môi trường và cảnh quan nông thôn', 'Môi trường'),
    criterion('9', 'Xây dựng hệ thống chính trị và hành chính công', 'HTCT - HCC'),
    criterion('10', 'Tiếp cận pháp luật và an ninh, quốc phòng', 'TCPL - QP-AN'),
  ],
};
