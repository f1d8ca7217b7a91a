// The error checks the office dismissed on its sheets (Excel's green triangles: "number stored as
// text" on codes typed as text like '17.08, "formula omits adjacent cells"…), copied back into
// the copy: ExcelJS neither reads nor writes <ignoredErrors>, so every dismissed triangle came back.
import { insertAfterCells } from './worksheet-order';

const IGNORED = /<ignoredErrors\b[^>]*?(?:\/>|>[\s\S]*?<\/ignoredErrors>)/;

/** `written` (a worksheet part) with the original's `<ignoredErrors>`, when it had some and `written` has none. */
export function withIgnoredErrorsOf(original: string, written: string): string {
  const ignored = IGNORED.exec(original)?.[0];
  if (!ignored || /<ignoredErrors\b/.test(written)) return written;
  return insertAfterCells(written, ignored, 'ignoredErrors') ?? written;
}
