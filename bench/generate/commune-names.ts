// Commune names made of Vietnamese place-name syllables, unique (case-insensitively) within one workbook.
import { pick, type Rng } from './prng';

/** Syllables that commonly make up commune names (Tân Hòa, Phước Long, An Thạnh Đông …). */
const SYLLABLES = [
  'An', 'Bình', 'Tân', 'Phước', 'Long', 'Hòa', 'Thạnh', 'Mỹ', 'Hưng', 'Phú', 'Thới', 'Vĩnh', 'Đông', 'Tây', 'Nam',
  'Bắc', 'Trung', 'Hiệp', 'Thuận', 'Lợi', 'Lộc', 'Điền', 'Sơn', 'Giang', 'Hải', 'Châu', 'Khánh', 'Thành', 'Định',
  'Quảng', 'Ngọc', 'Kim', 'Đại', 'Hàm', 'Tập', 'Thanh', 'Xuân', 'Hạnh', 'Phong', 'Nghĩa', 'Đức', 'Hữu', 'Lương',
  'Minh', 'Quang', 'Thắng', 'Hội', 'Trường', 'Thông', 'Cường', 'Phát', 'Thịnh', 'Hậu', 'Tiến', 'Kiến', 'Lâm', 'Hồng',
  'Cát', 'Liên', 'Hương', 'Mai', 'Tường', 'Yên', 'Thái', 'Hà', 'Vân', 'Lạc', 'Nhơn', 'Ninh', 'Tín', 'Toàn', 'Viên',
  'Xuyên', 'Biên', 'Hóa', 'Trạch', 'Duyên', 'Khương', 'Dương', 'Lạng',
] as const;

function candidate(rng: Rng): string {
  const n = rng() < 0.72 ? 2 : 3;
  const parts: string[] = [];
  while (parts.length < n) {
    const s = pick(rng, SYLLABLES);
    if (!parts.includes(s)) parts.push(s);
  }
  return parts.join(' ');
}

/** `count` distinct names; a number suffix is added only when random draws keep colliding. */
export function communeNames(rng: Rng, count: number): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  const key = (s: string) => s.toLocaleLowerCase('vi');
  while (names.length < count) {
    let name = '';
    for (let attempt = 0; attempt < 8 && !name; attempt++) {
      const c = candidate(rng);
      if (!seen.has(key(c))) name = c;
    }
    if (!name) {
      const base = candidate(rng);
      for (let k = 2; !name; k++) if (!seen.has(key(`${base} ${k}`))) name = `${base} ${k}`;
    }
    seen.add(key(name));
    names.push(name);
  }
  return names;
}
