// The browser-mode workbook: an ExcelJS workbook in memory. This module (and ExcelJS with it)
// is loaded only through import() in file-host.ts, so it lands in a lazy chunk.
import type ExcelJS from 'exceljs';
import type { CheckResult } from '../domain/check-types';
import type { WorkbookData } from '../domain/model/grid';
import type { WorkbookSettings } from '../domain/plan/workbook-state';
import { isStateSheetName } from '../domain/plan/owned-sheets';
import { SHEET_NAMES } from '../domain/layout';
import { loadWorkbookForCopy, workbookToData } from '../adapters/exceljs/read-workbook';
import { ownedInWorkbook, readState, recordSummarySheets, writeState } from '../adapters/exceljs/state-sheet';
import { removeOwnedSheets } from '../adapters/exceljs/apply-check-result';
import { writeSheetPlan } from '../adapters/exceljs/write-plan';
import { applyHighlights, clearHighlights } from '../adapters/exceljs/highlights';
import { fixActiveTab } from '../adapters/exceljs/sheets';
import { restoreDroppedParts } from '../adapters/exceljs/restore-parts';
import type { HostWriteReport } from './host';

export interface FileOps {
  read(): WorkbookData;
  loadSettings(): WorkbookSettings;
  saveSettings(s: WorkbookSettings): void;
  writeResults(result: CheckResult): HostWriteReport;
  clearHighlights(): HostWriteReport;
  exportFindings(result: CheckResult): HostWriteReport;
  toBuffer(): Promise<ArrayBuffer>;
}

export async function openWorkbook(buffer: ArrayBuffer): Promise<FileOps> {
  // Tables repaired as for the command line's copy (see package-parts.ts).
  const { workbook } = await loadWorkbookForCopy(buffer);
  return fileOps(workbook, buffer);
}

/** `original`: the file as opened; parts ExcelJS drops (custom properties) are put back on saving. */
export function fileOps(wb: ExcelJS.Workbook, original?: ArrayBuffer): FileOps {
  return {
    // The user's sheets: the state sheet and the summary sheets the add-in wrote are its own.
    read: () => {
      const owned = ownedInWorkbook(wb);
      const data = workbookToData(wb);
      return { sheets: data.sheets.filter((s) => !owned(s.name) && !isStateSheetName(s.name)) };
    },
    loadSettings: () => readState(wb).content?.settings ?? { ignored: [] },
    saveSettings: (settings) => {
      const current = readState(wb).content;
      writeState(wb, { ...(current ?? {}), settings });
    },
    writeResults: (result) => {
      const owned = ownedInWorkbook(wb);
      const marks = applyHighlights(wb, result.highlights, result.asOf);
      // A re-run replaces the add-in's sheets: stale ones (a set no longer present) go too.
      removeOwnedSheets(wb, owned);
      const sheets = result.sheetPlans.map((p) => writeSheetPlan(wb, p, owned).name);
      recordSummarySheets(wb, sheets);
      const skippedSheets = [...new Set(marks.skipped.map((s) => s.sheet))];
      return { sheets, notWritten: skippedSheets.map((s) => `đánh dấu trên trang "${s}" (không tìm thấy trang)`) };
    },
    clearHighlights: () => {
      const r = clearHighlights(wb);
      return { sheets: [], notWritten: r.problem ? [r.problem] : [] };
    },
    exportFindings: (result) => {
      const plan = result.sheetPlans.find((p) => p.name === SHEET_NAMES.findings);
      if (!plan) return { sheets: [], notWritten: [SHEET_NAMES.findings] };
      const owned = ownedInWorkbook(wb);
      const fold = (n: string) => n.toLocaleLowerCase('vi');
      // The other summary sheets stay the add-in's (a state from before the list: its "TH_" sheets).
      const before = wb.worksheets.map((ws) => ws.name).filter((n) => owned(n) && fold(n) !== fold(plan.name));
      const name = writeSheetPlan(wb, plan, owned).name;
      recordSummarySheets(wb, [...before, name]);
      return { sheets: [name], notWritten: [] };
    },
    toBuffer: async () => {
      fixActiveTab(wb);
      const out = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
      if (!original) return out;
      const restored = await restoreDroppedParts(original, out);
      return restored.buffer.slice(restored.byteOffset, restored.byteOffset + restored.byteLength) as ArrayBuffer;
    },
  };
}
