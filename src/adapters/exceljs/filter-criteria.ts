// The office's filter on a sheet (Data › Filter) with what it filters by: the values or condition
// each column shows, the sort applied through its buttons, a button hidden. ExcelJS keeps only the
// filter's range, while the rows the filter hid stay hidden: the copy showed rows missing with no
// filter to explain them or bring them back. The original's <autoFilter> is written in place of
// ExcelJS's when both cover the same cells; so is the sort the office last applied to the sheet
// (its own <sortState>, Data › Sort), which ExcelJS drops.
import { childAfterCells, insertAfterCells } from './worksheet-order';

/** A filter column with criteria (a bare `<filterColumn hiddenButton="0"/>` only says how its button shows). */
export const FILTER_CRITERIA = /<filterColumn\b[^>]*[^/]>\s*<(?:filters|customFilters|top10|dynamicFilter|colorFilter|iconFilter)\b/;

/** Cheap test on what follows an original worksheet's cells: its filter or sort may say more than ExcelJS writes. */
export const hasFilterState = (tail: string): boolean => tail.includes('</autoFilter>') || tail.includes('<sortState');

const elementAt = (xml: string, name: string) => {
  const at = childAfterCells(xml, name);
  return at && { ...at, xml: xml.slice(at.start, at.end) };
};
const refOf = (el: string) => /^<\w+\b[^>]*?\sref="([^"]*)"/.exec(el)?.[1];

/** `written` (a worksheet part) with the original's filter criteria and sort state. */
export function withFilterOf(original: string, written: string): string {
  let out = written;
  const filter = elementAt(original, 'autoFilter');
  const bare = elementAt(out, 'autoFilter');
  // A self-closed filter has nothing ExcelJS lacks; one over other cells is not the same filter.
  if (filter && !filter.xml.endsWith('/>') && bare && refOf(bare.xml) === refOf(filter.xml)) out = out.slice(0, bare.start) + filter.xml + out.slice(bare.end);
  const sort = elementAt(original, 'sortState');
  if (sort && !childAfterCells(out, 'sortState')) out = insertAfterCells(out, sort.xml, 'sortState') ?? out;
  return out;
}
