// Range.format and its children (fill, font, borders), shared by Range and RangeAreas.
// Every setter is a queued write over all cells of all areas; reads report one value when
// all cells agree and null when they differ, as Excel does.
import type ExcelJS from 'exceljs';
import type { CellRect } from '../../../src/domain/model/grid';
import { FakeClientObject, FakeContextCore } from './context';
import { ERR } from './errors';
import {
  BorderSide,
  charsToPoints,
  clearFill,
  pointsToChars,
  readFill,
  readFontName,
  writeAlignment,
  writeBorder,
  writeFill,
  writeFont,
  FontPatch,
} from './cells';

export interface AreasTarget {
  ws: ExcelJS.Worksheet;
  rects: CellRect[];
}

export type AreasResolver = () => AreasTarget | null;

export function eachCell(t: AreasTarget, fn: (row: number, col: number) => void): void {
  for (const r of t.rects) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(row, col);
}

function uniform<V>(t: AreasTarget, get: (row: number, col: number) => V): V | null {
  let first: V | undefined;
  let seen = false;
  let same = true;
  eachCell(t, (row, col) => {
    if (!same) return;
    const v = get(row, col);
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first) same = false;
  });
  return same && seen ? (first as V) : null;
}

abstract class FormatPart<T> extends FakeClientObject<T> {
  constructor(
    core: FakeContextCore,
    protected readonly areas: AreasResolver,
  ) {
    super(core);
  }
  /** Writes on a protected sheet fail at sync with AccessDenied. */
  protected writeCells(payload: unknown, fn: (ws: ExcelJS.Worksheet, row: number, col: number) => void): void {
    this.write(payload, () => {
      const t = this.areas();
      if (!t) throw ERR.invalidOperation('the range is a null object');
      this.core.state.assertWritable(t.ws);
      eachCell(t, (row, col) => fn(t.ws, row, col));
    });
  }
}

export class FakeRangeFill extends FormatPart<AreasTarget> {
  resolve(): AreasTarget | null {
    return this.areas();
  }
  protected scalars() {
    return {
      color: (t: AreasTarget) => uniform(t, (r, c) => readFill(t.ws, r, c).color),
      pattern: (t: AreasTarget) => uniform(t, (r, c) => readFill(t.ws, r, c).pattern),
    };
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.writeCells({ color: v }, (ws, r, c) => writeFill(ws, r, c, { color: v }));
  }
  get pattern(): string {
    return this.read('pattern');
  }
  clear(): void {
    this.writeCells({ clear: 'fill' }, (ws, r, c) => clearFill(ws, r, c));
  }
}

export class FakeRangeFont extends FormatPart<AreasTarget> {
  resolve(): AreasTarget | null {
    return this.areas();
  }
  protected scalars() {
    return { name: (t: AreasTarget) => uniform(t, (r, c) => readFontName(t.ws, r, c)) };
  }
  private patch(p: FontPatch): void {
    this.writeCells(p, (ws, r, c) => writeFont(ws, r, c, p));
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.patch({ name: v });
  }
  set size(v: number) {
    this.patch({ size: v });
  }
  set bold(v: boolean) {
    this.patch({ bold: v });
  }
  set italic(v: boolean) {
    this.patch({ italic: v });
  }
  set underline(v: string) {
    this.patch({ underline: v });
  }
  set color(v: string) {
    this.patch({ color: v });
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;
type EdgeName = (typeof EDGES)[number];

/** Which sides of which cells an edge name touches, within one rectangle. */
function edgeCells(edge: EdgeName, r: CellRect, emit: (row: number, col: number, side: BorderSide) => void): void {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      if (edge === 'EdgeTop' && row === r.top) emit(row, col, 'top');
      if (edge === 'EdgeBottom' && row === r.bottom) emit(row, col, 'bottom');
      if (edge === 'EdgeLeft' && col === r.left) emit(row, col, 'left');
      if (edge === 'EdgeRight' && col === r.right) emit(row, col, 'right');
      if (edge === 'InsideHorizontal' && row < r.bottom) emit(row, col, 'bottom');
      if (edge === 'InsideHorizontal' && row > r.top) emit(row, col, 'top');
      if (edge === 'InsideVertical' && col < r.right) emit(row, col, 'right');
      if (edge === 'InsideVertical' && col > r.left) emit(row, col, 'left');
    }
  }
}

