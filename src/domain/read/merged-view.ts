// Reading a region of a sheet as a person sees it: a merged cell's value shows in every cell it covers.
import type { CellRect, CellValue, SheetData } from '../model/grid';
import { cellAt } from '../model/grid';

export class MergedView {
  /** Per row with a merged cell, the merge covering each column (the last listed wins): an array per
   * row, since a title merged across a wide matrix covers a hundred cells of each of its rows. */
  private readonly owner = new Map<number, CellRect[]>();

  /** Only merges that touch rows [fromRow, toRow] are indexed: header scans look at the top of a sheet. */
  constructor(private readonly sheet: SheetData, fromRow: number, toRow: number) {
    for (const m of sheet.merges) {
      if (m.bottom < fromRow || m.top > toRow || m.left > m.right) continue;
      const width = m.right - m.left + 1;
      if ((m.bottom - m.top + 1) * width > 20000) continue; // absurd merges: ignore rather than blow up
      for (let r = Math.max(m.top, fromRow); r <= Math.min(m.bottom, toRow); r++) {
        let cols = this.owner.get(r);
        if (!cols) this.owner.set(r, (cols = []));
        for (let c = m.left; c <= m.right; c++) cols[c] = m;
      }
    }
  }

  get(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? cellAt(this.sheet, m.top, m.left) : cellAt(this.sheet, row, col);
  }

  /** Whether some cell of `row` is merged: when not, get(row, c) is the sheet's own cell. */
  rowHasMerges(row: number): boolean {
    return this.owner.has(row);
  }

  mergeAt(row: number, col: number): CellRect | undefined {
    return this.owner.get(row)?.[col];
  }
}
