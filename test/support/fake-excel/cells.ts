// How Excel's engine turns API writes into cell contents, and cell contents into what
// Range.values / getCellProperties report, on top of an ExcelJS worksheet.
import { ERR } from './errors';
import ExcelJS from 'exceljs';
import type { CellRect } from '../../../src/domain/model/grid';

/** What Range.values holds for one cell: dates are serial numbers, errors their text, empty ''. */
export type OfficeValue = string | number | boolean;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Days from 30/12/1899 to 1/1/1904: a workbook counting from 1904 gives its dates that many fewer. */
const DAYS_BEFORE_1904 = 1462;

export function dateToSerial(d: Date, date1904 = false): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86400000 - (date1904 ? DAYS_BEFORE_1904 : 0);
}

function plainValue(v: ExcelJS.CellValue, date1904 = false): OfficeValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === 'string') return o.error;
  if ('formula' in o || 'sharedFormula' in o) {
    const r = o.result as ExcelJS.CellValue | undefined;
    // The double has no calculation engine: a formula without a cached result reads as 0.
    return r === undefined ? 0 : plainValue(r, date1904);
  }
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
  if (typeof o.text === 'string') return o.text;
  return '';
}

/** Range.values for one cell. Non-anchor cells of a merged area read as ''. */
export function readValue(ws: ExcelJS.Worksheet, row: number, col: number): OfficeValue {
  const cell = ws.findCell(row + 1, col + 1);
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return '';
  return plainValue(cell.value, ws.workbook.properties.date1904 === true);
}

export function readNumberFormat(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const cell = ws.findCell(row + 1, col + 1);
  return cell?.numFmt || 'General';
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Range.values = … for one cell, as Excel parses typed input: null leaves the cell unchanged,
 * '' clears it, a string starting with "=" becomes a formula and a numeric string a number,
 * unless the cell is formatted as text ("@"), which keeps the string verbatim.
 */
export function writeValue(ws: ExcelJS.Worksheet, row: number, col: number, v: unknown): void {
  if (v === null || v === undefined) return;
  const cell = ws.getCell(row + 1, col + 1);
  if (cell.type === ExcelJS.ValueType.Merge) return; // Excel keeps only the anchor's value
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (typeof v !== 'string') throw new Error(`unsupported value ${JSON.stringify(v)}`);
  // A cell holds at most 32,767 characters ("Excel specifications and limits").
  if (v.length > 32767) throw ERR.invalidArgument(`a text of ${v.length} characters: a cell holds 32,767`);
  if (v === '') {
    cell.value = null;
    return;
  }
  if (cell.numFmt === '@') {
    cell.value = v;
    return;
  }
  if (v.startsWith('=') && v.length > 1) cell.value = { formula: v.slice(1) } as ExcelJS.CellFormulaValue;
  else if (NUMERIC.test(v.trim())) cell.value = Number(v.trim());
  else if (/^(true|false)$/i.test(v.trim())) cell.value = v.trim().toLowerCase() === 'true';
  else cell.value = v;
}

export function writeNumberFormat(ws: ExcelJS.Worksheet, row: number, col: number, f: unknown): void {
  if (f === null || f === undefined) return;
  const cell = ws.getCell(row + 1, col + 1);
  restyle(cell, { numFmt: String(f) });
}

/** ExcelJS may share one style object between cells loaded from a file: copy before changing. */
export function restyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  const next: Partial<ExcelJS.Style> = { ...cell.style, ...patch };
  for (const k of Object.keys(patch) as (keyof ExcelJS.Style)[]) if (patch[k] === undefined) delete next[k];
  cell.style = next as ExcelJS.Style;
}

// ---- fill -------------------------------------------------------------------------------

export interface OfficeFill {
  /** '#RRGGBB'; '#FFFFFF' when the cell has no fill, as Excel reports it. */
  color: string;
  pattern: string;
}

const PATTERN_NAMES: Record<string, string> = {
  solid: 'Solid',
  darkGray: 'Gray75',
  mediumGray: 'Gray50',
  lightGray: 'Gray25',
  gray125: 'Gray16',
  gray0625: 'Gray8',
  darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical',
  darkDown: 'Down',
  darkUp: 'Up',
  darkGrid: 'Checker',
  darkTrellis: 'SemiGray75',
  lightHorizontal: 'LightHorizontal',
  lightVertical: 'LightVertical',
  lightDown: 'LightDown',
  lightUp: 'LightUp',
  lightGrid: 'Grid',
  lightTrellis: 'CrissCross',
};

function argbToHex(c: Partial<ExcelJS.Color> | undefined, fallback: string): string {
  const argb = c?.argb;
  if (typeof argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(argb)) return '#' + argb.slice(2).toUpperCase();
  if (typeof argb === 'string' && /^[0-9A-Fa-f]{6}$/.test(argb)) return '#' + argb.toUpperCase();
  return fallback; // theme / indexed colours: the double does not resolve palettes
}

export function readFill(ws: ExcelJS.Worksheet, row: number, col: number): OfficeFill {
  const cell = ws.findCell(row + 1, col + 1);
  const f = cell?.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== 'pattern' || !f.pattern || f.pattern === 'none') return { color: '#FFFFFF', pattern: 'None' };
  return { color: argbToHex(f.fgColor, '#000000'), pattern: PATTERN_NAMES[f.pattern] ?? 'Solid' };
}

function hexToArgb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(h)) throw new Error(`bad colour ${hex}`);
  return 'FF' + h;
}

