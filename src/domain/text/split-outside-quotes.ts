// Splitting at separators that are not quoted: Excel number formats ('"Đạt";"Chưa đạt"') and
// RangeAreas addresses ("'Sheet, 2'!A1,B2") both quote text that may hold the separator.

/** `text` cut at every `sep` outside a pair of `quote` characters (empty pieces kept). */
export function splitOutsideQuotes(text: string, sep: string, quote: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === quote) quoted = !quoted;
    if (ch === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
