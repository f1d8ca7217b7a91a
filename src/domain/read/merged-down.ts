// Cells merged down a column: offices merge one lead department, deadline or commune over the rows
// it applies to. Every row under such a merge carries the merge's text, as a reader sees it.
import type { CellValue, SheetData } from '../model/grid';

/** Rows below `fromRow` covered by a vertical merge of column `col` → the merge's top row (where its text is). */
export function mergedDown(sheet: SheetData, col: number | undefined, fromRow: number): Map<number, number> | undefined {
  if (col === undefined) return undefined;
  let out: Map<number, number> | undefined;
  for (const m of sheet.merges) {
    if (m.left > col || m.right < col || m.bottom <= m.top || m.bottom < fromRow) continue;
    out ??= new Map();
    // Rows past the sheet's data hold nothing to read (a merge down a whole column is not rare).
    const last = Math.min(m.bottom, sheet.rows.length - 1);
    for (let r = Math.max(m.top + 1, fromRow); r <= last; r++) out.set(r, m.top);
  }
  return out;
}

/** Several columns' merges at once: the row that holds the text of (r, c), and that text. */
export class MergedColumns {
  private readonly tops = new Map<number, Map<number, number> | undefined>();

  constructor(private readonly sheet: SheetData, cols: (number | undefined)[], fromRow: number) {
    for (const c of cols) if (c !== undefined && !this.tops.has(c)) this.tops.set(c, mergedDown(sheet, c, fromRow));
  }

  /** Row holding the text of (r, c): r itself, or the top of the merge covering it. */
  textRow(r: number, c: number | undefined): number {
    return c === undefined ? r : (this.tops.get(c)?.get(r) ?? r);
  }

  value(r: number, c: number | undefined): CellValue {
    return c === undefined ? null : (this.sheet.rows[this.textRow(r, c)]?.[c] ?? null);
  }
}
