// A status sheet's own legend decides what some cells mean. Offices that mark met cells with
// "x" often write "x: đạt; để trống: chưa đạt" under the table (the official summary's own note);
// tables meant to be summed with SUM() write "1: đạt; 0: chưa đạt"; a few mark the unmet cells
// ("x: chưa đạt; để trống: đạt"). Without such a note a blank
// cell is "no status yet" (reported missing) and a bare 1 or 0 is a number, not a verdict.
import type { CellValue, SheetData } from '../model/grid';
import { CellRef } from '../model/program';
import type { FindingSink } from '../rules/finding-sink';
import { foldKey } from '../text/normalize';
import { memoText } from '../text/memo';
import type { CellReading } from './status-cell';

/** "để trống: chưa đạt", "ô trống là chưa đạt", "(trống) = chưa đạt", "bỏ trống - không đạt". */
const BLANK_UNMET_RE = /\btrong\s*(?:\)|\])?\s*(?::|=|-|–|la|:\s*la)?\s*(?:chua dat|khong dat)\b/;
/** Cheap test before folding: the note has "trống" (any case, composed or not) or "trong". */
const MAY_SAY_BLANK = /tr(?:o|ô|ố|ồ|ổ|ỗ|ộ|ó|ò|ỏ|õ|ọ)/i;
/** "1: đạt", "1 là đạt", "Đạt = 1" (not "Chưa đạt = 1"). */
const ONE_MET_RE = /(?<![\w.,])1\s*(?::|=|-|–|la)\s*(?:da\s+)?dat\b|(?<!(?:chua|khong)\s)\bdat\s*(?::|=|-|–|la)\s*1(?![\d.,])/;
/** "0: chưa đạt", "0 là không đạt", "Chưa đạt = 0". */
const ZERO_UNMET_RE = /(?<![\w.,])0\s*(?::|=|-|–|la)\s*(?:chua|khong)\s+dat\b|\b(?:chua|khong)\s+dat\s*(?::|=|-|–|la)\s*0(?![\d.,])/;

/** "x: chưa đạt", "x - không đạt": marks the unmet cells, not the met ones (the blanks are then met). */
const X_UNMET_RE = /(?<![a-z0-9])x\s*(?::|=|-|–|la)\s*(?:chua|khong)\s+dat\b/;
/** "để trống: đạt", "ô trống là đạt". */
const BLANK_MET_RE = /\btrong\s*(?:\)|\])?\s*(?::|=|-|–|la|:\s*la)?\s*dat\b/;

/** Indicator names have an "x" ("xã", "xây dựng") and repeat on every sheet of a matrix split
 * by province: each is folded once. */
const foldCached = memoText(foldKey);

interface Place {
  row: number;
  col: number;
}

/** The cell (row, col) holding a legend that says a blank cell is not met, if the sheet has one. */
export function blankMeansUnmet(sheet: SheetData): Place | undefined {
  return findLegends(sheet).blank;
}

/** Legends of the sheet, found in one pass: status cells are short words, a legend is longer text. */
interface Legends {
  blank?: Place;
  one?: Place;
  zero?: boolean;
  /** "x: chưa đạt" (and whether the note says blanks are met). */
  xUnmet?: Place;
  blankMet?: boolean;
}

function findLegends(sheet: SheetData): Legends {
  const out: Legends = {};
  // The last text found to be no legend: a table repeats "Chưa đạt" in most rows. Still none later,
  // when fewer legends are left to look for.
  let noLegend: string | undefined;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.length < 7 || v === noLegend) continue;
      const blank = !out.blank && v.length >= 12 && MAY_SAY_BLANK.test(v);
      const ones = !out.one && v.includes('1');
      const xs = !out.xUnmet && /x/i.test(v);
      if (!blank && !ones && !xs) {
        noLegend = v;
        continue;
      }
      const f = foldCached(v);
      if (xs && X_UNMET_RE.test(f)) {
        out.xUnmet = { row: r, col: c };
        out.blankMet = BLANK_MET_RE.test(f);
        continue;
      }
      const isBlank = blank && BLANK_UNMET_RE.test(f);
      const isOne = ones && ONE_MET_RE.test(f);
      if (isBlank) out.blank = { row: r, col: c };
      if (isOne) {
        out.one = { row: r, col: c };
        out.zero = ZERO_UNMET_RE.test(f);
      }
      if (!isBlank && !isOne) noLegend = v;
      if (out.blank && out.one) return out;
    }
  }
  return out;
}

