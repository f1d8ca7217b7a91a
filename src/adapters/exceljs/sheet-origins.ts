// Which of the workbook's sheets came from the file, and under what name. The package pass copies
// a sheet's dropped parts from the original sheet of that name (restore-sheets.ts), so it must
// know a summary sheet the check wrote anew (same name, new content: nothing to copy) from the
// office's own sheet, and follow a kept summary the check renamed.
import type ExcelJS from 'exceljs';

const LOADED_AS = new WeakMap<ExcelJS.Worksheet, string>();

/** Records the name each of `sheets` (by name as loaded) has in the file, for `loadedNames`. */
export function recordLoadedNames(wb: ExcelJS.Workbook, sheets: ReadonlySet<string>): void {
  if (!sheets.size) return;
  for (const ws of wb.worksheets) if (sheets.has(ws.name)) LOADED_AS.set(ws, ws.name);
}

/** Current name → name in the file, for the recorded sheets still in `wb`. */
export function loadedNames(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    const was = LOADED_AS.get(ws);
    if (was !== undefined) out.set(ws.name, was);
  }
  return out;
}
