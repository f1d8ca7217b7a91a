// The office's links (Insert › Link), copied from the original sheet into the copy's. ExcelJS
// keeps a link to a web page or a file as the cell's value but drops its tooltip (ScreenTip),
// the text Excel recorded for it (display) and its xr:uid, and drops every link to a cell of the
// workbook (a location and no relationship: "Về danh mục" → 'Danh mục'!A1) altogether. The
// original's links are written in place of ExcelJS's, a link with a relationship taking the one
// ExcelJS wrote for the same cell (the copy's relationships are ExcelJS's own).
import { insertAfterCells } from './worksheet-order';
import { afterCells } from './worksheet-regions';

const BLOCK = /<hyperlinks\b[^>]*?(?:\/>|>[\s\S]*?<\/hyperlinks>)/;
const LINK = /<hyperlink\b[^>]*?(?:\/>|>[\s\S]*?<\/hyperlink>)/g;
const RID = /\sr:id="([^"]*)"/;
const refOf = (link: string) => /\sref="([^"]*)"/.exec(link)?.[1];

/** Cheap test on what follows an original worksheet's cells: it has links. */
export const hasHyperlinks = (tail: string): boolean => tail.includes('<hyperlinks');

/** `written` (a worksheet part) with the original's links, related as ExcelJS related them; one ExcelJS wrote no relationship for is left out. */
export function withHyperlinksOf(original: string, written: string): string {
  const block = BLOCK.exec(afterCells(original))?.[0];
  if (!block) return written;
  const ids = new Map((BLOCK.exec(afterCells(written))?.[0].match(LINK) ?? []).map((l) => [refOf(l), RID.exec(l)?.[1]]));
  const links = (block.match(LINK) ?? []).flatMap((l) => {
    if (!RID.test(l)) return [l];
    const id = ids.get(refOf(l));
    return id === undefined ? [] : [l.replace(RID, ` r:id="${id}"`)];
  });
  const bare = written.replace(BLOCK, '');
  return links.length ? (insertAfterCells(bare, `<hyperlinks>${links.join('')}</hyperlinks>`, 'hyperlinks') ?? written) : bare;
}
