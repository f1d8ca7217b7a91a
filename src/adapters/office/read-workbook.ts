// Reads every sheet's values (and merged areas) into WorkbookData in as few round trips
// as Office allows:
//   sync 1: sheet names and visibility;
//   sync 2: for all sheets at once, the values-only used range's position, the values and
//           number formats of its first `chunkRows` rows, and the merged areas (ExcelApi 1.13);
//   then:   the remaining rows of big sheets, in windows packed under the byte budget;
//           and, only for sheets with some rows or columns hidden, which ones (hidden-lines.ts)
//           and whether an autofilter hides those rows (filtered-sheets.ts).
// A ResponsePayloadSizeLimitExceeded halves the window and retries (nothing was written).
/// <reference types="office-js" />
import type { CellRect, CellValue, SheetData, WorkbookData } from '../../domain/model/grid';
import { API, Requirements, supports } from './deps';
import { asSerial1900, countsFrom1904, dateSystemProbe } from './date-system';
import { isCode } from './errors';
import { parseAreasAddress } from './office-address';
import { BATCH_BUDGET_BYTES, jsonSize } from './payload';
import { fromOfficeValue, isLegacyFont } from './values';
import { shownAs } from '../common/shown-as';
import { findHiddenLines, type Axis } from './hidden-lines';
import { findFilteredSheets } from './filtered-sheets';

export interface ReadOptions {
  /** Office.context.requirements; without it merged areas are not read. */
  requirements?: Requirements;
  /** Rows per read window (starts here, halves on a payload error). */
  chunkRows?: number;
  /** Response bytes to aim for per sync. */
  budgetBytes?: number;
  /** Cells per single range read (Excel's hard limit is 5,000,000). */
  maxCellsPerRead?: number;
}

export interface ReadStats {
  syncs: number;
  chunkRows: number;
}

interface SheetRead {
  name: string;
  hidden: boolean;
  used: CellRect | null;
  rows: CellValue[][];
  fonts?: (string | null | undefined)[][];
  merges: CellRect[];
  /** Measured response bytes per row, to size later windows. */
  bytesPerRow: number;
  /** The used range's Range.rowHidden / columnHidden: true (all), false (none), null (some). */
  rowHidden?: boolean | null;
  columnHidden?: boolean | null;
}

interface Window {
  sheet: SheetRead;
  top: number;
  rows: number;
}

const MIN_ROWS = 1;

/**
 * Places a block of Office values at (top, left) so rows[0] is always row 1. A number is read
 * through its number format (a serial shown "10/2023" is that month, a 1 shown "Đạt" that word).
 */
function place(sheet: SheetRead, top: number, left: number, values: unknown[][], formats: unknown, font: unknown, date1904 = false): void {
  const fmts = Array.isArray(formats) ? (formats as unknown[][]) : undefined;
  const legacy = isLegacyFont(font) ? font : undefined;
  for (let i = 0; i < values.length; i++) {
    const r = top + i;
    const line = values[i];
    let out = sheet.rows[r];
    if (!out) out = sheet.rows[r] = [];
    for (let j = 0; j < line.length; j++) {
      let v = fromOfficeValue(line[j]);
      if (v === null) continue;
      if (typeof v === 'number' && fmts) {
        const f = fmts[i]?.[j];
        if (typeof f === 'string') v = shownAs(date1904 ? asSerial1900(v, f) : v, f);
      }
      out[left + j] = v;
      if (legacy && typeof v === 'string') {
        sheet.fonts ??= [];
        (sheet.fonts[r] ??= [])[left + j] = legacy;
      }
    }
  }
}

/** Fills holes so every row is a dense array (null where empty) and rows above the data are []. */
function densify(rows: CellValue[][], upTo: number): CellValue[][] {
  const out: CellValue[][] = new Array(upTo);
  for (let r = 0; r < upTo; r++) {
    const line = rows[r];
    if (!line) {
      out[r] = [];
      continue;
    }
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
    out[r] = line;
  }
  return out;
}

export async function readWorkbook(context: Excel.RequestContext, opts: ReadOptions = {}): Promise<WorkbookData> {
  return (await readWorkbookWithStats(context, opts)).data;
}

