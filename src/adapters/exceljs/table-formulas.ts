// The formulas of a table's columns (table part, <tableColumn>): a calculated column's formula,
// which Excel fills into each row added to the table, and a totals row's custom formula. ExcelJS
// writes every column as a bare element: the cells kept their formulas, but a row added later got
// none, and a column with totalsRowFunction="custom" and no formula is out of the schema (Excel
// offers to repair the file). The copy's columns get the original's formulas back, column by
// column, where the copy's table has the same columns.

const COLUMNS = /<tableColumns\b[^>]*>([\s\S]*?)<\/tableColumns>/;
const COLUMN = /<tableColumn\b[^>]*?(?:\/>|>[\s\S]*?<\/tableColumn>)/g;
const FORMULAS = /<(calculatedColumnFormula|totalsRowFormula)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g;
const nameOf = (column: string) => /^<tableColumn\b[^>]*?\sname="([^"]*)"/.exec(column)?.[1];

/** Whether a table part has column formulas ExcelJS drops. */
export const hasColumnFormulas = (xml: string): boolean => /<(?:calculatedColumnFormula|totalsRowFormula)\b/.test(xml);

/** `written` (the copy's table part) with the original's column formulas, when its columns are the original's. */
export function withColumnFormulasOf(original: string, written: string): string {
  const theirs = COLUMNS.exec(original)?.[1]?.match(COLUMN) ?? [];
  const ours = COLUMNS.exec(written)?.[1]?.match(COLUMN) ?? [];
  if (!theirs.length || theirs.length !== ours.length || theirs.some((c, i) => nameOf(c) !== nameOf(ours[i]))) return written;
  const columns = ours.map((column, i) => {
    const formulas = theirs[i].match(FORMULAS)?.join('') ?? '';
    if (!formulas || hasColumnFormulas(column)) return column;
    // The schema's order: the formulas come first among a column's children.
    return column.endsWith('/>') ? `${column.slice(0, -2).trimEnd()}>${formulas}</tableColumn>` : column.replace(/^<tableColumn\b[^>]*>/, (open) => open + formulas);
  });
  return written.replace(COLUMNS, (all, inner: string) => all.replace(inner, () => columns.join('')));
}
