// Rows and columns the office hid. What they hold is still read (a filter hides rows that are
// data; rows of a sheet an autofilter filters now are never taken as set aside), except content that could not be read anyway: an old commune's column, an indicator row
// of a former set. There, the office's own hiding says "no longer used": the content is set aside
// with an info finding instead of an error that would fail the check (probe 9-a, variant 2).
import type { WorkbookData } from '../model/grid';
import type { SourceRef } from '../model/program';
import { columnLetters, parseA1 } from '../model/address';
import type { FindingSink } from '../rules/finding-sink';

interface SheetHidden {
  rows: Set<number>;
  cols: Set<number>;
}

export class HiddenCells {
  private constructor(private readonly bySheet: Map<string, SheetHidden>) {}

  /** Undefined when no sheet has a hidden row or column (the usual case costs nothing). */
  static of(wb: WorkbookData): HiddenCells | undefined {
    const bySheet = new Map<string, SheetHidden>();
    for (const s of wb.sheets) {
      // Rows a filter hides are data out of view, not rows the office set aside.
      const rows = s.filtered ? [] : (s.hiddenRows ?? []);
      if (!rows.length && !s.hiddenCols?.length) continue;
      bySheet.set(s.name, { rows: new Set(rows), cols: new Set(s.hiddenCols ?? []) });
    }
    return bySheet.size ? new HiddenCells(bySheet) : undefined;
  }

  row(sheet: string, row: number): boolean {
    return this.bySheet.get(sheet)?.rows.has(row) ?? false;
  }

  col(sheet: string, col: number): boolean {
    return this.bySheet.get(sheet)?.cols.has(col) ?? false;
  }

  /** Whether the cell's row is hidden. */
  rowOf(ref: SourceRef): boolean {
    const at = position(ref);
    return at !== undefined && this.row(ref.sheet, at.row);
  }

  /** Whether the cell's column is hidden. */
  colOf(ref: SourceRef): boolean {
    const at = position(ref);
    return at !== undefined && this.col(ref.sheet, at.col);
  }
}

/** The 0-based row of a reference. */
export function refRow(ref: SourceRef): number | undefined {
  return position(ref)?.row;
}

function position(ref: SourceRef): { row: number; col: number } | undefined {
  if (ref.row !== undefined && ref.col !== undefined) return { row: ref.row, col: ref.col };
  return parseA1(ref.cell);
}

/** The info said for hidden content that is not read: where it is, and what it holds. */
export function reportHiddenSetAside(sink: FindingSink, ref: SourceRef, what: { vi: string; en: string }, line: 'row' | 'column', keyHint: string): void {
  const at = position(ref);
  const where = !at
    ? { vi: 'Ô ẩn', en: 'A hidden cell' }
    : line === 'row'
      ? { vi: `Dòng ${at.row + 1} đang ẩn`, en: `Row ${at.row + 1} is hidden` }
      : { vi: `Cột ${columnLetters(at.col)} đang ẩn`, en: `Column ${columnLetters(at.col)} is hidden` };
  sink.add('read.hidden-set-aside', 'info', ref, {
    vi: `${where.vi} và ${what.vi}: không đọc. Bỏ ẩn và sửa nếu nội dung này vẫn còn dùng.`,
    en: `${where.en} and ${what.en}: not read. Unhide and correct it if it is still in use.`,
  }, { keyHint });
}
