// Worksheet.autoFilter, Worksheet.tables and Table.autoFilter (ExcelApi 1.9), as far as the read
// adapter needs them: whether a filter with criteria hides rows now (`isDataFiltered`). ExcelJS
// keeps no filter criteria, so the test says which sheets and tables are filtered
// (options.filteredSheets / filteredTables).
import type ExcelJS from 'exceljs';
import { enqueueItemsLoad, FakeClientObject, FakeContextCore, loadPaths, type LoadArg } from './context';
import { ERR, propertyNotLoaded } from './errors';

interface SheetLike {
  resolveSheet(): ExcelJS.Worksheet | null;
}

function tableNames(ws: ExcelJS.Worksheet): string[] {
  return Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {});
}

export class FakeAutoFilter extends FakeClientObject<boolean> {
  constructor(
    core: FakeContextCore,
    private readonly filtered: () => boolean | null,
  ) {
    super(core);
    core.state.requireApi('1.9', 'AutoFilter');
  }
  resolve(): boolean | null {
    return this.filtered();
  }
  protected scalars() {
    return { isDataFiltered: (f: boolean) => f, enabled: () => true };
  }
  get isDataFiltered(): boolean {
    return this.read('isDataFiltered');
  }
}

/** The sheet's own autofilter: filtered when the test lists the sheet. */
export function sheetAutoFilter(core: FakeContextCore, sheet: SheetLike): FakeAutoFilter {
  return new FakeAutoFilter(core, () => {
    const ws = sheet.resolveSheet();
    if (!ws) throw ERR.itemNotFound('worksheet');
    return (core.state.options.filteredSheets ?? []).some((n) => n.toLowerCase() === ws.name.toLowerCase());
  });
}

export class FakeTable extends FakeClientObject<string> {
  private filterProxy?: FakeAutoFilter;
  constructor(
    core: FakeContextCore,
    private readonly sheet: SheetLike,
    private readonly tableName: string,
  ) {
    super(core);
  }
  resolve(): string | null {
    const ws = this.sheet.resolveSheet();
    if (!ws || !tableNames(ws).includes(this.tableName)) throw ERR.itemNotFound(`table ${this.tableName}`);
    return this.tableName;
  }
  protected scalars() {
    return { name: (n: string) => n };
  }
  get name(): string {
    return this.read('name');
  }
  get autoFilter(): FakeAutoFilter {
    return (this.filterProxy ??= new FakeAutoFilter(this.core, () => (this.core.state.options.filteredTables ?? []).includes(this.resolve()!)));
  }
}

export class FakeTableCollection extends FakeClientObject<string[]> {
  private itemProxies: FakeTable[] | undefined;
  constructor(
    core: FakeContextCore,
    private readonly sheet: SheetLike,
  ) {
    super(core);
  }
  resolve(): string[] {
    const ws = this.sheet.resolveSheet();
    if (!ws) throw ERR.itemNotFound('worksheet');
    return tableNames(ws);
  }
  protected scalars() {
    return {};
  }
  /** load("items/name") only. */
  override load(arg?: LoadArg): this {
    const props = loadPaths(arg).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    if (props.some((p) => p !== 'name')) throw ERR.invalidArgument(`table properties ${props.join(',')}`);
    enqueueItemsLoad(this.core, 'items/name', () => this.resolve(), (name) => ({ name }), (name) => new FakeTable(this.core, this.sheet, name), (proxies) => (this.itemProxies = proxies));
    return this;
  }
  get items(): FakeTable[] {
    if (!this.itemProxies) throw propertyNotLoaded('items');
    return this.itemProxies;
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.core, this.sheet, name);
  }
}
