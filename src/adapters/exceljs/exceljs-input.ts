// The package as ExcelJS is given it to load. ExcelJS reads every xl/drawings/*.xml as a sheet's
// drawing, but Excel also keeps there the shapes drawn on a chart (<c:userShapes>); with a
// relationships file beside such a part (a picture on the chart) ExcelJS stops with "Cannot read
// properties of undefined (reading 'anchors')" and the file could not be checked at all. Those
// relationship files are left out of what ExcelJS loads: it keeps nothing of a chart anyway, and
// the package pass copies the chart with its shapes from the original (restore-shapes.ts).
// A print area or titles on a sheet named with an apostrophe, as ExcelJS itself writes them
// ('Q'3 2023'!$1:$3: earlier checked copies, files of other ExcelJS tools), stopped it the same
// way; it is given them quoted as Excel writes them (defined-names.ts). Notes', tables' and
// drawings' parts named or linked otherwise than ExcelJS's own (openpyxl's, the Open XML SDK's),
// at which it stopped or which it left out, are given where ExcelJS reads them (linked-parts.ts);
// notes written as plain text, which it read as empty, with their text in a run (plain-notes.ts);
// notes on blank cells, which it read as nothing, on a cell (noted-blank-cells.ts); tables with a
// filter or sort ExcelJS stops at, without their criteria (table-filters.ts copies them back);
// worksheet parts named otherwise than sheet<n>.xml, which it does not read (sheet-part-names.ts).
import JSZip from 'jszip';
import { withBuiltInNamesQuoted } from './defined-names';
import { COMMENTS_PART, withNoteRuns } from './plain-notes';
import { moveLinkedPartsWhereExcelJSReads } from './linked-parts';
import { addNotedBlankCells } from './noted-blank-cells';
import { nameSheetPartsForExcelJS } from './sheet-part-names';
import { isTablePart, withoutTableCriteria } from './table-filters';

const DRAWING_RELS = /^xl\/drawings\/_rels\/([^/]+\.xml)\.rels$/;
const WORKBOOK = 'xl/workbook.xml';

/** `data` itself, or when it holds what ExcelJS cannot read (drawings with their relationships, names, notes' parts and plain-text notes, tables' filter criteria), the package as ExcelJS can read it. */
export async function readableByExcelJS(data: Buffer | ArrayBuffer): Promise<Buffer | ArrayBuffer> {
  const zip = await JSZip.loadAsync(data);
  let changed = false;
  const book = await zip.file(WORKBOOK)?.async('string');
  const quoted = book === undefined ? book : withBuiltInNamesQuoted(book);
  if (quoted !== book) {
    zip.file(WORKBOOK, quoted!);
    changed = true;
  }
  // Sheets first: the notes are then looked for beside the sheets' new names.
  if (await nameSheetPartsForExcelJS(zip)) changed = true;
  if (await moveLinkedPartsWhereExcelJSReads(zip)) changed = true;
  if (await addNotedBlankCells(zip)) changed = true;
  const parts: [(name: string) => boolean, (xml: string) => string][] = [
    [(n) => COMMENTS_PART.test(n), withNoteRuns],
    [isTablePart, withoutTableCriteria],
  ];
  for (const [which, readable] of parts) {
    for (const part of Object.keys(zip.files).filter(which)) {
      const xml = await zip.file(part)!.async('string');
      const fixed = readable(xml);
      if (fixed !== xml) {
        zip.file(part, fixed);
        changed = true;
      }
    }
  }
  for (const rels of Object.keys(zip.files)) {
    const drawing = DRAWING_RELS.exec(rels)?.[1];
    if (!drawing) continue;
    const xml = await zip.file(`xl/drawings/${drawing}`)?.async('string');
    // ExcelJS parses the tag names as written: only an <xdr:wsDr> root gives it a drawing.
    if (xml !== undefined && !/^(?:<\?[^>]*\?>|<!--[\s\S]*?-->|\s)*<xdr:wsDr\b/.test(xml)) {
      zip.remove(rels);
      changed = true;
    }
  }
  if (!changed) return data;
  // Not compressed: the package is only read back once, here.
  return zip.generateAsync({ type: typeof Buffer === 'undefined' ? 'arraybuffer' : 'nodebuffer', compression: 'STORE' });
}
