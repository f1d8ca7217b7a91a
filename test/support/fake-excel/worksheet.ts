// Worksheet, WorksheetCollection and the per-sheet objects the adapter touches
// (protection, page layout, page breaks, freeze panes, notes).
import { FakeAutoFilter, FakeTableCollection, sheetAutoFilter } from './auto-filter';
import ExcelJS from 'exceljs';
import type { CellRect } from '../../../src/domain/model/grid';
import { countResult, enqueueItemsLoad, FakeClientObject, FakeClientResult, FakeContextCore, loadPaths, LoadArg } from './context';
import { ERR, propertyNotLoaded } from './errors';
import { parseArea, localAddress, MAX_COLS, MAX_ROWS } from './a1';
import { noteText, usedRect } from './cells';
import { areasLocator, FakeRange, FakeRangeAreas } from './range';

const VISIBILITY_TO_STATE: Record<string, ExcelJS.WorksheetState> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};
const STATE_TO_VISIBILITY: Record<string, string> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

type SheetRef = { name: string } | { id: number };

export class FakeWorksheet extends FakeClientObject<ExcelJS.Worksheet> {
  private protectionProxy?: FakeWorksheetProtection;
  private pageLayoutProxy?: FakePageLayout;
  private freezeProxy?: FakeFreezePanes;
  private notesProxy?: FakeNoteCollection;
  private commentsProxy?: FakeCommentCollection;
  private breaksProxy?: FakePageBreakCollection;
  private autoFilterProxy?: FakeAutoFilter;
  private tablesProxy?: FakeTableCollection;

  constructor(
    core: FakeContextCore,
    private readonly ref: SheetRef,
    private readonly orNull = false,
  ) {
    super(core);
  }

  resolveSheet(): ExcelJS.Worksheet | null {
    const { state } = this.core;
    const ws = 'id' in this.ref ? state.workbook.getWorksheet(this.ref.id) : state.findSheet(this.ref.name);
    if (ws) return ws;
    if (this.orNull) return null;
    throw ERR.itemNotFound(`worksheet ${'name' in this.ref ? this.ref.name : this.ref.id}`);
  }
  resolve(): ExcelJS.Worksheet | null {
    return this.resolveSheet();
  }
  protected scalars() {
    return {
      name: (ws: ExcelJS.Worksheet) => ws.name,
      id: (ws: ExcelJS.Worksheet) => `{sheet-${ws.id}}`,
      visibility: (ws: ExcelJS.Worksheet) => STATE_TO_VISIBILITY[ws.state] ?? 'Visible',
      position: (ws: ExcelJS.Worksheet) => this.core.state.workbook.worksheets.indexOf(ws),
    };
  }
  protected override child(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'protection') return this.protection as FakeClientObject<unknown>;
    if (name === 'pageLayout') return this.pageLayout as FakeClientObject<unknown>;
    return undefined;
  }

  get name(): string {
    return this.read('name');
  }
  /** Renaming: the rules of add() (31 characters, no []:*?/\\, unique without regard to case). */
  set name(v: string) {
    this.write({ name: v }, () => {
      const ws = this.target();
      if (v.length > 31 || v.trim() === '' || BAD_NAME.test(v) || v.startsWith("'") || v.endsWith("'")) throw ERR.invalidArgument(`sheet name ${v}`);
      const other = this.core.state.findSheet(v);
      if (other && other !== ws) throw ERR.itemAlreadyExists(`worksheet ${v}`);
      ws.name = v;
    });
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    this.write({ visibility: v }, () => {
      const ws = this.target();
      const state = VISIBILITY_TO_STATE[v];
      if (!state) throw ERR.invalidArgument(`visibility ${v}`);
      if (state !== 'visible') {
        const others = this.core.state.workbook.worksheets.filter((w) => w !== ws && w.state === 'visible');
        if (others.length === 0) throw ERR.invalidOperation('a workbook must keep one visible sheet');
      }
      ws.state = state;
    });
  }

  get protection(): FakeWorksheetProtection {
    return (this.protectionProxy ??= new FakeWorksheetProtection(this.core, this));
  }
  get pageLayout(): FakePageLayout {
    return (this.pageLayoutProxy ??= new FakePageLayout(this.core, this));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return (this.breaksProxy ??= new FakePageBreakCollection(this.core, this));
  }
  get freezePanes(): FakeFreezePanes {
    return (this.freezeProxy ??= new FakeFreezePanes(this.core, this));
  }
  get notes(): FakeNoteCollection {
    return (this.notesProxy ??= new FakeNoteCollection(this.core, this));
  }
  get comments(): FakeCommentCollection {
    return (this.commentsProxy ??= new FakeCommentCollection(this.core, this));
  }
  get autoFilter(): FakeAutoFilter {
    return (this.autoFilterProxy ??= sheetAutoFilter(this.core, this));
  }
  get tables(): FakeTableCollection {
    return (this.tablesProxy ??= new FakeTableCollection(this.core, this));
  }

  /** getRange() with no address is the whole sheet. */
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.core, this, () => ({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }), false);
    const text = this.core.state.takeAddress(address);
    return new FakeRange(
      this.core,
      this,
      (ws) => {
        const a = parseArea(text);
        if (!a) throw ERR.invalidArgument(`address "${text.slice(0, 40)}"`);
        if (a.sheet && a.sheet.toLowerCase() !== ws.name.toLowerCase()) throw ERR.invalidArgument('address on another sheet');
        return a.rect;
      },
      false,
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.core,
      this,
      () => ({ top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 }),
      false,
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.core, this, areasLocator(this.core, address, () => this.resolveSheet()?.name ?? ''), false);
  }
  /** Excel returns A1 for an empty sheet. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.core, this, (ws) => usedRect(ws, Boolean(valuesOnly)) ?? { top: 0, left: 0, bottom: 0, right: 0 }, false);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.core, this, (ws) => usedRect(ws, Boolean(valuesOnly)), true);
  }

  /** Makes the sheet the active one (Worksheet.activate, ExcelApi 1.1): the workbook view's active tab. */
  activate(): void {
    this.write({ activate: true }, () => {
      const ws = this.target();
      const wb = this.core.state.workbook;
      if (ws.state !== 'visible') throw ERR.invalidOperation('cannot activate a hidden sheet');
      const view = wb.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' as const };
      wb.views = [{ ...view, activeTab: wb.worksheets.indexOf(ws) }];
    });
  }

  delete(): void {
    this.write({ delete: true }, () => {
      const ws = this.target();
      const wb = this.core.state.workbook;
      if (!wb.worksheets.some((w) => w !== ws && w.state === 'visible')) throw ERR.invalidOperation('cannot delete the last visible sheet');
      wb.removeWorksheet(ws.id);
    });
  }
}

