// Office's Range.values → the domain's CellValue. Office gives dates as serial numbers
// (kept: the domain's parsers accept serials), empty cells as '' and errors as their text.
import type { CellValue } from '../../domain/model/grid';

/** Every error literal Excel can show in a cell. */
const ERROR_TEXTS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
]);

/**
 * One cell. A text cell that literally reads "#N/A" is indistinguishable from the error
 * without loading valueTypes (which would double the response); both are reported as an error.
 */
export function fromOfficeValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return ERROR_TEXTS.has(v) ? { error: v } : v;
  return String(v);
}

/** Legacy Vietnamese fonts (TCVN3 ".VnTime", VNI "VNI-Times"): the only fonts the domain needs. */
export function isLegacyFont(name: unknown): name is string {
  return typeof name === 'string' && /^(\.vn|vni)/i.test(name.trim());
}
