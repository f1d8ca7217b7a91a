// Repeated marks (same cell, kind and cue) dropped, the first of each kept, in order. A national
// matrix marks 190,000 cells: each sheet's marked rectangle is indexed in a typed array (no map
// entry, no key and no list per mark); a sheet whose rectangle is large for its few marks uses a
// map instead. Marks come in runs of one sheet, and each run is handled by a call of its own: a
// function called per run is optimized within the first check, where one loop over every mark
// (a function called once a check) would run unoptimized again in the next.
import type { HighlightMark } from './highlight-plan';

interface SheetCells {
  top: number;
  left: number;
  width: number;
  /** Per cell of the rectangle: 1 + the index of the last mark kept there, 0 for none. */
  grid?: Int32Array;
  /** The same, by row × 16384 + column, for a sparse sheet. */
  map?: Map<number, number>;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  count: number;
  /** Every mark is on a cell of the sheet (whole row and column, within Excel's columns). */
  cells: boolean;
}

/** A rectangle of up to this many cells per mark is indexed as a grid. */
const CELLS_PER_MARK = 8;

export function dedupeMarks(marks: HighlightMark[]): HighlightMark[] {
  const sheets = sheetCells(marks);
  // Per kept mark: 1 + the index of the mark kept before it on the same cell, 0 for none.
  const previous = new Int32Array(marks.length);
  const kept: Kept = { out: undefined };
  for (let i = 0; i < marks.length; ) i = dedupeRun(marks, i, sheets.get(marks[i].sheet)!, previous, kept);
  return kept.out ?? marks.slice();
}

/** The marks kept so far: none made until a first repeat is dropped (a national matrix has none to
 * drop, and its 190,000 marks are then copied once, not pushed one by one). */
interface Kept {
  out: HighlightMark[] | undefined;
}

/** The run of marks of one sheet from `from`: the new ones are kept. Returns where the run ends. */
function dedupeRun(marks: HighlightMark[], from: number, c: SheetCells, previous: Int32Array, kept: Kept): number {
  const sheet = marks[from].sheet;
  let i = from;
  for (; i < marks.length; i++) {
    const m = marks[i];
    if (m.sheet !== sheet) break;
    const at = c.grid ? (m.row - c.top) * c.width + (m.col - c.left) : m.row * 16384 + m.col;
    const head = c.grid ? c.grid[at] : (c.map!.get(at) ?? 0);
    let seen = false;
    for (let k = head; k !== 0; k = previous[k - 1]) {
      const x = marks[k - 1];
      if (x.kind === m.kind && x.cue === m.cue) {
        seen = true;
        break;
      }
    }
    if (seen) {
      kept.out ??= marks.slice(0, i);
      continue;
    }
    previous[i] = head;
    if (c.grid) c.grid[at] = i + 1;
    else c.map!.set(at, i + 1);
    kept.out?.push(m);
  }
  return i;
}

/** Each sheet's marked rectangle, with the index its marks will need. */
function sheetCells(marks: HighlightMark[]): Map<string, SheetCells> {
  const boxes = new Map<string, Box>();
  for (let i = 0; i < marks.length; ) {
    const sheet = marks[i].sheet;
    let box = boxes.get(sheet);
    if (!box) boxes.set(sheet, (box = { top: marks[i].row, left: marks[i].col, bottom: marks[i].row, right: marks[i].col, count: 0, cells: true }));
    i = growBox(marks, i, box);
  }
  const out = new Map<string, SheetCells>();
  for (const [sheet, b] of boxes) {
    const width = b.right - b.left + 1;
    const area = (b.bottom - b.top + 1) * width;
    out.set(sheet, b.cells && area <= Math.max(1024, CELLS_PER_MARK * b.count) ? { top: b.top, left: b.left, width, grid: new Int32Array(area) } : { top: 0, left: 0, width: 0, map: new Map() });
  }
  return out;
}

/** The run of marks of one sheet from `from` widens its box. Returns where the run ends. */
function growBox(marks: HighlightMark[], from: number, b: Box): number {
  const sheet = marks[from].sheet;
  let i = from;
  for (; i < marks.length; i++) {
    const m = marks[i];
    if (m.sheet !== sheet) break;
    // A position that is no cell of a sheet (never written by the engine) sends the sheet to the map.
    if (!(Number.isInteger(m.row) && Number.isInteger(m.col) && m.row >= 0 && m.col >= 0 && m.col < 16384)) b.cells = false;
    if (m.row < b.top) b.top = m.row;
    if (m.row > b.bottom) b.bottom = m.row;
    if (m.col < b.left) b.left = m.col;
    if (m.col > b.right) b.right = m.col;
    b.count++;
  }
  return i;
}
