// "Hiện trạng NTM nâng cao": the 19 criteria of xa-ntm-nang-cao-2021 × the 4 advanced communes (seed III.1.3).
import { XA_NANG_CAO_2021 } from './catalog';
import { addTitleBlock, SheetBuilder, type StyledSheet } from './layout';
import { ADVANCED, ADVANCED_UNMET } from './seed-000';

export function buildNangCaoStatusSheet(): StyledSheet {
  const b = new SheetBuilder(3 + ADVANCED.length);
  addTitleBlock(
    b,
    'HIỆN TRẠNG TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2023',
    '(Các xã Tập Sơn, Đại An, Ngọc Biên, Long Hiệp)',
  );
  b.add('header', ['STT', 'Mã tiêu chí', 'Tên tiêu chí', ...ADVANCED.map((c) => `Xã ${c}`)]);
  XA_NANG_CAO_2021.forEach((crit, i) => {
    const unmet = ADVANCED_UNMET[crit.code] ?? [];
    b.add('body', [i + 1, crit.code, crit.name, ...ADVANCED.map((c) => (unmet.includes(c) ? 'Chưa đạt' : 'Đạt'))]);
  });
  return b.build('Hiện trạng NTM nâng cao', {
    widths: [6, 9, 44, 14, 14, 14, 14],
    centered: [0, 1, 3, 4, 5, 6],
    freeze: { rows: 5, cols: 3 },
    landscape: false,
  });
}
