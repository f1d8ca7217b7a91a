// Rough text measurement so wrapped rows get a height Excel will not recompute on its own.
// Times New Roman is narrower than the Calibri that defines Excel's width unit, hence 1.1.

/** Characters of Times New Roman at `fontSize` that fit a column `widthChars` wide. */
export function charsPerLine(widthChars: number, fontSize: number): number {
  return Math.max(1, Math.floor(((widthChars - 0.5) * 11 * 1.1) / fontSize));
}

/** Lines a wrapped cell needs, breaking at spaces and at explicit line breaks. */
export function estimateLines(text: string, widthChars: number, fontSize: number): number {
  const cap = charsPerLine(widthChars, fontSize);
  let lines = 0;
  for (const para of text.split('\n')) {
    let len = 0;
    let n = 1;
    for (const word of para.split(' ')) {
      const w = word.length;
      if (len === 0) len = w;
      else if (len + 1 + w <= cap) len += 1 + w;
      else {
        n += 1;
        len = w;
      }
      // A word longer than the line spills onto further lines.
      while (len > cap) {
        n += 1;
        len -= cap;
      }
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/** Row height in points for `lines` lines of `fontSize` text. */
export function heightForLines(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * 1.3 + 3);
}

/** Height a wrapped cell needs. */
export function heightFor(text: string, widthChars: number, fontSize: number): number {
  return heightForLines(estimateLines(text, widthChars, fontSize), fontSize);
}
