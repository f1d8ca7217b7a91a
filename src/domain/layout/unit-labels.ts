// The commune sheet counts towns for the town set ("Thị trấn đạt chuẩn đô thị văn minh"): an
// official table about towns says "thị trấn", not "xã", in its title, headers and totals.
import type { Labels } from './labels';
import type { Lang } from './types';

export function unitLabels(L: Labels, level: string, lang: Lang): Labels {
  if (level !== 'town') return L;
  if (lang === 'en') {
    return {
      ...L,
      commune: 'Town',
      communesMetRow: 'Towns meeting',
      communeTitle: 'CRITERIA RESULTS BY TOWN',
      average: (x) => `Average: ${x} criteria per town`,
      fullCount: (total, n) => `Towns meeting ${total}/${total} criteria: ${n}`,
      bandCount: (label, n) => `Towns meeting ${label} criteria: ${n}`,
      notFullCount: (total, n) => `Towns not meeting all ${total} criteria: ${n}`,
      noDataCount: (n) => `Towns with no status recorded (left out of the average): ${n}`,
    };
  }
  return {
    ...L,
    commune: 'Tên thị trấn',
    communesMetRow: 'Số thị trấn đạt',
    communeTitle: 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ THEO THỊ TRẤN',
    average: (x) => `Bình quân: ${x} tiêu chí/thị trấn`,
    fullCount: (total, n) => `Số thị trấn đạt ${total}/${total} tiêu chí: ${n} thị trấn`,
    bandCount: (label, n) => `Số thị trấn đạt ${label} tiêu chí: ${n} thị trấn`,
    notFullCount: (total, n) => `Số thị trấn chưa đạt đủ ${total} tiêu chí: ${n} thị trấn`,
    noDataCount: (n) => `Số thị trấn chưa có số liệu đánh giá (không tính vào bình quân): ${n} thị trấn`,
  };
}
