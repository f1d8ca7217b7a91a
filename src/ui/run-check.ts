// Runs the engine for the pane: the add-in's own sheets are output, never input, and the
// saved settings become the check options. The engine loads lazily (its own chunk), so the
// pane paints before the criteria catalog and zod are parsed.
import type { CheckOptions, CheckResult } from '../domain/check-types';
import type { Region } from '../domain/criteria/schema';
import type { IsoDate } from '../domain/model/dates';
import type { WorkbookData } from '../domain/model/grid';
import { isStateSheetName } from '../domain/plan/owned-sheets';
import type { WorkbookSettings } from '../domain/plan/workbook-state';
import { UI_REGIONS } from './regions';

/** The user's sheets only: the hosts leave out the summary sheets they wrote (their state lists
 * them; they come as `summaries`); the state sheet is dropped here too, whatever a host did. */
export function inputSheets(wb: WorkbookData): WorkbookData {
  return { ...wb, sheets: wb.sheets.filter((s) => !isStateSheetName(s.name)) };
}

export function asRegion(value: string | undefined): Region | undefined {
  return (UI_REGIONS as readonly string[]).includes(value ?? '') ? (value as Region) : undefined;
}

export function checkOptions(settings: WorkbookSettings, fallbackAsOf: IsoDate, capPerCheck?: number): CheckOptions {
  return {
    capPerCheck,
    asOf: settings.asOf ?? fallbackAsOf,
    region: asRegion(settings.region),
    ignored: settings.ignored,
    sheetRoles: settings.sheetRoles,
    lang: settings.lang,
  };
}

export async function runEngine(wb: WorkbookData, opts: CheckOptions): Promise<CheckResult> {
  const { checkWorkbook } = await import(/* webpackChunkName: "engine" */ '../domain/check');
  // Every sheet left is the user's, "TH_Xã" typed by the office included: none is the add-in's.
  return checkWorkbook(inputSheets(wb), { ...opts, ownedSheets: [] });
}
