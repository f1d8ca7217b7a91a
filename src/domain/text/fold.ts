// Same-length accent-free lower-case copy of a string, for regexes over user text.
// Index i of the copy is index i of the input, so a match position can slice the original.

const CACHE = new Map<string, string>();

/** "Tiêu chí Đạt" → "tieu chi dat"; same length as the input (one UTF-16 unit per unit). */
export function foldSameLength(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : s[i];
      continue;
    }
    const ch = s[i];
    let base = CACHE.get(ch);
    if (base === undefined) {
      if (ch === 'đ' || ch === 'Đ') base = 'd';
      else {
        const b = ch.normalize('NFD')[0].toLowerCase();
        base = b.length === 1 ? b : ch;
      }
      CACHE.set(ch, base);
    }
    out += base;
  }
  return out;
}