/** The reading of a blank cell on a sheet whose legend says blank is not met. */
export const UNMET_BY_LEGEND: CellReading = { present: true, achieved: false };
const MET_BY_LEGEND: CellReading = { present: true, achieved: true };

/** Empty, not a dash: a dash means "not applicable" whatever the legend says. */
export function isBlankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Reads the cells a sheet's legend explains, and says once per sheet how many it read so. */
export class SheetLegend {
  private readonly blank?: Place;
  private readonly one?: Place;
  private readonly zero: boolean;
  private readonly xUnmet?: Place;
  private readonly blankMet: boolean;
  readonly any: boolean;
  private blanks = 0;
  private ones = 0;
  private zeros = 0;
  private xs = 0;
  private blankMets = 0;

  constructor(private readonly sheet: SheetData) {
    const found = findLegends(sheet);
    this.blank = found.blank;
    this.one = found.one;
    this.zero = found.zero ?? false;
    this.xUnmet = found.xUnmet;
    this.blankMet = found.blankMet ?? false;
    this.any = Boolean(this.blank || this.one || this.xUnmet);
  }

  /** The legend gives a blank cell a verdict ("để trống: chưa đạt" / "để trống: đạt"). */
  get readsBlanks(): boolean {
    return Boolean(this.blank || (this.xUnmet && this.blankMet));
  }

  /** The legend's reading of a cell, or undefined when the legend says nothing about it. */
  read(v: CellValue | undefined): CellReading | undefined {
    if (this.xUnmet) {
      if (typeof v === 'string' && v.trim().toLowerCase() === 'x') {
        this.xs++;
        return UNMET_BY_LEGEND;
      }
      if (this.blankMet && isBlankCell(v)) {
        this.blankMets++;
        return MET_BY_LEGEND;
      }
    }
    if (this.blank && isBlankCell(v)) {
      this.blanks++;
      return UNMET_BY_LEGEND;
    }
    if (this.one) {
      if (v === 1 || (typeof v === 'string' && v.trim() === '1')) {
        this.ones++;
        return MET_BY_LEGEND;
      }
      if (this.zero && (v === 0 || (typeof v === 'string' && v.trim() === '0'))) {
        this.zeros++;
        return UNMET_BY_LEGEND;
      }
    }
    return undefined;
  }

  report(sink: FindingSink): void {
    if (this.xUnmet && this.xs + this.blankMets) {
      sink.add('status.mark-legend', 'info', new CellRef(this.sheet.name, this.xUnmet.row, this.xUnmet.col), {
        vi: `Theo ghi chú của trang, ${this.xs} ô ghi "x" được hiểu là chưa đạt` + (this.blankMet ? ` và ${this.blankMets} ô để trống là đạt.` : '.'),
        en: `As the sheet's own note says, ${this.xs} cell(s) marked "x" are read as not met` + (this.blankMet ? ` and ${this.blankMets} blank cell(s) as met.` : '.'),
      }, { found: String(this.xs + this.blankMets), keyHint: this.sheet.name });
    }
    if (this.blank && this.blanks) {
      sink.add('status.blank-unmet', 'info', new CellRef(this.sheet.name, this.blank.row, this.blank.col), {
        vi: `Theo ghi chú của trang, ${this.blanks} ô để trống được hiểu là chưa đạt.`,
        en: `As the sheet's own note says, ${this.blanks} blank cell(s) are read as not met.`,
      }, { found: String(this.blanks), keyHint: this.sheet.name });
    }
    if (this.one && this.ones + this.zeros) {
      sink.add('status.numeric-legend', 'info', new CellRef(this.sheet.name, this.one.row, this.one.col), {
        vi: `Theo ghi chú của trang, ${this.ones} ô ghi 1 được hiểu là đạt` + (this.zero ? ` và ${this.zeros} ô ghi 0 là chưa đạt.` : '.'),
        en: `As the sheet's own note says, ${this.ones} cell(s) holding 1 are read as met` + (this.zero ? ` and ${this.zeros} holding 0 as not met.` : '.'),
      }, { found: String(this.ones + this.zeros), keyHint: this.sheet.name });
    }
  }
}
