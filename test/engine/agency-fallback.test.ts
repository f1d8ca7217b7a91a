// With no letterhead to read, the summaries are headed by the committee of the office's kind of
// unit: "ỦY BAN NHÂN DÂN THỊ XÃ" when the department cells all say "thị xã", else "… HUYỆN".
import type { CellValue } from '../../src/domain/model/grid';
import type { CheckResult } from '../../src/domain/check-types';
import { SHEET_NAMES } from '../../src/domain/layout';
import { ASSIGN_HEADER, sheet, check, fullMatrix } from '../support/sheets';

/** An assignment sheet without any letterhead: its lead cells end with the given place words. */
function plan(police: string, bank: string): CellValue[][] {
  return [
    ['BẢNG PHÂN CÔNG THỰC HIỆN CÁC TIÊU CHÍ NĂM 2023'],
    ASSIGN_HEADER,
    [1, 'Tiêu chí 19', null, police, null, null, 'Quý II/2023', null],
    [2, 'Tiêu chí 11', null, bank, null, null, 'Quý II/2023', null],
  ];
}

/** The agency block (first cell) of every signed summary sheet (the findings and legend sheets have none). */
const agencies = (r: CheckResult) => {
  const signed = r.sheetPlans.filter((p) => p.name !== SHEET_NAMES.findings && p.name !== SHEET_NAMES.legend);
  expect(signed.length).toBeGreaterThanOrEqual(3);
  return [...new Set(signed.map((p) => p.values[0]?.[0]))];
};

test('department cells that all say "thị xã": "ỦY BAN NHÂN DÂN THỊ XÃ" on every summary sheet', () => {
  const r = check([sheet('Phân công', plan('Công an thị xã', 'NHCSXH thị xã')), fullMatrix(['Tân An'])]);
  expect(agencies(r)).toEqual(['ỦY BAN NHÂN DÂN THỊ XÃ']);
});

test('"thành phố", "quận" likewise', () => {
  expect(agencies(check([sheet('Phân công', plan('Công an thành phố', 'NHCSXH thành phố')), fullMatrix(['Tân An'])]))).toEqual(['ỦY BAN NHÂN DÂN THÀNH PHỐ']);
  expect(agencies(check([sheet('Phân công', plan('Công an quận', 'NHCSXH quận')), fullMatrix(['Tân An'])]))).toEqual(['ỦY BAN NHÂN DÂN QUẬN']);
});

test('cells that disagree, or name no place, leave "ỦY BAN NHÂN DÂN HUYỆN"', () => {
  expect(agencies(check([sheet('Phân công', plan('Công an thị xã', 'NHCSXH huyện')), fullMatrix(['Tân An'])]))).toEqual(['ỦY BAN NHÂN DÂN HUYỆN']);
  expect(agencies(check([sheet('Phân công', plan('Công an', 'NHCSXH')), fullMatrix(['Tân An'])]))).toEqual(['ỦY BAN NHÂN DÂN HUYỆN']);
});
