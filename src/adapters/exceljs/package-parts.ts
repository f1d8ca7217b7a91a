// What ExcelJS cannot carry from the original file into the checked copy, read from the .xlsx
// package itself (a zip of XML parts): tables it would damage are repaired, and what it would
// drop is named, so the office keeps its original knowing exactly what the copy lacks.
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Bilingual } from '../../domain/model/finding';
import { breaksInSheetXml, sheetParts, type SheetBreaks } from './page-breaks';
import { objectsNotKept, textOf, VML_PARTS } from './objects-not-kept';
import { notesToRestore } from './note-details';
import { openWorkbookPackage } from './file-kind';
import { drawnShapes } from './drawn-shapes';
import { chartsNotKept } from './charts-not-kept';
import { sheetNeedsRestore } from './restore-sheets';
import { SettingsNotKept } from './settings-not-kept';
import { selectedWindows } from './tab-selection';
import { sheetsWithPrintNames } from './print-names';
import { defaultFontToRestore } from './default-font';
import { FILTER_CRITERIA } from './filter-criteria';
import { quotedCells, quotedFormats } from './quote-prefix';
import { sheetsWithThreads } from './threaded-comments';

export interface PackageInfo {
  /** Table name → whether it has a header row (the attribute's default is 1), a style, and which
   * columns of its filter hide their drop-down button. */
  tables: Map<string, TableInfo>;
  /** Content the checked copy will not have, worded for the user. */
  notKept: Bilingual[];
  /** Sheet name → the manual page breaks the office set on it (ExcelJS reads none). */
  pageBreaks: Map<string, SheetBreaks>;
  /** Sheets whose own autofilter has criteria (its hidden rows are the filter's; ExcelJS reads no criteria). */
  filteredSheets: Set<string>;
  /** Sheets with settings ExcelJS drops that the package pass copies back (restore-sheets.ts; cells typed with a leading apostrophe: quote-prefix.ts). */
  sheetsToRestore: Set<string>;
  /** Notes with an author or a box ExcelJS would not write, which the package pass copies back (note-details.ts). */
  notesToRestore: boolean;
  /** Sheets (by name in the file) whose shapes or charts the package pass copies back (restore-shapes.ts). */
  sheetsWithDrawings: Set<string>;
  /** Sheet name → the windows in which its tab is selected (tab-selection.ts; ExcelJS reads no tabSelected). */
  selectedTabs: Map<string, number[]>;
  /** Sheets with a print area or print titles, which the package pass copies back as they were (print-names.ts). */
  sheetsWithPrintNames: Set<string>;
  /** The workbook's default font is not ExcelJS's, and the package pass puts it back (default-font.ts). */
  restoresDefaultFont: boolean;
  /** Sheets (by name in the file) with threaded comments, which the package pass copies back (threaded-comments.ts). */
  sheetsWithThreads: Set<string>;
}

interface TableInfo {
  headerRow: boolean;
  styled: boolean;
  filter: boolean;
  /** Its filter has criteria: rows of the table are hidden by it. */
  filtering: boolean;
  hiddenButtons: Set<number>;
}

const count = (zip: JSZip, re: RegExp) => Object.keys(zip.files).filter((n) => re.test(n)).length;

