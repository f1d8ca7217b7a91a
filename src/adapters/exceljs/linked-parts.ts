// Where ExcelJS looks for the parts a sheet links to: it reads notes from xl/comments<n>.xml and
// xl/drawings/vmlDrawing<n>.vml, tables from xl/tables/table<n>.xml and drawings from
// xl/drawings/<letters and digits>.xml only, and finds a sheet's by its relationship's target
// written exactly "../comments<n>.xml", "../tables/table<n>.xml" and so on. Other programs name
// and link them otherwise: openpyxl writes xl/comments/comment1.xml and
// xl/drawings/commentsDrawing1.vml linked from the package root ("/xl/comments/comment1.xml"), the
// Open XML SDK links from the root too, other tools name parts as they like ("Bang_1.xml",
// "Hinh_anh.xml", "hinh-anh_1.png", a subfolder). At a note's or a table's part ExcelJS stopped
// ("Cannot read properties of undefined (reading 'comments')", "(reading 'name')") and the workbook
// could not be checked at all; a drawing or a picture file it did not find, it left out, and the
// copy lost its pictures without a word. ExcelJS is given such parts under its own names and
// targets, each with its own relationships, and a drawing's pictures under names it reads (in the
// package it reads only: the copy's parts are ExcelJS's own, and the package passes find the
// original's through its relationships).
import type JSZip from 'jszip';
import { REL_NS, relationships, relativeTo, relsPathOf, resolveTarget, withTarget } from './package-rels';

const KINDS = [
  { type: `${REL_NS}/comments`, fits: /^xl\/comments\d+\.xml$/, name: (n: number) => `xl/comments${n}.xml` },
  { type: `${REL_NS}/vmlDrawing`, fits: /^xl\/drawings\/vmlDrawing\d+\.vml$/, name: (n: number) => `xl/drawings/vmlDrawing${n}.vml` },
  { type: `${REL_NS}/table`, fits: /^xl\/tables\/table\d+\.xml$/, name: (n: number) => `xl/tables/table${n}.xml` },
  { type: `${REL_NS}/drawing`, fits: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/, name: (n: number) => `xl/drawings/drawing${n}.xml` },
];
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const DRAWING = `${REL_NS}/drawing`;
const IMAGE = `${REL_NS}/image`;
/** A picture file ExcelJS loads and a drawing of it finds: letters and digits, then an extension of letters. */
const READABLE_MEDIA = /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z]{3,4}$/;

/** Moves the parts `zip`'s sheets link to where ExcelJS reads them; whether anything moved or was relinked. */
export async function moveLinkedPartsWhereExcelJSReads(zip: JSZip): Promise<boolean> {
  let changed = false;
  // A part two sheets link to is moved once; the second sheet is linked to where it went.
  const moved = new Map<string, string>();
  // A picture two drawings show is given ExcelJS once.
  const pictures = new Map<string, string>();
  for (const sheet of Object.keys(zip.files).filter((n) => SHEET.test(n))) {
    const relsPath = relsPathOf(sheet);
    const rels = await zip.file(relsPath)?.async('string');
    if (rels === undefined) continue;
    let fixed = rels;
    for (const rel of relationships(rels)) {
      const kind = KINDS.find((k) => k.type === rel.type);
      if (!kind || rel.external) continue;
      const linked = resolveTarget(sheet, rel.target);
      let part = moved.get(linked) ?? linked;
      if (!zip.file(part)) continue;
      if (!kind.fits.test(part)) {
        let n = 1;
        while (zip.file(kind.name(n))) n++;
        part = await movePart(zip, part, kind.name(n));
        moved.set(linked, part);
      }
      // ExcelJS's own form: from xl/worksheets/, one folder up.
      const target = `../${part.slice('xl/'.length)}`;
      if (target !== rel.target) fixed = withTarget(fixed, rel.id, target);
      if (rel.type === DRAWING && (await namePicturesForExcelJS(zip, part, pictures))) changed = true;
    }
    if (fixed !== rels) {
      zip.file(relsPath, fixed);
      changed = true;
    }
  }
  return changed;
}

/** Moves `from` to `to` with its relationships, their targets rewritten from the new folder; `to`. */
async function movePart(zip: JSZip, from: string, to: string): Promise<string> {
  zip.file(to, await zip.file(from)!.async('uint8array'));
  zip.remove(from);
  const rels = await zip.file(relsPathOf(from))?.async('string');
  if (rels !== undefined) {
    let fixed = rels;
    for (const rel of relationships(rels)) {
      if (rel.external || rel.target.startsWith('/')) continue;
      const target = relativeTo(to, resolveTarget(from, rel.target));
      if (target !== rel.target) fixed = withTarget(fixed, rel.id, target);
    }
    zip.file(relsPathOf(to), fixed);
    zip.remove(relsPathOf(from));
  }
  return to;
}

/**
 * The pictures of `drawing` given ExcelJS a copy under a name it reads (xl/media/image<n>.png); the
 * file itself stays where it is, for what else links to it. `given`: file → its copy, for the
 * drawings after this one. Whether any was.
 */
async function namePicturesForExcelJS(zip: JSZip, drawing: string, given: Map<string, string>): Promise<boolean> {
  const relsPath = relsPathOf(drawing);
  const rels = await zip.file(relsPath)?.async('string');
  if (rels === undefined) return false;
  let fixed = rels;
  for (const rel of relationships(rels)) {
    if (rel.type !== IMAGE || rel.external) continue;
    const media = resolveTarget(drawing, rel.target);
    const extension = /\.([a-zA-Z]{3,4})$/.exec(media)?.[1];
    const file = zip.file(media);
    if (READABLE_MEDIA.test(media) || !extension || !file) continue;
    let copy = given.get(media);
    if (!copy) {
      let n = 1;
      while (zip.file(`xl/media/image${n}.${extension}`)) n++;
      copy = `xl/media/image${n}.${extension}`;
      zip.file(copy, await file.async('uint8array'));
      given.set(media, copy);
    }
    fixed = withTarget(fixed, rel.id, relativeTo(drawing, copy));
  }
  if (fixed === rels) return false;
  zip.file(relsPath, fixed);
  return true;
}
