// The workbook's default font (the Normal style's: File › Options › General › "Use this as the
// default font", Times New Roman 12 in many offices; LibreOffice's Arial 10) put back in the
// copy's styles.xml. ExcelJS reads a cell without a format of its own as having no font and
// writes its own Calibri 11 as the first font, which those cells use: every unformatted cell of
// the office's sheets, and a cell the check marked, showed in Calibri 11 (a .VnTime default made
// TCVN3 text unreadable), and Excel sizes columns by the default font. The original's default
// font replaces ExcelJS's. A cell the office set by hand to exactly ExcelJS's Calibri 11 would
// share that first font and show in the default font too: its font is marked when the workbook is
// loaded, so that ExcelJS writes it apart, and the mark is taken out here.
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';

const STYLES = 'xl/styles.xml';
const FONT = /<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g;
/** ExcelJS's first font, as it writes it (child order aside). */
const EXCELJS_DEFAULT = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';

/** The same font as ExcelJS's model of a cell's font (what ExcelJS writes as `EXCELJS_DEFAULT`). */
const EXCELJS_DEFAULT_MODEL = { size: 11, color: { theme: 1 }, name: 'Calibri', family: 2, scheme: 'minor' };
/** The mark: the normal text position (ECMA-376 §18.4.14), which changes nothing where it stays. */
const MARK = '<vertAlign val="baseline"/>';

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

/** A font model with its keys in one order, unset ones left out. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).filter(([, y]) => y !== undefined).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

/**
 * Marks the fonts of `wb` (just loaded, whose default font is to be restored) that are exactly
 * ExcelJS's Calibri 11, so that ExcelJS writes them as a font of their own (`withDefaultFont` takes the mark out).
 */
export function markFontsLikeExcelJSDefault(wb: ExcelJS.Workbook): void {
  const target = canonical(EXCELJS_DEFAULT_MODEL);
  // ExcelJS shares one font object among the cells that read the same font entry.
  const seen = new Set<Partial<ExcelJS.Font>>();
  const mark = (font: Partial<ExcelJS.Font> | undefined) => {
    if (!font || seen.has(font)) return;
    seen.add(font);
    if (canonical(font) === target) font.vertAlign = 'baseline' as ExcelJS.Font['vertAlign'];
  };
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      mark((row as unknown as { style?: Partial<ExcelJS.Style> }).style?.font);
      row.eachCell({ includeEmpty: true }, (cell) => mark(cell.style?.font));
    });
    for (const column of ws.columns ?? []) mark(column?.style?.font);
  }
}

/**
 * The copy's styles part with `font` as its first font, which ExcelJS's first cell format uses,
 * and the fonts `markFontsLikeExcelJSDefault` marked as ExcelJS's Calibri 11 again.
 */
export function withDefaultFont(written: string, font: string): string {
  const first = fontsOf(written)[0];
  if (first === undefined || !/<cellXfs\b[^>]*>\s*<xf\b[^>]*\bfontId="0"/.test(written)) return written;
  const marked = settings(EXCELJS_DEFAULT.replace('</font>', `${MARK}</font>`));
  return written.replace(/(<fonts\b[^>]*>)([\s\S]*?)(<\/fonts>)/, (_m, open: string, fonts: string, close: string) => {
    let index = 0;
    const kept = fonts.replace(FONT, (f) => (index++ === 0 ? font : settings(f) === marked ? f.replace(MARK, '') : f));
    return open + kept + close;
  });
}

export async function restoreDefaultFont(copy: JSZip, font: string | undefined): Promise<void> {
  const written = font === undefined ? undefined : await copy.file(STYLES)?.async('string');
  if (written !== undefined) copy.file(STYLES, withDefaultFont(written, font!));
}
