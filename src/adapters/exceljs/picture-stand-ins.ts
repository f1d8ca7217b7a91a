// A group of shapes holding a picture (a scanned seal grouped with its caption): ExcelJS reads
// the group's picture as a picture of its own, anchored on the group's cells and stretched over
// them, drops the rest of the group, and writes that picture into the copy. The group itself
// comes back from the original (restore-shapes.ts), so this stand-in is taken out of the copy's
// drawing: the picture anchor on the same cells whose file has the bytes of one of the group's
// pictures. Any other picture, the office's own, stays (a logo of the same file elsewhere too).
import type JSZip from 'jszip';
import { partIn, sameBytes } from './copy-parts';
import type { SheetShapes } from './drawn-shapes';
import { relationships, relsPathOf, resolveTarget, withoutRelationship, type Relationship } from './package-rels';

const ANCHOR = /<xdr:(twoCellAnchor|oneCellAnchor)\b[\s\S]*?<\/xdr:\1>/g;
const GROUPED_PICTURE = /<xdr:grpSp\b[\s\S]*<xdr:pic\b/;

/** The copy's drawing part `drawing` (XML `xml`) without ExcelJS's stand-ins for the groups of `s`, and its rels without their relationships. */
export async function withoutStandIns(source: JSZip, copy: JSZip, s: SheetShapes, drawing: string, xml: string): Promise<{ xml: string; rels: string | undefined }> {
  let rels = await copy.file(relsPathOf(drawing))?.async('string');
  const groups = s.anchors.filter((a) => GROUPED_PICTURE.test(a));
  if (!groups.length) return { xml, rels };
  const original = relationships((await source.file(relsPathOf(s.drawing))?.async('string')) ?? '');
  const written = relationships(rels ?? '');
  const standIns = [...xml.matchAll(ANCHOR)].filter((m) => /<xdr:pic\b/.test(m[0]) && !/<xdr:grpSp\b/.test(m[0]));
  const removed = new Set<number>();
  for (const group of groups) {
    const pictures = await Promise.all(embeds(group).map((id) => bytesOf(source, s.drawing, original, id)));
    for (const m of standIns) {
      if (removed.has(m.index!) || place(m[0]) !== place(group)) continue;
      const bytes = await bytesOf(copy, drawing, written, embeds(m[0])[0] ?? '');
      if (bytes && pictures.some((p) => p && sameBytes(p, bytes))) {
        removed.add(m.index!);
        break;
      }
    }
  }
  if (!removed.size) return { xml, rels };
  const gone = standIns.filter((m) => removed.has(m.index!));
  let out = xml;
  for (const m of [...gone].reverse()) out = out.slice(0, m.index!) + out.slice(m.index! + m[0].length);
  // Their relationships (the picture, a link on it) unless an anchor left uses them.
  const left = new Set(idsIn(out));
  for (const id of new Set(gone.flatMap((m) => idsIn(m[0])))) if (!left.has(id) && rels !== undefined) rels = withoutRelationship(rels, id);
  return { xml: out, rels };
}

/** The bytes of the part relationship `id` of `part` (among `rels`) leads to, if in `zip`. */
async function bytesOf(zip: JSZip, part: string, rels: readonly Relationship[], id: string): Promise<Uint8Array | undefined> {
  const rel = rels.find((r) => r.id === id);
  const target = rel && !rel.external ? partIn(zip, resolveTarget(part, rel.target)) : undefined;
  return target === undefined ? undefined : zip.file(target)!.async('uint8array');
}

/** Where an anchor sits, as numbers (ExcelJS writes them anew): its kind, its first cell, and its last cell or its size. */
function place(anchor: string): string {
  const kind = /^<xdr:(\w+)/.exec(anchor)?.[1] ?? '';
  const numbers = (el: string | undefined) => [...(el ?? '').matchAll(/>\s*(-?\d+)\s*</g)].map((m) => Number(m[1])).join(',');
  const from = numbers(/<xdr:from>[\s\S]*?<\/xdr:from>/.exec(anchor)?.[0]);
  const ext = /<xdr:ext\b[^>]*>/.exec(anchor)?.[0] ?? '';
  const size = ['cx', 'cy'].map((a) => Number(new RegExp(`\\s${a}="(-?\\d+)"`).exec(ext)?.[1])).join(',');
  return `${kind}|${from}|${kind === 'twoCellAnchor' ? numbers(/<xdr:to>[\s\S]*?<\/xdr:to>/.exec(anchor)?.[0]) : size}`;
}

/** The Ids of the files `anchor`'s pictures show (`<xdr:pic>`, not a shape's picture fill). */
function embeds(anchor: string): string[] {
  return [...anchor.matchAll(/<xdr:pic\b[\s\S]*?<\/xdr:pic>/g)].flatMap((p) => /<a:blip\b[^>]*\s[\w.-]+:embed="([^"]+)"/.exec(p[0])?.slice(1) ?? []);
}

/** The relationship Ids ExcelJS's anchors use (its prefix is `r`). */
function idsIn(xml: string): string[] {
  return [...xml.matchAll(/\sr:[\w.-]+="([^"]+)"/g)].map((m) => m[1]);
}
