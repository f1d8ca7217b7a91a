// SmartArt graphics (Insert › SmartArt): a graphic frame whose four relationship Ids (`r:dm`,
// `r:lo`, `r:qs`, `r:cs`) lead from the sheet's drawing to its data, layout, quick style and
// colours. These are copied like a chart's parts (anchor-rels.ts). One link is not: the data part
// names the shapes Excel laid out for the graphic (`dsp:dataModelExt relId`) by an Id of the
// *drawing's* relationships, outside the relationships namespace. In the copy that Id must be one
// of the copy's drawing, so the copied data part is rewritten to it; a graphic whose link cannot
// be followed is not copied and is named (drawn-shapes.ts).
import type JSZip from 'jszip';
import { partIn, type PartCopier } from './copy-parts';
import { freshId, relativeTo, resolveTarget, withRelationship, type Relationship } from './package-rels';

/** A frame of SmartArt (graphic data of the diagram namespace). */
export const SMARTART = /<a:graphicData\b[^>]*\suri="http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\/diagram"/;
const LAID_OUT_REL = 'http://schemas.microsoft.com/office/2007/relationships/diagramDrawing';
const LINK = /(<(?:[\w.-]+:)?dataModelExt\b[^>]*?\srelId=")([^"]*)"/;

/** A data part of the original and the laid-out shapes it names through its drawing's relationship `relId`. */
export interface LaidOutLink {
  data: string;
  relId: string;
  shapes: string;
}

/**
 * The laid-out shapes each SmartArt of `anchor` (in the original's drawing part `drawing`, with
 * relationships `rels`) names; undefined when one cannot be followed: its data part is missing,
 * or names an Id the drawing lacks or one that leads elsewhere. A data part without the link
 * (Excel 2007) has no entry.
 */
export async function laidOutLinks(zip: JSZip, drawing: string, anchor: string, rels: readonly Relationship[]): Promise<LaidOutLink[] | undefined> {
  const out: LaidOutLink[] = [];
  for (const m of anchor.matchAll(/<(?:[\w.-]+:)?relIds\b[^>]*>/g)) {
    const rel = rels.find((r) => r.id === /\s[\w.-]+:dm="([^"]*)"/.exec(m[0])?.[1]);
    const data = rel && !rel.external ? partIn(zip, resolveTarget(drawing, rel.target)) : undefined;
    if (data === undefined) return undefined;
    const relId = LINK.exec(await zip.file(data)!.async('string'))?.[2];
    if (relId === undefined) continue;
    const link = rels.find((r) => r.id === relId);
    const shapes = link && !link.external && link.type === LAID_OUT_REL ? partIn(zip, resolveTarget(drawing, link.target)) : undefined;
    if (shapes === undefined) return undefined;
    out.push({ data, relId, shapes });
  }
  return out;
}

/** `rels` (those of the copy's drawing part `drawing`) with a relationship to each copied laid-out part, the copied data parts naming its Id. */
export async function relinkLaidOut(links: readonly LaidOutLink[], copier: PartCopier, drawing: string, rels: string | undefined): Promise<string | undefined> {
  for (const link of links) {
    const shapes = await copier.partFor(link.shapes);
    if (shapes === undefined) continue;
    const id = freshId(rels ?? '');
    rels = withRelationship(rels, { id, type: LAID_OUT_REL, target: relativeTo(drawing, shapes) });
    await copier.edit(link.data, (xml) => xml.replace(LINK, (_, head: string) => `${head}${id}"`));
  }
  return rels;
}
