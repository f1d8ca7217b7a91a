// estimateLines counts line by line (lastIndexOf to the width); the rule it must keep is the
// word-by-word wrap below: a word joins the line when the line, a space and the word fit, else
// starts the next line; a longer word spills over lines; with a limit the count stops past it.
import { charsPerLine, estimateLines } from '../../src/domain/layout/text-fit';

function wordByWord(text: string, widthChars: number, fontSize: number, limit = Infinity): number {
  const cap = charsPerLine(widthChars, fontSize);
  let lines = 0;
  let len = 0;
  let n = 1;
  let word = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : 10;
    if (ch !== 32 && ch !== 10) {
      word++;
      continue;
    }
    if (len === 0) len = word;
    else if (len + 1 + word <= cap) len += 1 + word;
    else {
      n += 1;
      len = word;
    }
    while (len > cap) {
      n += 1;
      len -= cap;
    }
    word = 0;
    if (lines + n > limit) return lines + n;
    if (ch === 10) {
      lines += n;
      len = 0;
      n = 1;
    }
  }
  return Math.max(1, lines);
}

/** Deterministic pseudo-random numbers, so a failure repeats. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('estimateLines', () => {
  it('counts as the word-by-word wrap does: spaces in runs, line breaks, long words, limits', () => {
    const r = lcg(4101);
    const pieces = ['a', 'bc', ' ', ' ', '  ', '\n', 'xyz', 'Phòng', 'abcdefghijkl'];
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const length = Math.floor(r() * 120);
      for (let j = 0; j < length; j++) text += pieces[Math.floor(r() * pieces.length)];
      const width = 1 + r() * 12;
      const size = 8 + Math.floor(r() * 6);
      const limit = r() < 0.5 ? Infinity : Math.floor(r() * 10);
      expect([text, width, size, limit, estimateLines(text, width, size, limit)]).toEqual([text, width, size, limit, wordByWord(text, width, size, limit)]);
    }
  });

  it('fills a line exactly, and a trailing space past a full line starts another', () => {
    // 5.5 characters at 11 pt: 5 per line.
    expect(estimateLines('abcde fghij', 5.5, 11)).toBe(2);
    expect(estimateLines('abcde ', 5.5, 11)).toBe(2);
    expect(estimateLines('abcdefghij', 5.5, 11)).toBe(2);
  });
});
