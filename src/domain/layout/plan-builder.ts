// Builds a SheetPlan cell by cell: values, styles, merges, widths, heights, print setup.
import type { CellRect } from '../model/grid';
import type { PlanStyle, PlanValue, PrintSetup } from '../plan/sheet-plan';
import type { ClosingBlock, LinkedSheetPlan, PlanLink } from './types';
import { MAX_ROW_POINTS } from './excel-limits';

export function rect(top: number, left: number, bottom = top, right = left): CellRect {
  return { top, left, bottom, right };
}

/** Margins in inches: narrow enough for wide tables, wide enough for binding and hole punch. */
export const A4_MARGINS = { left: 0.5, right: 0.4, top: 0.6, bottom: 0.5 };

export class PlanBuilder {
  private readonly values: PlanValue[][] = [];
  private readonly styles: { rect: CellRect; style: PlanStyle }[] = [];
  private readonly merges: CellRect[] = [];
  /** Every cell covered by a merge, so an overlap is caught when it is made. */
  private readonly merged = new Set<number>();
  /** Row heights by row (a sparse array: rows come out in order, no sort). */
  private readonly heights: number[] = [];
  private readonly links: PlanLink[] = [];
  private widths: number[] = [];
  private repeat?: { first: number; last: number };
  private freeze?: number;
  private orientation: PrintSetup['orientation'] = 'landscape';
  private closingBlock?: ClosingBlock;
  private readonly headings: number[] = [];

  constructor(readonly name: string) {}

  get columnCount(): number {
    return this.widths.length;
  }

  get columnWidths(): readonly number[] {
    return this.widths;
  }

  /** Index of the first row after everything written so far. */
  get nextRow(): number {
    return this.values.length;
  }

  setColumnWidths(widths: number[]): this {
    this.widths = widths.slice();
    return this;
  }

  set(row: number, col: number, value: PlanValue): this {
    if (row < 0 || col < 0) throw new Error(`cell out of sheet: ${row},${col}`);
    while (this.values.length <= row) this.values.push([]);
    this.values[row][col] = value;
    return this;
  }

  /** Writes `values` left to right from (row, col), as set() would one by one (a national
   * commune sheet writes 8,227 rows of 25 cells). A row not written yet, written from column 0,
   * takes `values` itself (no copy): the caller must not change the array afterwards. */
  setRow(row: number, col: number, values: PlanValue[]): this {
    if (values.length === 0) return this;
    if (row < 0 || col < 0) throw new Error(`cell out of sheet: ${row},${col}`);
    while (this.values.length < row) this.values.push([]);
    // A hole or an undefined left in the row reads as an empty cell, as one skipped below does.
    if (col === 0 && (this.values.length === row || this.values[row].length === 0)) {
      this.values[row] = values;
      return this;
    }
    if (this.values.length === row) this.values.push([]);
    const target = this.values[row];
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      // A hole is skipped, as forEach would.
      if (v === undefined && !(i in values)) continue;
      target[col + i] = v;
    }
    return this;
  }

  style(r: CellRect, style: PlanStyle): this {
    this.styles.push({ rect: r, style });
    return this;
  }

  /** Merges a rectangle; throws on a merge that overlaps another (Excel would repair the file). */
  merge(r: CellRect, value?: PlanValue, style?: PlanStyle): this {
    if (r.top > r.bottom || r.left > r.right || r.top < 0 || r.left < 0) throw new Error('bad merge rectangle');
    if (value !== undefined) this.set(r.top, r.left, value);
    else while (this.values.length <= r.bottom) this.values.push([]);
    if (style) this.style(r, style);
    if (r.top === r.bottom && r.left === r.right) return this;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const k = row * 16384 + col;
        if (this.merged.has(k)) throw new Error(`overlapping merge at ${row},${col} in ${this.name}`);
        this.merged.add(k);
      }
    }
    this.merges.push(r);
    while (this.values.length <= r.bottom) this.values.push([]);
    return this;
  }

  /** Sets a row height (points); the larger of two requests wins, up to the tallest row Excel allows. */
  height(row: number, points: number): this {
    // Office.js refuses a taller row; texts that need more continue on the next rows (tall-row.ts).
    this.heights[row] = Math.min(MAX_ROW_POINTS, Math.max(points, this.heights[row] ?? 0));
    return this;
  }

  link(row: number, col: number, target: string): this {
    this.links.push({ row, col, target });
    return this;
  }

  repeatRows(first: number, last: number): this {
    this.repeat = { first, last };
    return this;
  }

  freezeRows(rows: number): this {
    this.freeze = rows;
    return this;
  }

  /** The rows under the table that print on one page with its end (pagination.ts). */
  keepClosing(block: ClosingBlock): this {
    this.closingBlock = block;
    return this;
  }

  /** A section heading row of the table, which a page break must not separate from its rows. */
  heading(row: number): this {
    this.headings.push(row);
    return this;
  }

  portrait(): this {
    this.orientation = 'portrait';
    return this;
  }

  build(): LinkedSheetPlan {
    // A loop, not Math.max(...rows): a national sheet has more rows than a call can take arguments.
    let width = this.widths.length;
    // Indexed: a for-of allocates an iterator result per row until the loop is optimized.
    for (let n = 0; n < this.values.length; n++) if (this.values[n].length > width) width = this.values[n].length;
    const values = this.values.map((r) => fullRow(r, width));
    const plan: LinkedSheetPlan = {
      name: this.name,
      values,
      styles: this.styles,
      merges: this.merges,
      columnWidths: this.widths,
      rowHeights: rowHeightList(this.heights),
      print: {
        paperSize: 'A4',
        orientation: this.orientation,
        fitToWidth: true,
        repeatRows: this.repeat,
        margins: { ...A4_MARGINS },
      },
      freezeRows: this.freeze,
    };
    if (this.links.length) plan.links = this.links;
    if (this.closingBlock) plan.closing = this.headings.length ? { ...this.closingBlock, headings: this.headings } : this.closingBlock;
    else if (this.headings.length) plan.headings = this.headings;
    return plan;
  }
}

/**
 * `row` `width` cells long, every cell a value or null. A row written whole (most of a table's)
 * is already that and is kept, not copied: the builder is done with it.
 */
function fullRow(row: PlanValue[], width: number): PlanValue[] {
  if (row.length === width) {
    let c = 0;
    while (c < width && row[c] !== undefined) c++;
    if (c === width) return row;
  }
  const out: PlanValue[] = new Array(width);
  for (let c = 0; c < width; c++) out[c] = row[c] ?? null;
  return out;
}

/** The rows given a height, in row order. */
function rowHeightList(heights: number[]): { row: number; height: number }[] {
  const out: { row: number; height: number }[] = [];
  for (let row = 0; row < heights.length; row++) {
    const height = heights[row];
    if (height !== undefined) out.push({ row, height });
  }
  return out;
}
