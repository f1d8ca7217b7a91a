// The office's shapes, text boxes, arrows and charts (drawn-shapes.ts), copied back into the
// written package: ExcelJS keeps a drawing's pictures only. Into the drawing ExcelJS wrote for the
// sheet's pictures, or into a new drawing part linked from the sheet. The anchors are copied as
// they were: the copy inserts no rows or columns in the office's sheets, so they sit on the same
// cells; what they link to (a chart, a picture fill, a link) comes with them (anchor-rels.ts).
// A chart's formulas name the office's sheets, which keep their names in the copy.
import type JSZip from 'jszip';
import type { SheetShapes } from './drawn-shapes';
import { relinkAnchors } from './anchor-rels';
import { PartCopier } from './copy-parts';
import { sheetParts } from './page-breaks';
import { freshId, REL_NS, relationships, relativeTo, relsPathOf, resolveTarget, withRelationship } from './package-rels';
import { withoutStandIns } from './picture-stand-ins';
import { insertAfterCells } from './worksheet-order';

const DRAWING_REL = `${REL_NS}/drawing`;
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** Puts each sheet's shapes (sheet name → anchors) into the copy's sheet of that name, with the parts they use from `source`. */
export async function restoreShapes(source: JSZip, copy: JSZip, shapes: ReadonlyMap<string, SheetShapes>): Promise<void> {
  if (!shapes.size) return;
  const parts = await sheetParts(copy);
  const copier = new PartCopier(source, copy);
  for (const [name, s] of shapes) {
    const part = parts.get(name);
    const sheet = part ? await copy.file(part)?.async('string') : undefined;
    if (!part || sheet === undefined) continue;
    const rels = await copy.file(relsPathOf(part))?.async('string');
    const drawing = relationships(rels ?? '').find((r) => r.type === DRAWING_REL && !r.external);
    if (drawing) {
      const target = resolveTarget(part, drawing.target);
      const written = await copy.file(target)?.async('string');
      if (written === undefined) continue;
      // ExcelJS's picture stretched over a group holding it goes: the group comes back whole.
      const { xml, rels: drawingRels } = await withoutStandIns(source, copy, s, target, written);
      const linked = await relinkAnchors(s, source, copier, target, drawingRels);
      copy.file(target, withAnchors(xml, { ...s, anchors: linked.anchors }));
      if (linked.rels !== undefined) copy.file(relsPathOf(target), linked.rels);
    } else if (!/<drawing\b/.test(sheet)) {
      await addDrawing(copy, part, sheet, rels, s, { source, copier });
    }
  }
  await copier.finish();
}

/**
 * The drawing with the anchors added at its end: drawn above the pictures ExcelJS wrote (the
 * original's order between pictures and shapes is lost; each keeps its cells). Shape ids are
 * moved past the pictures' so none repeats (connectors' ends move with them), and each anchor
 * declares the namespaces of its original drawing the root here lacks.
 */
export function withAnchors(drawingXml: string, s: Pick<SheetShapes, 'anchors' | 'namespaces'>): string {
  const root = /<xdr:wsDr\b[^>]*>/.exec(drawingXml)?.[0] ?? '';
  const declared = new Set(root.match(/\sxmlns(?::[\w.-]+)?="[^"]*"/g)?.map((d) => d.trim()) ?? []);
  const missing = s.namespaces.filter((d) => !declared.has(d));
  const ids = [...drawingXml.matchAll(/<xdr:cNvPr\b[^>]*?\sid="(\d+)"/g)].map((m) => Number(m[1]));
  const shift = ids.length ? Math.max(...ids) + 1 : 0;
  const anchors = s.anchors.map((a) => {
    const moved = shift ? a.replace(/(<(?:xdr:cNvPr|a:stCxn|a:endCxn)\b[^>]*?\sid=")(\d+)"/g, (_, head: string, id: string) => `${head}${Number(id) + shift}"`) : a;
    return missing.length ? moved.replace(/^<xdr:\w+/, (open) => `${open} ${missing.join(' ')}`) : moved;
  });
  const end = drawingXml.lastIndexOf('</xdr:wsDr>');
  if (end < 0) return drawingXml.replace(/<xdr:wsDr\b([^>]*?)\s*\/>/, (_, attrs: string) => `<xdr:wsDr${attrs}>${anchors.join('')}</xdr:wsDr>`);
  return drawingXml.slice(0, end) + anchors.join('') + drawingXml.slice(end);
}

/** A new drawing part with the anchors, its content type, the sheet's relationship to it and the sheet's `<drawing>`. */
async function addDrawing(copy: JSZip, part: string, sheet: string, rels: string | undefined, s: SheetShapes, from: { source: JSZip; copier: PartCopier }): Promise<void> {
  const id = freshId(rels ?? '');
  const withRoot = /\sxmlns:r="/.test(/<worksheet\b[^>]*>/.exec(sheet)?.[0] ?? '') ? sheet : sheet.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_NS}"`);
  const placed = insertAfterCells(withRoot, `<drawing r:id="${id}"/>`, 'drawing');
  if (placed === undefined) return;
  // A name no part of the copy has, nor one copied from the original (a chart's shapes are drawings too).
  const target = from.copier.newName('xl/drawings/drawing1.xml');
  const linked = await relinkAnchors(s, from.source, from.copier, target, undefined);
  // The original drawing's namespaces on the new root, so the anchors need none of their own.
  const namespaces = [...new Set([`xmlns:xdr="${XDR_NS}"`, `xmlns:a="${A_NS}"`, ...s.namespaces])].join(' ');
  copy.file(target, withAnchors(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${namespaces}></xdr:wsDr>`, { ...s, anchors: linked.anchors }));
  if (linked.rels !== undefined) copy.file(relsPathOf(target), linked.rels);
  copy.file(part, placed);
  copy.file(relsPathOf(part), withRelationship(rels, { id, type: DRAWING_REL, target: relativeTo(part, target) }));
  const types = (await copy.file('[Content_Types].xml')?.async('string')) ?? '';
  if (types && !types.includes(`PartName="/${target}"`)) copy.file('[Content_Types].xml', types.replace('</Types>', () => `<Override PartName="/${target}" ContentType="${DRAWING_TYPE}"/></Types>`));
}
