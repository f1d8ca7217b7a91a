// Section headings (a department's "III. Công an huyện", a criteria set's row on the by-criterion
// sheet, the commune sheet's "Số xã đạt" over "Tỷ lệ %") never end a printed page: an official
// document does not print a heading apart from its rows. Where a page would end with one in any
// reading (pagination.ts), a manual break puts it on the next page with its rows.
//
// xlsx has one set of manual breaks for every program, and a break that helps one reading
// shortens a page in another. So a break is kept only where no reading gets a new page less
// than a third full and none parts the closing block from the table's last rows (its break
// keeps priority: it is placed again below each heading's). Where the break above the heading
// fails that, one a few rows higher, within the section before, may not: the 1-commune
// 2026 - 2030 by-department sheet ends page 1 with "III. Công an huyện" only without Calibri
// (81 %); a break above III leaves Excel's page 2 two rows, one above the second row of II is
// where Excel starts page 2 anyway.
// A sheet fitted to one page (one-page.ts) needs none.
import type { SheetPlan } from '../plan/sheet-plan';
import { closingBreak, pageStarts, readPlan, VIEWS } from './pagination';
import type { PlanReading, PrintView } from './pagination';
import type { ClosingBlock } from './types';

/** A page filled less than this (its rows and repeated header, of the page's height) looks left over. */
export const MIN_PAGE_FILL = 1 / 3;

/** What one reading's pages share: its rows' heights summed up to each row, and its page. */
interface Sheet {
  /** Height of the rows before each row (prefix sums: a page's height is then a subtraction). */
  upTo: Float64Array;
  /** Height of the repeated rows, which every page after them prints again at its top. */
  titles: number;
  repeat: { first: number; last: number } | undefined;
  page: number;
}

/**
 * The printed pages of one reading for a set of manual breaks: page k runs from first(k) to
 * last(k). Read from the page starts, with no object per page: a national department sheet has a
 * thousand pages in each of the layouts its candidate breaks are tried with.
 */
class Pages {
  constructor(
    private readonly sheet: Sheet,
    /** The first row of every page after the first. */
    private readonly starts: number[],
  ) {}

  get count(): number {
    return this.starts.length + 1;
  }

  first(k: number): number {
    return k === 0 ? 0 : this.starts[k - 1];
  }

  last(k: number): number {
    return (k < this.starts.length ? this.starts[k] : this.sheet.upTo.length - 1) - 1;
  }

  /** Of the page's height, what its rows and repeated header take. */
  fill(k: number): number {
    const { upTo, titles, repeat, page } = this.sheet;
    const first = this.first(k);
    return ((repeat && first > repeat.last ? titles : 0) + upTo[this.last(k) + 1] - upTo[first]) / page;
  }
}

/** The printed pages of one reading, for a given set of manual breaks. */
type Layout = (breaks: readonly number[]) => Pages;

function layoutOf(plan: SheetPlan, { h, page }: PlanReading): Layout {
  const repeat = plan.print.repeatRows;
  const upTo = new Float64Array(h.length + 1);
  for (let r = 0; r < h.length; r++) upTo[r + 1] = upTo[r] + h[r];
  const sheet: Sheet = { upTo, titles: repeat ? upTo[repeat.last + 1] - upTo[repeat.first] : 0, repeat, page };
  return (breaks) => new Pages(sheet, pageStarts(h, page, repeat, breaks));
}

/**
 * A layout's pages by first row: 1 + the page's last row at its first row, 0 elsewhere. Whether a
 * page of another layout is one of them is then one look-up, with no set of keys built per round
 * (a national department sheet has a thousand pages, its candidate breaks as many layouts).
 */
function pageIndex(pages: Pages): Int32Array {
  const index = new Int32Array(pages.last(pages.count - 1) + 2);
  for (let k = 0; k < pages.count; k++) index[pages.first(k)] = pages.last(k) + 1;
  return index;
}

/** Whether page k of `pages`, a layout of the same plan, is one of the pages `index` was made of. */
const hadPage = (index: Int32Array, pages: Pages, k: number): boolean => index[pages.first(k)] === pages.last(k) + 1;

/**
 * Whether the pages `after` a new break keep what the sheet had `before` (each reading's pages as
 * pageIndex), in each reading: no new page (the last aside) under MIN_PAGE_FILL, and no new page
 * starting after the first of the table's last `keepWith` rows, which would part the closing
 * block from them (pagination.ts).
 */
