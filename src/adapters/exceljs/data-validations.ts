// The office's drop-down lists and other data validations (Data › Data Validation), copied from
// the original sheet into the copy's as they were. ExcelJS reads each rule into one entry per cell
// and writes the cells back grouped in the order of their addresses as text ("E10" before "E4"):
// a list over E4:E20 came out twice, over E10:E20 and over E4:E20, two rules on the same cells. It
// drops what it does not read (showDropDown, which hides the cell's arrow; imeMode; the rule's
// xr:uid) and the rules Excel 2010 and later keep in the sheet's extension list
// (x14:dataValidations: a list taken from another sheet's range), which it never reads.
import { insertAfterCells } from './worksheet-order';
import { afterCells } from './worksheet-regions';
import { EXT_DATA_VALIDATIONS, extensionOf, mentionsExtension, withExtension } from './worksheet-extensions';

const LIST = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/;

/** Cheap test on what follows an original worksheet's cells: it has validations to copy. */
export function hasValidations(tail: string): boolean {
  return tail.includes('<dataValidations') || mentionsExtension(tail, EXT_DATA_VALIDATIONS);
}

/** `written` (a worksheet part) with the original's validations in place of ExcelJS's. */
export function withValidationsOf(original: string, written: string): string {
  const tail = afterCells(original);
  if (!hasValidations(tail)) return written;
  const list = LIST.exec(tail)?.[0];
  const ext = extensionOf(original, EXT_DATA_VALIDATIONS);
  let out = written.replace(LIST, '');
  if (list) out = insertAfterCells(out, list, 'dataValidations') ?? written;
  if (ext) out = withExtension(out, ext);
  return out;
}
