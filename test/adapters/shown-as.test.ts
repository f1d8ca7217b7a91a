// Values whose meaning is in their number format are read as the user sees them.
import { shownAs } from '../../src/adapters/common/shown-as';

test('a date shown as month / year or as a year is that month or year, as text the deadline reader takes to its end', () => {
  const oct1 = new Date(Date.UTC(2023, 9, 1));
  expect(shownAs(oct1, 'mm/yyyy')).toBe('10/2023');
  expect(shownAs(oct1, '"Tháng "m/yyyy')).toBe('10/2023');
  expect(shownAs(oct1, 'yyyy')).toBe('2023');
  // A day in the format: the date itself.
  expect(shownAs(oct1, 'dd/mm/yyyy')).toBe(oct1);
  expect(shownAs(oct1, '[$-42A]d mmmm yyyy')).toBe(oct1);
  expect(shownAs(oct1, undefined)).toBe(oct1);
});

test('1 / 0 shown through a format of words reads as the word shown', () => {
  const fmt = '"Đạt";"Đạt";"Chưa đạt"';
  expect(shownAs(1, fmt)).toBe('Đạt');
  expect(shownAs(0, fmt)).toBe('Chưa đạt');
  // Ordinary number formats leave the number alone.
  expect(shownAs(0.8, '0%')).toBe(0.8);
  expect(shownAs(1234, '#,##0')).toBe(1234);
  expect(shownAs(5, '0" tiêu chí"')).toBe(5);
});

test('Office.js gives a date as its serial day: a month / year or year format makes it that month or year too', () => {
  // 45200 is 01/10/2023 (Excel's 1900 system: 45200 − 25569 days after 01/01/1970).
  expect(shownAs(45200, 'mm/yyyy')).toBe('10/2023');
  expect(shownAs(45200, 'm/yyyy;@')).toBe('10/2023');
  expect(shownAs(45291, '"Năm "yyyy')).toBe('2023'); // 31/12/2023
  expect(shownAs(45200.75, 'mm/yyyy')).toBe('10/2023'); // a time of day does not move the month
  // A format with a day, a time, a plain number or General leaves the serial to the date reader.
  expect(shownAs(45200, 'dd/mm/yyyy')).toBe(45200);
  expect(shownAs(45200, 'h:mm')).toBe(45200);
  expect(shownAs(45200, '#,##0')).toBe(45200);
  expect(shownAs(45200, 'General')).toBe(45200);
});
