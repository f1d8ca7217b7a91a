// Stable ascending order of the legend's mark keys: whole numbers below 2^53 (legend-sheet.ts
// packs sheet, row, column and kind into one). The order itself (indices), so the legend takes its
// first marks without sorting indices with a comparator. A radix sort in four passes over two
// 26/27-bit halves for many keys (a typed array's own sort took 15–30 ms on the 190,000 marks of
// a national matrix); for fewer, each key with its index packed into one number and one native sort.
//
// The loops live in small functions called several times a check (per pass, per chunk of keys):
// a loop in a function called once a check runs unoptimized again in the next check, the compiled
// code having been made without type feedback for what ran before the loop.

const HALF = 2 ** 26;
/** Digits of 13 bits, the last one 14 (the high half is below 2^27). */
const DIGIT = 13;
/** Below this a native sort of packed keys is as fast, and simpler. */
const MIN_RADIX = 4096;
const CHUNK = 16384;

/**
 * Indices of `keys` in ascending key order, equal keys in index order. Keys that are not whole
 * numbers in [0, 2^53) fall back to a comparator sort.
 */
export function sortedOrder(keys: Float64Array): Uint32Array {
  const n = keys.length;
  if (n < MIN_RADIX) return packedOrder(keys) ?? comparedOrder(keys);
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let from = 0; from < n; from += CHUNK) if (!split(keys, lo, hi, from, Math.min(n, from + CHUNK))) return comparedOrder(keys);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const count = new Uint32Array((1 << (DIGIT + 1)) + 1);
  // Least significant digit first; each pass is stable, so the earlier digits keep their order.
  radixPass(lo, 0, (1 << DIGIT) - 1, order, next, count);
  radixPass(lo, DIGIT, (1 << DIGIT) - 1, next, order, count);
  radixPass(hi, 0, (1 << DIGIT) - 1, order, next, count);
  radixPass(hi, DIGIT, (1 << (DIGIT + 1)) - 1, next, order, count);
  return order;
}

/**
 * Fewer than MIN_RADIX keys below 2^53 / MIN_RADIX (a workbook's keys stay under 2^41 until its
 * 16th marked sheet): key · MIN_RADIX + index is exact, and its native sort is the stable order.
 * Undefined when a key does not fit.
 */
function packedOrder(keys: Float64Array): Uint32Array | undefined {
  const n = keys.length;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (!(k >= 0 && k < 2 ** 53 / MIN_RADIX && Math.floor(k) === k)) return undefined;
    packed[i] = k * MIN_RADIX + i;
  }
  packed.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = packed[i] % MIN_RADIX;
  return order;
}

function comparedOrder(keys: Float64Array): Uint32Array {
  const idx = Array.from({ length: keys.length }, (_, i) => i);
  idx.sort((a, b) => keys[a] - keys[b] || a - b);
  return Uint32Array.from(idx);
}

/** The keys' halves for [from, to); false when a key is not a whole number in [0, 2^53). */
function split(keys: Float64Array, lo: Uint32Array, hi: Uint32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const k = keys[i];
    if (!(k >= 0 && k < 2 ** 53 && Math.floor(k) === k)) return false;
    const h = Math.floor(k / HALF);
    hi[i] = h;
    lo[i] = k - h * HALF;
  }
  return true;
}

/** One stable counting pass: `order` sorted by the digit of `part` at `shift`, into `next`. */
function radixPass(part: Uint32Array, shift: number, mask: number, order: Uint32Array, next: Uint32Array, count: Uint32Array): void {
  const n = order.length;
  count.fill(0);
  for (let i = 0; i < n; i++) count[((part[order[i]] >>> shift) & mask) + 1]++;
  for (let d = 1; d < count.length; d++) count[d] += count[d - 1];
  for (let i = 0; i < n; i++) {
    const j = order[i];
    next[count[(part[j] >>> shift) & mask]++] = j;
  }
}
