// Parts of the original package ExcelJS drops on writing, put back into the copy as they were.
// Custom document properties (docProps/custom.xml: the office's own "Số hiệu", "Người lập"…)
// are workbook metadata the copy must not lose; ExcelJS neither reads nor writes them. Also
// repaired here: the office's column page breaks, which ExcelJS cannot write (column-breaks.ts);
// its defined names, of which ExcelJS keeps only plain ranges (defined-names.ts); the open or
// closed state of its outline groups, which ExcelJS writes wrong (outline-collapsed.ts); the
// shapes, text boxes, arrows and charts drawn on its sheets, which ExcelJS drops (restore-shapes.ts); what
// it set on its sheets that ExcelJS drops (restore-sheets.ts) and its notes' authors and boxes
// (note-details.ts); its calculation settings and file sharing options (workbook-settings.ts);
// its default font, which ExcelJS replaces with Calibri 11 (default-font.ts); its colour palette,
// which ExcelJS drops (palette.ts); its tables' filter
// criteria and sort (table-filters.ts); the leading apostrophe of cells typed with one (quote-prefix.ts);
// the pictures WPS Office places in cells (wps-cell-images.ts); the threaded comments of Excel 365
// and the people who wrote them (threaded-comments.ts).
// Repaired too, whatever the original: the notes' drawing ExcelJS writes out of place
// (notes-place.ts) and the attribute it writes on one-cell picture anchors (one-cell-anchors.ts);
// and the picture files ExcelJS writes that nothing in the copy shows are left out (unused-media.ts).
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnBreaksOf, writeColumnBreaks } from './column-breaks';
import { defaultFontToRestore, restoreDefaultFont } from './default-font';
import { hasPrintNamesToRepair, namesToCopy, restoreDefinedNames } from './defined-names';
import { drawnShapes } from './drawn-shapes';
import { outlinedSheetsOf, restoreCollapsed } from './outline-collapsed';
import { restoreNoteDetails } from './note-details';
import { freshId, withRelationship } from './package-rels';
import type { PageBreak } from './page-breaks';
import { restoreShapes } from './restore-shapes';
import { restoreSheets } from './restore-sheets';
import { loadedNames, wasRecorded } from './sheet-origins';
import { placeNotes, sheetsWithNotesOutOfPlace } from './notes-place';
import { fixOneCellAnchors, sheetsWithOneCellPictures } from './one-cell-anchors';
import { dropUnusedMedia, hasMediaBeyondSheets } from './unused-media';
import { hasWorkbookSettings, withWorkbookSettingsOf } from './workbook-settings';
import { restoreTableFilters, tablesWithFilters } from './table-filters';
import { restoreQuotePrefixes } from './quote-prefix';
import { restoreWpsCellImages, wpsCellImages } from './wps-cell-images';
import { restoreThreadedComments } from './threaded-comments';
import { paletteToRestore, restorePalette } from './palette';

const CUSTOM = 'docProps/custom.xml';
const WORKBOOK = 'xl/workbook.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';

/** What the written workbook's sheets need from the package pass, by sheet name as it is now. */
export interface SheetRepairs {
  /** Column breaks to write (from `columnBreaksOf`). */
  columnBreaks?: ReadonlyMap<string, PageBreak[]>;
  /** Sheets written with outline groups, whose collapsed flags are set to the original's. */
  outlined?: ReadonlySet<string>;
  /** Sheets whose dropped settings are copied from the original: name now → name in the original (restore-sheets.ts). */
  fromOriginal?: ReadonlyMap<string, string>;
  /** Sheets loaded from an original whose notes have authors or boxes to copy, the same way (note-details.ts). */
  notesFrom?: ReadonlyMap<string, string>;
  /** Sheets whose notes' drawing ExcelJS writes out of its place (notes-place.ts). */
  notesOutOfPlace?: ReadonlySet<string>;
  /** Sheets with pictures ExcelJS writes as one-cell anchors with an attribute Excel refuses (one-cell-anchors.ts). */
  oneCellPictures?: ReadonlySet<string>;
  /** Sheets that get the shapes and charts of a sheet of the original: name now → name in the
   * original. Without it, each sheet gets those of the original sheet of its name. */
  drawingsFrom?: ReadonlyMap<string, string>;
  /** A print area (relative rows), or titles on a sheet named with an apostrophe, which ExcelJS writes unreadable (defined-names.ts). */
  printNamesToRepair?: boolean;
  /** Sheets whose print area and titles are the original's: name now → name in the original (print-names.ts). */
  printNamesFrom?: ReadonlyMap<string, string>;
  /** Sheets that get the threaded comments of a sheet of the original: name now → name in the original (threaded-comments.ts). */
  threadsFrom?: ReadonlyMap<string, string>;
}

/** What `wb`, about to be written, needs repaired in its package. */
export function sheetRepairsOf(wb: ExcelJS.Workbook): SheetRepairs {
  return { columnBreaks: columnBreaksOf(wb), outlined: outlinedSheetsOf(wb), fromOriginal: loadedNames(wb, 'settings'), notesFrom: loadedNames(wb, 'notes'), notesOutOfPlace: sheetsWithNotesOutOfPlace(wb), oneCellPictures: sheetsWithOneCellPictures(wb), drawingsFrom: wasRecorded(wb) ? loadedNames(wb, 'drawings') : undefined, printNamesToRepair: hasPrintNamesToRepair(wb), printNamesFrom: loadedNames(wb, 'printNames'), threadsFrom: loadedNames(wb, 'threads') };
}

