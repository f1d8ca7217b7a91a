// Ascending sort of the legend's mark keys: whole numbers below 2^53 (legend-sheet.ts packs sheet,
// row, column and kind into one). A radix sort in four passes over two 26/27-bit halves: the
// typed array's own sort took 15–30 ms on the 190,000 marks of a national matrix.
//
// The loops live in small functions called several times a check (per pass, per chunk of keys):
// a loop in a function called once a check runs unoptimized again in the next check, the compiled
// code having been made without type feedback for what ran before the loop.

const HALF = 2 ** 26;
/** Digits of 13 bits, the last one 14 (the high half is below 2^27). */
const DIGIT = 13;
/** Below this a native sort is as fast, and simpler. */
const MIN_RADIX = 4096;
const CHUNK = 16384;

/** A sorted copy of `keys`; any key that is not a whole number in [0, 2^53) falls back to the native sort. */
export function sortedKeys(keys: Float64Array): Float64Array {
  const n = keys.length;
  if (n < MIN_RADIX) return keys.slice().sort();
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let from = 0; from < n; from += CHUNK) if (!split(keys, lo, hi, from, Math.min(n, from + CHUNK))) return keys.slice().sort();
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const count = new Uint32Array((1 << (DIGIT + 1)) + 1);
  // Least significant digit first; each pass is stable, so the earlier digits keep their order.
  radixPass(lo, 0, (1 << DIGIT) - 1, order, next, count);
  radixPass(lo, DIGIT, (1 << DIGIT) - 1, next, order, count);
  radixPass(hi, 0, (1 << DIGIT) - 1, order, next, count);
  radixPass(hi, DIGIT, (1 << (DIGIT + 1)) - 1, next, order, count);
  const out = new Float64Array(n);
  for (let from = 0; from < n; from += CHUNK) gather(keys, order, out, from, Math.min(n, from + CHUNK));
  return out;
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

function gather(keys: Float64Array, order: Uint32Array, out: Float64Array, from: number, to: number): void {
  for (let i = from; i < to; i++) out[i] = keys[order[i]];
}
