import { roman } from '../../src/domain/layout/criterion-sheet';
import {
  dateLineVi,
  formatDateVi,
  formatNumber,
  formatNumberVi,
  formatPercentVi,
  formatValue,
  percentOf,
  roundTo,
} from '../../src/domain/layout/vi-format';

describe('measured values in findings', () => {
  it('are written as typed, in the language\'s style', () => {
    expect(formatValue(5.6, 'vi', true)).toBe('5,6%');
    expect(formatValue(0.85, 'vi')).toBe('0,85');
    expect(formatValue(50000000, 'vi')).toBe('50.000.000');
    expect(formatValue(5.6, 'en')).toBe('5.6');
    expect(formatValue(1.5, 'en', true)).toBe('1.5%');
  });
});

describe('Vietnamese number style', () => {
  it('uses a decimal comma and dot thousands', () => {
    expect(formatNumberVi(15.1, 1)).toBe('15,1');
    expect(formatNumberVi(1234)).toBe('1.234');
    expect(formatNumberVi(8227)).toBe('8.227');
    expect(formatNumberVi(1234567.25, 1)).toBe('1.234.567,3');
    expect(formatNumberVi((2 / 3) * 100, 1)).toBe('66,7');
    expect(formatNumberVi(-0.5, 1)).toBe('-0,5');
    expect(formatNumberVi(15, 1)).toBe('15,0');
  });

  it('rounds half away from zero on the decimal value, not the binary one', () => {
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(26.65, 1)).toBe(26.7);
    expect(formatNumberVi(0.05, 1)).toBe('0,1');
  });

  it('formats 4 of 15 communes as 26,7% (4/15 = 26.67 %)', () => {
    expect(percentOf(4, 15)).toBe(26.7);
    expect(formatPercentVi(4, 15)).toBe('26,7%');
    expect(formatPercentVi(15, 15)).toBe('100,0%');
    expect(percentOf(0, 0)).toBeUndefined();
    expect(formatPercentVi(0, 0)).toBe('');
  });

  it('keeps the English style for English sheets', () => {
    expect(formatNumber(1234.5, 1, 'en')).toBe('1,234.5');
  });
});

describe('Vietnamese dates', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatDateVi('2023-10-15')).toBe('15/10/2023');
    expect(formatDateVi('2024-03-01')).toBe('01/03/2024');
  });

  it('writes the NĐ 30 place-and-date line', () => {
    expect(dateLineVi('Trà Cú', '2023-10-15')).toBe('Trà Cú, ngày 15 tháng 10 năm 2023');
    // Seed 000's own header line: a 0 before days under 10 and months under 3 only.
    expect(dateLineVi('Trà Cú', '2023-03-02')).toBe('Trà Cú, ngày 02 tháng 3 năm 2023');
    expect(dateLineVi('Trà Cú', '2024-01-05')).toBe('Trà Cú, ngày 05 tháng 01 năm 2024');
    expect(dateLineVi('Trà Cú', '2024-12-25')).toBe('Trà Cú, ngày 25 tháng 12 năm 2024');
  });
});

describe('section numbers', () => {
  it('go on in Roman numerals past X, as administrative tables number them (probe 9-a: "X." then "11.")', () => {
    // Written out by hand: the department sheet of the sample has more than ten departments.
    expect([0, 3, 8, 9, 10, 11, 13, 18, 19, 38, 39, 48].map(roman)).toEqual(['I', 'IV', 'IX', 'X', 'XI', 'XII', 'XIV', 'XIX', 'XX', 'XXXIX', 'XL', 'XLIX']);
  });
});
