// Xã nông thôn mới kiểu mẫu 2021–2025 (QĐ 319/QĐ-TTg ngày 08/3/2022): conditions, not a table.
// Seed 001 cites QĐ 319; seed 004 shows the "lĩnh vực nổi trội nhất" condition and its fields.
// The other conditions are QĐ 319 as best recalled; the set stays open for the workbook to complete.
import type { SetInput } from './set-input';

export const XA_NTM_KIEU_MAU_2021: SetInput = {
  id: 'xa-ntm-kieu-mau-2021',
  name: 'Xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025',
  shortName: 'Xã NTM kiểu mẫu',
  level: 'commune-model',
  source: 'QĐ 319/QĐ-TTg ngày 08/3/2022',
  open: true,
  criteria: [],
  conditions: [
    'Đạt chuẩn xã nông thôn mới nâng cao theo Bộ tiêu chí quốc gia giai đoạn 2021 - 2025',
    'Thu nhập bình quân đầu người cao hơn mức quy định đối với xã nông thôn mới nâng cao (mức cụ thể theo QĐ 319/QĐ-TTg và quy định của tỉnh)',
    'Có mô hình thôn thông minh (theo QĐ 319/QĐ-TTg, cần đối chiếu văn bản)',
    'Đạt mức nổi trội về một lĩnh vực (sản xuất, giáo dục, văn hóa, du lịch, cảnh quan môi trường, an ninh trật tự…)',
  ],
};