const BAD_NAME = /[[\]:*?/\\]/;

export class FakeWorksheetCollection extends FakeClientObject<ExcelJS.Worksheet[]> {
  private itemProxies: FakeWorksheet[] | undefined;

  resolve(): ExcelJS.Worksheet[] {
    return this.core.state.workbook.worksheets;
  }
  protected scalars() {
    return {};
  }

  /** load("items/name, items/visibility"), or the shorthand load("name, visibility"). */
  override load(arg?: LoadArg): this {
    const props = loadPaths(arg).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    enqueueItemsLoad(
      this.core,
      `items/${props.join(',')}`,
      () => this.resolve(),
      (ws) => Object.fromEntries(props.map((p) => [p, scalarOf(this.core, ws, p)])),
      (ws) => new FakeWorksheet(this.core, { id: ws.id }),
      (proxies) => (this.itemProxies = proxies),
    );
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.itemProxies) throw propertyNotLoaded('items');
    return this.itemProxies;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.core, { name: key });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.core, { name: key }, true);
  }
  getCount(): FakeClientResult<number> {
    return countResult(this.core, () => this.resolve().length);
  }
  add(name?: string): FakeWorksheet {
    const wb = this.core.state.workbook;
    const chosen = name ?? `Sheet${wb.worksheets.length + 1}`;
    this.write({ add: chosen }, () => {
      if (chosen.length > 31 || chosen.trim() === '' || BAD_NAME.test(chosen) || chosen.startsWith("'")) {
        throw ERR.invalidArgument(`sheet name ${chosen}`);
      }
      if (this.core.state.findSheet(chosen)) throw ERR.itemAlreadyExists(`worksheet ${chosen}`);
      wb.addWorksheet(chosen);
    });
    return new FakeWorksheet(this.core, { name: chosen });
  }
}

function scalarOf(core: FakeContextCore, ws: ExcelJS.Worksheet, prop: string): unknown {
  switch (prop) {
    case 'name':
      return ws.name;
    case 'visibility':
      return STATE_TO_VISIBILITY[ws.state] ?? 'Visible';
    case 'position':
      return core.state.workbook.worksheets.indexOf(ws);
    case 'id':
      return `{sheet-${ws.id}}`;
    default:
      throw ERR.invalidArgument(`worksheet property ${prop}`);
  }
}

