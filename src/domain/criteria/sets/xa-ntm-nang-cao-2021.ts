// Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao 2021–2025 (QĐ 318/QĐ-TTg, Phụ lục II).
// Numbering differs from Phụ lục I (5 Giáo dục, 6 Văn hóa, 14 Y tế, 15 Hành chính công…).
// Only indicators the seeds name are shipped: 13.1–13.8, 15.1–15.3, 17.1–17.12, 18.1–18.8,
// 19.1–19.2 (seed 004 assigns each of them, seed 000 quotes 13.1, 13.7, 19.1, 19.2). Where a
// seed gives only the code, the name says so; a workbook definitions sheet supplies the wording.
// Criteria whose indicators are not all known are open. Groups are not shipped: the seeds do
// not show how Phụ lục II groups its criteria.
import type { CriterionInput, IndicatorInput, SetInput } from './set-input';
import { openCriterion } from './open-criterion';

const SC = 'seed-confirmed' as const;

/** An indicator whose code a seed confirms but whose wording no seed quotes. */
function codeOnly(code: string): IndicatorInput {
  return { code, name: `Chỉ tiêu ${code}`, provenance: SC };
}

function range(criterion: string, from: number, to: number): IndicatorInput[] {
  const out: IndicatorInput[] = [];
  for (let i = from; i <= to; i++) out.push(codeOnly(`${criterion}.${i}`));
  return out;
}

/** A criterion known by name only, from the seeds. */
const openSeedCriterion = (code: string, name: string, shortName: string): CriterionInput => openCriterion(code, name, shortName, SC);

export const XA_NTM_NANG_CAO_2021: SetInput = {
  id: 'xa-ntm-nang-cao-2021',
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025',
  shortName: 'Xã NTM nâng cao',
  level: 'commune-advanced',
  source: 'QĐ 318/QĐ-TTg ngày 08/3/2022, Phụ lục II',
  open: false,
  expectedCriteria: 19,
  expectedIndicators: 75,
  criteria: [
    openSeedCriterion('1', 'Quy hoạch', 'Quy hoạch'),
    openSeedCriterion('2', 'Giao thông', 'Giao thông'),
    openSeedCriterion('3', 'Thủy lợi và phòng, chống thiên tai', 'Thủy lợi - PCTT'),
    openSeedCriterion('4', 'Điện', 'Điện'),
    openSeedCriterion('5', 'Giáo dục', 'Giáo dục'),
    openSeedCriterion('6', 'Văn hóa', 'Văn hóa'),
    openSeedCriterion('7', 'Cơ sở hạ tầng thương mại nông thôn', 'HTTM nông thôn'),
    openSeedCriterion('8', 'Thông tin và Truyền thông', 'TT-TT'),
    openSeedCriterion('9', 'Nhà ở dân cư', 'Nhà ở DC'),
    openSeedCriterion('10', 'Thu nhập', 'Thu nhập'),
    openSeedCriterion('11', 'Nghèo đa chiều', 'Nghèo đa chiều'),
    openSeedCriterion('12', 'Lao động', 'Lao động'),
    {
      code: '13', name: 'Tổ chức sản xuất và phát triển kinh tế nông thôn', shortName: 'TCSX - PTKTNT', provenance: SC,
      indicators: [
        { code: '13.1', provenance: SC, direction: 'pass', name: 'Hợp tác xã hoạt động hiệu quả và có hợp đồng liên kết theo chuỗi giá trị ổn định' },
        ...range('13', 2, 6),
        { code: '13.7', provenance: SC, direction: 'pass', name: 'Có triển khai quảng bá hình ảnh di sản du lịch của xã thông qua ứng dụng Internet, mạng xã hội (nếu có)' },
        codeOnly('13.8'),
      ],
    },
    openSeedCriterion('14', 'Y tế', 'Y tế'),
    { code: '15', name: 'Hành chính công', shortName: 'Hành chính công', provenance: SC, indicators: range('15', 1, 3) },
    openSeedCriterion('16', 'Tiếp cận pháp luật', 'Tiếp cận PL'),
    { code: '17', name: 'Môi trường', shortName: 'Môi trường', provenance: SC, indicators: range('17', 1, 12) },
    { code: '18', name: 'Chất lượng môi trường sống', shortName: 'CLMT sống', provenance: SC, indicators: range('18', 1, 8) },
    {
      code: '19', name: 'Quốc phòng và An ninh', shortName: 'QP-AN', provenance: SC,
      indicators: [
        { code: '19.1', provenance: SC, direction: 'pass', name: 'Nâng cao chất lượng hoạt động của Ban chỉ huy quân sự xã và lực lượng dân quân' },
        { code: '19.2', provenance: SC, direction: 'pass', name: 'Không có công dân cư trú trên địa bàn phạm tội nghiêm trọng trở lên hoặc gây tai nạn (giao thông, cháy, nổ) nghiêm trọng trở lên; có mô hình Camera an ninh và các mô hình (phòng, chống tội phạm, tệ nạn xã hội; bảo đảm trật tự, an toàn giao thông, phòng cháy, chữa cháy) gắn với phong trào toàn dân bảo vệ an ninh Tổ quốc hoạt động thường xuyên, hiệu quả' },
      ],
    },
  ],
};
