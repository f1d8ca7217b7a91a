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
 */
export function estimateLines(text: string, widthChars: number, fontSize: number, limit = Infinity): number {
  const cap = charsPerLine(widthChars, fontSize);
  const end = text.length;
  // Most cells fit on one line: no scan at all (the national commune sheet has 8,227 rows).
  if (end <= cap && text.indexOf('\n') < 0) return 1;
  // Word by word, each found with indexOf (native) rather than character by character: 2–3 times
  // fewer steps before the function is optimized, which the first checks of a session run in.
  let lines = 0;
  let len = 0;
  let n = 1;
  let nextBreak = text.indexOf('\n');
  if (nextBreak < 0) nextBreak = end;
  let nextSpace = text.indexOf(' ');
  if (nextSpace < 0) nextSpace = end;
  for (let i = 0; ; ) {
    const stop = nextSpace < nextBreak ? nextSpace : nextBreak;
    const word = stop - i;
    // End of a word: it joins the line or starts the next one.
    if (len === 0) len = word;
    else if (len + 1 + word <= cap) len += 1 + word;
    else {
      n += 1;
      len = word;
    }
    // A word longer than the line spills onto further lines.
    while (len > cap) {
      n += 1;
      len -= cap;
    }
    // The lines so far and this paragraph's are all counted in the end: past the limit, it stays past it.
    if (lines + n > limit) return lines + n;
    if (stop === end) return Math.max(1, lines + n);
    if (stop === nextBreak) {
      lines += n;
      len = 0;
      n = 1;
      nextBreak = text.indexOf('\n', stop + 1);
      if (nextBreak < 0) nextBreak = end;
    } else {
      nextSpace = text.indexOf(' ', stop + 1);
      if (nextSpace < 0) nextSpace = end;
    }
    i = stop + 1;
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