function keepsPages(before: Int32Array[], after: Pages[], block: ClosingBlock | undefined): boolean {
  const lastKept = block ? block.tableEnd - block.keepWith + 1 : Infinity;
  return after.every((pages, i) => {
    const had = before[i];
    for (let k = 0; k < pages.count; k++) {
      const short = k < pages.count - 1 && pages.fill(k) < MIN_PAGE_FILL;
      if ((short || pages.first(k) > lastKept) && !hadPage(had, pages, k)) return false;
    }
    return true;
  });
}

/** A run of heading rows ending a page: its first and last rows and the page's first row. */
interface Orphan {
  first: number;
  last: number;
  pageFirst: number;
}

/** The earliest run of headings, not yet `tried`, that ends a page in some reading. */
function firstOrphan(layouts: Pages[], headings: Set<number>, tried: Set<number>): Orphan | undefined {
  let found: Orphan | undefined;
  for (const pages of layouts) {
    // Every page but the last.
    for (let k = 0; k < pages.count - 1; k++) {
      const end = pages.last(k);
      if (!headings.has(end)) continue;
      let first = end;
      while (headings.has(first - 1)) first--;
      let last = end;
      while (headings.has(last + 1)) last++;
      if (!tried.has(first) && (!found || first < found.first)) found = { first, last, pageFirst: pages.first(k) };
    }
  }
  return found;
}

/** Whether some page ends on one of the run's headings (a row under it taller than a page keeps it there). */
function endsOn(layouts: Pages[], o: Orphan): boolean {
  for (const pages of layouts) {
    for (let k = 0; k < pages.count; k++) if (pages.last(k) >= o.first && pages.last(k) <= o.last) return true;
  }
  return false;
}

/** The first row of the section before the headings at `first`: its own headings', or the table's first row. */
function sectionBefore(headings: Set<number>, first: number, firstBody: number): number {
  let r = first - 1;
  while (r > firstBody && !headings.has(r)) r--;
  while (headings.has(r - 1)) r--;
  return r;
}

/**
 * The manual breaks for `plan`, in row order: those that keep the table's section headings off
 * the foot of a page, and the closing block's below them, placed again with each heading break
 * (closingBreak) since that moves the pages before the block. Earliest page end first, since a
 * break only moves the pages after it; each heading is tried once, so it ends within as many
 * rounds. `read`: the plan as `views` read it, when the caller has it already.
 */
export function pageBreaks(plan: SheetPlan, block: ClosingBlock | undefined, views: readonly PrintView[] = VIEWS, read: readonly PlanReading[] = readPlan(plan, views), sectionHeadings: readonly number[] | undefined = block?.headings): number[] {
  const headings = new Set(sectionHeadings ?? []);
  const layouts = read.map((x) => layoutOf(plan, x));
  const layout = (bs: readonly number[]) => layouts.map((l) => l(bs));
  const withClosing = (above: number[]) => {
    if (!block) return above;
    const c = closingBreak(plan, block, views, above, read);
    return c === undefined ? above : [...above, c];
  };
  const repeat = plan.print.repeatRows;
  const firstBody = repeat ? repeat.last + 1 : 0;
  const headingRows: number[] = [];
  let breaks = withClosing(headingRows);
  // The pages under `breaks`: laid out again only when a round changes them.
  let now = layout(breaks);
  const tried = new Set<number>();
  for (let round = 0; round < headings.size; round++) {
    const orphan = firstOrphan(now, headings, tried);
    if (!orphan) break;
    tried.add(orphan.first);
    // Each candidate's pages are compared with these.
    const had = now.map(pageIndex);
    // Above the heading, else as little higher as works, at most to the heading of the section
    // before (which then moves whole); never above the table's first row nor where the page
    // would end with a heading again.
    const stop = Math.max(orphan.pageFirst, firstBody, sectionBefore(headings, orphan.first, firstBody) - 1);
    const candidates: number[] = [];
    for (let r = orphan.first; r > stop; r--) candidates.push(r);
    // Failing those, a row higher on the page where another reading starts a page already: the
    // break moves nothing there (the sample's department sheet: "VI. Phòng Y tế" ends a page
    // without Calibri; Excel's page starts 4 rows above, at the last row of IV, under "V. Hội LHPN"
    // and its 2 rows, and any break between leaves Excel a page of a few rows).
    for (let r = stop; r > Math.max(orphan.pageFirst, firstBody); r--) if (had.some((index) => index[r] > 0)) candidates.push(r);
    for (const r of candidates) {
      if (headings.has(r - 1)) continue;
      const candidate = withClosing([...headingRows, r]);
      const next = layout(candidate);
      if (!endsOn(next, orphan) && keepsPages(had, next, block)) {
        headingRows.push(r);
        breaks = candidate;
        now = next;
        break;
      }
    }
  }
  return [...breaks].sort((a, b) => a - b);
}
