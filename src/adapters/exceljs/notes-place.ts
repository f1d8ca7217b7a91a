// The notes' drawing (<legacyDrawing>) put back at its place in the worksheet. ExcelJS writes it
// last, after <tableParts> and <extLst>, where ECMA-376's sequence has it after <drawing> and
// before both: a sheet with notes and a table (the office's Ctrl+T list, and the check's marks
// add notes) opened in Excel as damaged, the sheet emptied by the repair (exceljs#1369, open).
// The same for a background picture. Only sheets that have notes and one of those
// are looked at (`sheetsWithNotesOutOfPlace`), so most copies are not zipped again for this.
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { sheetParts } from './page-breaks';
import { insertAfterCells } from './worksheet-order';

const LEGACY = /<legacyDrawing\b[^>]*?(?:\/>|>\s*<\/legacyDrawing>)/;
const AFTER_LEGACY = /<(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** Sheets of `wb` with notes that ExcelJS will write after an element they must precede. */
export function sheetsWithNotesOutOfPlace(wb: ExcelJS.Workbook): Set<string> {
  const out = new Set<string>();
  for (const ws of wb.worksheets) {
    const tables = Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {}).length > 0;
    const background = ws.getBackgroundImageId() !== undefined;
    // No conditional formats here: ExcelJS writes none (conditional-formats.ts copies the original's, extension list included, in schema order).
    if ((tables || background) && hasNote(ws)) out.add(ws.name);
  }
  return out;
}

function hasNote(ws: ExcelJS.Worksheet): boolean {
  let found = false;
  // Blank cells too: a mark may sit on one (a missing deadline), in a row without values.
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (!found) row.eachCell({ includeEmpty: true }, (c) => (found ||= c.note !== undefined));
  });
  return found;
}

/** A worksheet part with its <legacyDrawing> moved to where the schema puts it (unchanged when it is there). */
export function withNotesInPlace(xml: string): string {
  const from = Math.max(0, xml.lastIndexOf('</sheetData>'));
  const m = LEGACY.exec(xml.slice(from));
  if (!m) return xml;
  const at = from + m.index;
  // A data bar's rule has an <extLst> of its own: a move then puts it where it already was.
  if (!AFTER_LEGACY.test(xml.slice(from, at))) return xml;
  const without = xml.slice(0, at) + xml.slice(at + m[0].length);
  return insertAfterCells(without, m[0], 'legacyDrawing') ?? xml;
}

/** Puts the notes' drawing in place on the copy's sheets named. */
export async function placeNotes(copy: JSZip, sheets: ReadonlySet<string>): Promise<void> {
  if (!sheets.size) return;
  const parts = await sheetParts(copy);
  for (const name of sheets) {
    const part = parts.get(name);
    const xml = part ? await copy.file(part)?.async('string') : undefined;
    if (!part || xml === undefined) continue;
    const fixed = withNotesInPlace(xml);
    if (fixed !== xml) copy.file(part, fixed);
  }
}
