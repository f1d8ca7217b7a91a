// Reads an .xlsx file into the domain's WorkbookData: every sheet, hidden ones flagged.
import { inspectPackage, repairTables, type PackageInfo } from './package-parts';
import ExcelJS from 'exceljs';
import type { CellRect, CellValue, SheetData, WorkbookData } from '../../domain/model/grid';
import { cellToValue } from './cell-value';
import { sheetMerges } from './sheet-merges';
import { restorePageBreaks } from './page-breaks';
import { recordLoadedNames } from './sheet-origins';
import { recordTabs } from './tab-selection';
import { readableByExcelJS } from './exceljs-input';
import { markFontsLikeExcelJSDefault } from './default-font';
import { keepAutomaticPageNumbers } from './page-numbering';
import { packageAsRead } from './package-as-read';

/**
 * Sheets whose rows an autofilter (of the sheet or of one of its tables) hides now: ExcelJS keeps
 * no filter criteria, so the package says which (package-parts.ts) and the sheet is marked here.
 */
const FILTERED = new WeakSet<ExcelJS.Worksheet>();

/** Parts of a sheet the domain never reads; skipping them makes loading faster. */
const IGNORED_ON_READ = ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'extLst', 'headerFooter', 'rowBreaks'];

export async function loadWorkbook(input: string | Buffer | ArrayBuffer, forReadingOnly = false): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const options = forReadingOnly ? ({ ignoreNodes: IGNORED_ON_READ } as unknown as Partial<ExcelJS.XlsxReadOptions>) : undefined;
  if (typeof input === 'string') await wb.xlsx.readFile(input, options);
  else {
    // Node's ExcelJS wants a Buffer; the browser has no Buffer and its ExcelJS takes the ArrayBuffer.
    const data = input instanceof ArrayBuffer && typeof Buffer !== 'undefined' ? Buffer.from(input) : input;
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer, options);
  }
  return wb;
}

/**
 * Loads a workbook that a checked copy will be written from: its tables repaired
 * (package-parts.ts), its conditional formats left to the package pass (conditional-formats.ts),
 * its manual page breaks put back (page-breaks.ts; pass `sheetRepairsOf(workbook)` to restoreDroppedParts when saving, which
 * also copies back the sheet settings ExcelJS drops, sheet-origins.ts), its active sheet and
 * selected tabs recorded (tab-selection.ts), its fonts equal to ExcelJS's default marked
 * (default-font.ts), its sheets' automatic page numbers kept (page-numbering.ts) and what
 * the copy cannot keep named in `info.notKept`. `original`: the package the copy's parts are
 * taken from (the input, or the same workbook written as ExcelJS reads it: package-as-read.ts).
 */
export async function loadWorkbookForCopy(input: Buffer | ArrayBuffer): Promise<{ workbook: ExcelJS.Workbook; info: PackageInfo; original: Buffer | ArrayBuffer }> {
  // Written as ExcelJS can read it where the file is not (package-as-read.ts); copied from so too.
  const { data, notKept } = await packageAsRead(input);
  const info = await inspectPackage(data);
  info.notKept.push(...notKept);
  const workbook = await loadWorkbook(await readableByExcelJS(data));
  repairTables(workbook, info);
  restorePageBreaks(workbook, info.pageBreaks);
  recordLoadedNames(workbook, info.sheetsToRestore, info.notesToRestore, info.sheetsWithDrawings, info.sheetsWithPrintNames, info.sheetsWithThreads);
  recordTabs(workbook, info.selectedTabs);
  if (info.restoresDefaultFont) markFontsLikeExcelJSDefault(workbook);
  for (const ws of workbook.worksheets) {
    const tables = Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {});
    if (info.filteredSheets.has(ws.name) || tables.some((t) => info.tables.get(t)?.filtering)) FILTERED.add(ws);
  }
  writeDefaultThemeIfNone(workbook);
  leaveConditionalFormatsOut(workbook);
  keepAutomaticPageNumbers(workbook);
  return { workbook, info, original: data };
}

/**
 * ExcelJS is given no conditional format to write: it wrote many wrong, some not at all, and
 * stopped at some (conditional-formats.ts). The package pass copies each sheet's from the original
 * (its sheet holding one is always repaired: restore-sheets.ts `sheetNeedsRestore`).
 */
function leaveConditionalFormatsOut(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = [];
}

/**
 * A file without a theme (LibreOffice writes none) leaves ExcelJS with an empty theme list: it
 * then writes no theme part yet still links one from the workbook, and Excel offers to repair the
 * copy ("Removed Records: Document Theme", exceljs#425). Its own default theme is written instead.
 */
function writeDefaultThemeIfNone(wb: ExcelJS.Workbook): void {
  const held = wb as unknown as { _themes?: Record<string, string> };
  if (held._themes && Object.keys(held._themes).length === 0) held._themes = undefined;
}

export async function readWorkbookFile(input: string | Buffer | ArrayBuffer): Promise<WorkbookData> {
  return workbookToData(await loadWorkbook(input, true));
}

export function workbookToData(wb: ExcelJS.Workbook): WorkbookData {
  return { sheets: wb.worksheets.map(sheetToData) };
}

export function sheetToData(ws: ExcelJS.Worksheet): SheetData {
  const rows: CellValue[][] = [];
  // Fonts only for text cells: they serve to spot TCVN3 / VNI text, and skipping the rest saves memory.
  const fonts: (string | null | undefined)[][] = [];
  let anyFont = false;
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const values: CellValue[] = [];
    let rowFonts: (string | null | undefined)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = cellToValue(cell);
      if (v === null) return;
      const c = colNumber - 1;
      while (values.length < c) values.push(null);
      values[c] = v;
      if (typeof v === 'string') {
        const name = cell.style?.font?.name;
        if (name) {
          if (!rowFonts) rowFonts = [];
          rowFonts[c] = name;
          anyFont = true;
        }
      }
    });
    if (values.length === 0) return;
    while (rows.length < r) rows.push([]);
    rows[r] = values;
    if (rowFonts) fonts[r] = rowFonts;
  });
  const merges: CellRect[] = sheetMerges(ws);
  const data: SheetData = { name: ws.name, rows, merges };
  if (anyFont) data.fonts = fonts;
  if (ws.state !== 'visible') data.hidden = true;
  if (hiddenRows.length) data.hiddenRows = hiddenRows;
  if (hiddenRows.length && FILTERED.has(ws)) data.filtered = true;
  const hiddenCols = hiddenColumns(ws);
  if (hiddenCols.length) data.hiddenCols = hiddenCols;
  return data;
}

/** 0-based columns with `hidden` set (`<col hidden="1">`); ExcelJS has none when the sheet defines no column. */
function hiddenColumns(ws: ExcelJS.Worksheet): number[] {
  const out: number[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (col?.hidden) out.push(i);
  });
  return out;
}
