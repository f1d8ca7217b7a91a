// The workbook's date system. Range.values gives a date as its serial day in the workbook's own
// system, and a workbook counting from 1904 (Excel for Mac's old default, kept by files made
// there) numbers every date 1,462 days lower: read as counting from 1900, as the domain reads
// serials, a deadline of 31/12/2023 was 30/12/2019, four years overdue. Excel answers
// DATE(1904,1,1) with 0 in such a workbook (1462 otherwise): asked through Workbook.functions
// (ExcelApi 1.2, no cell written), alongside the first read.

/** Days from 30/12/1899, day 0 of the 1900 system, to 1/1/1904, day 0 of the 1904 system. */
const DAYS_BEFORE_1904 = 1462;

export interface DateSystemProbe {
  value: number;
}

/** Queues DATE(1904,1,1); read its value after the next sync. */
export function dateSystemProbe(context: Excel.RequestContext): Excel.FunctionResult<number> {
  const r = context.workbook.functions.date(1904, 1, 1);
  r.load('value');
  return r;
}

/** Whether the probe says the workbook counts from 1904 (an unanswered probe: it does not). */
export function countsFrom1904(probe: DateSystemProbe): boolean {
  try {
    return probe.value === 0;
  } catch {
    return false;
  }
}

/** A number shown as a date, as its serial in the 1900 system; any other number as it is. */
export function asSerial1900<V>(v: V, numFmt: string): V | number {
  return typeof v === 'number' && showsDate(numFmt) ? v + DAYS_BEFORE_1904 : v;
}

/** Whether a number format shows a date: a day or year code outside quoted text, escapes and [..] blocks. */
function showsDate(numFmt: string): boolean {
  if (numFmt === 'General') return false;
  return /[dy]/i.test(numFmt.replace(/"[^"]*"|\\./g, '').replace(/\[[^\]]*\]/g, ''));
}
