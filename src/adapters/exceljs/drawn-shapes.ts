// Shapes, text boxes, arrows and groups drawn on the office's sheets, read from the original
// package. ExcelJS keeps a drawing's pictures only; the package pass copies these anchors back
// (restore-shapes.ts), and what it cannot copy is named as not kept (package-parts.ts). Both ask
// this file, so what the user is told is what the copy lacks.
import type JSZip from 'jszip';
import { sheetParts } from './page-breaks';
import { REL_NS, relationships, relsPathOf, resolveTarget } from './package-rels';

/** The anchors of one sheet to copy back, with the namespaces their drawing declared. */
export interface SheetShapes {
  anchors: string[];
  /** `xmlns:p="…"` declarations of the original drawing's root, which the anchors' prefixes refer to. */
  namespaces: string[];
}

export interface DrawnShapes {
  /** Sheet name → the shapes that can be copied back onto it. */
  bySheet: Map<string, SheetShapes>;
  /** Shapes that cannot be (named as not kept). */
  notRestorable: number;
}

const DRAWING = /^xl\/drawings\/[^/]+\.xml$/;
const ANCHOR = /<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>/g;
const SHAPE = /<xdr:(?:sp|cxnSp|grpSp)[\s>]/;

/** The drawn shapes of a package: by sheet those copied back, and a count of the others. */
export async function drawnShapes(zip: JSZip): Promise<DrawnShapes> {
  const out: DrawnShapes = { bySheet: new Map(), notRestorable: 0 };
  const drawings = Object.keys(zip.files).filter((n) => DRAWING.test(n));
  if (!drawings.length) return out;
  const sheetOf = await drawingSheets(zip);
  for (const part of drawings) {
    const xml = await zip.file(part)!.async('string');
    const { restorable, other } = shapeAnchors(xml);
    const sheet = sheetOf.get(part);
    // A drawing no worksheet shows (a chart sheet's, which ExcelJS drops with the sheet) is not copied.
    if (sheet === undefined) {
      out.notRestorable += restorable.length + other;
      continue;
    }
    out.notRestorable += other;
    if (restorable.length) out.bySheet.set(sheet, { anchors: restorable, namespaces: rootNamespaces(xml) });
  }
  return out;
}

/**
 * The anchors of a drawing holding a shape, a text box, a connector (arrow) or a group: those
 * copied back as they are, and a count of the others. Not copied: an anchor using a relationship
 * of the drawing part (a picture fill `r:embed`, a link `r:id`, a picture in a group), which
 * would point to nothing in the copy; and one inside `mc:AlternateContent` (controls, slicers,
 * newer objects with a fallback), counted once per block.
 */
export function shapeAnchors(drawingXml: string): { restorable: string[]; other: number } {
  const wrapped = alternateContentBlocks(drawingXml);
  const relAttr = relationshipAttribute(drawingXml);
  const restorable: string[] = [];
  const blocks = new Set<number>();
  let other = 0;
  for (const m of drawingXml.matchAll(ANCHOR)) {
    if (!SHAPE.test(m[0])) continue;
    const block = wrapped.findIndex(([from, to]) => m.index! > from && m.index! < to);
    if (block >= 0) blocks.add(block);
    else if (relAttr.test(m[0])) other++;
    else restorable.push(m[0]);
  }
  return { restorable, other: other + blocks.size };
}

/** Where the top-level `mc:AlternateContent` blocks are (they may nest inside a shape's text). */
function alternateContentBlocks(xml: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(/<(\/?)mc:AlternateContent\b[^>]*?(\/?)>/g)) {
    if (m[2]) continue;
    if (!m[1] && depth++ === 0) start = m.index!;
    if (m[1] && --depth === 0) out.push([start, m.index!]);
  }
  return out;
}

/** An attribute in the relationships namespace, under whatever prefix the drawing bound it to. */
function relationshipAttribute(xml: string): RegExp {
  const prefixes = new Set(['r', ...[...xml.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].filter((m) => m[2] === REL_NS).map((m) => m[1])]);
  return new RegExp(`\\s(?:${[...prefixes].map((p) => p.replace(/[.-]/g, '\\$&')).join('|')}):[\\w.-]+\\s*=`);
}

function rootNamespaces(xml: string): string[] {
  const root = /<xdr:wsDr\b[^>]*>/.exec(xml)?.[0] ?? '';
  return root.match(/\sxmlns(?::[\w.-]+)?="[^"]*"/g)?.map((d) => d.trim()) ?? [];
}

/** Drawing part → the worksheet (by name) that shows it. */
async function drawingSheets(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, part] of await sheetParts(zip)) {
    if (!part.startsWith('xl/worksheets/')) continue;
    const rels = await zip.file(relsPathOf(part))?.async('string');
    const drawing = relationships(rels ?? '').find((r) => r.type === `${REL_NS}/drawing` && !r.external);
    if (drawing) out.set(resolveTarget(part, drawing.target), name);
  }
  return out;
}
