// The workbook's default font (the Normal style's: File › Options › General › "Use this as the
// default font", Times New Roman 12 in many offices; LibreOffice's Arial 10) put back in the
// copy's styles.xml. ExcelJS reads a cell without a format of its own as having no font and
// writes its own Calibri 11 as the first font, which those cells use: every unformatted cell of
// the office's sheets, and a cell the check marked, showed in Calibri 11 (a .VnTime default made
// TCVN3 text unreadable), and Excel sizes columns by the default font. The original's default
// font replaces ExcelJS's. Limit: a cell the office set explicitly to exactly ExcelJS's Calibri
// 11 shares that font entry with them, and shows in the default font too.
import type JSZip from 'jszip';

const STYLES = 'xl/styles.xml';
const FONT = /<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g;
/** ExcelJS's first font, as it writes it (child order aside). */
const EXCELJS_DEFAULT = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';

const fontsOf = (styles: string) => /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1]?.match(FONT) ?? [];
/** A font's settings whatever the order of its children. */
const settings = (font: string) => (font.match(/<[a-z]+\b[^>]*\/>/g) ?? []).sort().join('');

/** The font of the original's cells without a format (its first cell format's), when it is not ExcelJS's own. */
export function defaultFontToRestore(styles: string): string | undefined {
  const first = /<cellXfs\b[^>]*>\s*(<xf\b[^>]*>)/.exec(styles)?.[1];
  const id = Number(/\bfontId="(\d+)"/.exec(first ?? '')?.[1] ?? 0);
  const font = fontsOf(styles)[id];
  return font === undefined || settings(font) === settings(EXCELJS_DEFAULT) ? undefined : font;
}

/** The copy's styles part with `font` as its first font, which ExcelJS's first cell format uses. */
export function withDefaultFont(written: string, font: string): string {
  const first = fontsOf(written)[0];
  if (first === undefined || !/<cellXfs\b[^>]*>\s*<xf\b[^>]*\bfontId="0"/.test(written)) return written;
  return written.replace(/(<fonts\b[^>]*>\s*)<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/, (_m, open: string) => open + font);
}

export async function restoreDefaultFont(copy: JSZip, font: string | undefined): Promise<void> {
  const written = font === undefined ? undefined : await copy.file(STYLES)?.async('string');
  if (written !== undefined) copy.file(STYLES, withDefaultFont(written, font!));
}
