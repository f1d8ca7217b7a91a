// The print setup the layout derives from each plan's estimated pages, last of all.
import { pageBreaks } from './keep-headings';
import { fitsOnOnePage } from './one-page';
import { readPlan, VIEWS } from './pagination';
import type { LinkedSheetPlan } from './types';

/**
 * A sheet short enough prints on one page, shrunk to fit, and needs no break; a longer one
 * gets the break that keeps its closing block whole and with the table's end (pagination.ts)
 * and those that keep its section headings off the foot of a page (keep-headings.ts), also on a
 * sheet with headings and no closing block (the definitions template). Both leave the plan either way.
 */
export function paginate(plan: LinkedSheetPlan): void {
  const block = plan.closing;
  const headings = block?.headings ?? plan.headings;
  delete plan.closing;
  delete plan.headings;
  // Read once: the questions below all look at the same rows and pages.
  const read = readPlan(plan, VIEWS);
  if (fitsOnOnePage(plan, VIEWS, read)) {
    plan.print.fitToHeight = 1;
    return;
  }
  if (!block && !headings?.length) return;
  const breaks = pageBreaks(plan, block, VIEWS, read, headings);
  if (breaks.length) plan.print.pageBreaksBefore = breaks;
}
