// The relationships the office's drawn objects use, made again in the copy's drawing: a chart
// (its part copied with everything it uses, copy-parts.ts), a picture filling a shape, a link, a
// SmartArt's parts and the shapes laid out for it (smartart-links.ts). The copy's drawing already
// has ExcelJS's relationships for its pictures, so each gets a fresh Id and the anchors are
// rewritten to it.
import type JSZip from 'jszip';
import type { PartCopier } from './copy-parts';
import { partIn } from './copy-parts';
import type { SheetShapes } from './drawn-shapes';
import { freshId, relationshipAttributes, relationships, relativeTo, relsPathOf, resolveTarget, withRelationship } from './package-rels';
import { relinkLaidOut } from './smartart-links';

/**
 * `s`'s anchors with their relationship Ids moved to relationships added to `rels` (those of the
 * copy's drawing part `drawing`; undefined when it has none yet), and the rels file then.
 */
export async function relinkAnchors(s: SheetShapes, source: JSZip, copier: PartCopier, drawing: string, rels: string | undefined): Promise<{ anchors: string[]; rels: string | undefined }> {
  const original = relationships((await source.file(relsPathOf(s.drawing))?.async('string')) ?? '');
  const moved = new Map<string, string>();
  const attrs = (a: string) => relationshipAttributes(` ${s.namespaces.join(' ')} ${a}`);
  for (const a of s.anchors) {
    for (const [, , id] of a.matchAll(attrs(a))) {
      const rel = original.find((r) => r.id === id);
      if (!id || moved.has(id) || !rel) continue;
      const target = rel.external ? undefined : partIn(source, resolveTarget(s.drawing, rel.target));
      const part = target === undefined ? undefined : await copier.partFor(target);
      const fresh = freshId(rels ?? '');
      // A web page or a place in the workbook (a link's target) is kept as it was.
      rels = withRelationship(rels, part === undefined ? { id: fresh, type: rel.type, target: rel.target, external: rel.external } : { id: fresh, type: rel.type, target: relativeTo(drawing, part) });
      moved.set(id, fresh);
    }
  }
  // A SmartArt's data names its laid-out shapes by an Id of this drawing's relationships.
  rels = await relinkLaidOut(s.laidOut, copier, drawing, rels);
  if (!moved.size) return { anchors: s.anchors, rels };
  const anchors = s.anchors.map((a) => a.replace(attrs(a), (all: string, head: string, id: string) => (moved.has(id) ? `${head}${moved.get(id)}"` : all)));
  return { anchors, rels };
}
