// A wrapped text cut into pieces of at most `maxLines` lines each, at word boundaries, by the
// same wrapping estimateLines counts (text-fit.ts): a list of 150 communes does not fit in the
// tallest row Excel allows (409 pt), so it continues on the rows below (tall-row.ts).
import { charsPerLine } from './text-fit';

/**
 * `text` cut into pieces that each wrap to at most `maxLines` lines of a column `widthChars` wide.
 * `lines`, when given, receives each piece's line count as estimateLines counts it, from the
 * wrapping done here (a province's list is not measured a third time).
 */
export function wrapChunks(text: string, widthChars: number, fontSize: number, maxLines: number, lines?: number[]): string[] {
  const cap = charsPerLine(widthChars, fontSize);
  const chunks: string[] = [];
  let start = 0; // where the current chunk begins
  let used = 1; // lines the current chunk takes so far
  let len = 0; // characters on its last line
  let i = 0;
  // The next space and line break at or after i (text.length when none): words are found with
  // indexOf, not character by character (a province's list has thousands of characters).
  let nextSpace = -1;
  let nextBreak = -1;
  while (i <= text.length) {
    if (nextBreak < i) nextBreak = indexOrEnd(text, '\n', i);
    if (len > 0) {
      // A line in progress: every word ending within the width joins it, and none of them can
      // start a new line or chunk, so they are taken at once (as estimateLines counts a line),
      // not one by one (a province's list has thousands of words). The line began at `origin`.
      const origin = i - 1 - len;
      const limit = origin + cap;
      if (nextBreak <= limit) {
        // The rest of the paragraph fits: to its line break (a fresh line after it) or the end.
        len = nextBreak - origin;
        if (nextBreak < text.length) {
          used++;
          len = 0;
        }
        i = nextBreak + 1;
        continue;
      }
      const last = text.lastIndexOf(' ', limit);
      if (last >= i) {
        len = last - origin;
        i = last + 1;
      }
    }
    if (nextSpace < i) nextSpace = indexOrEnd(text, ' ', i);
    // The next word: [i, end), then the separator at `end` (a space, a line break, or the end).
    const end = nextSpace < nextBreak ? nextSpace : nextBreak;
    const word = end - i;
    let nextLines = used;
    let nextLen: number;
    if (len === 0) nextLen = word;
    else if (len + 1 + word <= cap) nextLen = len + 1 + word;
    else {
      nextLines++;
      nextLen = word;
    }
    while (nextLen > cap) {
      nextLines++;
      nextLen -= cap;
    }
    if (nextLines > maxLines && i > start) {
      // The word starts a new chunk; the separator before it is dropped (a line break dropped
      // takes the empty line it began with it).
      chunks.push(text.slice(start, i - 1));
      lines?.push(text.charCodeAt(i - 1) === 10 ? used - 1 : used);
      start = i;
      used = 1;
      len = 0;
      continue;
    }
    if (nextLines > maxLines) {
      // One word longer than a whole chunk: cut it where the chunk is full.
      const room = maxLines * cap;
      chunks.push(text.slice(start, start + room));
      lines?.push(maxLines);
      start += room;
      i = start;
      used = 1;
      len = 0;
      continue;
    }
    used = nextLines;
    len = nextLen;
    if (end < text.length && text.charCodeAt(end) === 10) {
      // A line break ends the line: the next word starts a fresh one.
      used++;
      len = 0;
    }
    i = end + 1;
  }
  if (start < text.length) {
    chunks.push(text.slice(start));
    lines?.push(used);
  }
  if (chunks.length) return chunks;
  lines?.push(1);
  return [''];
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const at = text.indexOf(ch, from);
  return at < 0 ? text.length : at;
}
