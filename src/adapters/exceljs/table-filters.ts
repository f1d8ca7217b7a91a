// The filter of the office's tables (Insert › Table, Format as Table), kept in each table's part.
// ExcelJS writes back none of a table's criteria (a column showing only "Chưa đạt" showed all
// again, its other rows still hidden), drops the table's sort, and stopped reading the file at a
// sort made through a column's button, a top 10, an above-average or a colour filter ("Unexpected
// xml node in parseOpen": the workbook could not be checked at all). ExcelJS is given each table's
// filter columns without their criteria (their buttons it reads), and the copy's table gets the
// original's filter and sort back, found by the table's name (ExcelJS keeps it).
import type JSZip from 'jszip';
import { FILTER_CRITERIA } from './filter-criteria';
import { withNamespacesOf } from './xml-namespaces';
import { hasColumnFormulas, withColumnFormulasOf } from './table-formulas';

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;
const AUTO_FILTER = /<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/;
const SORT = /<sortState\b[^>]*?(?:\/>|>[\s\S]*?<\/sortState>)/;
const refOf = (el: string) => /^<autoFilter\b[^>]*?\sref="([^"]*)"/.exec(el)?.[1];
const nameOf = (xml: string) => /<table\b[^>]*?\sname="([^"]*)"/.exec(xml)?.[1];
/** The table's own sort (a child of <table>, beside the one a filter may hold). */
const tableSort = (xml: string) => SORT.exec(xml.replace(AUTO_FILTER, ''))?.[0];

/** Whether a table part's filter, sort or column formulas say more than ExcelJS writes back. */
const hasState = (xml: string) => FILTER_CRITERIA.test(xml) || xml.includes('<sortState') || hasColumnFormulas(xml);

/** A table part as ExcelJS can read it: its filter's columns without criteria, without sort or extensions. */
export function withoutTableCriteria(xml: string): string {
  return xml.replace(AUTO_FILTER, (el) => {
    if (el.endsWith('/>')) return el;
    const open = /^<autoFilter\b[^>]*>/.exec(el)![0];
    const columns = el.match(/<filterColumn\b[^>]*?(?=\s*\/?>)/g) ?? [];
    return `${open}${columns.map((c) => `${c}/>`).join('')}</autoFilter>`;
  });
}

/** `written` (the copy's table part) with the original table's filter, when over the same cells, and its sort. */
export function withTableFilterOf(original: string, written: string): string {
  const filter = AUTO_FILTER.exec(original)?.[0];
  const bare = AUTO_FILTER.exec(written)?.[0];
  let out = written;
  if (filter && bare && refOf(filter) === refOf(bare)) out = out.replace(bare, () => filter);
  const sort = tableSort(original);
  if (sort && tableSort(out) === undefined) out = out.replace(/<tableColumns\b/, (m) => sort + m);
  return out === written ? written : withNamespacesOf(original, out);
}

/** The original's table parts whose filter, sort or column formulas ExcelJS drops, by table name. */
export async function tablesWithFilters(source: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of Object.keys(source.files).filter((n) => TABLE_PART.test(n))) {
    const xml = await source.file(part)!.async('string');
    const name = nameOf(xml);
    if (name !== undefined && hasState(xml)) out.set(name, xml);
  }
  return out;
}

/** Puts `tables` (from `tablesWithFilters`) back into the copy's tables of the same names, their column formulas too (table-formulas.ts). */
export async function restoreTableFilters(copy: JSZip, tables: ReadonlyMap<string, string>): Promise<void> {
  if (!tables.size) return;
  for (const part of Object.keys(copy.files).filter((n) => TABLE_PART.test(n))) {
    const written = await copy.file(part)!.async('string');
    const original = tables.get(nameOf(written) ?? '');
    if (original === undefined) continue;
    const fixed = withColumnFormulasOf(original, withTableFilterOf(original, written));
    if (fixed !== written) copy.file(part, fixed);
  }
}

/** Table parts in a package as ExcelJS reads them (xlsx.js: `xl/tables/table<n>.xml`). */
export const isTablePart = (name: string): boolean => TABLE_PART.test(name);
