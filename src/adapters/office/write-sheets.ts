// Writes the summary sheets (SheetPlan) into the open workbook. The add-in's own sheets (those
// its state lists) are deleted and added again, except one the office typed on: that one is
// renamed (opts.keep); a user's sheet, "TH_…" or not, is never touched.
// Per sheet: text number format before values (so "=…" stays text), values as one 2D
// assignment per row chunk, then formats grouped by property value into RangeAreas calls,
// merges, column widths, row heights, page setup, manual page breaks and frozen header rows.
/// <reference types="office-js" />
import { excelColumnPoints } from '../../domain/layout/pagination';
import { isStateSheetName, type OwnedPredicate } from '../../domain/plan/owned-sheets';
import type { CellRect } from '../../domain/model/grid';
import { columnLetters, rangeA1 } from '../../domain/model/address';
import { addressChunks, toBlocks } from '../../domain/plan/highlight-blocks';
import { OWNED_SHEET_PREFIX, STATE_SHEET_NAME } from '../../domain/plan/highlight-plan';
import type { PlanStyle, PlanValue, SheetPlan } from '../../domain/plan/sheet-plan';
import { Batcher } from './batcher';
import { loadSheetNames } from './sheet-names';
import { describeOfficeError, WriteReport } from './errors';
import { utf8Length } from './payload';

export interface WriteSheetsOptions {
  /** Sheet names already known (e.g. from readWorkbook); loaded otherwise. */
  sheetNames?: string[];
  budgetBytes?: number;
  /** Rows per values assignment (smaller for wide sheets). */
  rowsPerChunk?: number;
  /** The summary sheets the add-in wrote before (its state lists them): the only sheets deleted
   * or replaced. Default: none, so a user's "TH_…" sheet is never touched. */
  owned?: OwnedPredicate;
  /** Owned sheets the office typed on (kept-summary.ts): renamed `from` → `to` instead of deleted. */
  keep?: readonly { from: string; to: string }[];
}

export interface WriteSheetsReport extends WriteReport {
  syncs: number;
}

const ADDRESS_MAX = 8000;
/** Bytes per values assignment: several fit in one batch, none comes near the limit. */
const CHUNK_BYTES = 1024 * 1024;

/** A name the add-in may give a summary sheet: it starts with the prefix (compared without case,
 * like Excel). Whether an existing sheet is the add-in's is the state's list (owned-sheets.ts). */
export function isOwnedSheet(name: string): boolean {
  return name.slice(0, OWNED_SHEET_PREFIX.length).toLocaleUpperCase() === OWNED_SHEET_PREFIX.toLocaleUpperCase();
}

/**
 * A plan's column width (the file's unit, padding included: what the ExcelJS adapter writes) in
 * the points Range.format.columnWidth takes, so both adapters give the same page: Calibri 11,
 * 7 px per unit (Excel's default column, 9.140625 units, is 64 px = 48 pt).
 */
export function widthToPoints(width: number): number {
  return excelColumnPoints(width);
}

const H: Record<string, string> = { left: 'Left', center: 'Center', right: 'Right' };
const V: Record<string, string> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };

/** One formatting property with one value: the unit grouped into a RangeAreas call. */
type Prop =
  | ['fill', string]
  | ['font.name', string]
  | ['font.size', number]
  | ['font.bold', boolean]
  | ['font.italic', boolean]
  | ['font.underline', boolean]
  | ['font.color', string]
  | ['border', string]
  | ['h', string]
  | ['v', string]
  | ['wrap', boolean]
  | ['numberFormat', string];

