// The readers' StatusEntry: small, since a national table has 470,000 of them and all of them live
// through the whole check (each one promoted by the garbage collector, so each byte costs twice).
// What a row's (or a column's) entries share sits in one StatusLine; the dated fields few entries
// have sit in a StatusExtra made only when one is set; the entry is its own source cell.
import type { IsoDate } from './dates';
import type { Deadline, SourceRef, StatusEntry } from './program';
import { toA1 } from './address';

/** What the statuses read from one line of a sheet share: a matrix row's code for every commune,
 * a "theo xã" table's column, a long table's row. */
export class StatusLine {
  constructor(
    readonly sheet: string,
    readonly setId: string,
    readonly code: string,
    readonly qualifier: string | undefined,
    readonly norm: string | undefined,
    readonly writtenName: string | undefined,
    readonly codeSource: SourceRef | undefined,
  ) {}
}

/** The fields of a status that carries a date, or whose verdict the engine changed. */
class StatusExtra {
  expected: Deadline | undefined = undefined;
  expectedSource: SourceRef | undefined = undefined;
  achievedOn: IsoDate | undefined = undefined;
  metAfterAsOf: boolean | undefined = undefined;
  typedVerdict: boolean | undefined = undefined;
}

export interface StatusDates {
  expected?: Deadline;
  expectedSource?: SourceRef;
  achievedOn?: IsoDate;
}

/**
 * One status cell. It is also its own SourceRef (sheet, row, column; the A1 address written only
 * when asked) and, in the evaluation, its own indicator result (`entry` is itself): neither needs
 * an object of its own per cell.
 */
export class CellStatus implements StatusEntry, SourceRef {
  private extra: StatusExtra | undefined = undefined;

  constructor(
    readonly line: StatusLine,
    readonly communeKey: string,
    public achieved: boolean | undefined,
    readonly value: number | undefined,
    readonly percent: boolean | undefined,
    readonly row: number,
    readonly col: number,
    dates?: StatusDates,
  ) {
    if (dates && (dates.expected || dates.expectedSource || dates.achievedOn)) {
      const x = (this.extra = new StatusExtra());
      x.expected = dates.expected;
      x.expectedSource = dates.expectedSource;
      x.achievedOn = dates.achievedOn;
    }
  }

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
    (this.extra ??= new StatusExtra()).metAfterAsOf = v;
  }
  get typedVerdict(): boolean | undefined {
    return this.extra?.typedVerdict;
  }
  set typedVerdict(v: boolean | undefined) {
    (this.extra ??= new StatusExtra()).typedVerdict = v;
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
