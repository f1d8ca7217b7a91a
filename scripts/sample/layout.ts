// A sheet as rows plus the office formatting hints the xlsx writer turns into styles.
import type { CellRect, CellValue, SheetData } from '../../src/domain/model/grid';

/** What a row is, which decides its look: title lines, header, section band, criterion group, body. */
export type RowKind = 'title' | 'subtitle' | 'blank' | 'header' | 'section' | 'group' | 'body' | 'note';

export interface StyledSheet {
  name: string;
  rows: CellValue[][];
  kinds: RowKind[];
  merges: CellRect[];
  /** Column widths in Excel character units. */
  widths: number[];
  /** Columns centred in body rows (codes, verdicts, dates). */
  centered: number[];
  /** Rows and columns kept visible when scrolling (0-based counts). */
  freeze: { rows: number; cols: number };
  landscape: boolean;
}

/** Appends rows while recording their kind and merges; the table width fixes the title merges. */
export class SheetBuilder {
  readonly rows: CellValue[][] = [];
  readonly kinds: RowKind[] = [];
  readonly merges: CellRect[] = [];

  constructor(readonly width: number) {}

  get next(): number {
    return this.rows.length;
  }

  add(kind: RowKind, cells: CellValue[]): number {
    this.rows.push(cells);
    this.kinds.push(kind);
    return this.rows.length - 1;
  }

  /** A line of text merged across the table width (titles, section bands). */
  addMerged(kind: RowKind, text: string, from = 0): number {
    const cells: CellValue[] = [];
    cells[from] = text;
    for (let c = 0; c < from; c++) cells[c] = null;
    const r = this.add(kind, cells);
    this.merges.push({ top: r, left: from, bottom: r, right: this.width - 1 });
    return r;
  }

  /** A section band: label in the first column, text merged over the rest. */
  addBand(kind: RowKind, label: string | null, text: string): number {
    const r = this.add(kind, [label, text]);
    this.merges.push({ top: r, left: 1, bottom: r, right: this.width - 1 });
    return r;
  }

  build(name: string, opts: Omit<StyledSheet, 'name' | 'rows' | 'kinds' | 'merges'>): StyledSheet {
    return { name, rows: this.rows, kinds: this.kinds, merges: this.merges, ...opts };
  }
}

/** The title block every sheet of the sample opens with. */
export function addTitleBlock(b: SheetBuilder, title: string, subtitle?: string): void {
  b.addMerged('title', 'ỦY BAN NHÂN DÂN HUYỆN TRÀ CÚ');
  b.addMerged('title', title);
  if (subtitle) b.addMerged('subtitle', subtitle);
  b.add('blank', []);
}

export function toSheetData(s: StyledSheet): SheetData {
  return { name: s.name, rows: s.rows.map((r) => Array.from(r, (v) => (v === undefined ? null : v))), merges: s.merges };
}
