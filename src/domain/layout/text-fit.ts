// Rough text measurement so wrapped rows get a height Excel will not recompute on its own.
// Times New Roman is narrower than the Calibri that defines Excel's width unit, hence 1.1.

/** Characters of Times New Roman at `fontSize` that fit a column `widthChars` wide. */
export function charsPerLine(widthChars: number, fontSize: number): number {
  return Math.max(1, Math.floor(((widthChars - 0.5) * 11 * 1.1) / fontSize));
}

/**
 * Lines a wrapped cell needs, breaking at spaces and at explicit line breaks. With `limit`, the
 * count stops as soon as it passes the limit (the value returned is then only known to be above
 * it): a province's list of laggards need not be measured to its end to know it will not fit.
 *
 * The wrapping: each word joins the line when the line, a space and the word fit in the width;
 * else it starts the next line; a word longer than the line spills over further lines; spaces at
 * the start of a line take no room. The count goes line by line: a line holding the text from
 * `start` ends at the last space within the width (lastIndexOf), so the words on it are not
 * visited one by one (a finding's message has 60 words on 8 lines).
 */
export function estimateLines(text: string, widthChars: number, fontSize: number, limit = Infinity): number {
  const cap = charsPerLine(widthChars, fontSize);
  const end = text.length;
  // Most cells fit on one line: no scan at all (the national commune sheet has 8,227 rows).
  if (end <= cap && text.indexOf('\n') < 0) return 1;
  let lines = 0;
  for (let from = 0; ; ) {
    // One paragraph [from, stop): lines of its own, to the next line break.
    let stop = text.indexOf('\n', from);
    if (stop < 0) stop = end;
    let n = 1;
    // Characters on the current line, which ends at `at` (a space, or the paragraph's end).
    let len = 0;
    let at = from - 1;
    for (;;) {
      if (len === 0) {
        // A line with nothing on it yet: spaces are skipped, the next word starts it.
        let word = at + 1;
        while (word < stop && text.charCodeAt(word) === 32) word++;
        if ((word > at + 1 || word >= stop) && lines + n > limit) return lines + n;
        if (word >= stop) break;
        at = text.indexOf(' ', word);
        if (at < 0 || at > stop) at = stop;
        len = at - word;
      } else {
        // The line holds the text from `start`: every word ending within the width joins it.
        const start = at - len;
        if (stop - start <= cap) break;
        const last = text.lastIndexOf(' ', start + cap);
        // The word after the last space that fits starts the next line.
        at = text.indexOf(' ', last + 1);
        if (at < 0 || at > stop) at = stop;
        n += 1;
        len = at - last - 1;
      }
      // A word longer than the line spills onto further lines.
      while (len > cap) {
        n += 1;
        len -= cap;
      }
      // The lines so far and this paragraph's are all counted in the end: past the limit, it stays past it.
      if (lines + n > limit) return lines + n;
      if (at >= stop) break;
    }
    lines += n;
    if (stop >= end) return Math.max(1, lines);
    from = stop + 1;
  }
}

/** Line height of Times New Roman, as a multiple of its size. */
export const LINE_HEIGHT = 1.3;

/** Row height in points for `lines` lines of `fontSize` text. */
export function heightForLines(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * LINE_HEIGHT + 3);
}

/** Height a wrapped cell needs. */
export function heightFor(text: string, widthChars: number, fontSize: number): number {
  return heightForLines(estimateLines(text, widthChars, fontSize), fontSize);
}
