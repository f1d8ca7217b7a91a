// "Danh sách xã": the district's 15 communes and 2 towns with their target set (DOMAIN §4.3).
import { addTitleBlock, SheetBuilder, type StyledSheet } from './layout';
import { ADVANCED, ADVANCED_ALREADY, COMMUNES, NEW_IN_2023, TOWNS } from './seed-000';

const REGION = 'Đồng bằng sông Cửu Long';

/** Year each commune was recognised NTM: NOT in the seed, invented for the sample (assumption A6). */
export const YEAR_RECOGNIZED: Record<string, number> = {
  'Phước Hưng': 2019,
  'Tân Sơn': 2020,
  'An Quảng Hữu': 2021,
  'Lưu Nghiệp Anh': 2020,
  'Thanh Sơn': 2021,
  'Hàm Tân': 2019,
  'Đại An': 2016,
  'Định An': 2018,
  'Ngọc Biên': 2017,
  'Long Hiệp': 2018,
  'Tân Hiệp': 2019,
  'Tập Sơn': 2017,
};

export const TARGET_NTM = 'Nông thôn mới';
export const TARGET_NANG_CAO = 'Nông thôn mới nâng cao';
export const TARGET_TOWN = 'Đô thị văn minh';

function note(name: string): string | null {
  if (NEW_IN_2023.includes(name)) return 'Phấn đấu đạt chuẩn nông thôn mới trong quý I/2023';
  if (ADVANCED_ALREADY.includes(name)) return 'Đã đạt chuẩn nông thôn mới nâng cao, tiếp tục nâng chất';
  if (ADVANCED.includes(name)) return 'Phấn đấu đạt chuẩn nông thôn mới nâng cao trong quý III/2023';
  return null;
}

export function buildCommunesSheet(): StyledSheet {
  const b = new SheetBuilder(7);
  addTitleBlock(b, 'DANH SÁCH CÁC XÃ, THỊ TRẤN VÀ BỘ TIÊU CHÍ PHẤN ĐẤU NĂM 2023');
  b.add('header', ['STT', 'Tên xã, thị trấn', 'Loại', 'Vùng', 'Bộ tiêu chí phấn đấu', 'Năm được công nhận', 'Ghi chú']);
  let n = 0;
  for (const name of COMMUNES) {
    const target = ADVANCED.includes(name) ? TARGET_NANG_CAO : TARGET_NTM;
    b.add('body', [++n, name, 'Xã', REGION, target, YEAR_RECOGNIZED[name] ?? null, note(name)]);
  }
  for (const town of TOWNS) {
    b.add('body', [++n, town, 'Thị trấn', REGION, TARGET_TOWN, null, 'Phấn đấu đạt chuẩn Đô thị văn minh trong quý II/2023']);
  }
  return b.build('Danh sách xã', {
    widths: [6, 24, 11, 26, 26, 14, 44],
    centered: [0, 2, 5],
    freeze: { rows: 4, cols: 0 },
    landscape: false,
  });
}
