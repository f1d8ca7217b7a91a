// A check result into a loaded workbook: marks, summary sheets (TH_…) after the user's
// sheets, and the state sheet last. No file access, so the browser mode can use it too.
import type ExcelJS from 'exceljs';
import type { CheckResult } from '../../domain/check-types';
import type { WorkbookSettings } from '../../domain/plan/workbook-state';
import { applyHighlights } from './highlights';
import type { HighlightOutcome } from './highlights';
import { fixActiveTab } from './sheets';
import { readState, writeState } from './state-sheet';
import { writeSheetPlan } from './write-plan';

/** Settings, when given, replace those stored in the workbook. */
export function applyCheckResult(wb: ExcelJS.Workbook, result: CheckResult, settings?: WorkbookSettings): HighlightOutcome {
  const outcome = applyHighlights(wb, result.highlights, result.asOf, { settings });
  for (const plan of result.sheetPlans) writeSheetPlan(wb, plan);
  // The state sheet goes last, after the summary sheets; rewritten so it stays there.
  const state = readState(wb);
  if (state.content) writeState(wb, state.content);
  else if (settings) writeState(wb, { settings });
  fixActiveTab(wb);
  return outcome;
}

