// "Did you mean …?" for names that match nothing: nearest known commune or department.
// Only ever a suggestion: an accent-blind or near match is never silently accepted.
import { foldKey, matchKey } from './normalize';

/** Edit distance (insert, delete, substitute = 1) over UTF-16 units; two rows of memory. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (a.length > b.length) [a, b] = [b, a];
  let prev = new Uint32Array(a.length + 1);
  let cur = new Uint32Array(a.length + 1);
  for (let i = 0; i <= a.length; i++) prev[i] = i;
  for (let j = 1; j <= b.length; j++) {
    cur[0] = j;
    const bc = b.charCodeAt(j - 1);
    for (let i = 1; i <= a.length; i++) {
      const cost = a.charCodeAt(i - 1) === bc ? 0 : 1;
      cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[a.length];
}

export interface NearestOptions {
  /** Largest accent-blind edit distance still suggested; default grows with length (1 up to 7 letters, then len/4, at most 3). */
  maxDistance?: number;
}

export interface Nearest {
  candidate: string;
  /** 0 for the same key; for accent-only differences the accented edit distance; else the accent-blind distance. */
  distance: number;
  /** Same letters, only accents (or đ/d) differ: "Binh" for "Bình". */
  accentOnly: boolean;
}

function defaultLimit(len: number): number {
  return Math.max(1, Math.min(3, Math.floor(len / 4)));
}

/**
 * The candidate closest to `target`: an exact key match first (distance 0), then accent-only
 * differences, then the smallest accent-blind edit distance within the limit. Ties keep list order.
 */
export function nearest(target: string, candidates: string[], opts?: NearestOptions): Nearest | undefined {
  const tKey = matchKey(target);
  if (!tKey) return undefined;
  const tFold = foldKey(target);
  const limit = opts?.maxDistance ?? defaultLimit(tFold.length);
  let best: Nearest | undefined;
  let bestRank = Infinity;
  for (const c of candidates) {
    const cKey = matchKey(c);
    if (!cKey) continue;
    if (cKey === tKey) return { candidate: c, distance: 0, accentOnly: false };
    const cFold = foldKey(c);
    let rank: number;
    let found: Nearest;
    if (cFold === tFold) {
      // Accent-only differences rank before any spelling difference.
      const d = levenshtein(tKey, cKey);
      found = { candidate: c, distance: d, accentOnly: true };
      rank = d / 1000;
    } else {
      if (Math.abs(cFold.length - tFold.length) > limit) continue;
      const d = levenshtein(tFold, cFold);
      if (d > limit) continue;
      found = { candidate: c, distance: d, accentOnly: false };
      rank = d;
    }
    if (rank < bestRank) {
      best = found;
      bestRank = rank;
    }
  }
  return best;
}
