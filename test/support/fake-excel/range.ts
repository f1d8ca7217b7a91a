// Range and RangeAreas proxies. A range is a rule for finding a rectangle (an address,
// the used range, an offset from another range…) evaluated at sync, so ranges built on
// sheets added earlier in the same batch work as they do in Excel.
import ExcelJS from 'exceljs';
import type { CellRect } from '../../../src/domain/model/grid';
import { FakeClientObject, FakeClientResult, FakeContextCore } from './context';
import { ERR } from './errors';
import { parseArea, parseAreas, qualifiedAddress, MAX_COLS, MAX_ROWS } from './a1';
import {
  clearCell,
  intersect,
  mergedRects,
  readFill,
  readFontName,
  readNumberFormat,
  readValue,
  usedRect,
  writeFill,
  writeNumberFormat,
  writeValue,
} from './cells';
import { AreasTarget, FakeRangeFormat } from './format';

/** What a Range proxy needs from its worksheet proxy (kept minimal to avoid an import cycle). */
export interface SheetLike {
  resolveSheet(): ExcelJS.Worksheet | null;
}

export interface RangeTarget {
  ws: ExcelJS.Worksheet;
  rect: CellRect;
}

type Locator = (ws: ExcelJS.Worksheet) => CellRect | null;

function rows<V>(rect: CellRect, fn: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(fn(r, c));
    out.push(line);
  }
  return out;
}

function allOrNone(from: number, to: number, hidden: (i: number) => boolean): boolean | null {
  const first = hidden(from);
  for (let i = from + 1; i <= to; i++) if (hidden(i) !== first) return null;
  return first;
}

function checkShape(rect: CellRect, data: unknown, what: string): unknown[][] {
  const h = rect.bottom - rect.top + 1;
  const w = rect.right - rect.left + 1;
  if (!Array.isArray(data) || data.length !== h || data.some((r) => !Array.isArray(r) || r.length !== w)) {
    throw ERR.invalidArgument(`${what}: the array does not match the size of the range (${h}×${w})`);
  }
  return data as unknown[][];
}

interface CellPropsRequest {
  address?: boolean;
  format?: { fill?: { color?: boolean; pattern?: boolean }; font?: { name?: boolean } };
}

interface CellPropsData {
  format?: { fill?: { color?: string; pattern?: string } };
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  private formatProxy?: FakeRangeFormat;

  constructor(
    core: FakeContextCore,
    readonly worksheet: SheetLike,
    private readonly locate: Locator,
    private readonly orNull: boolean,
  ) {
    super(core);
  }

  resolve(): RangeTarget | null {
    const ws = this.worksheet.resolveSheet();
    if (!ws) {
      if (this.orNull) return null;
      throw ERR.invalidOperation('the worksheet is a null object');
    }
    const rect = this.locate(ws);
    if (!rect) {
      if (this.orNull) return null;
      throw ERR.itemNotFound('range');
    }
    return { ws, rect };
  }

