// Pictures placed in cells with WPS Office (Chèn ảnh vào ô): the cell holds =DISPIMG("ID_…",1)
// and the pictures live in a workbook part of WPS's own (xl/cellimages.xml, with its pictures in
// xl/media/), linked from the workbook. ExcelJS keeps the formula and drops the part, so the copy
// showed no picture in WPS (and Excel, which has no DISPIMG, shows none either way). The part is
// copied back with its pictures and its link.
import type JSZip from 'jszip';
import { PartCopier } from './copy-parts';
import { freshId, relationships, relativeTo, resolveTarget, withRelationship } from './package-rels';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
/** WPS's relationship ("http://www.wps.cn/officeDocument/2020/cellImage"); other writers vary the year and case. */
const CELL_IMAGE = /\/cellImage$/i;

/** The original's cell-pictures part, and the type of its link; undefined when it has none. */
export async function wpsCellImages(source: JSZip): Promise<{ part: string; type: string } | undefined> {
  const rels = await source.file(WORKBOOK_RELS)?.async('string');
  const rel = relationships(rels ?? '').find((r) => CELL_IMAGE.test(r.type) && !r.external);
  const part = rel && resolveTarget(WORKBOOK, rel.target);
  return rel && part && source.file(part) ? { part, type: rel.type } : undefined;
}

/** Copies the cell-pictures part (`wpsCellImages`) into `copy`, with its pictures, content type and link. */
export async function restoreWpsCellImages(source: JSZip, copy: JSZip, images: { part: string; type: string } | undefined): Promise<void> {
  if (!images) return;
  const rels = await copy.file(WORKBOOK_RELS)?.async('string');
  if (rels === undefined || relationships(rels).some((r) => r.type === images.type)) return;
  const copier = new PartCopier(source, copy);
  const name = await copier.partFor(images.part);
  await copier.finish();
  if (name !== undefined) copy.file(WORKBOOK_RELS, withRelationship(rels, { id: freshId(rels), type: images.type, target: relativeTo(WORKBOOK, name) }));
}
