import { parseNumberVi, parseNumberViDetailed } from '../../src/domain/parse/number-vi';

describe('parseNumberVi', () => {
  it.each([
    ['15,1', 15.1],
    ['0,85', 0.85],
    ['1.234,5', 1234.5],
    ['1.234', 1234], // Vietnamese thousands
    ['1.234.567', 1234567],
    ['1,234.5', 1234.5], // English style, last separator is the decimal mark
    ['15.1', 15.1],
    ['0.850', 0.85],
    ['85', 85],
    ['-3', -3],
    ['85%', 85],
    ['85,5 %', 85.5],
    ['\u00A012,5\u00A0', 12.5],
    ['1 234,5', 1234.5],
  ])('%s → %d', (text, n) => {
    expect(parseNumberVi(text)).toBeCloseTo(n, 10);
  });

  it.each(['', 'abc', '1,2,3', '1..2', '12,', '1.23.4', '85%%', 'x'])('%s is not a number', (text) => {
    expect(parseNumberVi(text)).toBeUndefined();
  });

  it('flags percentages', () => {
    expect(parseNumberViDetailed('85%')).toEqual({ value: 85, percent: true });
    expect(parseNumberViDetailed('85')).toEqual({ value: 85, percent: false });
  });
});
