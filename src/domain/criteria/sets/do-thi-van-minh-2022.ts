// Thị trấn đạt chuẩn đô thị văn minh (QĐ 04/2022/QĐ-TTg ngày 18/02/2022): defined by the workbook.
// Seed 000 only says thị trấn Định An has not met contents 3.2, 8.2, 8.4 (and Trà Cú 8.4);
// nothing names them, so they are shipped as open placeholders so the codes resolve.
import type { SetInput } from './set-input';

export const DO_THI_VAN_MINH_2022: SetInput = {
  id: 'do-thi-van-minh-2022',
  name: 'Thị trấn đạt chuẩn đô thị văn minh',
  shortName: 'Đô thị văn minh',
  level: 'town',
  source: 'QĐ 04/2022/QĐ-TTg ngày 18/02/2022',
  open: true,
  criteria: [
    {
      code: '3', name: 'Tiêu chí 3', shortName: 'TC 3', open: true, provenance: 'open',
      indicators: [{ code: '3.2', name: 'Nội dung 3.2', provenance: 'open' }],
    },
    {
      code: '8', name: 'Tiêu chí 8', shortName: 'TC 8', open: true, provenance: 'open',
      indicators: [
        { code: '8.2', name: 'Nội dung 8.2', provenance: 'open' },
        { code: '8.4', name: 'Nội dung 8.4', provenance: 'open' },
      ],
    },
  ],
};
