// Settings and highlight state live in the hidden sheet STATE_SHEET_NAME, encoded exactly
// as the file adapter encodes them (state-codec), so the task pane, a reload, the ribbon
// command and the command line all see the same thing.
/// <reference types="office-js" />
import type { SheetData, WorkbookData } from '../../domain/model/grid';
import { STATE_SHEET_NAME } from '../../domain/plan/highlight-plan';
import { decodeState, encodeState } from '../../domain/plan/state-codec';
import type { StateSheetContent, WorkbookSettings } from '../../domain/plan/workbook-state';
import { utf8Length } from './payload';
import { ownedSheets, type OwnedPredicate } from '../../domain/plan/owned-sheets';
import { recordedFingerprints } from '../../domain/plan/kept-summary';
import type { SheetPlan } from '../../domain/plan/sheet-plan';

export const DEFAULT_SETTINGS: WorkbookSettings = { ignored: [] };

export interface LoadedState {
  content: StateSheetContent;
  /** The state sheet exists (so writing replaces it rather than adding it). */
  exists: boolean;
  /** Why a present sheet could not be decoded (its content is then ignored, never trusted). */
  problem?: string;
}

export function isStateSheet(name: string): boolean {
  return name.toLowerCase() === STATE_SHEET_NAME.toLowerCase();
}

/** Decodes the state from an already-read workbook: no round trip. */
export function stateFromWorkbookData(data: WorkbookData): LoadedState {
  return stateFromSheet(data.sheets.find((s) => isStateSheet(s.name)));
}

export function stateFromSheet(sheet: SheetData | undefined): LoadedState {
  if (!sheet) return { content: { settings: { ...DEFAULT_SETTINGS } }, exists: false };
  const decoded = decodeState(sheet.rows);
  if (!decoded.content) return { content: { settings: { ...DEFAULT_SETTINGS } }, exists: true, problem: decoded.problem };
  return { content: decoded.content, exists: true };
}

/** Reads the state sheet: two small syncs (does it exist; its values). */
export async function readState(context: Excel.RequestContext): Promise<LoadedState> {
  const ws = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
  ws.load('name');
  await context.sync();
  if (ws.isNullObject) return stateFromSheet(undefined);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values,rowIndex,columnIndex');
  await context.sync();
  if (used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== 0) {
    return stateFromSheet({ name: STATE_SHEET_NAME, rows: [], merges: [] });
  }
  const rows = (used.values as unknown[][]).map((r) => r.map((v) => (v === '' ? null : (v as string | number | boolean))));
  return stateFromSheet({ name: STATE_SHEET_NAME, rows, merges: [] });
}

/**
 * Queues the state sheet's replacement (no sync): clear, text format, values, hidden.
 * Returns the estimated request bytes so callers can budget their batch.
 */
export function queueStateWrite(context: Excel.RequestContext, content: StateSheetContent, exists: boolean): number {
  const rows = encodeState(content);
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
  const ws = exists ? context.workbook.worksheets.getItem(STATE_SHEET_NAME) : context.workbook.worksheets.add(STATE_SHEET_NAME);
  if (exists) ws.getRange().clear();
  const range = ws.getRangeByIndexes(0, 0, grid.length, width);
  // Text format first so Excel keeps every piece verbatim (no formula, number or date parsing).
  range.numberFormat = grid.map((r) => r.map(() => '@'));
  range.values = grid;
  ws.visibility = 'Hidden';
  return utf8Length(JSON.stringify(grid)) * 1.1 + grid.length * width * 4 + 256;
}

/** Writes the settings, keeping any saved highlight state. */
export async function writeSettings(context: Excel.RequestContext, settings: WorkbookSettings): Promise<void> {
  const current = await readState(context);
  const content: StateSheetContent = { ...current.content, settings };
  queueStateWrite(context, content, current.exists);
  await context.sync();
}

export async function readSettings(context: Excel.RequestContext): Promise<WorkbookSettings> {
  return (await readState(context)).content.settings;
}

/** The summary sheets the add-in wrote (the state's list); none when there is no readable state. */
export function ownedOf(state: LoadedState): OwnedPredicate {
  return state.exists && !state.problem ? ownedSheets(state.content) : () => false;
}

/**
 * Records the summary sheets now in the workbook, keeping the rest of the state, with the
 * fingerprint of each: from `plans` for those written now, kept for the others.
 */
export async function recordSummarySheets(context: Excel.RequestContext, names: string[], plans: readonly SheetPlan[] = []): Promise<void> {
  const current = await readState(context);
  const summaryFingerprints = recordedFingerprints(current.content, names, plans);
  queueStateWrite(context, { ...current.content, summarySheets: names, summaryFingerprints }, current.exists);
  await context.sync();
}
