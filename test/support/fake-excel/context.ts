// The request/response model of Office.js: proxies queue reads and writes, context.sync()
// ships the whole queue as one batch, Excel runs it in order, and only then are loaded
// properties readable. Writes before a failing operation stay applied (Excel does not roll
// back); a batch over the payload limit is rejected before anything runs.
import type ExcelJS from 'exceljs';
import { ERR, FakeOfficeError, propertyNotLoaded } from './errors';

export interface FakeExcelOptions {
  /** Request and response limit per sync; Excel on the web: 5 MB. */
  payloadLimitBytes?: number;
  /** Longest address getRange/getRanges honours; longer strings are silently truncated (8,192). */
  addressLimit?: number;
  /** Sheet names whose cells and formats cannot be changed. */
  protectedSheets?: string[];
  /** The user is typing in a cell: Excel.run without delayForCellEdit fails. */
  cellEditMode?: boolean;
  /** Highest ExcelApi requirement set supported, e.g. "1.9" (default "1.18"). */
  apiVersion?: string;
  /** Office.context.displayLanguage (default "vi-VN"). */
  displayLanguage?: string;
  /** Sheets / tables whose autofilter has criteria now (ExcelJS keeps none): `isDataFiltered`. */
  filteredSheets?: string[];
  filteredTables?: string[];
}

export interface BatchStats {
  /** max(request, response) bytes. */
  bytes: number;
  requestBytes: number;
  responseBytes: number;
  ops: number;
  /** suspendScreenUpdatingUntilNextSync calls queued for this batch (should be ≤ 1). */
  suspends: number;
  /** Error code when the batch failed. */
  error?: string;
}

export interface FakeStats {
  syncs: number;
  proxies: number;
  runs: number;
  batches: BatchStats[];
  /** Longest address string passed to getRange / getRanges / notes. */
  maxAddressLength: number;
  /** Excel.run calls that asked to wait for cell edit mode to end. */
  delayedForCellEdit: number;
}

export function newStats(): FakeStats {
  return { syncs: 0, proxies: 0, runs: 0, batches: [], maxAddressLength: 0, delayedForCellEdit: 0 };
}

/** Shared by every context of one fake: the workbook, the options and the counters. */
export class FakeState {
  readonly payloadLimit: number;
  readonly addressLimit: number;
  readonly protectedNames: Set<string>;
  readonly apiVersion: string;
  /** Threaded comments (Excel 365's "Comments") by sheet: local A1 address → the thread's id. */
  readonly threads = new WeakMap<ExcelJS.Worksheet, Map<string, string>>();
  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly options: FakeExcelOptions,
    readonly stats: FakeStats,
  ) {
    this.payloadLimit = options.payloadLimitBytes ?? 5 * 1024 * 1024;
    this.addressLimit = options.addressLimit ?? 8192;
    this.protectedNames = new Set((options.protectedSheets ?? []).map((n) => n.toLowerCase()));
    this.apiVersion = options.apiVersion ?? '1.18';
  }

  /** Sheet names are case-insensitive in Excel. */
  findSheet(name: string): ExcelJS.Worksheet | undefined {
    const key = name.toLowerCase();
    return this.workbook.worksheets.find((w) => w.name.toLowerCase() === key);
  }

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  requireApi(version: string, api: string): void {
    if (!this.supports(version)) throw ERR.apiNotFound(api, `ExcelApi ${version}`);
  }

  assertWritable(ws: ExcelJS.Worksheet): void {
    if (this.protectedNames.has(ws.name.toLowerCase())) throw ERR.accessDenied(ws.name);
  }

  /** Excel truncates long addresses silently; the counter lets tests prove we stay under. */
  takeAddress(address: string): string {
    if (address.length > this.stats.maxAddressLength) this.stats.maxAddressLength = address.length;
    return address.length > this.addressLimit ? address.slice(0, this.addressLimit) : address;
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

interface LoadOutcome {
  data: unknown;
  commit: () => void;
}

interface QueuedOp {
  bytes: number;
  run: () => LoadOutcome | void;
}

export function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v ?? null), 'utf8');
}

/** The part of Excel.RequestContext the double implements; workbook/application are attached by index.ts. */
export class FakeContextCore {
  private queue: QueuedOp[] = [];
  private suspends = 0;
  constructor(readonly state: FakeState) {}

  enqueueWrite(payload: unknown, apply: () => void): void {
    this.queue.push({ bytes: jsonBytes(payload) + 16, run: apply });
  }

  enqueueLoad(path: string, run: () => LoadOutcome): void {
    this.queue.push({ bytes: path.length + 16, run });
  }

