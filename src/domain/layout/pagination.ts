// Where a summary sheet's printed pages end, estimated from its plan, so the notes and the
// signature block under the table are never cut across two pages nor printed alone on the last
// one (an official document's signature must sit with the end of what it signs). xlsx has no
// "keep together": the fix is one manual page break above the table's last rows. A sheet short
// enough is fitted to one page instead and needs none (one-page.ts, paginate.ts); section
// headings get breaks of their own after this one (keep-headings.ts).
//
// An estimate, not a measure: rows without an explicit height take whatever height Excel or
// LibreOffice gives them, and the column unit depends on the workbook's Normal font. So the
// plan is paginated under several readings (VIEWS); a break is placed when any of them cuts
// the block, where it works in all of them.
import type { SheetPlan } from '../plan/sheet-plan';
import { LINE_HEIGHT } from './text-fit';
import type { ClosingBlock } from './types';

/** A4 (210 × 297 mm) in points. */
const A4 = { short: 595.28, long: 841.89 };
const POINTS_PER_INCH = 72;
/** Row height of Excel's Normal style, Calibri 11, which the written files keep (sheetFormatPr). */
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel's default column (8.43 characters and padding, 64 px) for a column the plan leaves unset. */
const DEFAULT_COLUMN_WIDTH = 9.140625;

/**
 * A column `w` width units wide, in points, as Excel shows the file: the unit is the widest digit
 * of the Normal style's font (Calibri 11: 7 px) and the file's width already includes the cell
 * padding, so px = trunc((256·w + trunc(128/7)) / 256 · 7) (ECMA-376 §18.3.1.13), 0.75 pt per px.
 */
