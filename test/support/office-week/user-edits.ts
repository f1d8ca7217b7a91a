// What the officer does in Excel between runs, applied to an ExcelJS workbook as Excel would
// leave it: typing, colouring, writing a note, inserting a row, moving rows, renaming a sheet.
// The scenario applies each edit twice: to the workbook the add-in sees and to her own copy
// (the workbook without the add-in), which is what every check compares with.
import type ExcelJS from 'exceljs';
import { insertRows } from '../insert-rows';

type Merge = { top: number; left: number; bottom: number; right: number };

function merges(ws: ExcelJS.Worksheet): Merge[] {
  const m = (ws as unknown as { _merges: Record<string, Merge | undefined> })._merges;
  return Object.values(m).filter((x): x is Merge => !!x).map((x) => ({ top: x.top, left: x.left, bottom: x.bottom, right: x.right }));
}

/** A solid fill of her own (RGB, as the colour picker's "More colours" gives). */
export function colour(ws: ExcelJS.Worksheet, address: string, rgb: string): void {
  restyle(ws.getCell(address), { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + rgb } } });
}

/** Bold on one cell (Ctrl+B). */
export function bold(ws: ExcelJS.Worksheet, address: string): void {
  const cell = ws.getCell(address);
  restyle(cell, { font: { ...(cell.font ?? {}), bold: true } });
}

/** ExcelJS shares one style object between cells read from a file: a cell's own copy is changed,
 * as Excel changes the one cell. */
function restyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...JSON.parse(JSON.stringify(cell.style ?? {})), ...patch } as ExcelJS.Style;
}

/**
 * Home › Insert › Insert Sheet Rows above `at` (1-based): cells, styles, notes and merged areas
 * below move down. ExcelJS's spliceRows leaves merged areas where they were, so those below are
 * moved by hand; one spanning the new row would grow in Excel (not needed here: refused).
 */
export function insertRowAbove(ws: ExcelJS.Worksheet, at: number): void {
  const all = merges(ws);
  if (all.some((m) => m.top < at && m.bottom >= at)) throw new Error(`a merged area spans row ${at}`);
  const below = all.filter((m) => m.top >= at);
  for (const m of below) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  insertRows(ws, at, 1);
  for (const m of below) ws.mergeCells(m.top + 1, m.left, m.bottom + 1, m.right);
}

/** Data › Sort on two adjacent rows (or cut one and insert it above the other): the rows trade
 * places with their values, formats and notes, as Excel moves a note with its cell. */
export function swapRows(ws: ExcelJS.Worksheet, a: number, b: number): void {
  if (merges(ws).some((m) => (m.top <= a && m.bottom >= a) || (m.top <= b && m.bottom >= b))) throw new Error('a merged area on a swapped row');
  const last = Math.max(ws.getRow(a).cellCount, ws.getRow(b).cellCount);
  for (let c = 1; c <= last; c++) {
    const x = ws.getCell(a, c);
    const y = ws.getCell(b, c);
    const xs = { value: x.value, style: JSON.parse(JSON.stringify(x.style ?? {})), note: x.note };
    const ys = { value: y.value, style: JSON.parse(JSON.stringify(y.style ?? {})), note: y.note };
    x.value = ys.value;
    x.style = ys.style;
    y.value = xs.value;
    y.style = xs.style;
    setNote(x, ys.note);
    setNote(y, xs.note);
  }
}

function setNote(cell: ExcelJS.Cell, note: ExcelJS.Cell['note'] | undefined): void {
  if (note === undefined || note === null) (cell as unknown as { _comment?: unknown })._comment = undefined;
  else cell.note = note;
}
