// Plain-data view of a workbook, the only input the domain accepts.
// Adapters (ExcelJS, Office.js) build it; the domain never sees a workbook library.
import type { SummarySnapshot } from '../plan/kept-summary';

/** An Excel error value such as #N/A or #REF!. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** Inclusive, 0-based rectangle (row 0 / col 0 is A1). */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetData {
  name: string;
  /** rows[r][c], 0-based from A1; rows may be ragged or shorter than the sheet. */
  rows: CellValue[][];
  merges: CellRect[];
  /** Font name per cell where known (sparse): used only to detect TCVN3 / VNI text. */
  fonts?: (string | null | undefined)[][];
  /** Sheet is hidden in the workbook (the add-in's own state sheet is hidden). */
  hidden?: boolean;
  /** 0-based rows and columns hidden on the sheet (by hand, by a filter, or in a collapsed group), ascending. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** An autofilter (the sheet's or a table's) hides rows now: its hidden rows are data filtered out of view. */
  filtered?: boolean;
}

export interface WorkbookData {
  sheets: SheetData[];
  /** The summary sheets the last run wrote, as they are now (read with the rest, never as input):
   * the check says which ones the office typed on (kept-summary.ts). */
  summaries?: SummarySnapshot[];
}

/** A formula the file holds without a calculated result (written by a tool, never opened in Excel). */
export const NOT_CALCULATED = '#NOT_CALCULATED';

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as CellError).error === 'string';
}

export function cellAt(sheet: SheetData, row: number, col: number): CellValue {
  const r = sheet.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function fontAt(sheet: SheetData, row: number, col: number): string | undefined {
  const r = sheet.fonts?.[row];
  const f = r ? r[col] : undefined;
  return f ?? undefined;
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}
