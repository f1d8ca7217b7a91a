// "Đô thị văn minh": the two towns' contents of do-thi-van-minh-2022, long shape (seed III.1.5).
import { addTitleBlock, SheetBuilder, type StyledSheet } from './layout';
import { TOWN_CONTENTS, TOWN_UNMET, TOWNS } from './seed-000';

export const TOWN_SET_LABEL = 'Đô thị văn minh';

export function buildTownSheet(): StyledSheet {
  const b = new SheetBuilder(7);
  addTitleBlock(b, 'HIỆN TRẠNG THỰC HIỆN TIÊU CHÍ THỊ TRẤN ĐẠT CHUẨN ĐÔ THỊ VĂN MINH NĂM 2023');
  b.add('header', ['STT', 'Xã, thị trấn', 'Bộ tiêu chí', 'Mã', 'Nội dung', 'Đánh giá', 'Dự kiến đạt']);
  let n = 0;
  for (const town of TOWNS) {
    for (const code of TOWN_CONTENTS) {
      const unmet = TOWN_UNMET[town].includes(code);
      b.add('body', [++n, town, TOWN_SET_LABEL, code, `Nội dung ${code}`, unmet ? 'Chưa đạt' : 'Đạt', unmet ? 'quý III/2023' : null]);
    }
  }
  return b.build('Đô thị văn minh', {
    widths: [6, 22, 18, 7, 30, 12, 14],
    centered: [0, 3, 5, 6],
    freeze: { rows: 4, cols: 0 },
    landscape: false,
  });
}
