// The WorkbookHost inside Excel. Office.js code lives in excel-ops.ts, loaded on first use,
// so the pane's first paint does not wait for the adapter and its dependencies.
import type { CheckResult } from '../domain/check-types';
import type { HostProgress, WorkbookHost } from './host';
import type { ExcelOps } from './excel-ops';

export function createExcelHost(loadOps: () => Promise<ExcelOps> = async () => (await import(/* webpackChunkName: "excel" */ './excel-ops')).excelOps()): WorkbookHost {
  let ops: Promise<ExcelOps> | undefined;
  const get = () => (ops ??= loadOps());
  return {
    kind: 'excel',
    read: async () => (await get()).read(),
    loadSettings: async () => (await get()).loadSettings(),
    saveSettings: async (s) => (await get()).saveSettings(s),
    writeResults: async (r: CheckResult, p: (x: HostProgress) => void) => (await get()).writeResults(r, p),
    clearHighlights: async () => (await get()).clearHighlights(),
    selectCell: async (sheet, a1) => (await get()).selectCell(sheet, a1),
    exportFindings: async (r) => (await get()).exportFindings(r),
    addDefinitionsTemplate: async (r) => (await get()).addDefinitionsTemplate(r),
  };
}
