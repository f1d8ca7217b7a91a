// The legend's mark order: every path of sortedOrder (packed keys, radix, comparator fallback)
// gives the stable ascending order a comparator sort gives.
import { sortedOrder } from '../../src/domain/layout/sort-keys';

/** Deterministic pseudo-random numbers, so a failure repeats. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function expected(keys: Float64Array): number[] {
  return Array.from(keys, (_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
}

describe('sortedOrder', () => {
  const cases: [string, number, (r: () => number) => number][] = [
    ['few keys with ties', 300, (r) => Math.floor(r() * 40)],
    ['few keys up to 2^40 (packed)', 3000, (r) => Math.floor(r() * 2 ** 40)],
    ['few keys past 2^41 (compared)', 3000, (r) => Math.floor(r() * 2 ** 50)],
    ['few keys, a fraction (compared)', 500, (r) => (r() < 0.01 ? 0.5 : Math.floor(r() * 100))],
    ['many keys with ties (radix)', 20000, (r) => Math.floor(r() * 5000) * 2 ** 30],
    ['many keys up to 2^53 (radix)', 20000, (r) => Math.floor(r() * 2 ** 52)],
    ['many keys, a negative one (compared)', 5000, (r) => (r() < 0.001 ? -1 : Math.floor(r() * 1000))],
  ];
  it.each(cases)('orders %s as a stable sort does', (_, n, key) => {
    const r = lcg(n);
    const keys = Float64Array.from({ length: n }, () => key(r));
    expect(Array.from(sortedOrder(keys))).toEqual(expected(keys));
  });

  it('orders no key and one key', () => {
    expect(Array.from(sortedOrder(new Float64Array(0)))).toEqual([]);
    expect(Array.from(sortedOrder(Float64Array.of(7)))).toEqual([0]);
  });
});
