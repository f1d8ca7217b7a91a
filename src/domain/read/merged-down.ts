// Cells merged down a column: offices merge one lead department, deadline or commune over the rows
// it applies to. Every row under such a merge carries the merge's text, as a reader sees it.
import type { SheetData } from '../model/grid';

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
