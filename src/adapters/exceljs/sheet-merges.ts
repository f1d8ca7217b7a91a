// A sheet's merged ranges as 0-based rectangles.
import type ExcelJS from 'exceljs';
import type { CellRect } from '../../domain/model/grid';
import { parseA1 } from '../../domain/model/address';

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses "A1:D1" (or a lone "B2") to a 0-based rectangle. */
export function parseMergeRef(ref: string): CellRect | undefined {
  const [a, b] = ref.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function sheetMerges(ws: ExcelJS.Worksheet): CellRect[] {
  // ExcelJS keeps merges in _merges; ws.model would rebuild the model of every row (slow on big sheets).
  const index = (ws as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges;
  const out: CellRect[] = [];
  if (index) {
    for (const m of Object.values(index)) {
      if (m) out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
  } else {
    for (const ref of ws.model.merges ?? []) {
      const rect = parseMergeRef(ref);
      if (rect) out.push(rect);
    }
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}
