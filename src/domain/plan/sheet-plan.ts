// A summary sheet described as plain data; adapters write it verbatim.
import type { CellRect } from '../model/grid';

/** Values written to cells. Strings are always written as text, never as formulas. */
export type PlanValue = string | number | null;

export type BorderWeight = 'thin' | 'medium';
export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface PlanStyle {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  /** Solid fill, 6-digit RGB hex without '#'. */
  fill?: string;
  /** Border on every edge of every cell in the range. */
  border?: BorderWeight;
  horizontal?: HAlign;
  vertical?: VAlign;
  wrap?: boolean;
  numberFormat?: string;
  /** Degrees, 90 = text read bottom to top (narrow matrix headers). */
  textRotation?: number;
}

/** A cell that links to another place in the workbook, e.g. a finding to its cell. */
export interface PlanLink {
  row: number;
  col: number;
  /** Sheet-qualified A1 reference: 'Phân công'!B7 */
  target: string;
}

export interface StyledRange {
  rect: CellRect;
  style: PlanStyle;
}

export interface PrintSetup {
  paperSize: 'A4';
  orientation: 'landscape' | 'portrait';
  fitToWidth: boolean;
  /**
   * With fitToWidth: also shrink the sheet to this many pages tall (Excel's "Fit Sheet on One
   * Page" is 1). Absent: as many pages down as the rows need. The layout sets 1 on a sheet short
   * enough to print on one page (layout/one-page.ts).
   */
  fitToHeight?: number;
  /** 0-based inclusive rows repeated at the top of every printed page. */
  repeatRows?: { first: number; last: number };
  /** Inches (the unit of the file format; Office.js adapters convert to points). */
  margins?: { left: number; right: number; top: number; bottom: number };
  /**
   * Manual horizontal page breaks: 0-based rows that start a new printed page (the break is
   * above the row), ascending, each > 0. The layout sets one where the notes and signature
   * block would otherwise be cut across pages or printed alone (layout/pagination.ts), and one
   * wherever a section heading would end a page (layout/keep-headings.ts).
   * Adapters write exactly these on a sheet that has no other manual breaks.
   */
  pageBreaksBefore?: number[];
}

export interface SheetPlan {
  name: string;
  /** values[r][c] from A1. */
  values: PlanValue[][];
  /** Applied in order; later entries override earlier ones on overlapping cells. */
  styles: StyledRange[];
  merges: CellRect[];
  /** Width in Excel character units, per column from A. */
  columnWidths: number[];
  /** Height in points for the rows that need one. */
  rowHeights: { row: number; height: number }[];
  print: PrintSetup;
  /** Rows frozen at the top of the window (header rows). */
  freezeRows?: number;
  links?: PlanLink[];
}
