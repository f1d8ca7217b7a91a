// Reads one status cell: met, not met, a measured value, blank, or unreadable (reported).
import type { CellValue } from '../model/grid';
import type { SourceRef } from '../model/program';
import { cellStatus, type CellStatus, type StatusDates, type StatusLine } from '../model/cell-status';
import { parseStatusCell } from '../parse/status-values';
import type { ReadContext } from './read-context';

export interface CellReading {
  /** False for a blank cell: no status at all. */
  present: boolean;
  achieved?: boolean;
  value?: number;
  /** The value was written with "%" ("0,8%"): already in percent, never a fraction. */
  percent?: boolean;
}

const BLANK: CellReading = { present: false };
const MET: CellReading = { present: true, achieved: true };
const UNMET: CellReading = { present: true, achieved: false };
const UNREADABLE: CellReading = { present: true };

function withValue(achieved: boolean, value: number, percent: boolean | undefined): CellReading {
  return percent ? { present: true, achieved, value, percent: true } : { present: true, achieved, value };
}

export interface CellContext {
  at: SourceRef;
  communeKey: string;
  communeName: string;
  setId: string;
  code: string;
}

/**
 * The reading of a cell that reads, or undefined for an unreadable one (readStatusValue says it).
 * Shared constant readings for the common cases: no allocation per cell, and no CellContext
 * built for the hundreds of thousands of cells of a matrix that read.
 */
export function statusReading(value: CellValue): CellReading | undefined {
  if (value === null) return BLANK;
  const p = parseStatusCell(value);
  switch (p.kind) {
    case 'blank':
      return BLANK;
    // "Đạt (85%)", "Chưa đạt - 60%": the verdict with its measured value, which the threshold judges too.
    case 'met':
      return p.value === undefined ? MET : withValue(true, p.value, p.percent);
    case 'unmet':
      return p.value === undefined ? UNMET : withValue(false, p.value, p.percent);
    case 'value':
      return p.percent ? { present: true, value: p.value, percent: true } : { present: true, value: p.value };
    default:
      return undefined;
  }
}

/** Like statusReading; an unreadable cell is reported at `where`. */
export function readStatusValue(ctx: ReadContext, value: CellValue, where: CellContext): CellReading {
  const reading = statusReading(value);
  if (reading) return reading;
  const p = parseStatusCell(value);
  ctx.sink.add('status.unreadable', 'error', where.at, {
    vi: `Không đọc được kết quả "${p.raw}" của ${where.communeName}, mã ${where.code}.` + (p.problem ? ` ${p.problem.vi}` : ''),
    en: `Cannot read the status "${p.raw}" of ${where.communeName}, code ${where.code}.` + (p.problem ? ` ${p.problem.en}` : ''),
  }, { commune: where.communeKey, indicator: where.code, setId: where.setId, found: p.raw, expected: 'Đạt / Chưa đạt / x / để trống / số liệu' });
  return UNREADABLE;
}

/** A status of `line` read at (row, col): one CellStatus, nothing else allocated per cell. */
export function makeEntry(line: StatusLine, communeKey: string, reading: CellReading, row: number, col: number, dates?: StatusDates): CellStatus {
  return cellStatus(line, communeKey, reading.achieved, reading.value, reading.percent, row, col, dates);
}