/** A part of one worksheet (its protection, page layout, breaks, panes, notes): found through the sheet at sync, needing the requirement set given. */
abstract class FakeSheetPart extends FakeClientObject<ExcelJS.Worksheet> {
  protected readonly requires?: readonly [version: string, api: string];
  constructor(
    core: FakeContextCore,
    protected readonly sheet: FakeWorksheet,
  ) {
    super(core);
  }
  resolve(): ExcelJS.Worksheet | null {
    if (this.requires) this.core.state.requireApi(this.requires[0], this.requires[1]);
    return this.sheet.resolveSheet();
  }
}

/** A sheet's collection of items (notes, comments): `load()` lists them at sync, `items` gives them after. */
abstract class FakeSheetItems<D, P extends { adopt(data: Record<string, unknown>): void }> extends FakeSheetPart {
  private itemProxies: P[] | undefined;
  protected abstract readonly loadLabel: string;
  protected abstract listed(ws: ExcelJS.Worksheet): D[];
  protected abstract itemData(d: D): Record<string, unknown>;
  protected abstract itemProxy(d: D): P;
  protected scalars() {
    return {};
  }
  override load(_arg?: LoadArg): this {
    enqueueItemsLoad(this.core, this.loadLabel, () => this.listed(this.target()), (d) => this.itemData(d), (d) => this.itemProxy(d), (proxies) => (this.itemProxies = proxies));
    return this;
  }
  get items(): P[] {
    if (!this.itemProxies) throw propertyNotLoaded('items');
    return this.itemProxies;
  }
}

