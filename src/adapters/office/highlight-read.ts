// The one read batch before marking or unmarking: which sheets are protected, the current
// fill of the cells about to be marked (getCellProperties over row blocks, never per cell),
// the current note of the cells whose note may change (ExcelApi 1.18), and the cells holding a
// threaded comment, where Excel keeps no note (one more sync, only when a sheet has threads).
/// <reference types="office-js" />
import type { CellRect } from '../../domain/model/grid';
import { toA1 } from '../../domain/model/address';
import { BATCH_BUDGET_BYTES } from './payload';
import { SheetCache, sheetCache } from './sheet-cache';
import { parseLocalArea, stripSheet } from './office-address';

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export interface CellReadout {
  protectedSheets: Set<string>;
  /** key(sheet,row,col) → fill from getCellProperties. */
  fills: Map<string, { color?: string; pattern?: string }>;
  /** key → current note text (null = none); only for cells asked for. */
  notes: Map<string, string | null>;
  /** Every note of the sheets asked for (`noteSheets`), without its cell: where last run's marks
   * may have moved to. */
  sheetNotes: { sheet: string; content: string; item: Excel.Note }[];
  /** key → the cells of `threadSheets` that hold a threaded comment (Excel 365's "Comments"). */
  threads: Set<string>;
  syncs: number;
}

export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

/** Response bytes of one cell's {format:{fill:{color,pattern}}} in getCellProperties. */
const BYTES_PER_FILL_CELL = 64;
/** Largest block read by one getCellProperties call. */
const MAX_BLOCK_BYTES = 1024 * 1024;

/** Bounding rectangles over consecutive rows, each small enough for one read. */
export function fillBlocks(cells: CellRef[]): { sheet: string; rect: CellRect }[] {
  const bySheet = new Map<string, CellRef[]>();
  for (const c of cells) {
    const list = bySheet.get(c.sheet) ?? [];
    list.push(c);
    bySheet.set(c.sheet, list);
  }
  const out: { sheet: string; rect: CellRect }[] = [];
  for (const [sheet, list] of bySheet) {
    list.sort((a, b) => a.row - b.row || a.col - b.col);
    let cur: CellRect | undefined;
    for (const c of list) {
      if (cur) {
        const next = { top: cur.top, bottom: c.row, left: Math.min(cur.left, c.col), right: Math.max(cur.right, c.col) };
        const area = (next.bottom - next.top + 1) * (next.right - next.left + 1);
        if (area * BYTES_PER_FILL_CELL <= MAX_BLOCK_BYTES) {
          cur = next;
          continue;
        }
        out.push({ sheet, rect: cur });
      }
      cur = { top: c.row, bottom: c.row, left: c.col, right: c.col };
    }
    if (cur) out.push({ sheet, rect: cur });
  }
  return out;
}

function area(r: CellRect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export interface ReadRequest {
  /** Sheets whose protection matters (existing ones only). */
  sheets: string[];
  /** Cells whose current fill must be saved. */
  fillCells: CellRef[];
  /** Cells whose current note must be known; empty when notes are not handled. */
  noteCells: CellRef[];
  /** Sheets whose every note is loaded (content only): empty when notes are not handled. */
  noteSheets?: string[];
  /** Sheets whose threaded comments' cells are found (ExcelApi 1.10): empty when notes are not written. */
  threadSheets?: string[];
  budgetBytes?: number;
  /** Shared proxies; a fresh cache otherwise. */
  cache?: SheetCache;
}

/** One sync for small plans; more only when the fill reads would exceed the budget. */
export async function readCells(context: Excel.RequestContext, req: ReadRequest): Promise<CellReadout> {
  const budget = req.budgetBytes ?? BATCH_BUDGET_BYTES;
  const out: CellReadout = { protectedSheets: new Set(), fills: new Map(), notes: new Map(), sheetNotes: [], threads: new Set(), syncs: 0 };
  const cache = req.cache ?? sheetCache(context);
  const protections = req.sheets.map((name) => {
    const p = cache.sheet(name).protection;
    p.load('protected');
    return { name, p };
  });
  const notes = req.noteCells.map((c) => {
    const n = cache.notes(c.sheet).getItemOrNullObject(toA1(c.row, c.col));
    n.load('content');
    return { c, n };
  });
  const collections = (req.noteSheets ?? []).map((sheet) => {
    const items = cache.notes(sheet);
    items.load('items/content');
    return { sheet, items };
  });
  const threadLists = (req.threadSheets ?? []).map((sheet) => {
    const items = cache.sheet(sheet).comments;
    items.load('items/id');
    return { sheet, items };
  });
  const wanted = new Set(req.fillCells.map((c) => cellKey(c.sheet, c.row, c.col)));
  let blocks = fillBlocks(req.fillCells);
  let first = true;
  while (first || blocks.length) {
    const batch: typeof blocks = [];
    let bytes = 0;
    for (const b of blocks) {
      const est = area(b.rect) * BYTES_PER_FILL_CELL;
      if (batch.length && bytes + est > budget) break;
      batch.push(b);
      bytes += est;
    }
    const results = batch.map((b) => {
      const range = cache
        .sheet(b.sheet)
        .getRangeByIndexes(b.rect.top, b.rect.left, b.rect.bottom - b.rect.top + 1, b.rect.right - b.rect.left + 1);
      return { b, props: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) };
    });
    await context.sync();
    out.syncs++;
    if (first) {
      for (const { name, p } of protections) if (p.protected) out.protectedSheets.add(name);
      for (const { c, n } of notes) out.notes.set(cellKey(c.sheet, c.row, c.col), n.isNullObject ? null : n.content);
      for (const { sheet, items } of collections) for (const item of items.items) out.sheetNotes.push({ sheet, content: item.content, item });
      first = false;
    }
    for (const { b, props } of results) {
      const grid = props.value;
      for (let i = 0; i < grid.length; i++) {
        for (let j = 0; j < grid[i].length; j++) {
          const key = cellKey(b.sheet, b.rect.top + i, b.rect.left + j);
          if (wanted.has(key)) out.fills.set(key, grid[i][j].format?.fill ?? {});
        }
      }
    }
    blocks = blocks.slice(batch.length);
  }
  // A thread has no address of its own: its location is read in one more sync, for the few there are.
  const located = threadLists.flatMap(({ sheet, items }) => items.items.map((c) => ({ sheet, at: c.getLocation().load('address') })));
  if (located.length) {
    await context.sync();
    out.syncs++;
    for (const { sheet, at } of located) {
      const r = parseLocalArea(stripSheet(at.address));
      if (r) out.threads.add(cellKey(sheet, r.top, r.left));
    }
  }
  return out;
}
