// The browser-mode workbook: an ExcelJS workbook in memory. This module (and ExcelJS with it)
// is loaded only through import() in file-host.ts, so it lands in a lazy chunk.
import ExcelJS from 'exceljs';
import type { CheckResult } from '../domain/check-types';
import type { WorkbookData } from '../domain/model/grid';
import type { WorkbookSettings } from '../domain/plan/workbook-state';
import { OWNED_SHEET_PREFIX } from '../domain/plan/highlight-plan';
import { SHEET_NAMES } from '../domain/layout';
import { workbookToData } from '../adapters/exceljs/read-workbook';
import { readState, writeState } from '../adapters/exceljs/state-sheet';
import { writeSheetPlan } from '../adapters/exceljs/write-plan';
import { applyHighlights, clearHighlights } from '../adapters/exceljs/highlights';
import { fixActiveTab, removeSheet } from '../adapters/exceljs/sheets';
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
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer);
  return fileOps(wb);
}

function removeOwnedSheets(wb: ExcelJS.Workbook, keep: (name: string) => boolean): void {
  for (const ws of [...wb.worksheets]) if (ws.name.startsWith(OWNED_SHEET_PREFIX) && !keep(ws.name)) removeSheet(wb, ws);
}

export function fileOps(wb: ExcelJS.Workbook): FileOps {
  return {
    read: () => workbookToData(wb),
    loadSettings: () => readState(wb).content?.settings ?? { ignored: [] },
    saveSettings: (settings) => {
      const current = readState(wb).content;
      writeState(wb, { ...(current ?? {}), settings });
    },
    writeResults: (result) => {
      const marks = applyHighlights(wb, result.highlights, result.asOf);
      // A re-run replaces the add-in's sheets: stale ones (a set no longer present) go too.
      removeOwnedSheets(wb, () => false);
      const sheets = result.sheetPlans.map((p) => writeSheetPlan(wb, p).name);
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
      return { sheets: [writeSheetPlan(wb, plan).name], notWritten: [] };
    },
    toBuffer: async () => {
      fixActiveTab(wb);
      const out = await wb.xlsx.writeBuffer();
      return out as ArrayBuffer;
    },
  };
}
