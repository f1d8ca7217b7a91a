// The office's sparklines (Insert › Sparklines: a small line or column chart in a cell), which
// Excel 2010 and later keep in the sheet's extension list and ExcelJS never reads: copied from the
// original sheet into the copy's, whole. The copy keeps the sheets' names and cells, so each
// sparkline's data range (xm:f) and cell (xm:sqref) still hold.
import { EXT_SPARKLINES, extensionOf, mentionsExtension, withExtension } from './worksheet-extensions';

/** Cheap test on what follows an original worksheet's cells: it has sparklines. */
export const hasSparklines = (tail: string): boolean => mentionsExtension(tail, EXT_SPARKLINES);

/** `written` (a worksheet part) with the original's sparklines. */
export function withSparklinesOf(original: string, written: string): string {
  const ext = extensionOf(original, EXT_SPARKLINES);
  return ext ? withExtension(written, ext) : written;
}
