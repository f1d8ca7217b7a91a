// A1 address parsing as Excel's getRange / getRanges accept it: "B7", "$B$7", "A1:C3",
// whole rows "1:5000", whole columns "A:C", sheet-qualified "'Phân công'!A1:B2",
// and comma-separated lists for RangeAreas.
import type { CellRect } from '../../../src/domain/model/grid';
import { columnIndex, columnLetters, rangeA1, quoteSheetName } from '../../../src/domain/model/address';

/** Excel's grid size; whole-row/column references extend to these edges. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface ParsedArea {
  sheet?: string;
  rect: CellRect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;

function parsePart(p: string): { row?: number; col?: number } | undefined {
  let m = CELL.exec(p);
  if (m) return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  m = ROW.exec(p);
  if (m) return { row: Number(m[1]) - 1 };
  m = COL.exec(p);
  if (m) return { col: columnIndex(m[1]) };
  return undefined;
}

/** Splits "'It''s'!A1" into sheet and local part. */
function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** One area; undefined when the text is not a valid address. */
export function parseArea(address: string): ParsedArea | undefined {
  const { sheet, local } = splitSheet(address.trim());
  const parts = local.trim().split(':');
  if (parts.length < 1 || parts.length > 2) return undefined;
  const a = parsePart(parts[0]);
  const b = parts.length === 2 ? parsePart(parts[1]) : a;
  if (!a || !b) return undefined;
  const wholeRows = a.col === undefined && b.col === undefined;
  const wholeCols = a.row === undefined && b.row === undefined;
  // A lone "5" or "C" is not a reference: Excel needs "5:5" / "C:C".
  if (parts.length === 1 && (wholeRows || wholeCols)) return undefined;
  if ((a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined)) return undefined;
  const top = wholeCols ? 0 : Math.min(a.row!, b.row!);
  const bottom = wholeCols ? MAX_ROWS - 1 : Math.max(a.row!, b.row!);
  const left = wholeRows ? 0 : Math.min(a.col!, b.col!);
  const right = wholeRows ? MAX_COLS - 1 : Math.max(a.col!, b.col!);
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLS) return undefined;
  return { sheet, rect: { top, left, bottom, right } };
}

/** Comma-separated list (RangeAreas). Sheet names with commas must be quoted. */
export function parseAreas(address: string): ParsedArea[] | undefined {
  const pieces: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      pieces.push(cur);
      cur = '';
    } else cur += ch;
  }
  pieces.push(cur);
  const out: ParsedArea[] = [];
  for (const p of pieces) {
    if (p.trim() === '') return undefined;
    const a = parseArea(p);
    if (!a) return undefined;
    out.push(a);
  }
  return out;
}

/** "Sheet1!A1:B2" the way Range.address reports it (sheet-qualified, no $). */
export function qualifiedAddress(sheet: string, rect: CellRect): string {
  return `${quoteSheetName(sheet)}!${localAddress(rect)}`;
}

/** "A1:B2", or "1:5000" / "A:C" for whole rows / columns, as Excel writes them. */
export function localAddress(rect: CellRect): string {
  const wholeRows = rect.left === 0 && rect.right === MAX_COLS - 1;
  const wholeCols = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  if (wholeRows && !wholeCols) return `${rect.top + 1}:${rect.bottom + 1}`;
  if (wholeCols && !wholeRows) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  return rangeA1(rect.top, rect.left, rect.bottom, rect.right);
}
