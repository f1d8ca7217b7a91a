// Shapes, text boxes, arrows, groups, charts and SmartArt drawn on the office's sheets, read from
// the original package. ExcelJS keeps a drawing's pictures only; the package pass copies these
// anchors back (restore-shapes.ts), with the parts their relationships point to (a chart, a
// picture filling a shape, a SmartArt's parts; anchor-rels.ts, smartart-links.ts), and what it
// cannot copy is named as not kept (package-parts.ts, charts-not-kept.ts). Both ask this file,
// so what the user is told is what the copy lacks.
import type JSZip from 'jszip';
import { partIn } from './copy-parts';
import { sheetParts } from './page-breaks';
import { REL_NS, relationshipAttributes, relationships, relsPathOf, resolveTarget, type Relationship } from './package-rels';
import { laidOutLinks, SMARTART, type LaidOutLink } from './smartart-links';

/** The anchors of one sheet to copy back, with the namespaces their drawing declared. */
export interface SheetShapes {
  anchors: string[];
  /** `xmlns:p="…"` declarations of the original drawing's root, which the anchors' prefixes refer to. */
  namespaces: string[];
  /** The original's drawing part: the anchors' `r:id`, `r:embed` are Ids of its relationships. */
  drawing: string;
  /** The SmartArt graphics' links from their data to their laid-out shapes (smartart-links.ts). */
  laidOut: LaidOutLink[];
}

export interface DrawnShapes {
  /** Sheet name → the shapes that can be copied back onto it. */
  bySheet: Map<string, SheetShapes>;
  /** Shapes that cannot be (named as not kept). */
  notRestorable: number;
  /** SmartArt graphics that cannot be (named apart from the shapes). */
  smartArtNotRestorable: number;
  /** The chart parts copied back with those anchors (charts-not-kept.ts names the others). */
  charts: Set<string>;
}

const DRAWING = /^xl\/drawings\/[^/]+\.xml$/;
const ANCHOR = /<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>/g;
const SHAPE = /<xdr:(?:sp|cxnSp|grpSp)[\s>]/;
/** A chart's frame (graphic data of the chart namespace; Excel 2016's chartex ones sit in mc:AlternateContent). */
const CHART = /<a:graphicData\b[^>]*\suri="[^"]*\/chart(?:ex)?"/;
const CHART_PART = /^xl\/charts\/chart[^/]*\.xml$/;

/** The drawn shapes, charts and SmartArt of a package: by sheet those copied back, counts of the shapes and SmartArt that are not, the charts that are. */
export async function drawnShapes(zip: JSZip): Promise<DrawnShapes> {
  const out: DrawnShapes = { bySheet: new Map(), notRestorable: 0, smartArtNotRestorable: 0, charts: new Set() };
  const drawings = Object.keys(zip.files).filter((n) => DRAWING.test(n));
  if (!drawings.length) return out;
  const shownBy = await drawingSheets(zip);
  const claimed = new Set<string>();
  for (const part of drawings) {
    const sheet = shownBy.get(part);
    // A chart sheet is named as a whole (charts-not-kept.ts): ExcelJS drops the sheet.
    if (sheet?.chartSheet) continue;
    const xml = await zip.file(part)!.async('string');
    const rels = relationships((await zip.file(relsPathOf(part))?.async('string')) ?? '');
    const found = shapeAnchors(xml, new Set(rels.filter((r) => copiable(zip, part, r)).map((r) => r.id)));
    out.notRestorable += found.other;
    out.smartArtNotRestorable += found.smartArt;
    const restorable: string[] = [];
    const laidOut: LaidOutLink[] = [];
    for (const a of found.restorable) {
      // A drawing no sheet shows is not copied.
      const links = sheet === undefined ? undefined : SMARTART.test(a) ? await laidOutLinks(zip, part, a, rels) : [];
      // A data part is rewritten for the drawing it is copied into: one frame only may use it.
      if (links && links.every((l) => !claimed.has(l.data))) {
        restorable.push(a);
        laidOut.push(...links);
        links.forEach((l) => claimed.add(l.data));
      } else if (SHAPE.test(a)) out.notRestorable++;
      else if (SMARTART.test(a)) out.smartArtNotRestorable++;
    }
    if (sheet === undefined || !restorable.length) continue;
    out.bySheet.set(sheet.name, { anchors: restorable, namespaces: rootNamespaces(xml), drawing: part, laidOut });
    for (const id of relationshipIds(restorable, rootNamespaces(xml))) {
      const rel = rels.find((r) => r.id === id);
      const target = rel && !rel.external ? partIn(zip, resolveTarget(part, rel.target)) : undefined;
      if (target && CHART_PART.test(target)) out.charts.add(target);
    }
  }
  return out;
}

