// A check result into a loaded workbook: marks, summary sheets (TH_…) after the user's
// sheets, and the state sheet last. No file access, so the browser mode can use it too.
import type ExcelJS from 'exceljs';
import type { CheckResult } from '../../domain/check-types';
import type { WorkbookSettings } from '../../domain/plan/workbook-state';
import { applyHighlights } from './highlights';
import type { HighlightOutcome } from './highlights';
import { removeSheet } from './sheets';
import { settleTabs } from './tab-selection';
import { readState, writeState } from './state-sheet';
import { isStateSheetName, ownedSheets, type OwnedPredicate } from '../../domain/plan/owned-sheets';
import { recordedFingerprints } from '../../domain/plan/kept-summary';
import { keepEditedSummaries } from './kept-summaries';
import { writeSheetPlan } from './write-plan';

/** Settings, when given, replace those stored in the workbook. */
export function applyCheckResult(wb: ExcelJS.Workbook, result: CheckResult, settings?: WorkbookSettings): HighlightOutcome {
  const before = readState(wb).content;
  const owned = ownedSheets(before);
  const outcome = applyHighlights(wb, result.highlights, result.asOf, { settings });
  // A re-run replaces the add-in's sheets: stale ones (a set no longer present) go too, but one
  // the office typed on is kept under a new name.
  keepEditedSummaries(wb, before, owned, result.sheetPlans.map((p) => p.name), result.keptSummaries);
  removeOwnedSheets(wb, owned);
  const written = result.sheetPlans.map((plan) => writeSheetPlan(wb, plan, owned).name);
  // The state sheet goes last, after the summary sheets, and lists them (with what they hold) for the next run.
  const state = readState(wb);
  writeState(wb, {
    ...(state.content ?? { settings: settings ?? { ignored: [] } }),
    summarySheets: written,
    summaryFingerprints: recordedFingerprints(undefined, written, result.sheetPlans),
  });
  settleTabs(wb);
  return outcome;
}

/** Removes the add-in's summary sheets (never the state sheet, never a user's "TH_" sheet). */
export function removeOwnedSheets(wb: ExcelJS.Workbook, owned: OwnedPredicate): void {
  for (const ws of [...wb.worksheets]) if (owned(ws.name) && !isStateSheetName(ws.name)) removeSheet(wb, ws);
}