export async function readWorkbookWithStats(
  context: Excel.RequestContext,
  opts: ReadOptions = {},
): Promise<{ data: WorkbookData; stats: ReadStats }> {
  const budget = opts.budgetBytes ?? BATCH_BUDGET_BYTES;
  const maxCells = opts.maxCellsPerRead ?? 500_000;
  const withMerges = supports(opts.requirements, API.mergedAreas);
  let chunk = Math.max(MIN_ROWS, opts.chunkRows ?? 5000);
  let syncs = 0;

  const collection = context.workbook.worksheets;
  collection.load('items/name,items/visibility');
  // The workbook's date system, in the same sync (date-system.ts).
  const epoch = dateSystemProbe(context);
  await context.sync();
  syncs++;
  const date1904 = countsFrom1904(epoch);
  const sheets: SheetRead[] = collection.items.map((s) => ({
    name: s.name,
    hidden: s.visibility !== 'Visible',
    used: null,
    rows: [],
    merges: [],
    bytesPerRow: 0,
  }));

  // Sync 2: every sheet's extent, first rows and merges in one batch.
  for (;;) {
    const probes = sheets.map((s) => {
      const ws = context.workbook.worksheets.getItem(s.name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden');
      const first = ws.getRange(`1:${chunk}`).getUsedRangeOrNullObject(true);
      first.load('rowIndex,columnIndex,values,numberFormat,format/font/name');
      const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : undefined;
      merged?.load('address');
      return { used, first, merged };
    });
    try {
      await context.sync();
      syncs++;
    } catch (e) {
      syncs++;
      if (isCode(e, 'ResponsePayloadSizeLimitExceeded') && chunk > MIN_ROWS) {
        chunk = Math.ceil(chunk / 2);
        continue;
      }
      throw e;
    }
    probes.forEach((p, i) => {
      const s = sheets[i];
      s.rows = [];
      if (p.used.isNullObject) return;
      s.used = {
        top: p.used.rowIndex,
        left: p.used.columnIndex,
        bottom: p.used.rowIndex + p.used.rowCount - 1,
        right: p.used.columnIndex + p.used.columnCount - 1,
      };
      s.rowHidden = p.used.rowHidden;
      s.columnHidden = p.used.columnHidden;
      if (!p.first.isNullObject) {
        const values = p.first.values as unknown[][];
        const formats = p.first.numberFormat as unknown[][];
        place(s, p.first.rowIndex, p.first.columnIndex, values, formats, p.first.format.font.name, date1904);
        s.bytesPerRow = values.length ? (jsonSize(values) + jsonSize(formats)) / values.length : 0;
      }
      if (p.merged && !p.merged.isNullObject) s.merges = parseAreasAddress(p.merged.address);
    });
    break;
  }

  // The rest of big sheets, window by window, several windows per sync when they fit.
  let windows: Window[] = [];
  for (const s of sheets) {
    if (!s.used || s.used.bottom < chunk) continue;
    const width = s.used.right - s.used.left + 1;
    const rowsPerWindow = Math.max(MIN_ROWS, Math.min(chunk, Math.floor(maxCells / width)));
    for (let top = Math.max(chunk, s.used.top); top <= s.used.bottom; top += rowsPerWindow) {
      windows.push({ sheet: s, top, rows: Math.min(rowsPerWindow, s.used.bottom - top + 1) });
    }
  }
  while (windows.length) {
    const batch: Window[] = [];
    let bytes = 0;
    for (const w of windows) {
      const width = w.sheet.used!.right - w.sheet.used!.left + 1;
      const est = w.rows * (w.sheet.bytesPerRow || width * 28) * 1.2;
      if (batch.length && bytes + est > budget) break;
      batch.push(w);
      bytes += est;
    }
    const reads = batch.map((w) => {
      const u = w.sheet.used!;
      const range = context.workbook.worksheets.getItem(w.sheet.name).getRangeByIndexes(w.top, u.left, w.rows, u.right - u.left + 1);
      range.load('values,numberFormat,format/font/name');
      return range;
    });
    try {
      await context.sync();
      syncs++;
    } catch (e) {
      syncs++;
      if (isCode(e, 'ResponsePayloadSizeLimitExceeded')) {
        // Split every window of the failed batch in two and try again.
        const split: Window[] = [];
        for (const w of batch) {
          if (w.rows <= MIN_ROWS) throw e;
          const half = Math.ceil(w.rows / 2);
          split.push({ sheet: w.sheet, top: w.top, rows: half }, { sheet: w.sheet, top: w.top + half, rows: w.rows - half });
          w.sheet.bytesPerRow = w.sheet.bytesPerRow * 2 || 1024;
        }
        windows = [...split, ...windows.slice(batch.length)];
        continue;
      }
      throw e;
    }
    batch.forEach((w, i) => {
      const values = reads[i].values as unknown[][];
      place(w.sheet, w.top, w.sheet.used!.left, values, reads[i].numberFormat, reads[i].format.font.name, date1904);
    });
    windows = windows.slice(batch.length);
  }

  // Hidden rows and columns, only where the used range says some are (hidden-lines.ts).
  const mixed: { sheet: string; axis: Axis; used: CellRect }[] = [];
  const all = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_v, i) => from + i);
  const hiddenRows = new Map<string, number[]>();
  const hiddenCols = new Map<string, number[]>();
  for (const s of sheets) {
    if (!s.used) continue;
    if (s.rowHidden === null) mixed.push({ sheet: s.name, axis: 'row', used: s.used });
    else if (s.rowHidden) hiddenRows.set(s.name, all(s.used.top, s.used.bottom));
    if (s.columnHidden === null) mixed.push({ sheet: s.name, axis: 'column', used: s.used });
    else if (s.columnHidden) hiddenCols.set(s.name, all(s.used.left, s.used.right));
  }
  if (mixed.length) {
    const found = await findHiddenLines(context, mixed, () => syncs++);
    for (const [k, v] of found.rows) hiddenRows.set(k, v);
    for (const [k, v] of found.cols) hiddenCols.set(k, v);
  }
  const filtered = await findFilteredSheets(context, [...hiddenRows.keys()], opts.requirements, () => syncs++);

  const data: WorkbookData = {
    sheets: sheets.map((s): SheetData => {
      const sheet: SheetData = {
        name: s.name,
        rows: densify(s.rows, s.used ? s.used.bottom + 1 : 0),
        merges: s.merges,
      };
      if (s.fonts) sheet.fonts = s.fonts;
      if (s.hidden) sheet.hidden = true;
      const rows = hiddenRows.get(s.name);
      if (rows?.length) sheet.hiddenRows = rows;
      if (rows?.length && filtered.has(s.name)) sheet.filtered = true;
      const cols = hiddenCols.get(s.name);
      if (cols?.length) sheet.hiddenCols = cols;
      return sheet;
    }),
  };
  return { data, stats: { syncs, chunkRows: chunk } };
}