export class FakeRangeBorder extends FormatPart<AreasTarget> {
  private styleValue = 'Continuous';
  private weightValue: 'Thin' | 'Medium' | 'Hairline' | 'Thick' = 'Thin';
  constructor(
    core: FakeContextCore,
    areas: AreasResolver,
    private readonly edge: EdgeName,
  ) {
    super(core, areas);
  }
  resolve(): AreasTarget | null {
    return this.areas();
  }
  protected scalars() {
    return {};
  }
  private apply(): void {
    const style = this.styleValue;
    const weight = style === 'None' ? null : this.weightValue === 'Medium' || this.weightValue === 'Thick' ? 'medium' : 'thin';
    const edge = this.edge;
    this.write({ edge, style, weight }, () => {
      const t = this.areas();
      if (!t) throw ERR.invalidOperation('the range is a null object');
      this.core.state.assertWritable(t.ws);
      for (const r of t.rects) edgeCells(edge, r, (row, col, side) => writeBorder(t.ws, row, col, side, weight));
    });
  }
  set style(v: string) {
    this.styleValue = v;
    this.apply();
  }
  set weight(v: 'Thin' | 'Medium' | 'Hairline' | 'Thick') {
    this.weightValue = v;
    this.apply();
  }
  set color(v: string) {
    // Colour is recorded as a write for payload purposes; the double keeps borders black.
    this.write({ edge: this.edge, color: v }, () => undefined);
  }
}

export class FakeRangeBorders extends FormatPart<AreasTarget> {
  private readonly items = new Map<string, FakeRangeBorder>();
  resolve(): AreasTarget | null {
    return this.areas();
  }
  protected scalars() {
    return {};
  }
  getItem(index: string): FakeRangeBorder {
    if (!(EDGES as readonly string[]).includes(index)) throw ERR.invalidArgument(`border ${index}`);
    let b = this.items.get(index);
    if (!b) {
      b = new FakeRangeBorder(this.core, this.areas, index as EdgeName);
      this.items.set(index, b);
    }
    return b;
  }
}

export class FakeRangeFormat extends FormatPart<AreasTarget> {
  private fillProxy?: FakeRangeFill;
  private fontProxy?: FakeRangeFont;
  private bordersProxy?: FakeRangeBorders;

  resolve(): AreasTarget | null {
    return this.areas();
  }
  protected scalars() {
    return {
      wrapText: (t: AreasTarget) => uniform(t, (r, c) => Boolean(t.ws.findCell(r + 1, c + 1)?.alignment?.wrapText)),
      columnWidth: (t: AreasTarget) => {
        const cols = new Set<number>();
        for (const r of t.rects) for (let c = r.left; c <= r.right; c++) cols.add(c);
        const widths = [...cols].map((c) => charsToPoints(t.ws.getColumn(c + 1).width ?? 9.140625));
        return widths.every((w) => w === widths[0]) ? widths[0] : null;
      },
      rowHeight: (t: AreasTarget) => {
        const hs = t.rects.flatMap((r) => range(r.top, r.bottom).map((row) => t.ws.findRow(row + 1)?.height ?? 15));
        return hs.every((h) => h === hs[0]) ? hs[0] : null;
      },
    };
  }
  protected override child(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'fill') return this.fill as FakeClientObject<unknown>;
    if (name === 'font') return this.font as FakeClientObject<unknown>;
    return undefined;
  }
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.core, this.areas));
  }
  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.core, this.areas));
  }
  get borders(): FakeRangeBorders {
    return (this.bordersProxy ??= new FakeRangeBorders(this.core, this.areas));
  }
  set horizontalAlignment(v: string) {
    this.writeCells({ horizontalAlignment: v }, (ws, r, c) => writeAlignment(ws, r, c, { horizontal: v }));
  }
  set verticalAlignment(v: string) {
    this.writeCells({ verticalAlignment: v }, (ws, r, c) => writeAlignment(ws, r, c, { vertical: v }));
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(v: boolean) {
    this.writeCells({ wrapText: v }, (ws, r, c) => writeAlignment(ws, r, c, { wrapText: v }));
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  /** Points, as Office.js takes them; stored in ExcelJS character units. */
  set columnWidth(points: number) {
    this.write({ columnWidth: points }, () => {
      const t = this.target();
      this.core.state.assertWritable(t.ws);
      for (const r of t.rects) for (let c = r.left; c <= r.right; c++) t.ws.getColumn(c + 1).width = pointsToChars(points);
    });
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(points: number) {
    this.write({ rowHeight: points }, () => {
      // Excel's rows are 0 to 409 points ("Excel specifications and limits").
      if (!(points >= 0 && points <= 409)) throw ERR.invalidArgument(`rowHeight ${points}: rows are 0 to 409 points`);
      const t = this.target();
      this.core.state.assertWritable(t.ws);
      for (const r of t.rects) for (let row = r.top; row <= r.bottom; row++) t.ws.getRow(row + 1).height = points;
    });
  }
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}
