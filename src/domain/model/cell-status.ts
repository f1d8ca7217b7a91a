// The readers' StatusEntry: small, since a national table has 470,000 of them and all of them live
// through the whole check. What a row's (or a column's) entries share sits in one StatusLine; the
// dated fields few entries have sit in a StatusExtra made only when one is set; the entry is its
// own source cell and its own indicator result.
import type { IsoDate } from './dates';
import type { Deadline, SourceRef, StatusEntry } from './program';
import { toA1 } from './address';

/** What the statuses read from one line of a sheet share: a matrix row's code for every commune,
 * a "theo xã" table's column, a long table's row. */
export interface StatusLine {
  readonly sheet: string;
  readonly setId: string;
  readonly code: string;
  readonly qualifier: string | undefined;
  readonly norm: string | undefined;
  readonly writtenName: string | undefined;
  readonly codeSource: SourceRef | undefined;
}

/** A StatusLine, as an object literal: a long table has one per row, and a literal's long-lived
 * objects are pretenured (see cellStatus). */
export function statusLine(sheet: string, setId: string, code: string, qualifier: string | undefined, norm: string | undefined, writtenName: string | undefined, codeSource: SourceRef | undefined): StatusLine {
  return { sheet, setId, code, qualifier, norm, writtenName, codeSource };
}

/** The fields of a status that carries a date, or whose verdict the engine changed. */
interface StatusExtra {
  expected: Deadline | undefined;
  expectedSource: SourceRef | undefined;
  achievedOn: IsoDate | undefined;
  metAfterAsOf: boolean | undefined;
  typedVerdict: boolean | undefined;
}

/** An object literal, like the statuses (a long table has one per unmet row). */
function statusExtra(dates: StatusDates = {}): StatusExtra {
  return { expected: dates.expected, expectedSource: dates.expectedSource, achievedOn: dates.achievedOn, metAfterAsOf: undefined, typedVerdict: undefined };
}

export interface StatusDates {
  expected?: Deadline;
  expectedSource?: SourceRef;
  achievedOn?: IsoDate;
}

/**
 * One status cell. It is also its own SourceRef (sheet, row, column; the A1 address written only
 * when asked) and, in the evaluation, its own indicator result (`entry` is itself): neither needs
 * an object of its own per cell. Made by cellStatus() only.
 */
export class CellStatus implements StatusEntry, SourceRef {
  declare readonly line: StatusLine;
  declare readonly communeKey: string;
  declare achieved: boolean | undefined;
  declare readonly value: number | undefined;
  declare readonly percent: boolean | undefined;
  declare readonly row: number;
  declare readonly col: number;
  declare private extra: StatusExtra | undefined;

  private constructor() {}

  get setId(): string {
    return this.line.setId;
  }
  get code(): string {
    return this.line.code;
  }
  get qualifier(): string | undefined {
    return this.line.qualifier;
  }
  get norm(): string | undefined {
    return this.line.norm;
  }
  get writtenName(): string | undefined {
    return this.line.writtenName;
  }
  get codeSource(): SourceRef | undefined {
    return this.line.codeSource;
  }
  get expected(): Deadline | undefined {
    return this.extra?.expected;
  }
  get expectedSource(): SourceRef | undefined {
    return this.extra?.expectedSource;
  }
  get achievedOn(): IsoDate | undefined {
    return this.extra?.achievedOn;
  }
  get metAfterAsOf(): boolean | undefined {
    return this.extra?.metAfterAsOf;
  }
  set metAfterAsOf(v: boolean | undefined) {
    (this.extra ??= statusExtra()).metAfterAsOf = v;
  }
  get typedVerdict(): boolean | undefined {
    return this.extra?.typedVerdict;
  }
  set typedVerdict(v: boolean | undefined) {
    (this.extra ??= statusExtra()).typedVerdict = v;
  }

  get source(): SourceRef {
    return this;
  }
  get sheet(): string {
    return this.line.sheet;
  }
  get cell(): string {
    return toA1(this.row, this.col);
  }
  /** As an indicator result (see evaluate): the status behind it is itself. */
  get entry(): CellStatus {
    return this;
  }

  /** As a SourceRef, like CellRef. */
  toJSON(): { sheet: string; cell: string } {
    return { sheet: this.sheet, cell: this.cell };
  }
}

/**
 * A CellStatus, made as an object literal rather than by `new`: V8 allocates the objects of a
 * literal whose objects survive straight in the old generation (pretenuring), never those of a
 * constructor, which each scavenge copies. Setting the prototype costs ~35 ns a status; copying
 * 470,000 twice cost more (national matrix check, min/median 627/702 ms with `new`, 566/618 so).
 */
export function cellStatus(line: StatusLine, communeKey: string, achieved: boolean | undefined, value: number | undefined, percent: boolean | undefined, row: number, col: number, dates?: StatusDates): CellStatus {
  const extra = dates && (dates.expected || dates.expectedSource || dates.achievedOn) ? statusExtra(dates) : undefined;
  return { __proto__: CellStatus.prototype, line, communeKey, achieved, value, percent, row, col, extra } as unknown as CellStatus;
}
