// What the officer sees on her own sheets, cell by cell: the value and the formats she can set
// (fill, font, borders, alignment, number format) and her note. Two workbooks are compared
// through it: the one the add-in worked on, and her own copy without the add-in.
import ExcelJS from 'exceljs';
import { parseA1 } from '../../../src/domain/model/address';
import { noteText } from '../fake-excel/cells';

export interface CellView {
  value: string;
  /** "solid:RRGGBB", or null for no fill (ExcelJS's explicit "none" is no fill too). */
  fill: string | null;
  font: string;
  border: string;
  alignment: string;
  numFmt: string;
  note: string | null;
}

/** JSON with sorted keys and no undefined or empty parts, so equal formats print equal. */
function canonical(v: unknown): string {
  const clean = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(clean);
    if (x && typeof x === 'object' && !(x instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(x).sort()) {
        const c = clean((x as Record<string, unknown>)[k]);
        if (c === undefined || (c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0)) continue;
        out[k] = c;
      }
      return out;
    }
    return x;
  };
  return JSON.stringify(clean(v) ?? null);
}

export function fillView(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return null;
  const fg = fill.fgColor as Partial<ExcelJS.Color> | undefined;
  const rgb = typeof fg?.argb === 'string' ? fg.argb.slice(-6).toUpperCase() : canonical(fg);
  return `${fill.pattern}:${rgb}`;
}

export function cellView(cell: ExcelJS.Cell): CellView {
  const value = cell.type === ExcelJS.ValueType.Merge ? '(merged)' : canonical(cell.value instanceof Date ? { date: cell.value.toISOString() } : cell.value);
  return {
    value,
    fill: fillView(cell.fill),
    font: canonical(cell.font),
    border: canonical(cell.border),
    alignment: canonical(cell.alignment),
    numFmt: cell.numFmt || 'General',
    note: noteText(cell),
  };
}

/** Every cell either sheet holds, by A1 address (a cell one sheet lacks reads as the other's empty cell). */
export function addresses(a: ExcelJS.Worksheet, b: ExcelJS.Worksheet): string[] {
  const seen = new Set<string>();
  for (const ws of [a, b]) ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => seen.add(c.address)));
  return [...seen];
}

/** A cell as Excel shows it; one the file lacks is made as Excel shows it (the row's or the
 * column's format), which changes nothing the officer or the add-in can see. */
export function viewAt(ws: ExcelJS.Worksheet, address: string): CellView {
  const at = parseA1(address);
  if (!at) throw new Error(`bad address ${address}`);
  return cellView(ws.findCell(at.row + 1, at.col + 1) ?? ws.getCell(address));
}