/** format.fill.color = x, or setCellProperties fill {color, pattern}. */
export function writeFill(ws: ExcelJS.Worksheet, row: number, col: number, fill: { color?: string; pattern?: string }): void {
  const cell = ws.getCell(row + 1, col + 1);
  if (fill.pattern === 'None') {
    restyle(cell, { fill: undefined });
    return;
  }
  if (fill.color === undefined) return;
  restyle(cell, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(fill.color) } } });
}

export function clearFill(ws: ExcelJS.Worksheet, row: number, col: number): void {
  const cell = ws.findCell(row + 1, col + 1);
  if (cell && cell.fill) restyle(cell, { fill: undefined });
}

// ---- other formats ----------------------------------------------------------------------

export interface FontPatch {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  color?: string;
}

export function writeFont(ws: ExcelJS.Worksheet, row: number, col: number, p: FontPatch): void {
  const cell = ws.getCell(row + 1, col + 1);
  const font: Partial<ExcelJS.Font> = { ...(cell.font ?? {}) };
  if (p.name !== undefined) font.name = p.name;
  if (p.size !== undefined) font.size = p.size;
  if (p.bold !== undefined) font.bold = p.bold;
  if (p.italic !== undefined) font.italic = p.italic;
  if (p.underline !== undefined) font.underline = p.underline === 'None' ? undefined : 'single';
  if (p.color !== undefined) font.color = { argb: hexToArgb(p.color) };
  restyle(cell, { font });
}

export function readFontName(ws: ExcelJS.Worksheet, row: number, col: number): string {
  return ws.findCell(row + 1, col + 1)?.font?.name ?? 'Calibri';
}

const H_ALIGN: Record<string, ExcelJS.Alignment['horizontal'] | undefined> = {
  Left: 'left',
  Center: 'center',
  Right: 'right',
  General: undefined,
};
const V_ALIGN: Record<string, ExcelJS.Alignment['vertical']> = { Top: 'top', Center: 'middle', Bottom: 'bottom' };

export function writeAlignment(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  p: { horizontal?: string; vertical?: string; wrapText?: boolean },
): void {
  const cell = ws.getCell(row + 1, col + 1);
  const a: Partial<ExcelJS.Alignment> = { ...(cell.alignment ?? {}) };
  if (p.horizontal !== undefined) a.horizontal = H_ALIGN[p.horizontal];
  if (p.vertical !== undefined) a.vertical = V_ALIGN[p.vertical];
  if (p.wrapText !== undefined) a.wrapText = p.wrapText;
  restyle(cell, { alignment: a });
}

export type BorderSide = 'top' | 'bottom' | 'left' | 'right';

export function writeBorder(ws: ExcelJS.Worksheet, row: number, col: number, side: BorderSide, weight: 'thin' | 'medium' | null): void {
  const cell = ws.getCell(row + 1, col + 1);
  const b: Partial<ExcelJS.Borders> = { ...(cell.border ?? {}) };
  if (weight === null) delete b[side];
  else b[side] = { style: weight };
  restyle(cell, { border: b as ExcelJS.Borders });
}

/** Clears contents and formats (Range.clear("All")). */
export function clearCell(ws: ExcelJS.Worksheet, row: number, col: number): void {
  const cell = ws.findCell(row + 1, col + 1);
  if (!cell) return;
  if (cell.type !== ExcelJS.ValueType.Merge) cell.value = null;
  cell.style = {} as ExcelJS.Style;
}

// ---- sheet-level ------------------------------------------------------------------------

interface MergeDims {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged areas, 0-based. ExcelJS keeps them in a private index keyed by the anchor. */
export function mergedRects(ws: ExcelJS.Worksheet): CellRect[] {
  const merges = (ws as unknown as { _merges: Record<string, MergeDims> })._merges;
  return Object.values(merges)
    .filter(Boolean)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

function hasStyle(cell: ExcelJS.Cell): boolean {
  const s = cell.style as Partial<ExcelJS.Style> | undefined;
  if (!s) return false;
  return Boolean(s.fill || s.border || (s.numFmt && s.numFmt !== 'General') || s.font || s.alignment);
}

/**
 * The used range. valuesOnly = true counts only cells with a value (getUsedRange(true));
 * otherwise formatted empty cells count too, which is why adapters ask for values only.
 */
export function usedRect(ws: ExcelJS.Worksheet, valuesOnly: boolean): CellRect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const hasValue = cell.type !== ExcelJS.ValueType.Null && cell.type !== ExcelJS.ValueType.Merge;
      if (hasValue || (!valuesOnly && (hasStyle(cell) || cell.type === ExcelJS.ValueType.Merge))) {
        if (r - 1 < top) top = r - 1;
        if (r - 1 > bottom) bottom = r - 1;
        if (c - 1 < left) left = c - 1;
        if (c - 1 > right) right = c - 1;
      }
    });
  });
  if (bottom < 0) return null;
  return { top, left, bottom, right };
}

export function intersect(a: CellRect, b: CellRect): CellRect | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

export function noteText(cell: ExcelJS.Cell | undefined): string | null {
  const n = cell?.note as ExcelJS.Comment | string | undefined;
  if (n === undefined || n === null) return null;
  if (typeof n === 'string') return n;
  return (n.texts ?? []).map((t) => t.text).join('');
}

/**
 * Excel column width in points from the file's width unit (ExcelJS `width`), which includes the
 * cell padding: Calibri 11, 7 px per unit, whole pixels (ECMA-376 §18.3.1.13); 0.75 pt per px.
 */
export function charsToPoints(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
}
export function pointsToChars(points: number): number {
  return Math.max(0, points / 0.75 / 7);
}
