// Cells typed as dates (t="d", the value an ISO 8601 date: "2023-12-31T00:00:00"), which the schema
// allows and some generators write (SheetJS, openpyxl with iso_dates). Excel reads such a cell as
// the date's serial number, shown through the cell's format. ExcelJS read it with parseFloat: 31/12/2023
// became the number 2023, the check read a deadline wrong, and the checked copy held 2023 where the
// office had typed a date. The package is read with each such cell written as Excel reads it: the
// serial number, in the same cell with the same format.

/** A date cell's type attribute (either quote, spaces around "=" as XML allows). */
const DATE_TYPE = /\st\s*=\s*(["'])d\1/;
const DATE_CELL = /<c\b([^>]*?)\st\s*=\s*(["'])d\2([^>]*?)>([\s\S]*?)<\/c>/g;
const ISO = /^\s*(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/;
const DAY_MS = 86400000;

/**
 * The serial number Excel gives an ISO date or time: days since 30/12/1899 (from 1/3/1900 on;
 * before, one more than the real count, Excel's 29/02/1900), or since 1/1/1904; undefined when
 * not one. The time of day is the fraction, the zone ignored (Excel has none).
 */
export function isoSerial(iso: string, date1904: boolean): number | undefined {
  const m = ISO.exec(iso);
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  const time = m[4] === undefined ? 0 : (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) / 86400;
  if (m[1] === undefined) return time;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = Date.UTC(y, mo - 1, d);
  if (new Date(day).getUTCDate() !== d || mo > 12) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day < Date.UTC(1900, 2, 1) ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const days = (day - epoch) / DAY_MS;
  return days < 0 ? undefined : days + time;
}

/** `xml` (a worksheet part) with each date cell written as its serial number, or `xml` itself. */
export function withSerialDates(xml: string, date1904: boolean): string {
  if (!DATE_TYPE.test(xml)) return xml;
  return xml.replace(DATE_CELL, (cell, before: string, _q: string, after: string, content: string) => {
    const value = /<v>([^<]*)<\/v>/.exec(content);
    const serial = value ? isoSerial(value[1], date1904) : undefined;
    // Not a date Excel would read: left as written (Excel would refuse the file).
    if (serial === undefined) return cell;
    return `<c${before}${after}>${content.replace(value![0], `<v>${serial}</v>`)}</c>`;
  });
}

/** Whether `text` (a sheet, or a stretch of it) has a cell typed as a date. */
export const mayHoldIsoDates = (text: string): boolean => DATE_TYPE.test(text);

/** Whether the workbook (xl/workbook.xml) counts its dates from 1904. */
export const countsFrom1904 = (workbookXml: string): boolean => /<workbookPr\b[^>]*\sdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml);