export async function inspectPackage(data: ArrayBuffer | Uint8Array | Buffer): Promise<PackageInfo> {
  // Throws, with what the file is and what to do, for anything but an .xlsx / .xlsm package.
  const zip = await openWorkbookPackage(data);
  const tables = new Map<string, TableInfo>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const open = /<table\b[^>]*>/.exec(xml)?.[0] ?? '';
    const tableName = /\bname="([^"]*)"/.exec(open)?.[1];
    if (!tableName) continue;
    const hrc = /\bheaderRowCount="(\d+)"/.exec(open)?.[1];
    const hiddenButtons = new Set<number>();
    for (const m of xml.matchAll(/<filterColumn\b[^>]*>/g)) {
      if (/\bhiddenButton="(?:1|true)"/.test(m[0])) hiddenButtons.add(Number(/\bcolId="(\d+)"/.exec(m[0])?.[1]));
    }
    tables.set(tableName, { headerRow: hrc === undefined || hrc !== '0', styled: /<tableStyleInfo\b/.test(xml), filter: /<autoFilter\b/.test(xml), filtering: FILTER_CRITERIA.test(xml), hiddenButtons });
  }
  const notKept: Bilingual[] = [];
  const say = (n: number, vi: string, en: string) => {
    if (n > 0) notKept.push({ vi: `${n} ${vi}`, en: `${n} ${en}` });
  };
  // ExcelJS keeps a drawing's pictures only; restoreDroppedParts copies the charts, SmartArt and
  // other shapes back, with the parts they use, but not those it cannot (drawn-shapes.ts), nor chart sheets.
  const drawn = await drawnShapes(zip);
  notKept.push(...(await chartsNotKept(zip, drawn.charts)));
  // An .xlsm's VBA project: the copy is an .xlsx, which Excel opens without macros.
  if (zip.file('xl/vbaProject.bin')) notKept.push({ vi: 'macro (VBA): bản đã kiểm tra là tệp .xlsx, không chứa macro', en: 'macros (VBA): the checked copy is an .xlsx file, without macros' });
  say(drawn.notRestorable, 'hình vẽ hoặc hộp chữ (shape, text box, mũi tên) trên trang', 'shape(s), text box(es) or arrow(s) drawn on sheets');
  say(drawn.smartArtNotRestorable, 'sơ đồ SmartArt', 'SmartArt graphic(s)');
  say(count(zip, /^xl\/externalLinks\/externalLink[^/]*\.xml$/), 'liên kết tới tệp khác', 'link(s) to other workbooks');
  say(count(zip, /^xl\/pivotTables\/[^/]+\.xml$/), 'bảng tổng hợp động (PivotTable)', 'PivotTable(s)');
  say(count(zip, /^xl\/slicers\/[^/]+\.xml$/), 'slicer', 'slicer(s)');
  // Dynamic-array formulas (SORT, FILTER, UNIQUE…) need xl/metadata.xml, which ExcelJS drops.
  // Pictures placed in cells use that part too (objects-not-kept.ts names them): without the
  // dynamic-array type (XLDAPR) beside them, the part holds no such formula.
  const metadata = await zip.file('xl/metadata.xml')?.async('string');
  const onlyCellPictures = metadata !== undefined && !/XLDAPR/.test(metadata) && Object.keys(zip.files).some((n) => n.startsWith('xl/richData/'));
  if (metadata !== undefined && !onlyCellPictures) notKept.push({ vi: 'công thức mảng động (sẽ thành công thức mảng cũ)', en: 'dynamic-array formulas (they become legacy array formulas)' });
  // Cell formats with a leading apostrophe ("'0123"), which ExcelJS drops: the package pass sets it again on the sheets' cells (quote-prefix.ts).
  const stylesXml = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
  const quoted = quotedFormats(stylesXml);
  const breaksByPart = new Map<string, SheetBreaks>();
  const filteredParts = new Set<string>();
  const restoreParts = new Set<string>();
  const selectedParts = new Map<string, number[]>();
  const commentParts: string[] = [];
  const settings = new SettingsNotKept();
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/sheet[^/]*\.xml$/.test(name)) {
      const xml = await zip.file(name)!.async('string');
      const breaks = breaksInSheetXml(xml);
      if (breaks) breaksByPart.set(name, breaks);
      if (sheetNeedsRestore(xml) || quotedCells(xml, quoted).size) restoreParts.add(name);
      const selected = selectedWindows(xml);
      if (selected.length) selectedParts.set(name, selected);
      settings.sheet(xml);
      // Its rows hidden by the filter are the filter's (ExcelJS reads no criteria; the package pass copies them back: filter-criteria.ts).
      if (/<autoFilter\b[^>]*>\s*<filterColumn\b/.test(xml) && FILTER_CRITERIA.test(xml)) filteredParts.add(name);
    } else if (/^xl\/comments(?:[^/]*|\/[^/]+)\.xml$/.test(name)) {
      // Excel's xl/comments1.xml, openpyxl's xl/comments/comment1.xml (linked-parts.ts).
      // Notes written as plain text (no runs) are given to ExcelJS with their text in a run (plain-notes.ts).
      commentParts.push(await zip.file(name)!.async('string'));
    }
  }
  const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  // LibreOffice writes an empty <workbookProtection/> in every file: only a lock counts.
  // Workbook protection (a locked structure) is copied back by restoreDroppedParts (workbook-settings.ts).
  notKept.push(...settings.notKept(workbookXml));
  // Names (sheet-scoped ones included) are copied from the original by restoreDroppedParts.
  // Pictures, controls, embedded files, notes, links and cell styles ExcelJS drops or changes:
  const vml = await textOf(zip, VML_PARTS);
  notKept.push(...(await objectsNotKept(zip, vml)));
  const pageBreaks = new Map<string, SheetBreaks>();
  const filteredSheets = new Set<string>();
  const sheetsToRestore = new Set<string>();
  const selectedTabs = new Map<string, number[]>();
  if (breaksByPart.size || filteredParts.size || restoreParts.size || selectedParts.size) {
    for (const [sheet, part] of await sheetParts(zip)) {
      if (breaksByPart.has(part)) pageBreaks.set(sheet, breaksByPart.get(part)!);
      if (filteredParts.has(part)) filteredSheets.add(sheet);
      if (restoreParts.has(part)) sheetsToRestore.add(sheet);
      if (selectedParts.has(part)) selectedTabs.set(sheet, selectedParts.get(part)!);
    }
  }
  return { tables, notKept, pageBreaks, filteredSheets, sheetsToRestore, notesToRestore: notesToRestore(commentParts, vml), sheetsWithDrawings: new Set(drawn.bySheet.keys()), selectedTabs, sheetsWithPrintNames: sheetsWithPrintNames(workbookXml), restoresDefaultFont: defaultFontToRestore(stylesXml) !== undefined, sheetsWithThreads: await sheetsWithThreads(zip) };
}

/**
 * ExcelJS reads a table without `headerRowCount` (Excel leaves out the default 1) as having no
 * header row, and cannot write one without a style (LibreOffice writes none): both are fixed on
 * the loaded workbook, so the copy keeps the user's table as it was.
 */
export function repairTables(wb: ExcelJS.Workbook, info: PackageInfo): void {
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, { table: { headerRow?: boolean; style?: unknown; columns?: { filterButton?: boolean }[] } }> }).tables ?? {};
    for (const [name, t] of Object.entries(tables)) {
      const known = info.tables.get(name);
      if (known) {
        t.table.headerRow = known.headerRow;
        // ExcelJS writes every column's filter button hidden unless told: keep the user's buttons.
        if (known.filter) (t.table.columns ?? []).forEach((c, i) => (c.filterButton = !known.hiddenButtons.has(i)));
      }
      if (!t.table.style) t.table.style = {};
    }
  }
}