  noteSuspend(): void {
    this.suspends++;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    // Like office.js, a sync with nothing queued makes no round trip.
    if (this.queue.length === 0 && this.suspends === 0) return;
    const ops = this.queue;
    const suspends = this.suspends;
    this.queue = [];
    this.suspends = 0;
    const { stats, payloadLimit } = this.state;
    stats.syncs++;
    let requestBytes = 0;
    for (const op of ops) requestBytes += op.bytes;
    const batch: BatchStats = { bytes: requestBytes, requestBytes, responseBytes: 0, ops: ops.length, suspends };
    stats.batches.push(batch);
    if (requestBytes > payloadLimit) {
      batch.error = 'RequestPayloadSizeLimitExceeded';
      throw ERR.requestTooLarge(requestBytes);
    }
    const commits: (() => void)[] = [];
    let responseBytes = 0;
    for (const op of ops) {
      let out: LoadOutcome | void;
      try {
        out = op.run();
      } catch (e) {
        const err = e instanceof FakeOfficeError ? e : ERR.invalidOperation(e instanceof Error ? e.message : String(e));
        batch.error = err.code;
        throw err;
      }
      if (out) {
        responseBytes += jsonBytes(out.data);
        commits.push(out.commit);
      }
    }
    batch.responseBytes = responseBytes;
    batch.bytes = Math.max(requestBytes, responseBytes);
    if (responseBytes > payloadLimit) {
      batch.error = 'ResponsePayloadSizeLimitExceeded';
      throw ERR.responseTooLarge(responseBytes);
    }
    for (const c of commits) c();
  }
}

/** A value computed at sync, like OfficeExtension.ClientResult. */
export class FakeClientResult<T> {
  private has = false;
  private v: T | undefined;
  constructor(core: FakeContextCore) {
    core.state.stats.proxies++;
  }
  get value(): T {
    if (!this.has) throw propertyNotLoaded('value');
    return this.v as T;
  }
  /** @internal */
  set(v: T): void {
    this.v = v;
    this.has = true;
  }
}

export type LoadArg = string | string[] | { select?: string; expand?: string } | undefined;

export function loadPaths(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  const raw = typeof arg === 'string' ? arg.split(',') : Array.isArray(arg) ? arg : [arg.select ?? '', arg.expand ?? ''].join(',').split(',');
  return raw.map((s) => s.trim()).filter((s) => s !== '');
}

/** A collection's `getCount()`: a result filled at sync with the count taken then. */
export function countResult(core: FakeContextCore, count: () => number): FakeClientResult<number> {
  const r = new FakeClientResult<number>(core);
  core.enqueueLoad('getCount', () => {
    const n = count();
    return { data: n, commit: () => r.set(n) };
  });
  return r;
}

/**
 * Queues a collection's `load("items/…")`: at sync each item's properties are read and sent as
 * the response, then handed to a new item proxy, as Office fills `collection.items`.
 */
export function enqueueItemsLoad<I, P extends { adopt(data: Record<string, unknown>): void }>(
  core: FakeContextCore,
  label: string,
  items: () => I[],
  data: (item: I) => Record<string, unknown>,
  proxy: (item: I) => P,
  done: (proxies: P[]) => void,
): void {
  core.enqueueLoad(label, () => {
    const list = items();
    const rows = list.map(data);
    return {
      data: rows,
      commit: () =>
        done(
          list.map((item, i) => {
            const p = proxy(item);
            p.adopt(rows[i]);
            return p;
          }),
        ),
    };
  });
}

/**
 * Base of every proxy. T is what the proxy stands for once resolved at sync time
 * (null for a *OrNullObject that found nothing). Scalar properties throw until loaded.
 */
export abstract class FakeClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private isNull: boolean | undefined;

  constructor(readonly core: FakeContextCore) {
    core.state.stats.proxies++;
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined) throw propertyNotLoaded('isNullObject');
    return this.isNull;
  }

  /** Throws ItemNotFound (or returns null for OrNullObject proxies). Evaluated at sync. */
  abstract resolve(): T | null;
  /** Scalar properties and how to compute them from the resolved target. */
  protected abstract scalars(): Record<string, (t: T) => unknown>;
  /** Navigation properties (format, fill, protection…) for "format/fill/color" paths. */
  protected child(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  load(arg?: LoadArg): this {
    const table = this.scalars();
    const own: string[] = [];
    const paths = loadPaths(arg);
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length === 0 && head in table) {
        own.push(head);
        continue;
      }
      const c = this.child(head);
      if (!c) throw ERR.invalidArgument(`unknown property ${head}`);
      c.load(rest.length ? rest.join('/') : undefined);
    }
    if (paths.length === 0) own.push(...Object.keys(table));
    this.core.enqueueLoad(own.join(','), () => {
      const t = this.resolve();
      if (t === null) return { data: { isNull: true }, commit: () => (this.isNull = true) };
      const data: Record<string, unknown> = {};
      for (const k of own) data[k] = table[k](t);
      return {
        data,
        commit: () => {
          this.isNull = false;
          for (const k of own) this.loaded.set(k, data[k]);
        },
      };
    });
    return this;
  }

  /** @internal Collections hand their loaded item data to the item proxies they create. */
  adopt(data: Record<string, unknown>): void {
    this.isNull = false;
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }

  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw propertyNotLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  /** Resolve for a write: a null object cannot be written to. */
  protected target(): T {
    const t = this.resolve();
    if (t === null) throw ERR.invalidOperation('the object is a null object');
    return t;
  }

  protected write(payload: unknown, apply: () => void): void {
    this.core.enqueueWrite(payload, apply);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
