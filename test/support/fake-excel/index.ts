// In-memory stand-in for the Excel JavaScript API subset the Office adapter uses, backed by
// a real ExcelJS workbook so a test can save the result and compare it with the file
// adapter's. It follows Office's rules that matter for correctness and speed: properties
// are unreadable until loaded and synced, writes run at sync in order, payloads have limits,
// long addresses are truncated, protected sheets refuse writes, cell edit mode blocks
// Excel.run, and requirement sets gate the newer APIs. Counters let tests budget syncs,
// proxies and bytes instead of timing.
import type ExcelJS from 'exceljs';
import { compareVersions, FakeContextCore, FakeExcelOptions, FakeState, FakeStats, newStats } from './context';
import { ERR } from './errors';
import { FakeWorksheet, FakeWorksheetCollection } from './worksheet';
import { FakeFunctions } from './functions';

export type { FakeExcelOptions, FakeStats, BatchStats } from './context';
export { FakeOfficeError } from './errors';

export class FakeApplication {
  constructor(private readonly core: FakeContextCore) {
    core.state.stats.proxies++;
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.core.state.requireApi('1.9', 'Application.suspendScreenUpdatingUntilNextSync');
    this.core.noteSuspend();
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;
  constructor(core: FakeContextCore) {
    core.state.stats.proxies++;
    this.worksheets = new FakeWorksheetCollection(core);
    this.application = new FakeApplication(core);
    this.functions = new FakeFunctions(core);
  }
  getActiveWorksheet(): FakeWorksheet {
    const first = this.worksheets.core.state.workbook.worksheets.find((w) => w.state === 'visible');
    return new FakeWorksheet(this.worksheets.core, { name: first?.name ?? '' });
  }
}

export class FakeRequestContext extends FakeContextCore {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  /** Office.js keeps tracked objects alive across syncs; the double needs no bookkeeping. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  constructor(state: FakeState) {
    super(state);
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }
}

export interface RunOptions {
  delayForCellEdit?: boolean;
}

export type FakeRun = <T>(
  optionsOrBatch: RunOptions | ((context: Excel.RequestContext) => Promise<T>),
  maybeBatch?: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface FakeOffice {
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export interface FakeExcel {
  /** Excel.run: a new request context per call; what the batch leaves queued is synced at the end. */
  run: FakeRun;
  /** One long-lived context for tests that call adapter functions directly. */
  context: Excel.RequestContext;
  /** The same context with the double's own type, for white-box assertions. */
  fakeContext: FakeRequestContext;
  stats: FakeStats;
  Office: FakeOffice;
  /** Toggle cell edit mode between runs (the user starts or stops typing). */
  setCellEditMode(on: boolean): void;
  /** Protect or unprotect a sheet between runs. */
  setProtected(sheet: string, on: boolean): void;
  /** Clears counters, e.g. after building a fixture through the API. */
  resetStats(): void;
  /** Puts a threaded comment (Excel 365's "Comment") on a cell, as a colleague would in Excel. */
  addThread(sheet: string, cell: string, id?: string): void;
}

export function createFakeExcel(workbook: ExcelJS.Workbook, options: FakeExcelOptions = {}): FakeExcel {
  const opts: FakeExcelOptions = { ...options };
  const stats = newStats();
  const state = new FakeState(workbook, opts, stats);
  const context = new FakeRequestContext(state);

  const run: FakeRun = async <T,>(
    a: RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    b?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const runOptions: RunOptions = typeof a === 'function' ? {} : a;
    const batch = typeof a === 'function' ? a : b;
    if (!batch) throw ERR.invalidArgument('Excel.run needs a batch function');
    stats.runs++;
    if (opts.cellEditMode) {
      if (!runOptions.delayForCellEdit) throw ERR.cellEditMode();
      // Real Excel waits until the user leaves the cell; the double proceeds as if they did.
      stats.delayedForCellEdit++;
    }
    const ctx = new FakeRequestContext(state);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    await ctx.sync();
    return result;
  };

  const Office: FakeOffice = {
    context: {
      displayLanguage: opts.displayLanguage ?? 'vi-VN',
      requirements: {
        isSetSupported: (name: string, minVersion?: string) =>
          name === 'ExcelApi' && compareVersions(state.apiVersion, minVersion ?? '1.1') >= 0,
      },
    },
  };

  return {
    run,
    context: context as unknown as Excel.RequestContext,
    fakeContext: context,
    stats,
    Office,
    setCellEditMode: (on) => {
      opts.cellEditMode = on;
    },
    setProtected: (sheet, on) => {
      if (on) state.protectedNames.add(sheet.toLowerCase());
      else state.protectedNames.delete(sheet.toLowerCase());
    },
    resetStats: () => {
      Object.assign(stats, newStats());
    },
    addThread: (sheet, cell, id = `{${sheet}!${cell}}`) => {
      const ws = state.findSheet(sheet);
      if (!ws) throw ERR.itemNotFound(sheet);
      const threads = state.threads.get(ws) ?? new Map<string, string>();
      threads.set(cell.toUpperCase(), id);
      state.threads.set(ws, threads);
    },
  };
}
