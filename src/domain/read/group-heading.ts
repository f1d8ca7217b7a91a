// A group row of the set ("I | QUY HOẠCH" … "V | HỆ THỐNG CHÍNH TRỊ": DOMAIN §2.1's groups I–V) in a
// table whose TT column holds the codes (a commune's own sheet, seed 001's "Hòa Cư"): a heading
// over its criteria, not a code that cannot be read.
import type { CellValue } from '../model/grid';

const GROUP_NUMBER = /^[IVX]{1,4}\.?$/;

/** `codeText` is a group's number and the row has nothing in its status columns: a row with a
 * verdict, a value, a deadline or a date under "II" is data with an unreadable code, said as such. */
export function isGroupHeading(codeText: string, row: CellValue[], statusCols: number[]): boolean {
  if (!GROUP_NUMBER.test(codeText.trim())) return false;
  for (const c of statusCols) {
    const v = row[c];
    if (v !== null && v !== undefined && v !== '') return false;
  }
  return true;
}