/**
 * The copy with the original's custom properties part (and its relationship and content type),
 * its defined names and drawn shapes, the column breaks and outline flags `repairs` asks for (`sheetRepairsOf`).
 */
// Uint8Array in and out: the browser build has no Buffer.
export async function restoreDroppedParts(original: ArrayBuffer | Uint8Array, written: ArrayBuffer | Uint8Array, repairs: SheetRepairs = {}): Promise<Uint8Array> {
  const columnBreaks = repairs.columnBreaks ?? new Map<string, PageBreak[]>();
  const outlined = repairs.outlined ?? new Set<string>();
  const fromOriginal = repairs.fromOriginal ?? new Map<string, string>();
  const notesFrom = repairs.notesFrom ?? new Map<string, string>();
  const notesOutOfPlace = repairs.notesOutOfPlace ?? new Set<string>();
  const oneCellPictures = repairs.oneCellPictures ?? new Set<string>();
  const source = await JSZip.loadAsync(original);
  const custom = source.file(CUSTOM);
  const workbookXml = (await source.file(WORKBOOK)?.async('string')) ?? '';
  const names = namesToCopy(workbookXml).length > 0;
  const settings = hasWorkbookSettings(workbookXml);
  const sourceStyles = (await source.file('xl/styles.xml')?.async('string')) ?? '';
  const defaultFont = defaultFontToRestore(sourceStyles);
  const palette = paletteToRestore(sourceStyles);
  const shapes = followOrigins((await drawnShapes(source)).bySheet, repairs.drawingsFrom);
  const media = await hasMediaBeyondSheets(source);
  const tableFilters = await tablesWithFilters(source);
  const cellImages = await wpsCellImages(source);
  // Nothing to do: the written package is returned as it is, not zipped again. A file Excel saved
  // has at least its privacy option to set right (ExcelJS turns it on: workbook-flags.ts).
  const sheetWork = columnBreaks.size > 0 || outlined.size > 0 || fromOriginal.size > 0 || notesFrom.size > 0 || names || settings || shapes.size > 0 || notesOutOfPlace.size > 0 || oneCellPictures.size > 0 || media || repairs.printNamesToRepair === true || (repairs.printNamesFrom?.size ?? 0) > 0 || defaultFont !== undefined || palette !== undefined || tableFilters.size > 0 || cellImages !== undefined || (repairs.threadsFrom?.size ?? 0) > 0;
  if (!custom && !sheetWork) return asBytes(written);
  const copy = await JSZip.loadAsync(written);
  const addCustom = custom !== null && !copy.file(CUSTOM);
  if (!addCustom && !sheetWork) return asBytes(written);
  if (addCustom) await restoreCustom(copy, custom);
  await writeColumnBreaks(copy, columnBreaks);
  await placeNotes(copy, notesOutOfPlace);
  await fixOneCellAnchors(copy, oneCellPictures);
  await restoreSheets(source, copy, fromOriginal);
  await restoreQuotePrefixes(source, copy, fromOriginal);
  await restoreNoteDetails(source, copy, notesFrom);
  // After the notes' authors: a note under a thread gets its id back in the part they wrote.
  await restoreThreadedComments(source, copy, repairs.threadsFrom ?? new Map<string, string>());
  await restoreDefinedNames(source, copy, repairs.printNamesFrom);
  await restoreDefaultFont(copy, defaultFont);
  await restorePalette(copy, palette);
  await restoreTableFilters(copy, tableFilters);
  if (settings) await restoreWorkbookSettings(workbookXml, copy);
  await restoreCollapsed(source, copy, outlined);
  // After the column breaks: the sheet's <drawing> comes after them.
  await restoreShapes(source, copy, shapes);
  await restoreWpsCellImages(source, copy, cellImages);
  // Last: a picture ExcelJS kept of a group may have been taken out with the group back (picture-stand-ins.ts).
  await dropUnusedMedia(copy);
  return copy.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * The original's drawings by the name of the sheet that gets them now: a kept summary the check
 * renamed ("TH_… (đã sửa)") keeps its chart; the summary written anew under the old name gets none.
 */
function followOrigins<T>(byOriginalName: ReadonlyMap<string, T>, from: ReadonlyMap<string, string> | undefined): ReadonlyMap<string, T> {
  if (!from || !byOriginalName.size) return byOriginalName;
  const out = new Map<string, T>();
  for (const [now, was] of from) {
    const d = byOriginalName.get(was);
    if (d !== undefined) out.set(now, d);
  }
  return out;
}

async function restoreWorkbookSettings(original: string, copy: JSZip): Promise<void> {
  const written = await copy.file(WORKBOOK)?.async('string');
  if (written !== undefined) copy.file(WORKBOOK, withWorkbookSettingsOf(original, written));
}

async function restoreCustom(copy: JSZip, custom: JSZip.JSZipObject): Promise<void> {
  copy.file(CUSTOM, await custom.async('uint8array'));
  const types = (await copy.file('[Content_Types].xml')?.async('string')) ?? '';
  if (types && !types.includes(`PartName="/${CUSTOM}"`)) {
    copy.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${CUSTOM}" ContentType="${CUSTOM_TYPE}"/></Types>`));
  }
  const rels = (await copy.file('_rels/.rels')?.async('string')) ?? '';
  if (rels && !rels.includes(CUSTOM_REL)) copy.file('_rels/.rels', withRelationship(rels, { id: freshId(rels), type: CUSTOM_REL, target: CUSTOM }));
}

function asBytes(b: ArrayBuffer | Uint8Array): Uint8Array {
  return b instanceof Uint8Array ? b : new Uint8Array(b);
}
