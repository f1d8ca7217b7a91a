// "Hiện trạng NTM": 57 indicators of xa-ntm-2021 × 15 communes, matrix shape (DOMAIN §4.2).
import type { CellValue } from '../../src/domain/model/grid';
import { XA_NTM_2021 } from './catalog';
import { addTitleBlock, SheetBuilder, type StyledSheet } from './layout';
import { COMMUNES, NTM_UNMET, NTM_UNMET_INDICATOR } from './seed-000';

/** Column headers as typed: most bare, two with the "xã" prefix, Tập Sơn spelled "Tập sơn" as in seed III.1.1. */
export const NTM_MATRIX_HEADERS: Record<string, string> = {
  'Định An': 'Xã Định An',
  'Tân Hiệp': 'xã Tân Hiệp',
  'Tập Sơn': 'Tập sơn',
};

/** Cells written "x" (meaning Đạt) by a second typist in the Hàm Giang column (assumption A5). */
export const X_CELLS = { commune: 'Hàm Giang', indicators: ['18.1', '18.2', '18.3', '18.4', '18.5', '18.6', '19.1', '19.2'] };

const sameName = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');

function verdict(commune: string, indicator: string, criterion: string): string {
  const unmet = NTM_UNMET[criterion];
  if (unmet && NTM_UNMET_INDICATOR[criterion] === indicator && unmet.some((c) => sameName(c, commune))) return 'Chưa đạt';
  if (commune === X_CELLS.commune && X_CELLS.indicators.includes(indicator)) return 'x';
  return 'Đạt';
}

export function buildNtmStatusSheet(): StyledSheet {
  const width = 3 + COMMUNES.length;
  const b = new SheetBuilder(width);
  addTitleBlock(
    b,
    'BẢNG TỔNG HỢP HIỆN TRẠNG TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2023',
    '(Theo Bộ tiêu chí xã nông thôn mới tỉnh Trà Vinh giai đoạn 2021 - 2025 ban hành kèm theo Quyết định số 1306/QĐ-UBND ngày 13/7/2022)',
  );
  b.add('header', ['TT', 'Mã', 'Tiêu chí / chỉ tiêu', ...COMMUNES.map((c) => NTM_MATRIX_HEADERS[c] ?? c)]);
  let tt = 0;
  for (const group of XA_NTM_2021) {
    b.addBand('section', group.roman, group.name);
    for (const crit of group.criteria) {
      tt++;
      const singleRow = crit.indicators.length === 1 && crit.indicators[0].code === crit.code;
      if (singleRow) {
        b.add('group', [tt, crit.code, crit.name, ...COMMUNES.map((c) => verdict(c, crit.code, crit.code))]);
        continue;
      }
      b.add('group', [tt, crit.code, crit.name]);
      for (const ind of crit.indicators) {
        const cells: CellValue[] = [null, ind.code, ind.name, ...COMMUNES.map((c) => verdict(c, ind.code, crit.code))];
        b.add('body', cells);
      }
    }
  }
  b.add('blank', []);
  b.add('note', [null, 'Ghi chú: Đạt, x: đạt; Chưa đạt: chưa đạt.']);
  return b.build('Hiện trạng NTM', {
    widths: [5, 7, 52, ...COMMUNES.map(() => 10)],
    centered: [0, 1, ...COMMUNES.map((_, i) => 3 + i)],
    freeze: { rows: 5, cols: 3 },
    landscape: true,
  });
}
