// What the readers extract from the sheets: the program's records, each with its source cell.
import type { IsoDate } from './dates';

export interface SourceRef {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  /** 0-based position when known (readers set it; saves parsing the address back). */
  readonly row?: number;
  readonly col?: number;
}

/**
 * The readers' SourceRef: keeps row and column and writes the A1 address only when asked,
 * since most of the 470,000 rows of a national table never need it.
 */
export class CellRef implements SourceRef {
  constructor(readonly sheet: string, readonly row: number, readonly col: number) {}

  get cell(): string {
    let n = this.col + 1;
    let letters = '';
    while (n > 0) {
      const m = (n - 1) % 26;
      letters = String.fromCharCode(65 + m) + letters;
      n = Math.floor((n - 1) / 26);
    }
    return letters + String(this.row + 1);
  }

  toJSON(): { sheet: string; cell: string } {
    return { sheet: this.sheet, cell: this.cell };
  }
}

/** A code as written, resolved to criterion / indicator form. */
export interface CodeRef {
  /** "17" for a criterion, "17.5" for an indicator (zero padding removed: "17.08" → "17.8"). */
  code: string;
  /** Parenthesised qualifier kept as written: "17.10 (ngành Y tế)" → "ngành Y tế". */
  qualifier?: string;
  /** The text the code came from. */
  raw: string;
}

/** A deadline parsed to a calendar date, or why it could not be. */
export interface Deadline {
  raw: string;
  /** Last day by which the item is due. */
  date?: IsoDate;
  /** Quarter label used in reports: "Quý III/2023". */
  label?: string;
  /** Why the text did not parse (missing when date is set). */
  problem?: string;
  /** The text gives a quarter, month or day without a year ("quý III", "6 tháng đầu năm"). */
  yearMissing?: boolean;
  /** "Thường xuyên", "Hàng năm": an ongoing task with no date to be late against (no problem either). */
  ongoing?: boolean;
}

export type CommuneKind = 'xa' | 'thi-tran' | 'phuong';

export interface Commune {
  /** Matching key: NFC, lower case, accents kept, prefix removed, kind in front ("xa:tan son"). */
  key: string;
  /** Name without administrative prefix, as first written ("Tân Sơn"). */
  name: string;
  kind: CommuneKind;
  /** Criteria set the commune is working towards, when known. */
  targetSet?: string;
  region?: string;
  /** Commune group of the 2026 - 2030 set ("1", "2", "3"), from the communes sheet. */
  group?: string;
  yearRecognized?: number;
  source?: SourceRef;
}

export interface Assignment {
  setId: string;
  codes: CodeRef[];
  content?: string;
  /** Canonical department ids. */
  leads: string[];
  coordinators: string[];
  /** Commune keys; empty means every commune of the set. */
  communes: string[];
  /** "Tất cả các xã trừ …": every commune of the set but these (and but the towns); the engine
   * turns it into `communes` once it knows the set's communes. */
  except?: { communes: string[]; towns: boolean };
  deadline?: Deadline;
  /** The deadline cell says the item is already met ("Đã đạt"): no deadline is missing. */
  deadlineSaysMet?: boolean;
  note?: string;
  /** Codes written twice in the row's code cell ("tiêu chí số 9; … tiêu chí số 9"). */
  repeatedCodes?: string[];
  /** Criterion name written next to the codes ("1,2,4. Thủy lợi…"), checked against the codes. */
  writtenName?: string;
  /** The criteria cited as parents and the names written with them ("thuộc tiêu chí số 17 về Môi
   * trường"), one per clause of the cell. */
  parents?: { code: string; writtenName?: string }[];
  /** The part of a general row ("Tất cả các tiêu chí") for codes other rows lead: its departments
   * support them; its deadline is not judged again. */
  supportOnly?: boolean;
  /** A row for the codes already met ("Các tiêu chí, chỉ tiêu đã đạt", seed 002: keep them up), as
   * written: once results are known it keeps only the codes met (rules/met-rows.ts). */
  metRow?: string;
  /** Cells of the row: code, lead, deadline, communes. */
  source: { row: SourceRef; code?: SourceRef; lead?: SourceRef; coordinators?: SourceRef; deadline?: SourceRef; communes?: SourceRef };
}

export interface StatusEntry {
  communeKey: string;
  setId: string;
  code: string;
  qualifier?: string;
  /** true Đạt, false Chưa đạt, undefined blank / unreadable. */
  achieved?: boolean;
  /** Measured value when the cell held a number or a percentage. */
  value?: number;
  /** The value was written with "%" ("0,8%"): in percent already, never a fraction to scale. */
  percent?: boolean;
  expected?: Deadline;
  achievedOn?: IsoDate;
  /** Typed "Đạt" but met after the report date (`achievedOn`): counted unmet as of that date. */
  metAfterAsOf?: boolean;
  /** The verdict as typed, when the engine counts another (a value below the norm, a date after
   * the report date): checks of what is typed compare this one. */
  typedVerdict?: boolean;
  /** Norm written on the row ("≥ 70%"), which beats the catalog's threshold. */
  norm?: string;
  /** Name written with the code on a status row, checked against the code. */
  writtenName?: string;
  source: SourceRef;
  /** Cell of the expected-quarter value, for highlighting. */
  expectedSource?: SourceRef;
  /** Cell the code was read from: code findings point there, not at the verdict (shared by a
   * matrix row's communes). */
  codeSource?: SourceRef;
}
