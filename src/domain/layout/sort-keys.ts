// Ascending sort of the legend's mark keys: whole numbers below 2^53 (legend-sheet.ts packs sheet,
// row, column and kind into one). A radix sort in four passes over two 26/27-bit halves: the
// typed array's own sort took 15–30 ms on the 190,000 marks of a national matrix.

const HALF = 2 ** 26;
/** Digits of 13 bits, the last one 14 (the high half is below 2^27). */
const DIGIT = 13;
/** Below this a native sort is as fast, and simpler. */
const MIN_RADIX = 4096;

/** A sorted copy of `keys`; any key that is not a whole number in [0, 2^53) falls back to the native sort. */
export function sortedKeys(keys: Float64Array): Float64Array {
  const n = keys.length;
  if (n < MIN_RADIX) return keys.slice().sort();
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (!(k >= 0 && k < 2 ** 53 && Math.floor(k) === k)) return keys.slice().sort();
    const h = Math.floor(k / HALF);
    hi[i] = h;
    lo[i] = k - h * HALF;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const count = new Uint32Array((1 << (DIGIT + 1)) + 1);
  // Least significant digit first; each pass is stable, so the earlier digits keep their order.
  const passes: [Uint32Array, number, number][] = [
    [lo, 0, (1 << DIGIT) - 1],
    [lo, DIGIT, (1 << DIGIT) - 1],
    [hi, 0, (1 << DIGIT) - 1],
    [hi, DIGIT, (1 << (DIGIT + 1)) - 1],
  ];
  for (const [part, shift, mask] of passes) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[((part[order[i]] >>> shift) & mask) + 1]++;
    for (let d = 1; d < count.length; d++) count[d] += count[d - 1];
    for (let i = 0; i < n; i++) {
      const j = order[i];
      next[count[(part[j] >>> shift) & mask]++] = j;
    }
    const t = order;
    order = next;
    next = t;
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = keys[order[i]];
  return out;
}
