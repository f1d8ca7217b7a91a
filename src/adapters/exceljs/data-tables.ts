// What-If data tables (Data › What-If Analysis › Data Table): the table's first result cell holds
// <f t="dataTable" ref="Y91:Y93" dt2D="0" dtr="0" r1="X90"/>, which says what the results are
// computed from. ExcelJS wrote it as an empty <f/>: LibreOffice showed Err:520 and Excel has no
// formula to read there. The copy's cell gets the original's formula back; the results ExcelJS
// kept stay.

const DATA_TABLE = /<c\b[^>]*?\sr="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>)[\s\S])*?(<f\b[^>]*\bt="dataTable"[^>]*?(?:\/>|>[\s\S]*?<\/f>))/g;

/** Whether a worksheet part has a data table. */
export const hasDataTables = (xml: string): boolean => xml.includes('t="dataTable"');

/** `written` (the copy's worksheet part) with the data table formulas of `original` in their cells. */
export function withDataTablesOf(original: string, written: string): string {
  if (!hasDataTables(original)) return written;
  let out = written;
  for (const [, ref, formula] of original.matchAll(DATA_TABLE)) {
    // The copy's cell: its empty or missing formula replaced; a cell written empty opened.
    const cell = new RegExp(`<c\\b(?=[^>]*\\sr="${ref}")([^>]*?)(/?)>(<f\\b[^>]*?(?:/>|>[\\s\\S]*?</f>))?`);
    out = out.replace(cell, (_m, attrs: string, closed: string) => (closed ? `<c${attrs}>${formula}</c>` : `<c${attrs}>${formula}`));
  }
  return out;
}