function propsOf(style: PlanStyle): Prop[] {
  const out: Prop[] = [];
  const f = style.font;
  if (style.fill !== undefined) out.push(['fill', style.fill]);
  if (f?.name !== undefined) out.push(['font.name', f.name]);
  if (f?.size !== undefined) out.push(['font.size', f.size]);
  if (f?.bold !== undefined) out.push(['font.bold', f.bold]);
  if (f?.italic !== undefined) out.push(['font.italic', f.italic]);
  if (f?.underline !== undefined) out.push(['font.underline', f.underline]);
  if (f?.color !== undefined) out.push(['font.color', f.color]);
  if (style.border !== undefined) out.push(['border', style.border]);
  if (style.horizontal !== undefined) out.push(['h', style.horizontal]);
  if (style.vertical !== undefined) out.push(['v', style.vertical]);
  if (style.wrap !== undefined) out.push(['wrap', style.wrap]);
  if (style.numberFormat !== undefined) out.push(['numberFormat', style.numberFormat]);
  return out;
}

/**
 * Final value of every property at every cell (later styled ranges win, as the plan says),
 * grouped by (property, value) → cells. Exact, and one call per distinct value however
 * many ranges the plan lists.
 */
export function groupStyles(plan: SheetPlan): { prop: Prop; cells: { row: number; col: number }[] }[] {
  const last = new Map<string, Map<string, Prop>>(); // prop name → "r,c" → value
  for (const { rect, style } of plan.styles) {
    for (const p of propsOf(style)) {
      let m = last.get(p[0]);
      if (!m) last.set(p[0], (m = new Map()));
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) m.set(`${r},${c}`, p);
    }
  }
  const groups = new Map<string, { prop: Prop; cells: { row: number; col: number }[] }>();
  for (const [name, cells] of last) {
    for (const [rc, p] of cells) {
      const key = `${name}\u0000${JSON.stringify(p[1])}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { prop: p, cells: [] }));
      const [row, col] = rc.split(',').map(Number);
      g.cells.push({ row, col });
    }
  }
  return [...groups.values()];
}

/** Rectangular grid of the plan's values, '' where empty ('' clears; null would leave a cell as is). */
function grid(values: PlanValue[][]): { rows: (string | number)[][]; width: number } {
  const width = Math.max(1, ...values.map((r) => r.length));
  return { rows: values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')), width };
}

function applyProp(format: Excel.RangeFormat, prop: Prop): void {
  switch (prop[0]) {
    case 'fill':
      format.fill.color = '#' + prop[1];
      return;
    case 'font.name':
      format.font.name = prop[1];
      return;
    case 'font.size':
      format.font.size = prop[1];
      return;
    case 'font.bold':
      format.font.bold = prop[1];
      return;
    case 'font.italic':
      format.font.italic = prop[1];
      return;
    case 'font.underline':
      format.font.underline = prop[1] ? 'Single' : 'None';
      return;
    case 'font.color':
      format.font.color = '#' + prop[1];
      return;
    case 'border':
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
        const b = format.borders.getItem(edge);
        b.style = 'Continuous';
        b.weight = prop[1] === 'medium' ? 'Medium' : 'Thin';
      }
      return;
    case 'h':
      format.horizontalAlignment = H[prop[1]] as Excel.HorizontalAlignment;
      return;
    case 'v':
      format.verticalAlignment = V[prop[1]] as Excel.VerticalAlignment;
      return;
    case 'wrap':
      format.wrapText = prop[1];
      return;
    case 'numberFormat':
      return; // handled per range (numberFormat is a 2D property of Range, not of RangeFormat)
  }
}

function runs(values: number[]): { from: number; to: number; value: number }[] {
  const out: { from: number; to: number; value: number }[] = [];
  values.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && last.value === v && last.to === i - 1) last.to = i;
    else out.push({ from: i, to: i, value: v });
  });
  return out;
}

export async function queueSheet(b: Batcher, context: Excel.RequestContext, plan: SheetPlan, rowsPerChunk: number): Promise<void> {
  const ws = context.workbook.worksheets.getItem(plan.name);
  const { rows, width } = grid(plan.values);
  // Values in row chunks of at most ~1 MB, each preceded by its text formats ("@" only where the value is text).
  let top = 0;
  while (top < rows.length) {
    let bytes = 128;
    let end = top;
    while (end < rows.length && end - top < rowsPerChunk) {
      const rowBytes = utf8Length(JSON.stringify(rows[end])) + width * 6;
      if (end > top && bytes + rowBytes > CHUNK_BYTES) break;
      bytes += rowBytes;
      end++;
    }
    const part = rows.slice(top, end);
    const formats = part.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? '@' : null)));
    await b.reserve(bytes);
    const range = ws.getRangeByIndexes(top, 0, part.length, width);
    if (formats.some((r) => r.some((f) => f !== null))) range.numberFormat = formats as unknown as string[][];
    range.values = part;
    top = end;
  }
  for (const g of groupStyles(plan)) {
    const rects = toBlocks(g.cells);
    if (g.prop[0] === 'numberFormat') {
      // Number formats are per range; rectangles are few (whole columns of a table).
      for (const r of rects) {
        const w = r.right - r.left + 1;
        const step = Math.max(1, Math.floor(100_000 / w));
        for (let top = r.top; top <= r.bottom; top += step) {
          const h = Math.min(step, r.bottom - top + 1);
          await b.reserve(h * w * (g.prop[1].length + 4) + 96);
          ws.getRangeByIndexes(top, r.left, h, w).numberFormat = Array.from({ length: h }, () => Array(w).fill(g.prop[1]));
        }
      }
      continue;
    }
    for (const chunk of addressChunks(rects, ADDRESS_MAX)) {
      await b.reserve(chunk.length + 256);
      applyProp(ws.getRanges(chunk).format as unknown as Excel.RangeFormat, g.prop);
    }
  }
  for (const m of plan.merges) {
    await b.reserve(64);
    ws.getRange(rangeA1(m.top, m.left, m.bottom, m.right)).merge(false);
  }
  for (const r of runs(plan.columnWidths)) {
    if (!(r.value > 0)) continue;
    await b.reserve(64);
    ws.getRange(`${columnLetters(r.from)}:${columnLetters(r.to)}`).format.columnWidth = widthToPoints(r.value);
  }
  const heights = [...plan.rowHeights].sort((a, b2) => a.row - b2.row);
  const rowRuns: { from: number; to: number; value: number }[] = [];
  for (const h of heights) {
    const last = rowRuns[rowRuns.length - 1];
    if (last && last.value === h.height && last.to === h.row - 1) last.to = h.row;
    else rowRuns.push({ from: h.row, to: h.row, value: h.height });
  }
  for (const r of rowRuns) {
    await b.reserve(64);
    ws.getRange(`${r.from + 1}:${r.to + 1}`).format.rowHeight = r.value;
  }
  await b.reserve(256);
  const page = ws.pageLayout;
  page.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4' as Excel.PaperType;
  // verticalFitToPages 0: as many pages down as the rows need.
  if (plan.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: plan.print.fitToHeight ?? 0 };
  if (plan.print.repeatRows) page.setPrintTitleRows(`$${plan.print.repeatRows.first + 1}:$${plan.print.repeatRows.last + 1}`);
  if (plan.print.margins) {
    // Plan margins are in inches (as in the xlsx file); Office takes points.
    page.leftMargin = plan.print.margins.left * 72;
    page.rightMargin = plan.print.margins.right * 72;
    page.topMargin = plan.print.margins.top * 72;
    page.bottomMargin = plan.print.margins.bottom * 72;
  }
  // Above the row's first cell (ExcelApi 1.9, as page layout). The sheet was added in this
  // write (an older copy is deleted first), so it has no other manual break to remove.
  for (const row of plan.print.pageBreaksBefore ?? []) {
    if (!(Number.isInteger(row) && row > 0)) continue;
    await b.reserve(64);
    ws.horizontalPageBreaks.add(`A${row + 1}`);
  }
  if (plan.freezeRows && plan.freezeRows > 0) ws.freezePanes.freezeRows(plan.freezeRows);
  // Links to the cells findings are about: one call each, so their number is capped.
  for (const link of (plan.links ?? []).slice(0, MAX_LINKS)) {
    await b.reserve(link.target.length + 128);
    const text = plan.values[link.row]?.[link.col];
    ws.getCell(link.row, link.col).hyperlink = { documentReference: link.target, textToDisplay: text === null || text === undefined ? link.target : String(text), screenTip: link.target };
  }
}

/** Links written per sheet at most (a findings list is capped per check anyway). */
const MAX_LINKS = 2000;

/**
 * Replaces the add-in's sheets with `plans`. On failure the report lists what was written;
 * sheets left half-written are deleted again (best effort) so none is silently incomplete.
 */
export async function writeSummarySheets(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  opts: WriteSheetsOptions = {},
): Promise<WriteSheetsReport> {
  const loaded = await loadSheetNames(context, opts.sheetNames);
  let syncs = loaded.syncs;
  const names = loaded.names;
  const owned = opts.owned ?? (() => false);
  // The user's sheet names: a plan may not take one of them ("TH_Tổng hợp" typed by the office).
  const existing = new Set(names.filter((n) => !owned(n)).map((n) => n.toLowerCase()));
  const notWritten: string[] = [];
  const writable: SheetPlan[] = [];
  for (const p of plans) {
    // Only names with the add-in's prefix are ours to replace, so a plan without it is refused.
    if (!isOwnedSheet(p.name) || p.name.toLowerCase() === STATE_SHEET_NAME.toLowerCase() || existing.has(p.name.toLowerCase())) {
      notWritten.push(
        existing.has(p.name.toLowerCase())
          ? `biểu "${p.name}" (trùng tên một trang của người dùng)`
          : `biểu "${p.name}" (tên không bắt đầu bằng "${OWNED_SHEET_PREFIX}")`,
      );
    } else writable.push(p);
  }
  const stale = names.filter((n) => owned(n) && !isStateSheetName(n));
  const b = new Batcher(context, opts.budgetBytes);
  const started: string[] = [];
  try {
    await b.reserve(64 * (stale.length + writable.length) + 64);
    const keep = new Map((opts.keep ?? []).map((k) => [k.from.toLowerCase(), k.to]));
    for (const n of stale) {
      const to = keep.get(n.toLowerCase());
      if (to !== undefined) context.workbook.worksheets.getItem(n).name = to;
      else context.workbook.worksheets.getItem(n).delete();
    }
    for (const p of writable) context.workbook.worksheets.add(p.name);
    for (const p of writable) {
      started.push(p.name);
      const width = Math.max(1, ...p.values.map((r) => r.length));
      await queueSheet(b, context, p, opts.rowsPerChunk ?? Math.max(50, Math.floor(200_000 / width)));
      b.complete(p.name);
    }
    await b.flush();
  } catch (e) {
    const done = new Set(b.done);
    const partial = started.filter((n) => !done.has(n));
    // Remove half-written sheets so the user never sees an incomplete summary as if it were whole.
    try {
      const ws = context.workbook.worksheets;
      const probes = writable.filter((p) => !done.has(p.name)).map((p) => ws.getItemOrNullObject(p.name));
      probes.forEach((p) => p.load('name'));
      await context.sync();
      for (const p of probes) if (!p.isNullObject) p.delete();
      await context.sync();
    } catch {
      // The cleanup is best effort; the report below still says what is missing.
    }
    return {
      written: b.done,
      notWritten: [...notWritten, ...writable.filter((p) => !done.has(p.name)).map((p) => `biểu "${p.name}"${partial.includes(p.name) ? ' (đã xóa bản ghi dở)' : ''}`)],
      error: describeOfficeError(e),
      syncs: syncs + b.syncs,
    };
  }
  return { written: b.done, notWritten, syncs: syncs + b.syncs };
}
