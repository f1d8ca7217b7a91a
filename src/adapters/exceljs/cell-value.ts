// One ExcelJS cell to the domain's plain CellValue (what a user sees, never a formula).
import ExcelJS from 'exceljs';
import { NOT_CALCULATED, type CellValue } from '../../domain/model/grid';
import { shownAs } from '../common/shown-as';

const T = ExcelJS.ValueType;

function richTextToString(v: { richText?: { text?: string }[] }): string {
  let s = '';
  for (const run of v.richText ?? []) s += run.text ?? '';
  return s;
}

/** A raw value (a formula's cached result, a hyperlink's text…) to a CellValue. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText)) return richTextToString(o as { richText: { text?: string }[] });
    if ('text' in o) return plainValue(o.text); // hyperlink: its shown text
    if ('result' in o) return plainValue(o.result); // formula object: cached result
    // A formula saved without its result (written by a tool, never calculated): said, not blank.
    if ('formula' in o || 'sharedFormula' in o) return { error: NOT_CALCULATED };
  }
  return null;
}

/** Merge-slave cells read as empty, like Office.js values: the value lives in the top-left cell. */
export function cellToValue(cell: ExcelJS.Cell): CellValue {
  switch (cell.type) {
    case T.Null:
    case T.Merge:
      return null;
    case T.String:
    case T.Boolean:
      return cell.value as string | boolean;
    case T.Number:
      return shownAs(cell.value as number, cell.numFmt);
    case T.Date:
      return shownAs(plainValue(cell.value), cell.numFmt);
    case T.Formula:
      // cell.result, not cell.value.result: ExcelJS's value copy drops results 0, false and "".
      // A formula cell with no result at all was never calculated.
      if (cell.result === undefined) return { error: NOT_CALCULATED };
      return shownAs(plainValue(cell.result), cell.numFmt);
    case T.SharedString:
      return cell.text;
    default:
      return plainValue(cell.value);
  }
}
