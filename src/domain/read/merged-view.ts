// Reading a region of a sheet as a person sees it: a merged cell's value shows in every cell it covers.
import type { CellRect, CellValue, SheetData } from '../model/grid';
import { cellAt } from '../model/grid';

export class MergedView {
  private readonly owner = new Map<number, CellRect>();
  /** Rows with a merged cell: the others read straight from the sheet. */
  private readonly mergedRows = new Set<number>();

  /** Only merges that touch rows [fromRow, toRow] are indexed: header scans look at the top of a sheet. */
  constructor(private readonly sheet: SheetData, fromRow: number, toRow: number) {
    for (const m of sheet.merges) {
      if (m.bottom < fromRow || m.top > toRow) continue;
      const width = m.right - m.left + 1;
      if ((m.bottom - m.top + 1) * width > 20000) continue; // absurd merges: ignore rather than blow up
      for (let r = Math.max(m.top, fromRow); r <= Math.min(m.bottom, toRow); r++) {
        if (m.left <= m.right) this.mergedRows.add(r);
        for (let c = m.left; c <= m.right; c++) this.owner.set(r * 65536 + c, m);
      }
    }
  }

  get(row: number, col: number): CellValue {
    const m = this.owner.get(row * 65536 + col);
    return m ? cellAt(this.sheet, m.top, m.left) : cellAt(this.sheet, row, col);
  }

  /** Whether some cell of `row` is merged: when not, get(row, c) is the sheet's own cell. */
  rowHasMerges(row: number): boolean {
    return this.mergedRows.has(row);
  }

  mergeAt(row: number, col: number): CellRect | undefined {
    return this.owner.get(row * 65536 + col);
  }
}
