// The add-in's state in the workbook: sheet "_ntm_state", hidden (not very hidden, so a
// LibreOffice or Excel user can still unhide it, see what the add-in keeps, or delete it).
import ExcelJS from 'exceljs';
import type { CellValue } from '../../domain/model/grid';
import type { StateSheetContent } from '../../domain/plan/workbook-state';
import { STATE_SHEET_NAME } from '../../domain/plan/highlight-plan';
import { decodeState, encodeState } from '../../domain/plan/state-codec';
import { ownedSheets, type OwnedPredicate } from '../../domain/plan/owned-sheets';
import { recordedFingerprints } from '../../domain/plan/kept-summary';
import type { SheetPlan } from '../../domain/plan/sheet-plan';
import { cellToValue } from './cell-value';
import { findSheet, removeSheet } from './sheets';

/** No state sheet → {} (neither content nor problem). A damaged sheet → a problem, never an exception. */
export function readState(wb: ExcelJS.Workbook): { content?: StateSheetContent; problem?: string } {
  const ws = findSheet(wb, STATE_SHEET_NAME);
  if (!ws) return {};
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const values: CellValue[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, 4); c++) values.push(cellToValue(row.getCell(c)));
    rows[n - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return decodeState(rows);
}

/** Rewrites the state sheet from scratch (created hidden, at the end, if absent). */
export function writeState(wb: ExcelJS.Workbook, content: StateSheetContent): ExcelJS.Worksheet {
  const old = findSheet(wb, STATE_SHEET_NAME);
  if (old) removeSheet(wb, old);
  const ws = wb.addWorksheet(STATE_SHEET_NAME, { state: 'hidden' });
  encodeState(content).forEach((row, r) => {
    row.forEach((v, c) => {
      ws.getCell(r + 1, c + 1).value = v;
    });
  });
  ws.getColumn(1).width = 80;
  return ws;
}

export function removeState(wb: ExcelJS.Workbook): void {
  const old = findSheet(wb, STATE_SHEET_NAME);
  if (old) removeSheet(wb, old);
}

/** The summary sheets the add-in wrote into this workbook (see owned-sheets.ts). */
export function ownedInWorkbook(wb: ExcelJS.Workbook): OwnedPredicate {
  return ownedSheets(readState(wb).content);
}

/**
 * Records which summary sheets the add-in wrote, creating the state sheet when needed, with the
 * fingerprint of each: from `plans` for those written now, kept for the others.
 */
export function recordSummarySheets(wb: ExcelJS.Workbook, names: string[], plans: readonly SheetPlan[] = []): void {
  const content = readState(wb).content ?? { settings: { ignored: [] } };
  writeState(wb, { ...content, summarySheets: names, summaryFingerprints: recordedFingerprints(content, names, plans) });
}
