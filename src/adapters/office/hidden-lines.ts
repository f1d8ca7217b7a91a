// Which rows and columns of each used range are hidden. Office gives no list, only
// Range.rowHidden / columnHidden: true when all are hidden, false when none, null when mixed.
// The used range's own answer comes with the first read (false almost always: no cost); a mixed
// range is cut into up to SPLIT blocks per sync, and only the mixed blocks are cut again, so a
// sheet of 470,000 rows with a few hidden ones takes about five small syncs.
/// <reference types="office-js" />
import type { CellRect } from '../../domain/model/grid';

export type Axis = 'row' | 'column';

/** A run of rows (or columns) whose answer was null. */
interface Block {
  sheet: string;
  axis: Axis;
  /** The used range, for the other axis's extent (one row or column of it is enough). */
  used: CellRect;
  start: number;
  count: number;
}

const SPLIT = 16;

export interface HiddenLines {
  rows: Map<string, number[]>;
  cols: Map<string, number[]>;
}

/**
 * `mixed`: the used ranges whose rowHidden / columnHidden came back null. Returns the hidden
 * 0-based indices, ascending, per sheet; `onSync` counts the round trips.
 */
export async function findHiddenLines(context: Excel.RequestContext, mixed: { sheet: string; axis: Axis; used: CellRect }[], onSync: () => void): Promise<HiddenLines> {
  const out: HiddenLines = { rows: new Map(), cols: new Map() };
  const add = (b: Block, from: number, n: number) => {
    const map = b.axis === 'row' ? out.rows : out.cols;
    let list = map.get(b.sheet);
    if (!list) map.set(b.sheet, (list = []));
    for (let i = 0; i < n; i++) list.push(from + i);
  };
  let pending: Block[] = mixed.map((m) => ({
    ...m,
    start: m.axis === 'row' ? m.used.top : m.used.left,
    count: m.axis === 'row' ? m.used.bottom - m.used.top + 1 : m.used.right - m.used.left + 1,
  }));
  while (pending.length) {
    const probes = pending.flatMap((b) => split(b).map((part) => {
      const ws = context.workbook.worksheets.getItem(b.sheet);
      const range = b.axis === 'row' ? ws.getRangeByIndexes(part.start, b.used.left, part.count, 1) : ws.getRangeByIndexes(b.used.top, part.start, 1, part.count);
      range.load(b.axis === 'row' ? 'rowHidden' : 'columnHidden');
      return { part, range };
    }));
    await context.sync();
    onSync();
    const next: Block[] = [];
    for (const { part, range } of probes) {
      const hidden = part.axis === 'row' ? range.rowHidden : range.columnHidden;
      if (hidden === true) add(part, part.start, part.count);
      else if (hidden === null && part.count > 1) next.push(part);
    }
    pending = next;
  }
  for (const list of [...out.rows.values(), ...out.cols.values()]) list.sort((a, b) => a - b);
  return out;
}

/** Up to SPLIT blocks of near-equal size covering the block. */
function split(b: Block): Block[] {
  const parts = Math.min(SPLIT, b.count);
  const size = Math.ceil(b.count / parts);
  const out: Block[] = [];
  for (let start = b.start; start < b.start + b.count; start += size) out.push({ ...b, start, count: Math.min(size, b.start + b.count - start) });
  return out;
}