  protected scalars() {
    return {
      address: (t: RangeTarget) => qualifiedAddress(t.ws.name, t.rect),
      rowCount: (t: RangeTarget) => t.rect.bottom - t.rect.top + 1,
      columnCount: (t: RangeTarget) => t.rect.right - t.rect.left + 1,
      rowIndex: (t: RangeTarget) => t.rect.top,
      columnIndex: (t: RangeTarget) => t.rect.left,
      cellCount: (t: RangeTarget) => (t.rect.bottom - t.rect.top + 1) * (t.rect.right - t.rect.left + 1),
      values: (t: RangeTarget) => rows(t.rect, (r, c) => readValue(t.ws, r, c)),
      numberFormat: (t: RangeTarget) => rows(t.rect, (r, c) => readNumberFormat(t.ws, r, c)),
      text: (t: RangeTarget) => rows(t.rect, (r, c) => String(readValue(t.ws, r, c))),
      // Excel: true when every row (column) of the range is hidden, false when none is, null when mixed.
      rowHidden: (t: RangeTarget) => allOrNone(t.rect.top, t.rect.bottom, (r) => Boolean(t.ws.findRow(r + 1)?.hidden)),
      columnHidden: (t: RangeTarget) => allOrNone(t.rect.left, t.rect.right, (c) => Boolean(t.ws.columns?.[c]?.hidden)),
    };
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === 'format' ? (this.format as FakeClientObject<unknown>) : undefined;
  }

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  get rowHidden(): boolean | null {
    return this.read('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.read('columnHidden');
  }
  set values(v: unknown[][]) {
    this.write({ values: v }, () => {
      const t = this.target();
      this.core.state.assertWritable(t.ws);
      const data = checkShape(t.rect, v, 'values');
      data.forEach((line, i) => line.forEach((x, j) => writeValue(t.ws, t.rect.top + i, t.rect.left + j, x)));
    });
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write({ numberFormat: v }, () => {
      const t = this.target();
      this.core.state.assertWritable(t.ws);
      const data = checkShape(t.rect, v, 'numberFormat');
      data.forEach((line, i) => line.forEach((x, j) => writeNumberFormat(t.ws, t.rect.top + i, t.rect.left + j, x)));
    });
  }

  /** Range.hyperlink (ExcelApi 1.7), write-only here: a link to a place in the workbook keeps the cell's text. */
  set hyperlink(v: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    this.write({ hyperlink: v }, () => {
      const t = this.target();
      this.core.state.assertWritable(t.ws);
      const cell = t.ws.getCell(t.rect.top + 1, t.rect.left + 1);
      const text = v.textToDisplay ?? (cell.value === null || cell.value === undefined ? (v.documentReference ?? v.address ?? '') : String(cell.value));
      cell.value = { text, hyperlink: v.documentReference ? `#${v.documentReference}` : (v.address ?? ''), tooltip: v.screenTip };
    });
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.core, () => {
      const t = this.resolve();
      return t ? { ws: t.ws, rects: [t.rect] } : null;
    }));
  }

  private derive(fn: (t: RangeTarget) => CellRect | null, orNull = false): FakeRange {
    return new FakeRange(
      this.core,
      this.worksheet,
      () => {
        const t = this.resolve();
        return t ? fn(t) : null;
      },
      orNull,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive(({ rect }) => checkedRect(rect.top + row, rect.left + column, rect.top + row, rect.left + column));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(({ rect }) => checkedRect(rect.top, rect.left, rect.bottom + deltaRows, rect.right + deltaColumns));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive(({ rect }) =>
      checkedRect(rect.top + rowOffset, rect.left + columnOffset, rect.bottom + rowOffset, rect.right + columnOffset),
    );
  }
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.derive((t) => {
      const o = typeof other === 'string' ? parseArea(this.core.state.takeAddress(other))?.rect : other.resolve()?.rect;
      if (!o) throw ERR.invalidArgument('intersection');
      return intersect(t.rect, o);
    }, true);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derive((t) => {
      const u = usedRect(t.ws, Boolean(valuesOnly));
      return u ? intersect(u, t.rect) : null;
    }, true);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.core, this.worksheet, (ws) => {
      this.core.state.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
      const t = this.resolve();
      if (!t) return null;
      const found = mergedRects(ws).filter((m) => intersect(m, t.rect));
      return found.length ? found : null;
    }, true);
  }

  getCellProperties(req: CellPropsRequest): FakeClientResult<Record<string, unknown>[][]> {
    const result = new FakeClientResult<Record<string, unknown>[][]>(this.core);
    this.core.enqueueLoad('getCellProperties', () => {
      this.core.state.requireApi('1.9', 'Range.getCellProperties');
      const t = this.target();
      const data = rows(t.rect, (r, c) => {
        const cell: Record<string, unknown> = {};
        if (req.address) cell.address = qualifiedAddress(t.ws.name, { top: r, left: c, bottom: r, right: c });
        const fillReq = req.format?.fill;
        const fontReq = req.format?.font;
        if (fillReq || fontReq) {
          const format: Record<string, unknown> = {};
          if (fillReq) {
            const f = readFill(t.ws, r, c);
            const fill: Record<string, unknown> = {};
            if (fillReq.color) fill.color = f.color;
            if (fillReq.pattern) fill.pattern = f.pattern;
            format.fill = fill;
          }
          if (fontReq?.name) format.font = { name: readFontName(t.ws, r, c) };
          cell.format = format;
        }
        return cell;
      });
      return { data, commit: () => result.set(data) };
    });
    return result;
  }

  /** Each cell gets its own properties; {} leaves a cell unchanged. Only fill is modelled. */
  setCellProperties(data: CellPropsData[][]): void {
    this.write(data, () => {
      this.core.state.requireApi('1.9', 'Range.setCellProperties');
      const t = this.target();
      this.core.state.assertWritable(t.ws);
      const d = checkShape(t.rect, data, 'setCellProperties') as CellPropsData[][];
      d.forEach((line, i) =>
        line.forEach((p, j) => {
          const fill = p?.format?.fill;
          if (fill) writeFill(t.ws, t.rect.top + i, t.rect.left + j, fill);
        }),
      );
    });
  }

  /** Excel keeps only the top-left value of the merged area. */
  merge(across?: boolean): void {
    this.write({ merge: Boolean(across) }, () => {
      const t = this.target();
      this.core.state.assertWritable(t.ws);
      const { top, left, bottom, right } = t.rect;
      const parts: CellRect[] = across ? rowsOf(t.rect) : [t.rect];
      for (const p of parts) {
        if (p.top === p.bottom && p.left === p.right) continue;
        if (mergedRects(t.ws).some((m) => intersect(m, p))) throw ERR.invalidOperation('Cannot merge: part of the range is already merged');
        t.ws.mergeCells(p.top + 1, p.left + 1, p.bottom + 1, p.right + 1);
      }
      void top, left, bottom, right;
    });
  }
  unmerge(): void {
    this.write({ unmerge: true }, () => {
      const t = this.target();
      this.core.state.assertWritable(t.ws);
      for (const m of mergedRects(t.ws)) if (intersect(m, t.rect)) t.ws.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    });
  }
  /** Range.clear("All"): values and formats. */
  clear(applyTo?: string): void {
    this.write({ clear: applyTo ?? 'All' }, () => {
      const t = this.target();
      this.core.state.assertWritable(t.ws);
      const used = usedRect(t.ws, false);
      const area = used ? intersect(used, t.rect) : null;
      if (!area) return;
      for (const m of mergedRects(t.ws)) if (intersect(m, area)) t.ws.unMergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) clearCell(t.ws, r, c);
    });
  }
}

