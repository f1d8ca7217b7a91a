// "Bộ tiêu chí": only what seed 000 adds to the shipped catalog: the đô thị văn minh contents it cites (DOMAIN §4.4).
import { addTitleBlock, SheetBuilder, type StyledSheet } from './layout';
import { TOWN_CONTENTS } from './seed-000';
import { TOWN_SET_LABEL } from './sheet-town';

export function buildDefinitionsSheet(): StyledSheet {
  const b = new SheetBuilder(8);
  addTitleBlock(b, 'BỔ SUNG BỘ TIÊU CHÍ ÁP DỤNG TRÊN ĐỊA BÀN HUYỆN', '(Các nội dung chưa có trong danh mục tiêu chí quốc gia của phần mềm)');
  b.add('header', ['Bộ tiêu chí', 'Mã', 'Tên tiêu chí, nội dung', 'Đơn vị tính', 'Chiều đánh giá', 'Mức đạt', 'Tỉnh', 'Căn cứ']);
  for (const code of TOWN_CONTENTS) {
    // The seed cites the content numbers only; their wording in QĐ 04/2022/QĐ-TTg is not in the sources (assumption A12).
    b.add('body', [TOWN_SET_LABEL, code, `Nội dung ${code}`, null, 'Đạt/Không', null, 'Trà Vinh', 'Quyết định số 04/2022/QĐ-TTg ngày 18/02/2022 của Thủ tướng Chính phủ']);
  }
  return b.build('Bộ tiêu chí', {
    widths: [18, 7, 30, 11, 14, 10, 12, 50],
    centered: [1, 3, 4, 5],
    freeze: { rows: 5, cols: 0 },
    landscape: true,
  });
}
