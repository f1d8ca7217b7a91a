// The browser-mode workbook: an ExcelJS workbook in memory. This module (and ExcelJS with it)
// is loaded only through import() in file-host.ts, so it lands in a lazy chunk.
import type ExcelJS from 'exceljs';
import type { CheckResult } from '../domain/check-types';
import type { WorkbookData } from '../domain/model/grid';
import type { Bilingual } from '../domain/model/finding';
import type { WorkbookSettings } from '../domain/plan/workbook-state';
import { isStateSheetName, ownedSheets } from '../domain/plan/owned-sheets';
import { summarySnapshots } from '../domain/plan/kept-summary';
import { SHEET_NAMES } from '../domain/layout';
import { loadWorkbookForCopy, workbookToData } from '../adapters/exceljs/read-workbook';
import { readState, recordSummarySheets, writeState } from '../adapters/exceljs/state-sheet';
import { applyCheckResult } from '../adapters/exceljs/apply-check-result';
import { keepEditedSummaries } from '../adapters/exceljs/kept-summaries';
import { writeSheetPlan, writeUserSheetPlan } from '../adapters/exceljs/write-plan';
import { definitionsTemplate } from '../domain/definitions-template';
import { clearHighlights } from '../adapters/exceljs/highlights';
import { settleTabs } from '../adapters/exceljs/tab-selection';
import { restoreDroppedParts, sheetRepairsOf } from '../adapters/exceljs/restore-parts';
import { withEscapedTexts } from '../adapters/exceljs/escaped-text';
import type { HostWriteReport } from './host';

export interface FileOps {
  read(): WorkbookData;
  loadSettings(): WorkbookSettings;
  saveSettings(s: WorkbookSettings): void;
  writeResults(result: CheckResult): HostWriteReport;
  clearHighlights(): HostWriteReport;
  exportFindings(result: CheckResult): HostWriteReport;
  toBuffer(): Promise<ArrayBuffer>;
  /** What the saved copy cannot keep from the file opened (chart sheets, macros…; package-parts.ts). */
  notKept(): Bilingual[];
  addDefinitionsTemplate(result: CheckResult): HostWriteReport & { reason?: Bilingual };
}

export async function openWorkbook(buffer: ArrayBuffer): Promise<FileOps> {
  // Tables repaired as for the command line's copy (see package-parts.ts).
  const { workbook, info, original } = await loadWorkbookForCopy(buffer);
  return fileOps(workbook, original as ArrayBuffer, info.notKept);
}

/** `original`: the file as opened; parts ExcelJS drops (custom properties) are put back on saving. */
export function fileOps(wb: ExcelJS.Workbook, original?: ArrayBuffer, notKept: Bilingual[] = []): FileOps {
  return {
    notKept: () => notKept,
    // The user's sheets: the state sheet and the summary sheets the add-in wrote are its own
    // (they come along as `summaries`, so the check can tell which were typed on).
    read: () => {
      const state = readState(wb).content;
      const owned = ownedSheets(state);
      const data = workbookToData(wb);
      return { sheets: data.sheets.filter((s) => !owned(s.name) && !isStateSheetName(s.name)), summaries: summarySnapshots(data.sheets, state, owned) };
    },
    loadSettings: () => readState(wb).content?.settings ?? { ignored: [] },
    saveSettings: (settings) => {
      const current = readState(wb).content;
      writeState(wb, { ...(current ?? {}), settings });
    },
    writeResults: (result) => {
      // As the command line's copy: marks, the add-in's sheets replaced (one typed on is kept), the state.
      const marks = applyCheckResult(wb, result);
      const sheets = result.sheetPlans.map((p) => p.name);
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
      const state = readState(wb).content;
      const owned = ownedSheets(state);
      const fold = (n: string) => n.toLocaleLowerCase('vi');
      // The other summary sheets stay the add-in's (a state from before the list: its "TH_" sheets).
      const before = wb.worksheets.map((ws) => ws.name).filter((n) => owned(n) && fold(n) !== fold(plan.name));
      // A findings sheet the office typed on is kept under a new name, not overwritten.
      keepEditedSummaries(wb, state, (n) => fold(n) === fold(plan.name) && owned(n), [plan.name], result.keptSummaries);
      const name = writeSheetPlan(wb, plan, owned).name;
      recordSummarySheets(wb, [...before, name], [plan]);
      return { sheets: [name], notWritten: [] };
    },
    addDefinitionsTemplate: (result) => {
      const t = definitionsTemplate(result, wb.worksheets.map((ws) => ws.name));
      if (!t.plan) return { sheets: [], notWritten: [], reason: t.reason };
      return { sheets: [writeUserSheetPlan(wb, t.plan).name], notWritten: [] };
    },
    toBuffer: async () => {
      settleTabs(wb);
      const out = (await withEscapedTexts(wb, () => wb.xlsx.writeBuffer())) as ArrayBuffer;
      if (!original) return out;
      const restored = await restoreDroppedParts(original, out, sheetRepairsOf(wb));
      return restored.buffer.slice(restored.byteOffset, restored.byteOffset + restored.byteLength) as ArrayBuffer;
    },
  };
}
