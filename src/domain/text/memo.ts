// Memoization for pure text functions called once per cell: a long status table repeats the
// same commune names, codes and set names hundreds of thousands of times.

/** Caches fn by its string argument; the cache is dropped when it grows past `max` entries. */
export function memoText<R>(fn: (s: string) => R, max = 20000): (s: string) => R {
  let cache = new Map<string, R>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as R;
    const r = fn(s);
    // Shared by every caller with the same text: frozen so none can change it for the others.
    if (typeof r === 'object' && r !== null) Object.freeze(r);
    if (cache.size >= max) cache = new Map();
    cache.set(s, r);
    return r;
  };
}
