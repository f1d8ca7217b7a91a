// The report date as Vietnamese offices write it, day first: "26/11/2026", "1/3/2026", "26-11-2026",
// "26.11.2026". A date input showed the browser's order instead ("11/26/2026" in an English
// Windows), and Excel's webviews take that from the system, whatever the page's lang says.
import { isValidYmd, isoDate, parseIso, type IsoDate } from '../domain/model/dates';

/** Years a report date can have: a typo such as "0202" or "20266" is said, not taken. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** The ISO date a typed day/month/year means (an ISO date pasted in is taken too), or undefined. */
export function parseDayMonthYear(text: string): IsoDate | undefined {
  const s = text.trim();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(s) ? parseIso(s) : undefined;
  const m = iso ? undefined : /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  const [y, mo, d] = iso ? [iso.y, iso.m, iso.d] : m ? [Number(m[3]), Number(m[2]), Number(m[1])] : [NaN, NaN, NaN];
  if (!(y >= FIRST_YEAR && y <= LAST_YEAR) || !isValidYmd(y, mo, d)) return undefined;
  return isoDate(y, mo, d);
}
