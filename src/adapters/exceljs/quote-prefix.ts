// Cells typed with a leading apostrophe ("'0123": kept as text as typed; Excel shows the
// apostrophe in the formula bar only) carry `quotePrefix` on their cell format, which ExcelJS
// neither reads nor writes: the copy kept the text but not the flag, and editing such a cell in
// the copy turned "0123" into the number 123. Each cell of the office's sheets whose original
// format has the flag gets, in the copy, the format ExcelJS wrote for it with the flag: a cell
// format (<xf>) added at the end of the copy's list, one per format ExcelJS wrote, so nothing
// else changes, the check's fill on a marked cell included. Values are not touched.
import type JSZip from 'jszip';
import { sheetParts } from './page-breaks';

const STYLES = 'xl/styles.xml';
const CELL_XFS = /(<cellXfs\b[^>]*>)([\s\S]*?)(<\/cellXfs>)/;
const XF = /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g;
const QUOTED = /^<xf\b[^>]*?\squotePrefix="(?:1|true)"/;
const CELL = /<c\b[^>]*>/g;
const refOf = (cell: string) => /\sr="([^"]*)"/.exec(cell)?.[1];
const styleOf = (cell: string) => Number(/\ss="(\d+)"/.exec(cell)?.[1] ?? 0);

/** Where a worksheet part's cells are: from <sheetData to </sheetData>. */
function cellsAt(sheet: string): [number, number] {
  const start = sheet.indexOf('<sheetData');
  const end = sheet.lastIndexOf('</sheetData>');
  return start < 0 ? [0, 0] : [start, end < 0 ? sheet.length : end];
}
const cellsOf = (sheet: string) => sheet.slice(...cellsAt(sheet));

/** The cell formats (by index) of a styles part that have the flag. */
export function quotedFormats(styles: string): Set<number> {
  const xfs = CELL_XFS.exec(styles)?.[2].match(XF) ?? [];
  return new Set(xfs.flatMap((xf, i) => (QUOTED.test(xf) ? [i] : [])));
}

/** The cells of a worksheet part whose format is one of `quoted`. */
export function quotedCells(sheet: string, quoted: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  if (!quoted.size) return out;
  for (const [cell] of cellsOf(sheet).matchAll(CELL)) if (quoted.has(styleOf(cell))) out.add(refOf(cell) ?? '');
  return out;
}

/** A written sheet and styles part with `cells` given the format they have with the flag; `added` keeps the formats made, by the format they copy. */
function withQuotedCells(sheet: string, cells: ReadonlySet<string>, xfs: string[], added: Map<number, number>): string {
  const [start, end] = cellsAt(sheet);
  const body = sheet.slice(start, end);
  const fixed = body.replace(CELL, (cell) => {
    if (!cells.has(refOf(cell) ?? '')) return cell;
    const s = styleOf(cell);
    const xf = xfs[s];
    if (xf === undefined || QUOTED.test(xf)) return cell;
    if (!added.has(s)) {
      added.set(s, xfs.length);
      xfs.push(xf.replace(/^<xf\b/, '<xf quotePrefix="1"'));
    }
    const to = added.get(s)!;
    return /\ss="\d+"/.test(cell) ? cell.replace(/\ss="\d+"/, ` s="${to}"`) : cell.replace(/^<c\b/, `<c s="${to}"`);
  });
  return fixed === body ? sheet : sheet.slice(0, start) + fixed + sheet.slice(end);
}

/** Sets the flag again on the copy's cells (sheets: name now → name in the original) whose original format had it. */
export async function restoreQuotePrefixes(source: JSZip, copy: JSZip, sheets: ReadonlyMap<string, string>): Promise<void> {
  const quoted = quotedFormats((await source.file(STYLES)?.async('string')) ?? '');
  const styles = await copy.file(STYLES)?.async('string');
  const list = styles === undefined ? undefined : CELL_XFS.exec(styles);
  if (!quoted.size || !sheets.size || !list) return;
  const xfs = list[2].match(XF) ?? [];
  const added = new Map<number, number>();
  const from = await sheetParts(source);
  const to = await sheetParts(copy);
  for (const [now, was] of sheets) {
    const original = from.has(was) ? await source.file(from.get(was)!)?.async('string') : undefined;
    const written = to.has(now) ? await copy.file(to.get(now)!)?.async('string') : undefined;
    const cells = original === undefined ? undefined : quotedCells(original, quoted);
    if (written === undefined || !cells?.size) continue;
    const fixed = withQuotedCells(written, cells, xfs, added);
    if (fixed !== written) copy.file(to.get(now)!, fixed);
  }
  if (!added.size) return;
  const open = list[1].replace(/\scount="\d+"/, ` count="${xfs.length}"`);
  copy.file(STYLES, styles!.replace(CELL_XFS, () => `${open}${xfs.join('')}${list[3]}`));
}
