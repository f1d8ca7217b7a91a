// Pictures anchored to one cell, written the way Excel reads them. ExcelJS writes
// <xdr:oneCellAnchor editAs="oneCell">, an attribute the schema gives only to twoCellAnchor: Excel
// then reports unreadable content and repairs the drawing (exceljs#1083). A picture arrives so
// from a file another program saved (Google Sheets exports pictures as one-cell anchors).
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { sheetParts } from './page-breaks';
import { REL_NS, relationships, relsPathOf, resolveTarget } from './package-rels';

const DRAWING_REL = `${REL_NS}/drawing`;
const ONE_CELL_EDIT_AS = /(<xdr:oneCellAnchor\b[^>]*?)\s+editAs="[^"]*"/g;

/** Sheets of `wb` with a picture ExcelJS will write as a one-cell anchor (a position and a size, no end cell). */
export function sheetsWithOneCellPictures(wb: ExcelJS.Workbook): Set<string> {
  const out = new Set<string>();
  for (const ws of wb.worksheets) if (ws.getImages().some((i) => !(i.range as { br?: unknown }).br)) out.add(ws.name);
  return out;
}

/** A drawing part without `editAs` on its one-cell anchors. */
export function withoutOneCellEditAs(xml: string): string {
  return xml.replace(ONE_CELL_EDIT_AS, '$1');
}

/** Removes `editAs` from the one-cell anchors of the named sheets' drawings in the copy. */
export async function fixOneCellAnchors(copy: JSZip, sheets: ReadonlySet<string>): Promise<void> {
  if (!sheets.size) return;
  const parts = await sheetParts(copy);
  for (const name of sheets) {
    const part = parts.get(name);
    if (!part) continue;
    const rels = await copy.file(relsPathOf(part))?.async('string');
    for (const r of relationships(rels ?? '')) {
      if (r.type !== DRAWING_REL || r.external) continue;
      const target = resolveTarget(part, r.target);
      const xml = await copy.file(target)?.async('string');
      if (xml === undefined) continue;
      const fixed = withoutOneCellEditAs(xml);
      if (fixed !== xml) copy.file(target, fixed);
    }
  }
}
