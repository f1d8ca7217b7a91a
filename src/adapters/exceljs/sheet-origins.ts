// Which of the workbook's sheets came from the file, and under what name. The package pass copies
// a sheet's dropped parts from the original sheet of that name (restore-sheets.ts,
// note-details.ts), so it must know a summary sheet the check wrote anew (same name, new content:
// nothing to copy) from the office's own sheet, and follow a kept summary the check renamed.
import type ExcelJS from 'exceljs';

interface Origin {
  /** The sheet's name in the file. */
  name: string;
  /** Its part has settings ExcelJS drops (restore-sheets.ts `sheetNeedsRestore`). */
  settings: boolean;
  /** The file's notes have authors or boxes ExcelJS drops (note-details.ts `notesToRestore`). */
  notes: boolean;
}

const LOADED = new WeakMap<ExcelJS.Worksheet, Origin>();

/** Records the sheets of a workbook just loaded: which have settings to copy back (by name), and whether the file's notes have details to. */
export function recordLoadedNames(wb: ExcelJS.Workbook, withSettings: ReadonlySet<string>, notes: boolean): void {
  if (!withSettings.size && !notes) return;
  for (const ws of wb.worksheets) LOADED.set(ws, { name: ws.name, settings: withSettings.has(ws.name), notes });
}

/** Current name → name in the file, for the recorded sheets still in `wb` that have `what` to copy back. */
export function loadedNames(wb: ExcelJS.Workbook, what: 'settings' | 'notes'): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    const was = LOADED.get(ws);
    if (was?.[what]) out.set(ws.name, was.name);
  }
  return out;
}
