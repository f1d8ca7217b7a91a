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
  /** Its drawing has shapes or charts ExcelJS drops (drawn-shapes.ts). */
  drawings: boolean;
  /** It has a print area or print titles, which ExcelJS rewrites (print-names.ts). */
  printNames: boolean;
  /** It holds threaded comments, which the package pass copies back (threaded-comments.ts). */
  threads: boolean;
}

const LOADED = new WeakMap<ExcelJS.Worksheet, Origin>();

/** Records the sheets of a workbook just loaded: which have settings, drawings, print names or threads to copy back (by name), and whether the file's notes have details to. */
export function recordLoadedNames(wb: ExcelJS.Workbook, withSettings: ReadonlySet<string>, notes: boolean, withDrawings: ReadonlySet<string> = new Set(), withPrintNames: ReadonlySet<string> = new Set(), withThreads: ReadonlySet<string> = new Set()): void {
  if (!withSettings.size && !notes && !withDrawings.size && !withPrintNames.size && !withThreads.size) return;
  for (const ws of wb.worksheets) LOADED.set(ws, { name: ws.name, settings: withSettings.has(ws.name), notes, drawings: withDrawings.has(ws.name), printNames: withPrintNames.has(ws.name), threads: withThreads.has(ws.name) });
}

/** Whether `wb` was recorded when loaded (else there is no origin to follow, and names are all there is). */
export function wasRecorded(wb: ExcelJS.Workbook): boolean {
  return wb.worksheets.some((ws) => LOADED.has(ws));
}

/** Current name → name in the file, for the recorded sheets still in `wb` that have `what` to copy back. */
export function loadedNames(wb: ExcelJS.Workbook, what: 'settings' | 'notes' | 'drawings' | 'printNames' | 'threads'): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    const was = LOADED.get(ws);
    if (was?.[what]) out.set(ws.name, was.name);
  }
  return out;
}
