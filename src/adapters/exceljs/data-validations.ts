// The office's drop-down lists and other data validations (Data › Data Validation), copied from
// the original sheet into the copy's as they were. ExcelJS reads each rule into one entry per cell
// and writes the cells back grouped in the order of their addresses as text ("E10" before "E4"):
// a list over E4:E20 came out twice, over E10:E20 and over E4:E20, two rules on the same cells. It
// drops what it does not read (showDropDown, which hides the cell's arrow; imeMode; the rule's
// xr:uid) and the rules Excel 2010 and later keep in the sheet's extension list
// (x14:dataValidations: a list taken from another sheet's range), which it never reads.
import { insertAfterCells } from './worksheet-order';
import { afterCells } from './worksheet-regions';

const LIST = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/;
const EXT = /<ext\b[^>]*\buri="\{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF\}"[^>]*>[\s\S]*?<\/ext>/i;

/** Cheap test on what follows an original worksheet's cells: it has validations to copy. */
export function hasValidations(tail: string): boolean {
  return tail.includes('<dataValidations') || tail.includes('CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF');
}

/** `written` with `ext` in the worksheet's own extension list (the part's last child), made if it has none. */
function withExtension(written: string, ext: string): string {
  const bare = written.replace(EXT, '');
  const close = bare.lastIndexOf('</extLst>');
  // The worksheet's own list is its last child; an <extLst> nested in a rule comes before others.
  if (close >= 0 && /^\s*<\/worksheet>\s*$/.test(bare.slice(close + '</extLst>'.length))) return bare.slice(0, close) + ext + bare.slice(close);
  return insertAfterCells(bare, `<extLst>${ext}</extLst>`, 'extLst') ?? written;
}

/** `written` (a worksheet part) with the original's validations in place of ExcelJS's. */
export function withValidationsOf(original: string, written: string): string {
  const tail = afterCells(original);
  if (!hasValidations(tail)) return written;
  const list = LIST.exec(tail)?.[0];
  const ext = EXT.exec(tail)?.[0];
  let out = written.replace(LIST, '');
  if (list) out = insertAfterCells(out, list, 'dataValidations') ?? written;
  if (ext) out = withExtension(out, ext);
  return out;
}