export class FakeWorksheetProtection extends FakeSheetPart {
  protected scalars() {
    return { protected: (ws: ExcelJS.Worksheet) => this.core.state.protectedNames.has(ws.name.toLowerCase()) };
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

const PAPER: Record<string, number> = { A4: 9, Letter: 1, A3: 8 };

export class FakePageLayout extends FakeSheetPart {
  protected scalars() {
    return {
      orientation: (ws: ExcelJS.Worksheet) => (ws.pageSetup.orientation === 'landscape' ? 'Landscape' : 'Portrait'),
    };
  }
  private setup(payload: unknown, fn: (ws: ExcelJS.Worksheet) => void): void {
    this.write(payload, () => {
      this.core.state.requireApi('1.9', 'PageLayout');
      fn(this.target());
    });
  }
  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(v: string) {
    this.setup({ orientation: v }, (ws) => (ws.pageSetup.orientation = v === 'Landscape' ? 'landscape' : 'portrait'));
  }
  set paperSize(v: string) {
    this.setup({ paperSize: v }, (ws) => (ws.pageSetup.paperSize = PAPER[v] as ExcelJS.PageSetup['paperSize']));
  }
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.setup({ zoom: v }, (ws) => {
      if (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined) {
        ws.pageSetup.fitToPage = true;
        ws.pageSetup.fitToWidth = v.horizontalFitToPages ?? 0;
        ws.pageSetup.fitToHeight = v.verticalFitToPages ?? 0;
      } else if (v.scale !== undefined) {
        ws.pageSetup.fitToPage = false;
        ws.pageSetup.scale = v.scale;
      }
    });
  }
  /** Margins in points (Office) → inches (ExcelJS). */
  private margin(side: 'left' | 'right' | 'top' | 'bottom', points: number): void {
    this.setup({ [side]: points }, (ws) => {
      const m = ws.pageSetup.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
      ws.pageSetup.margins = { ...m, [side]: points / 72 };
    });
  }
  set leftMargin(v: number) {
    this.margin('left', v);
  }
  set rightMargin(v: number) {
    this.margin('right', v);
  }
  set topMargin(v: number) {
    this.margin('top', v);
  }
  set bottomMargin(v: number) {
    this.margin('bottom', v);
  }
  setPrintTitleRows(rows: string): void {
    this.setup({ printTitleRows: rows }, (ws) => {
      const m = /^\$?(\d+):\$?(\d+)$/.exec(rows.trim());
      if (!m) throw ERR.invalidArgument(`print title rows ${rows}`);
      ws.pageSetup.printTitlesRow = `${m[1]}:${m[2]}`;
    });
  }
}

/** Last column index of a sheet, 0-based: what Excel writes as a full-width break's `max`. */
const LAST_COLUMN = MAX_COLS - 1;

/**
 * Manual horizontal page breaks (ExcelApi 1.9), kept where a file keeps them: ExcelJS's
 * `rowBreaks`, each `{ id, max, man }` as Excel writes `<brk id="row above the break, 1-based"
 * max="16383" man="1"/>`, so saving the fake's workbook gives the file Excel would.
 */
export class FakePageBreakCollection extends FakeSheetPart {
  protected override readonly requires = ['1.9', 'PageBreakCollection'] as const;
  protected scalars() {
    return {};
  }
  private breaks(ws: ExcelJS.Worksheet): ExcelJS.RowBreak[] {
    return ((ws as unknown as { rowBreaks?: ExcelJS.RowBreak[] }).rowBreaks ??= []);
  }
  /** A break above the top-left cell of the range; one already there is kept once. */
  add(pageBreakRange: FakeRange | string): void {
    const address = typeof pageBreakRange === 'string' ? this.core.state.takeAddress(pageBreakRange) : undefined;
    const range = typeof pageBreakRange === 'string' ? undefined : pageBreakRange;
    this.write({ add: address ?? 'range' }, () => {
      const ws = this.target();
      let top: number;
      if (range === undefined) {
        const a = parseArea(address ?? '');
        if (!a) throw ERR.invalidArgument(`address "${(address ?? '').slice(0, 40)}"`);
        if (a.sheet && a.sheet.toLowerCase() !== ws.name.toLowerCase()) throw ERR.invalidArgument('page break on another sheet');
        top = a.rect.top;
      } else {
        const t = range.resolve();
        if (!t) throw ERR.invalidOperation('the range is a null object');
        top = t.rect.top;
      }
      // Nothing is above row 1 (assumed to be refused like other impossible arguments).
      if (top === 0) throw ERR.invalidArgument('a page break above row 1');
      const list = this.breaks(ws);
      if (!list.some((b) => b.id === top)) list.push({ id: top, max: LAST_COLUMN, man: 1 } as ExcelJS.RowBreak);
      list.sort((a, b) => a.id - b.id);
    });
  }
  /** Removes every manual break of the sheet. */
  removePageBreaks(): void {
    this.write({ removePageBreaks: true }, () => {
      this.breaks(this.target()).length = 0;
    });
  }
  getCount(): FakeClientResult<number> {
    return countResult(this.core, () => this.breaks(this.target()).length);
  }
}

export class FakeFreezePanes extends FakeSheetPart {
  protected scalars() {
    return {};
  }
  freezeRows(count: number): void {
    this.write({ freezeRows: count }, () => {
      const ws = this.target();
      ws.views = [{ state: 'frozen', ySplit: count, xSplit: 0, topLeftCell: `A${count + 1}` }];
    });
  }
  unfreeze(): void {
    this.write({ unfreeze: true }, () => {
      this.target().views = [];
    });
  }
}

// ---- notes (ExcelApi 1.18) ----------------------------------------------------------------

function cellOf(key: string, ws: ExcelJS.Worksheet): CellRect {
  const a = parseArea(key);
  if (!a || a.rect.top !== a.rect.bottom || a.rect.left !== a.rect.right) throw ERR.invalidArgument(`InvalidCellAddress ${key}`);
  if (a.sheet && a.sheet.toLowerCase() !== ws.name.toLowerCase()) throw ERR.invalidArgument('note on another sheet');
  return a.rect;
}

function dropNote(cell: ExcelJS.Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}

interface NoteTarget {
  ws: ExcelJS.Worksheet;
  cell: ExcelJS.Cell;
}

export class FakeNote extends FakeClientObject<NoteTarget> {
  constructor(
    core: FakeContextCore,
    private readonly sheet: FakeWorksheet,
    private readonly key: () => string,
    private readonly orNull: boolean,
  ) {
    super(core);
  }
  resolve(): NoteTarget | null {
    this.core.state.requireApi('1.18', 'Note');
    const ws = this.sheet.resolveSheet();
    if (!ws) return null;
    const r = cellOf(this.key(), ws);
    const cell = ws.findCell(r.top + 1, r.left + 1);
    if (!cell || noteText(cell) === null) {
      if (this.orNull) return null;
      throw ERR.itemNotFound(`note ${this.key()}`);
    }
    return { ws, cell };
  }
  protected scalars() {
    return { content: (t: NoteTarget) => noteText(t.cell) };
  }
  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.write({ content: v }, () => {
      const t = this.target();
      this.core.state.assertWritable(t.ws);
      t.cell.note = v;
    });
  }
  delete(): void {
    this.write({ delete: this.key() }, () => {
      const t = this.target();
      this.core.state.assertWritable(t.ws);
      dropNote(t.cell);
    });
  }
  getLocation(): FakeRange {
    return new FakeRange(this.core, this.sheet, (ws) => cellOf(this.key(), ws), false);
  }
}

