// Where ExcelJS looks for a sheet's notes: it reads comments parts named xl/comments<n>.xml and
// VML drawings named xl/drawings/vmlDrawing<n>.vml only, and finds a sheet's by its relationship's
// target written exactly "../comments<n>.xml", "../drawings/vmlDrawing<n>.vml". openpyxl writes
// xl/comments/comment1.xml and xl/drawings/commentsDrawing1.vml, linked from the package root
// ("/xl/comments/comment1.xml"): ExcelJS stopped with "Cannot read properties of undefined
// (reading 'comments')", and a workbook with a note written by a Python script could not be
// checked at all. ExcelJS is given such parts under its own names and targets (in the package it
// reads only: the copy's parts are ExcelJS's own).
import type JSZip from 'jszip';
import { REL_NS, relationships, relsPathOf, resolveTarget } from './package-rels';

const KINDS = [
  { type: `${REL_NS}/comments`, fits: /^xl\/comments\d+\.xml$/, name: (n: number) => `xl/comments${n}.xml` },
  { type: `${REL_NS}/vmlDrawing`, fits: /^xl\/drawings\/vmlDrawing\d+\.vml$/, name: (n: number) => `xl/drawings/vmlDrawing${n}.vml` },
];
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** Moves the notes' parts of `zip`'s sheets to where ExcelJS reads them; whether anything moved. */
export async function moveNotesWhereExcelJSReads(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const sheet of Object.keys(zip.files).filter((n) => SHEET.test(n))) {
    const relsPath = relsPathOf(sheet);
    const rels = await zip.file(relsPath)?.async('string');
    if (rels === undefined) continue;
    let fixed = rels;
    for (const rel of relationships(rels)) {
      const kind = KINDS.find((k) => k.type === rel.type);
      if (!kind || rel.external) continue;
      let part = resolveTarget(sheet, rel.target);
      const file = zip.file(part);
      if (!file) continue;
      if (!kind.fits.test(part)) {
        let n = 1;
        while (zip.file(kind.name(n))) n++;
        zip.file(kind.name(n), await file.async('uint8array'));
        zip.remove(part);
        part = kind.name(n);
      }
      // ExcelJS's own form: from xl/worksheets/, one folder up.
      const target = `../${part.slice('xl/'.length)}`;
      if (target !== rel.target) fixed = fixed.replace(/<Relationship\b[^>]*>/g, (el) => (relationships(el)[0]?.id === rel.id ? el.replace(/\sTarget="[^"]*"/, ` Target="${target}"`) : el));
    }
    if (fixed !== rels) {
      zip.file(relsPath, fixed);
      changed = true;
    }
  }
  return changed;
}
