// The command line's file I/O, through the ExcelJS adapter: load once, check, write the copy.
import type ExcelJS from 'exceljs';
import type { WorkbookData } from '../domain/model/grid';
import type { CheckResult } from '../domain/check-types';
import type { WorkbookSettings } from '../domain/plan/workbook-state';
import * as fs from 'fs';
import type { Bilingual } from '../domain/model/finding';
import { loadWorkbookForCopy, workbookToData } from '../adapters/exceljs/read-workbook';
import { ownedInWorkbook, readState } from '../adapters/exceljs/state-sheet';
import { applyCheckResult } from '../adapters/exceljs/apply-check-result';
import { restoreDroppedParts, sheetRepairsOf } from '../adapters/exceljs/restore-parts';
import { withEscapedTexts } from '../adapters/exceljs/escaped-text';
import { ownedSheets } from '../domain/plan/owned-sheets';
import { summarySnapshots } from '../domain/plan/kept-summary';

export interface LoadedWorkbook {
  path: string;
  workbook: ExcelJS.Workbook;
  data: WorkbookData;
  /** What the checked copy cannot keep from the original (chart sheets, links to other files, …). */
  notKept: Bilingual[];
  /** The file as read (its parts unprefixed where they were): parts ExcelJS drops are copied from it into the checked copy. */
  original: Buffer | ArrayBuffer;
}

export async function loadWorkbookFile(path: string): Promise<LoadedWorkbook> {
  const { workbook, info, original } = await loadWorkbookForCopy(fs.readFileSync(path));
  const data = workbookToData(workbook);
  // The summary sheets the last run wrote, as they are now: the check tells which were typed on.
  const state = readState(workbook).content;
  data.summaries = summarySnapshots(data.sheets, state, ownedSheets(state));
  return { path, workbook, data, notKept: info.notKept, original };
}

/** Settings the add-in left in the workbook (ignored findings, report date, sheet roles). */
export function readSettingsFromLoaded(l: LoadedWorkbook): WorkbookSettings | undefined {
  return readState(l.workbook).content?.settings;
}

/** The summary sheets an earlier run wrote (the state lists them): output, never input. */
export function ownedSheetsOfLoaded(l: LoadedWorkbook): string[] {
  const owned = ownedInWorkbook(l.workbook);
  return l.workbook.worksheets.map((ws) => ws.name).filter(owned);
}

/** Highlights on the user's sheets, then the summary sheets, saved to a new file. */
export async function writeCheckedCopyFromLoaded(l: LoadedWorkbook, out: string, result: CheckResult, settings: WorkbookSettings): Promise<void> {
  applyCheckResult(l.workbook, result, settings);
  const written = await withEscapedTexts(l.workbook, () => l.workbook.xlsx.writeBuffer());
  await fs.promises.writeFile(out, await restoreDroppedParts(l.original, written as ArrayBuffer, sheetRepairsOf(l.workbook)));
}