/**
 * The anchors of a drawing holding a shape, a text box, a connector (arrow), a group, a chart or
 * a SmartArt graphic: those copied back, and counts of the shapes and of the SmartArt that cannot
 * be. Copied: an anchor whose every relationship Id is in `copiable` (a chart, a picture fill
 * `r:embed`, a link `r:id`, a SmartArt's parts, a grouped picture's file, whose targets are
 * copied too; the picture ExcelJS keeps of a group goes, picture-stand-ins.ts). Not copied: an
 * anchor using an Id the drawing lacks; an anchor inside `mc:AlternateContent` (controls,
 * slicers, newer objects with a fallback), counted once per block. A chart that is not copied is
 * not counted here: charts-not-kept.ts counts the charts.
 */
export function shapeAnchors(drawingXml: string, copiable: ReadonlySet<string> = new Set()): { restorable: string[]; other: number; smartArt: number } {
  const wrapped = alternateContentBlocks(drawingXml);
  const namespaces = rootNamespaces(drawingXml);
  const restorable: string[] = [];
  const blocks = new Set<number>();
  let other = 0;
  let smartArt = 0;
  for (const m of drawingXml.matchAll(ANCHOR)) {
    const chart = CHART.test(m[0]);
    const shape = SHAPE.test(m[0]);
    if (!shape && !chart && !SMARTART.test(m[0])) continue;
    const block = wrapped.findIndex(([from, to]) => m.index! > from && m.index! < to);
    if (block >= 0) {
      // A newer chart (chartex) with its fallback text: the chart is counted with the charts.
      if (!CHART.test(drawingXml.slice(...wrapped[block]))) blocks.add(block);
    } else if (![...relationshipIds([m[0]], namespaces)].every((id) => copiable.has(id))) {
      if (chart) continue;
      if (shape) other++;
      else smartArt++;
    } else restorable.push(m[0]);
  }
  return { restorable, other: other + blocks.size, smartArt };
}

/** The relationship Ids the anchors use (an empty `r:id=""` uses none). */
export function relationshipIds(anchors: readonly string[], namespaces: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const a of anchors) for (const m of a.matchAll(relationshipAttributes(` ${namespaces.join(' ')} ${a}`))) if (m[2]) ids.add(m[2]);
  return ids;
}

/** A relationship of the drawing whose target the copy can have: a part of the package (copied), a web page or a place in the workbook (as it is). */
function copiable(zip: JSZip, drawing: string, rel: Relationship): boolean {
  return rel.external || rel.type === `${REL_NS}/hyperlink` || partIn(zip, resolveTarget(drawing, rel.target)) !== undefined;
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

function rootNamespaces(xml: string): string[] {
  const root = /<xdr:wsDr\b[^>]*>/.exec(xml)?.[0] ?? '';
  return root.match(/\sxmlns(?::[\w.-]+)?="[^"]*"/g)?.map((d) => d.trim()) ?? [];
}

/** Drawing part → the sheet (by name) that shows it: a worksheet or a chart sheet. */
async function drawingSheets(zip: JSZip): Promise<Map<string, { name: string; chartSheet: boolean }>> {
  const out = new Map<string, { name: string; chartSheet: boolean }>();
  for (const [name, part] of await sheetParts(zip)) {
    const chartSheet = part.startsWith('xl/chartsheets/');
    if (!chartSheet && !part.startsWith('xl/worksheets/')) continue;
    const rels = await zip.file(relsPathOf(part))?.async('string');
    const drawing = relationships(rels ?? '').find((r) => r.type === `${REL_NS}/drawing` && !r.external);
    if (drawing) out.set(resolveTarget(part, drawing.target), { name, chartSheet });
  }
  return out;
}
