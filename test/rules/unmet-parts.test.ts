// The part an unmet criterion adds to its finding and cues is shared between communes: a part is
// reused only for the same criterion and the same unmet indicators.
import { UnmetParts, unmetIndicators } from '../../src/domain/rules/unmet-parts';
import type { CriterionResult } from '../../src/domain/rules/evaluate';

const criterion = (code: string, indicators: [string, boolean | undefined][]): CriterionResult => ({
  code,
  achieved: false,
  indicators: indicators.map(([c, achieved]) => ({ code: c, achieved })),
});

test('the criterion alone, its own code alone, or its unmet indicators in brackets', () => {
  const parts = new UnmetParts();
  expect(parts.of(criterion('5', [['5', false]]))).toBe('5');
  expect(parts.of(criterion('2', [['2.1', true], ['2.2', undefined]]))).toBe('2');
  expect(parts.of(criterion('17', [['17.1', false], ['17.2', true], ['17.3', false]]))).toBe('17 (17.1, 17.3)');
  expect(parts.of(criterion('17', [['17.1', false], ['17.2', true], ['17.3', false]]))).toBe('17 (17.1, 17.3)');
  expect(parts.of(criterion('17', [['17.1', true], ['17.2', false], ['17.3', false]]))).toBe('17 (17.2, 17.3)');
});

test('another set listing other indicators under the same code and positions gets its own part', () => {
  const parts = new UnmetParts();
  expect(parts.of(criterion('13', [['13.1', false], ['13.2', true]]))).toBe('13 (13.1)');
  expect(parts.of(criterion('13', [['13.4', false], ['13.5', true]]))).toBe('13 (13.4)');
  expect(parts.of(criterion('13', [['13', false]]))).toBe('13');
  expect(parts.of(criterion('13', [['13.1', false], ['13.2', true]]))).toBe('13 (13.1)');
});

test('as unmetIndicators builds it, for many random criteria', () => {
  const parts = new UnmetParts();
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let n = 0; n < 2000; n++) {
    const code = String(1 + Math.floor(random() * 3));
    const count = Math.floor(random() * 34);
    const verdicts: (boolean | undefined)[] = [false, true, undefined];
    // Codes from two catalogues: the same positions may carry other codes.
    const offset = random() < 0.5 ? 0 : 1;
    const c = criterion(code, Array.from({ length: count }, (_, i) => [i === 0 && random() < 0.3 ? code : `${code}.${i + offset}`, verdicts[Math.floor(random() * 3)]]));
    const expected = c.code + unmetIndicators(c);
    // As evaluate gives them: the unmet indicators' bits, for up to 30 indicators.
    if (count <= 30 && random() < 0.5) c.unmetBits = c.indicators.reduce((bits, i, k) => (i.achieved === false ? bits | (1 << k) : bits), 0);
    expect(parts.of(c)).toBe(expected);
    expect(c.code + unmetIndicators(c)).toBe(expected);
  }
});