export class FakeNoteCollection extends FakeSheetItems<{ key: string; content: string }, FakeNote> {
  protected override readonly requires = ['1.18', 'NoteCollection'] as const;
  protected readonly loadLabel = 'items/content';
  private noted(ws: ExcelJS.Worksheet): { key: string; content: string }[] {
    const out: { key: string; content: string }[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const t = noteText(cell);
        if (t !== null) out.push({ key: localAddress({ top: r - 1, left: c - 1, bottom: r - 1, right: c - 1 }), content: t });
      }),
    );
    return out;
  }
  /** Items load with their content; each item's getLocation() gives its cell. */
  protected listed(ws: ExcelJS.Worksheet) {
    return this.noted(ws);
  }
  protected itemData(d: { content: string }) {
    return { content: d.content };
  }
  protected itemProxy(d: { key: string }) {
    return new FakeNote(this.core, this.sheet, () => d.key, false);
  }
  getCount(): FakeClientResult<number> {
    return countResult(this.core, () => this.noted(this.target()).length);
  }
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    const key = typeof cellAddress === 'string' ? this.core.state.takeAddress(cellAddress) : undefined;
    let resolvedKey = key ?? '';
    this.write({ add: key ?? 'range', content }, () => {
      const ws = this.target();
      this.core.state.assertWritable(ws);
      let rect: CellRect;
      if (typeof cellAddress === 'string') rect = cellOf(cellAddress, ws);
      else {
        const t = cellAddress.resolve();
        if (!t || t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right) throw ERR.invalidArgument('InvalidCellAddress');
        rect = t.rect;
      }
      resolvedKey = localAddress(rect);
      const cell = ws.getCell(rect.top + 1, rect.left + 1);
      if (noteText(cell) !== null) throw ERR.invalidArgument(`the cell ${resolvedKey} already has a note`);
      // Excel holds a note or a threaded comment on a cell, never both (its Review menu offers no
      // note on a commented cell). Assumed to fail so here too; README lists it as a real-Excel check.
      if (this.core.state.threads.get(ws)?.has(resolvedKey)) throw ERR.invalidArgument(`the cell ${resolvedKey} has a threaded comment`);
      cell.note = content;
    });
    return new FakeNote(this.core, this.sheet, () => resolvedKey, false);
  }
  getItem(key: string): FakeNote {
    return new FakeNote(this.core, this.sheet, () => key, false);
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.core, this.sheet, () => key, true);
  }
}

// ---- threaded comments (ExcelApi 1.10): only what finding their cells needs -----------------

export class FakeComment extends FakeClientObject<{ ws: ExcelJS.Worksheet; key: string }> {
  constructor(
    core: FakeContextCore,
    private readonly sheet: FakeWorksheet,
    private readonly key: string,
  ) {
    super(core);
  }
  resolve(): { ws: ExcelJS.Worksheet; key: string } | null {
    this.core.state.requireApi('1.10', 'Comment');
    const ws = this.sheet.resolveSheet();
    if (!ws || !this.core.state.threads.get(ws)?.has(this.key)) throw ERR.itemNotFound(`comment ${this.key}`);
    return { ws, key: this.key };
  }
  protected scalars() {
    return { id: (t: { ws: ExcelJS.Worksheet; key: string }) => this.core.state.threads.get(t.ws)!.get(t.key)! };
  }
  get id(): string {
    return this.read('id');
  }
  getLocation(): FakeRange {
    return new FakeRange(this.core, this.sheet, (ws) => cellOf(this.key, ws), false);
  }
}

export class FakeCommentCollection extends FakeSheetItems<{ key: string; id: string }, FakeComment> {
  protected override readonly requires = ['1.10', 'CommentCollection'] as const;
  protected readonly loadLabel = 'items/id';
  /** Items load with their id; each item's getLocation() gives its cell. */
  protected listed(ws: ExcelJS.Worksheet) {
    return [...(this.core.state.threads.get(ws) ?? new Map<string, string>())].map(([key, id]) => ({ key, id }));
  }
  protected itemData(d: { id: string }) {
    return { id: d.id };
  }
  protected itemProxy(d: { key: string }) {
    return new FakeComment(this.core, this.sheet, d.key);
  }
}