export function excelColumnPoints(w: number): number {
  return Math.trunc(((256 * w + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
}

/** How one program may read the plan's widths and its rows without an explicit height. */
export interface PrintView {
  name: string;
  columnPoints: (w: number) => number;
  /** Height of a row the plan gives no height, from the largest font styled on it (0: none). */
  autoRow: (fontSize: number) => number;
  /** Height a row the plan sizes takes. */
  sizedRow: (points: number) => number;
}

/** LibreOffice keeps such rows at the default height (measured on 7.4: 15 pt whatever the font). */
const keptRow = (): number => DEFAULT_ROW_HEIGHT;
/**
 * Excel grows them to one line of their largest font (merged cells aside): the layout's line
 * height, 1.3 × size (text-fit.ts), in whole pixels and without the 3 pt the layout adds for
 * safety, never below the default; Times New Roman 12 → 15.75 pt, 14 → 18.75 pt, as Excel shows.
 */
const grownRow = (size: number): number => Math.max(DEFAULT_ROW_HEIGHT, Math.ceil((size * LINE_HEIGHT) / 0.75) * 0.75);
const asPlanned = (points: number): number => points;
/** LibreOffice lays rows out in whole 96-dpi pixels, rounding down (measured: 32 pt prints as 31.5). */
const wholePixels = (points: number): number => Math.floor(points / 0.75) * 0.75;
/** LibreOffice measures the unit with the font's digit unrounded: Calibri's (or Carlito's) is 5.55 pt. */
const libreColumnPoints = (w: number): number => w * 5.55;
/** LibreOffice without Calibri or Carlito (DejaVu Sans in its place, 7 pt per unit): a smaller page scale. */
const noCalibriColumnPoints = (w: number): number => w * 7;

export const VIEWS: readonly PrintView[] = [
  { name: 'excel', columnPoints: excelColumnPoints, autoRow: grownRow, sizedRow: asPlanned },
  { name: 'libreoffice', columnPoints: libreColumnPoints, autoRow: keptRow, sizedRow: wholePixels },
  { name: 'libreoffice without calibri', columnPoints: noCalibriColumnPoints, autoRow: keptRow, sizedRow: wholePixels },
];

/** Page size left for rows: scale from fitting the columns to the page width, height in row points. */
export function pageGeometry(plan: SheetPlan, view: PrintView): { scale: number; height: number } {
  const p = plan.print;
  const landscape = p.orientation === 'landscape';
  const paperWidth = landscape ? A4.long : A4.short;
  const paperHeight = landscape ? A4.short : A4.long;
  const m = p.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };
  // The plans write no header or footer text, so the rows use the page from margin to margin.
  const printableWidth = paperWidth - (m.left + m.right) * POINTS_PER_INCH;
  const printableHeight = paperHeight - (m.top + m.bottom) * POINTS_PER_INCH;
  const columns = Math.max(plan.columnWidths.length, plan.values[0]?.length ?? 0);
  let width = 0;
  for (let c = 0; c < columns; c++) {
    const w = plan.columnWidths[c];
    width += view.columnPoints(w !== undefined && w > 0 ? w : DEFAULT_COLUMN_WIDTH);
  }
  // Fit to one page wide shrinks, never enlarges.
  const scale = p.fitToWidth && width > printableWidth ? Math.floor((100 * printableWidth) / width) / 100 : 1;
  return { scale, height: printableHeight / scale };
}

/** Largest font size any styled range gives each row (0 where none does). */
function rowFontSizes(plan: SheetPlan): Float64Array {
  const out = new Float64Array(plan.values.length);
  // A table styles its columns one by one over the same rows: a style no larger than the one
  // just applied to the same rows changes nothing.
  let top = -1;
  let bottom = -1;
  let applied = 0;
  for (const { rect, style } of plan.styles) {
    const size = style.font?.size;
    if (!size) continue;
    if (rect.top === top && rect.bottom === bottom && size <= applied) continue;
    top = rect.top;
    bottom = rect.bottom;
    applied = size;
    const last = Math.min(rect.bottom, out.length - 1);
    for (let r = Math.max(0, rect.top); r <= last; r++) if (size > out[r]) out[r] = size;
  }
  return out;
}

/** Height of every row of the plan in points, as `view` reads it. */
export function rowHeights(plan: SheetPlan, view: PrintView, fonts: Float64Array = rowFontSizes(plan)): Float64Array {
  const out = new Float64Array(plan.values.length);
  // Rows take a few font sizes, in runs: the view is asked once per run.
  let font = -1;
  let auto = 0;
  for (let r = 0; r < out.length; r++) {
    if (fonts[r] !== font) {
      font = fonts[r];
      auto = view.autoRow(font);
    }
    out[r] = auto;
  }
  // Indexed: a for-of allocates an iterator result per row until the loop is optimized (a national commune sheet sizes 8,000 rows).
  for (let n = 0; n < plan.rowHeights.length; n++) {
    const { row, height } = plan.rowHeights[n];
    if (row < out.length && height > 0) out[row] = view.sizedRow(height);
  }
  return out;
}

/**
 * The plan as one view reads it: its rows' heights and its page. Pagination asks many questions
 * of one plan (one page? which break? each heading's candidate break): read once per plan.
 */
export interface PlanReading {
  view: PrintView;
  /** Height of every row, as rowHeights gives it. */
  h: Float64Array;
  /** Scale and page height, as pageGeometry gives them. */
  scale: number;
  page: number;
}

/** The plan as each of `views` reads it; the plan must not change while they are used. */
export function readPlan(plan: SheetPlan, views: readonly PrintView[] = VIEWS): PlanReading[] {
  const fonts = rowFontSizes(plan);
  const read: PlanReading[] = [];
  for (const view of views) {
    const { scale, height } = pageGeometry(plan, view);
    // Views that size rows alike (both LibreOffice readings) share one array of heights; read only.
    const alike = read.find((x) => x.view.autoRow === view.autoRow && x.view.sizedRow === view.sizedRow);
    read.push({ view, h: alike ? alike.h : rowHeights(plan, view, fonts), scale, page: height });
  }
  return read;
}

function sum(h: ArrayLike<number>, from: number, to: number): number {
  let s = 0;
  for (let r = from; r <= to; r++) s += h[r];
  return s;
}

/**
 * The first row of every printed page after the first, for rows of heights `h` on pages
 * `pageHeight` high: a row that does not fit starts a page, as do the manual breaks; from
 * the page after the repeated rows on, they take their height at the top of each page.
 */
export function pageStarts(
  h: ArrayLike<number>,
  pageHeight: number,
  repeat?: { first: number; last: number },
  breaks: readonly number[] = [],
): number[] {
  const titles = repeat ? sum(h, repeat.first, repeat.last) : 0;
  // The manual breaks in row order, walked with the rows (no lookup per row).
  const manual = breaks.length > 1 ? [...breaks].sort((a, b) => a - b) : breaks;
  let m = 0;
  const starts: number[] = [];
  let start = 0;
  let used = 0;
  for (let r = 0; r < h.length; r++) {
    while (m < manual.length && manual[m] < r) m++;
    // A hundredth of a point of slack: sums of decimal heights are not exact.
    if (r > start && (manual[m] === r || used + h[r] > pageHeight + 0.01)) {
      starts.push(r);
      start = r;
      used = repeat && r > repeat.last ? titles : 0;
    }
    used += h[r];
  }
  return starts;
}

/**
 * Rows a break may go above, in tiers tried in order. The rule: the block starts its page with
 * the table's last `keepWith` rows (the commune sheet's two total rows count among them, and a
 * section heading right above them joins them); up to twice as many when that spares a page
 * holding a single row, fewer when they do not fit with the block; only below row `after` (the
 * table's first row: never all of its rows; or a manual break higher up). A block too tall for
 * any of that: the notes and the signature without table rows; then the signature with the last
 * one or two note lines.
 */
function candidateTiers(block: ClosingBlock, after: number): number[][] {
  const carries: number[] = [];
  for (let k = block.keepWith; k <= 2 * block.keepWith; k++) carries.push(k);
  for (let k = block.keepWith - 1; k >= 1; k--) carries.push(k);
  // A section heading right above the first carried row goes with it.
  const headings = new Set(block.headings ?? []);
  const withHeading = (c: number): number => {
    while (headings.has(c - 1)) c--;
    return c;
  };
  const withTable = [...new Set(carries.map((k) => withHeading(block.tableEnd - k + 1)))].filter((c) => c > after);
  const noteLines = block.signature - 1 - block.notes;
  const notesOnly = noteLines > 0 && block.notes > after ? [block.notes] : [];
  const lastNotes: number[] = [];
  for (let j = Math.min(2, noteLines - 1); j >= 1; j--) lastNotes.push(block.signature - 1 - j);
  return [withTable, notesOnly, lastNotes];
}

interface Reading {
  h: Float64Array;
  page: number;
  titles: number;
  starts: number[];
}

/**
 * Whether a break above row `c` ends a page holding a single table row (or none): it looks
 * left over. A break where the view starts a page anyway ends a full page.
 */
function leavesLoneRow(x: Reading, c: number, firstBody: number): boolean {
  let p = 0;
  for (const s of x.starts) if (s < c) p = s;
  return c - Math.max(p, firstBody) < 2;
}

/**
 * The row a manual page break goes above so that the closing block prints whole and with the
 * end of the table, or undefined when no break is needed (it already does in every view, the
 * whole sheet on one page included) or none can help (a block taller than a page). `breaks`:
 * manual breaks higher up (the section headings', keep-headings.ts); this one goes below them.
 * `read`: the plan as `views` read it, when the caller has it already.
 */
export function closingBreak(
  plan: SheetPlan,
  block: ClosingBlock,
  views: readonly PrintView[] = VIEWS,
  breaks: readonly number[] = [],
  read: readonly PlanReading[] = readPlan(plan, views),
): number | undefined {
  const end = plan.values.length - 1;
  if (block.tableEnd >= end) return undefined;
  const repeat = plan.print.repeatRows;
  const readings: Reading[] = read.map(({ h, page }) => ({ h, page, titles: repeat ? sum(h, repeat.first, repeat.last) : 0, starts: pageStarts(h, page, repeat, breaks) }));
  // Cut or alone: some page starts after the table's last row, inside the block.
  if (!readings.some((x) => x.starts.some((s) => s > block.tableEnd && s <= end))) return undefined;
  const firstBody = repeat ? repeat.last + 1 : 0;
  // The page the break starts must hold everything after it, repeated rows included, in every view.
  const fits = (c: number) => readings.every((x) => (repeat && c > repeat.last ? x.titles : 0) + sum(x.h, c, end) <= x.page + 0.01);
  // Below the breaks higher up, or the page it starts would not hold the rest.
  const lastBreak = Math.max(firstBody, ...breaks);
  for (const tier of candidateTiers(block, lastBreak)) {
    // In the first tier where one fits: the one leaving a lone row on the page before it in
    // the fewest views, the rule's order on a tie.
    let best: number | undefined;
    let fewest = Infinity;
    for (const c of tier.filter(fits)) {
      const short = readings.filter((x) => leavesLoneRow(x, c, firstBody)).length;
      if (short < fewest) {
        best = c;
        fewest = short;
      }
    }
    if (best !== undefined) return best;
  }
  return undefined;
}
