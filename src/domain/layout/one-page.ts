// A short sheet prints on one page, shrunk to fit (Excel's "Fit Sheet on One Page": one page
// wide by one tall), rather than on two pages of which the first holds a few rows. At 100 % even
// a few communes do not fit: a 5-commune "TH_Theo xã" of the 2026 - 2030 set is 637 pt of rows
// (frame 172, header 84, communes and totals 105, notes and signature block 276) for a page of
// 516, so the closing block went over with two communes and the totals and the page before kept
// three; at 81 % it is one page.
// Not below 70 %: the tables' 11 and 12 pt text then still prints at about 8 pt (7.7 and 8.4).
import type { SheetPlan } from '../plan/sheet-plan';
import { readPlan, VIEWS } from './pagination';
import type { PlanReading, PrintView } from './pagination';

export const MIN_ONE_PAGE_SCALE = 0.7;

/** The scale `view` prints the whole plan on one page at: the width's, or less to fit the height, in whole percents as Excel and LibreOffice choose it. */
export function onePageScale(plan: SheetPlan, view: PrintView): number {
  return readingScale(readPlan(plan, [view])[0]);
}

function readingScale({ h, scale, page }: PlanReading): number {
  let total = 0;
  for (let r = 0; r < h.length; r++) total += h[r];
  if (total <= page + 0.01) return scale;
  // The reading's page is the printable height at `scale`; a millionth keeps 0.81 from reading 0.80.
  return Math.min(scale, Math.floor((100 * page * scale) / total + 1e-6) / 100);
}

/**
 * Whether every view prints the whole plan on one page at no less than MIN_ONE_PAGE_SCALE, or at
 * its width's scale where that is already smaller (LibreOffice without Calibri shrinks a wide
 * sheet to 69 % for the width alone: fitting the height there costs nothing more).
 * `read`: the plan as `views` read it, when the caller has it already.
 */
export function fitsOnOnePage(plan: SheetPlan, views: readonly PrintView[] = VIEWS, read: readonly PlanReading[] = readPlan(plan, views)): boolean {
  return read.every((x) => readingScale(x) >= Math.min(MIN_ONE_PAGE_SCALE, x.scale));
}