function rowsOf(rect: CellRect): CellRect[] {
  const out: CellRect[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) out.push({ top: r, left: rect.left, bottom: r, right: rect.right });
  return out;
}

function checkedRect(top: number, left: number, bottom: number, right: number): CellRect {
  if (top < 0 || left < 0 || bottom < top || right < left || bottom >= MAX_ROWS || right >= MAX_COLS) {
    throw ERR.invalidArgument('the range is outside the sheet');
  }
  return { top, left, bottom, right };
}

/** RangeAreas: several rectangles of one sheet, formatted with one call. */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  private formatProxy?: FakeRangeFormat;
  constructor(
    core: FakeContextCore,
    readonly worksheet: SheetLike,
    private readonly locate: (ws: ExcelJS.Worksheet) => CellRect[] | null,
    private readonly orNull: boolean,
  ) {
    super(core);
  }
  resolve(): AreasTarget | null {
    const ws = this.worksheet.resolveSheet();
    if (!ws) {
      if (this.orNull) return null;
      throw ERR.invalidOperation('the worksheet is a null object');
    }
    const rects = this.locate(ws);
    if (!rects) {
      if (this.orNull) return null;
      throw ERR.itemNotFound('range areas');
    }
    return { ws, rects };
  }
  protected scalars() {
    return {
      address: (t: AreasTarget) => t.rects.map((r) => qualifiedAddress(t.ws.name, r)).join(','),
      areaCount: (t: AreasTarget) => t.rects.length,
      cellCount: (t: AreasTarget) => t.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0),
    };
  }
  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === 'format' ? (this.format as FakeClientObject<unknown>) : undefined;
  }
  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.core, () => this.resolve()));
  }
}

/** Parses getRanges' comma list at sync; a truncated list that no longer parses fails like Excel. */
export function areasLocator(core: FakeContextCore, address: string, sheetName: () => string): (ws: ExcelJS.Worksheet) => CellRect[] {
  const text = core.state.takeAddress(address);
  return (ws) => {
    core.state.requireApi('1.9', 'Worksheet.getRanges');
    const areas = parseAreas(text);
    if (!areas) throw ERR.invalidArgument(`address "${text.slice(0, 40)}…"`);
    for (const a of areas) if (a.sheet && a.sheet.toLowerCase() !== sheetName().toLowerCase()) throw ERR.invalidArgument('address on another sheet');
    void ws;
    return areas.map((a) => a.rect);
  };
}
