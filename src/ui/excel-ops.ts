// Everything the pane does through Office.js, loaded lazily (its own chunk) by excel-host.ts.
// Each operation is one Excel.run that waits for cell edit mode to end.
/// <reference types="office-js" />
import type { CheckResult } from '../domain/check-types';
import type { WorkbookData } from '../domain/model/grid';
import type { WorkbookSettings } from '../domain/plan/workbook-state';
import { SHEET_NAMES } from '../domain/layout';
import { type OfficeHost, officeHost } from '../adapters/office/deps';
import { describeOfficeError, type WriteReport } from '../adapters/office/errors';
import { readWorkbook } from '../adapters/office/read-workbook';
import { ownedOf, readSettings, readState, recordSummarySheets, stateFromWorkbookData, writeSettings } from '../adapters/office/settings';
import { applyHighlights, clearHighlights, writeSummarySheets } from '../adapters/office/write';
import { HostError, type HostProgress, type HostWriteReport } from './host';
import { queueSnapshots } from '../adapters/office/kept-summaries';
import { editedSummaries, summarySnapshots } from '../domain/plan/kept-summary';
import { definitionsTemplate } from '../domain/definitions-template';
import { writeUserSheet } from '../adapters/office/write-user-sheet';
import type { Bilingual } from '../domain/model/finding';

function toHostReport(sheets: string[], reports: WriteReport[]): HostWriteReport {
  const error = reports.find((r) => r.error)?.error;
  return { sheets, notWritten: reports.flatMap((r) => r.notWritten), error: error?.message };
}

/** Runs a batch; any Office error becomes a sentence saying what to do. */
async function run<T>(host: OfficeHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await host.run({ delayForCellEdit: true }, batch);
  } catch (e) {
    if (e instanceof HostError) throw e;
    throw new HostError(describeOfficeError(e).message);
  }
}

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const ws = context.workbook.worksheets;
  ws.load('items/name');
  await context.sync();
  return ws.items.map((s) => s.name);
}

export function excelOps(host: OfficeHost = officeHost()) {
  return {
    // The user's sheets: the summary sheets the add-in wrote (its state lists them) are output.
    // They come along as `summaries`, so the check can tell which were typed on.
    read: (): Promise<WorkbookData> =>
      run(host, async (ctx) => {
        const data = await readWorkbook(ctx, { requirements: host.requirements });
        const state = stateFromWorkbookData(data);
        const owned = ownedOf(state);
        return { sheets: data.sheets.filter((s) => !owned(s.name)), summaries: summarySnapshots(data.sheets, state.content, owned) };
      }),
    loadSettings: (): Promise<WorkbookSettings> => run(host, (ctx) => readSettings(ctx)),
    saveSettings: (s: WorkbookSettings): Promise<void> => run(host, (ctx) => writeSettings(ctx, s)),
    writeResults: (result: CheckResult, onProgress: (p: HostProgress) => void): Promise<HostWriteReport> =>
      run(host, async (ctx) => {
        onProgress({ step: 'write', fraction: 0.1 });
        const state = await readState(ctx);
        const owned = ownedOf(state);
        const names = await sheetNames(ctx);
        const marks = await applyHighlights(ctx, result.highlights, { requirements: host.requirements, sheetNames: names});
        onProgress({ step: 'write', fraction: 0.5 });
        // The summary sheets' values come with the sheet names (same sync): one typed on since the
        // check read them is kept too, not only those the check found.
        const snapshots = queueSnapshots(ctx, state, names);
        const now = await sheetNames(ctx);
        const keep = editedSummaries(snapshots(), [...now, ...result.sheetPlans.map((p) => p.name)], result.keptSummaries);
        const sheets = await writeSummarySheets(ctx, result.sheetPlans, { sheetNames: now, owned, keep });
        await recordSummarySheets(ctx, sheets.written, result.sheetPlans);
        onProgress({ step: 'write', fraction: 1 });
        return toHostReport(sheets.written, [marks, sheets]);
      }),
    clearHighlights: (): Promise<HostWriteReport> =>
      run(host, async (ctx) => {
        const r = await clearHighlights(ctx, { requirements: host.requirements });
        return toHostReport([], [r]);
      }),
    selectCell: (sheet: string, a1: string): Promise<void> =>
      run(host, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(a1).select();
        await ctx.sync();
      }),
    exportFindings: (result: CheckResult): Promise<HostWriteReport> =>
      run(host, async (ctx) => {
        const plan = result.sheetPlans.find((p) => p.name === SHEET_NAMES.findings);
        if (!plan) return { sheets: [], notWritten: [SHEET_NAMES.findings] };
        // writeSummarySheets deletes every owned sheet it is told about: only the findings sheet
        // counts as owned here, so the other summary sheets stay as they are.
        const state = await readState(ctx);
        const owned = ownedOf(state);
        const fold = (n: string) => n.toLocaleLowerCase('vi');
        const names = await sheetNames(ctx);
        // The other summary sheets stay the add-in's (a state from before the list: its "TH_" sheets).
        const before = names.filter((n) => owned(n) && fold(n) !== fold(plan.name));
        // A findings sheet the office typed on is kept under a new name (its values: one more small sync).
        const snapshots = queueSnapshots(ctx, state, names.filter((n) => fold(n) === fold(plan.name)));
        await ctx.sync();
        const keep = editedSummaries(snapshots(), [...names, plan.name], result.keptSummaries);
        const r = await writeSummarySheets(ctx, [plan], { sheetNames: names, owned: (n) => fold(n) === fold(plan.name) && owned(n), keep });
        await recordSummarySheets(ctx, [...before, ...r.written], [plan]);
        return toHostReport(r.written, [r]);
      }),
    addDefinitionsTemplate: (result: CheckResult): Promise<HostWriteReport & { reason?: Bilingual }> =>
      run(host, async (ctx) => {
        const t = definitionsTemplate(result, await sheetNames(ctx));
        if (!t.plan) return { sheets: [], notWritten: [], reason: t.reason };
        const r = await writeUserSheet(ctx, t.plan);
        return toHostReport(r.written, [r]);
      }),
  };
}

export type ExcelOps = ReturnType<typeof excelOps>;
