// The workbook's own colour palette (styles.xml <colors>: <indexedColors>, from templates made in
// Excel 97–2003, and <mruColors>, the recent colours). ExcelJS drops it; cells still name colours
// by number, which then mean Excel's default palette: an office's blue number 10 came back red,
// and text on that fill unreadable. The original's palette is put back in the copy, where
// CT_Stylesheet has it: after <tableStyles>/<dxfs>, before <extLst>.
import type JSZip from 'jszip';

const STYLES = 'xl/styles.xml';
const COLORS = /<colors\b[^>]*?(?:\/>|>[\s\S]*?<\/colors>)/;

/** The original's <colors> element, when it says anything. */
export function paletteToRestore(styles: string): string | undefined {
  const colors = COLORS.exec(styles)?.[0];
  return colors && /<(?:indexedColors|mruColors)\b/.test(colors) ? colors : undefined;
}

/** `written` (the copy's styles part) with `palette` in it, unless it has one of its own. */
export function withPalette(written: string, palette: string): string {
  if (COLORS.test(written)) return written;
  const at = /<extLst\b|<\/styleSheet>/.exec(written);
  return at ? written.slice(0, at.index) + palette + written.slice(at.index) : written;
}

export async function restorePalette(copy: JSZip, palette: string | undefined): Promise<void> {
  const written = palette === undefined ? undefined : await copy.file(STYLES)?.async('string');
  if (written !== undefined) copy.file(STYLES, withPalette(written, palette!));
}
