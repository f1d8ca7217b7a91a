// Rows without cells that the office hid or grouped, put back after ExcelJS. ExcelJS writes a row
// only when it has cells or a height, so an empty hidden row (a spacer inside a group, a row the
// office hid) vanishes: it shows again, and an outline group of such rows is gone. A sheet that
// hides every unused row (sheetFormatPr zeroHeight: rows not listed are hidden) loses that flag,
// and its listed empty rows, which are the visible ones. The copy gets the original's row
// elements it lacks, in row order, with the attributes that say how the row shows.
import { beforeCells } from './worksheet-regions';

const ROW = /<row\b[^>]*?\/?>/g;
// What makes an absent row worth writing; its cells (none, or empty ones ExcelJS dropped), style
// (an index into the original's styles, which ExcelJS renumbers) and spans are not copied.
const SHOWN_BY = ['ht', 'customHeight', 'hidden', 'outlineLevel', 'collapsed', 'thickTop', 'thickBot'];
const ZERO_HEIGHT = /<sheetFormatPr\b[^>]*\bzeroHeight="(?:1|true)"/;

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Cheap test on an original worksheet part: an empty row hidden or grouped without a height
 * (ExcelJS keeps a row whose height is not 0), or unused rows hidden.
 */
export function hasDroppedRows(xml: string): boolean {
  if (ZERO_HEIGHT.test(beforeCells(xml))) return true;
  // One quick scan first: most sheets have no hidden or grouped row to look at.
  if (!/ (?:hidden|outlineLevel)="/.test(xml)) return false;
  return /<row\b(?![^>]*\sht="[1-9])[^>]*\s(?:hidden="(?:1|true)"|outlineLevel="[1-9])[^>]*\/>/.test(xml);
}

/**
 * `written` (a worksheet part) with the rows of `original` it lacks that are hidden, grouped or
 * sized (all of them when unused rows are hidden), and the original's zeroHeight flag.
 */
export function withEmptyRowsOf(original: string, written: string): string {
  const zeroHeight = ZERO_HEIGHT.test(original);
  const have = new Set<number>();
  eachRow(written, (_, r) => have.add(r));
  const add: { r: number; tag: string }[] = [];
  eachRow(original, (tag, r) => {
    if (have.has(r)) return;
    const attrs = SHOWN_BY.map((name) => [name, norm(attr(tag, name))] as const).filter(([, v]) => v !== undefined);
    if (attrs.length || zeroHeight) add.push({ r, tag: `<row r="${r}"${attrs.map(([n, v]) => ` ${n}="${v}"`).join('')}/>` });
  });
  let out = add.length ? withRows(written, add) : written;
  if (zeroHeight && !/<sheetFormatPr\b[^>]*\bzeroHeight=/.test(out)) out = out.replace(/<sheetFormatPr\b/, '<sheetFormatPr zeroHeight="1"');
  return out;
}

/** An attribute as Excel writes it ("true" → "1"), or undefined when it says nothing ("0", "false"). */
function norm(v: string | undefined): string | undefined {
  if (v === undefined || v === '0' || v === 'false') return undefined;
  return v === 'true' ? '1' : v;
}

/** Rows numbered as the schema reads them: `r`, or one after the row before. */
function eachRow(xml: string, see: (tag: string, r: number) => void): void {
  let last = 0;
  for (const m of xml.matchAll(ROW)) see(m[0], (last = Number(attr(m[0], 'r') ?? last + 1)));
}

/** `rows` (in row order) inserted among the written rows, each before the first written row after it. */
function withRows(written: string, rows: { r: number; tag: string }[]): string {
  let i = 0;
  let last = 0;
  const out = written.replace(ROW, (tag) => {
    const r = (last = Number(attr(tag, 'r') ?? last + 1));
    let before = '';
    while (i < rows.length && rows[i].r < r) before += rows[i++].tag;
    return before + tag;
  });
  const rest = rows.slice(i).map((x) => x.tag).join('');
  if (!rest) return out;
  return /<sheetData\s*\/>/.test(out) ? out.replace(/<sheetData\s*\/>/, () => `<sheetData>${rest}</sheetData>`) : out.replace('</sheetData>', () => `${rest}</sheetData>`);
}
