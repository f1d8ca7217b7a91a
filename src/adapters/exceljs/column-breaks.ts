// The office's manual column breaks, written into the copy after ExcelJS. ExcelJS 4.4 has no
// writer for <colBreaks> (its worksheet model carries rowBreaks only), so they would be lost.
// Written here rather than named as not kept: they are the office's print layout of its wide
// tables, and putting them back is one element inserted where the schema wants it.
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { sheetParts, type BreaksHolder, type PageBreak } from './page-breaks';
import { insertAfterCells } from './worksheet-order';

/** Sheet name (as it is now: a kept summary may have been renamed) → the column breaks it carries. */
export function columnBreaksOf(wb: ExcelJS.Workbook): Map<string, PageBreak[]> {
  const out = new Map<string, PageBreak[]>();
  for (const ws of wb.worksheets) {
    const cols = (ws as unknown as BreaksHolder).colBreaks;
    if (cols?.length) out.set(ws.name, cols);
  }
  return out;
}

/** Inserts each sheet's `<colBreaks>` into the written package (a sheet that has some already is left alone). */
export async function writeColumnBreaks(copy: JSZip, breaks: ReadonlyMap<string, PageBreak[]>): Promise<void> {
  if (!breaks.size) return;
  const parts = await sheetParts(copy);
  for (const [name, cols] of breaks) {
    const part = parts.get(name);
    const xml = part ? await copy.file(part)?.async('string') : undefined;
    if (!part || xml === undefined || /<colBreaks\b/.test(xml)) continue;
    const fixed = insertAfterCells(xml, colBreaksXml(cols), 'colBreaks');
    if (fixed !== undefined) copy.file(part, fixed);
  }
}

function colBreaksXml(cols: PageBreak[]): string {
  const brk = (b: PageBreak) => `<brk id="${b.id}"${b.min === undefined ? '' : ` min="${b.min}"`}${b.max === undefined ? '' : ` max="${b.max}"`} man="1"/>`;
  return `<colBreaks count="${cols.length}" manualBreakCount="${cols.length}">${cols.map(brk).join('')}</colBreaks>`;
}
