// The office's file as the adapter reads it and copies from: the same workbook, written the way
// ExcelJS can read, where the file is written in a way the schema allows but ExcelJS stops at or
// misreads: prefixed SpreadsheetML parts (prefixed-parts.ts), rows and cells without their
// references (cell-references.ts), cells typed as ISO dates, read as numbers (iso-date-cells.ts).
// The package passes (package-parts.ts, restore-sheets.ts) read this package too, so what they
// copy into the checked copy is written as the copy's own parts are.
import JSZip from 'jszip';
import { unprefixParts } from './prefixed-parts';
import { referenceCells } from './cell-references';
import { serialDateCells } from './iso-date-cells';

/** `data` itself, or the package with such parts rewritten. */
export async function packageAsRead(data: Buffer | ArrayBuffer): Promise<Buffer | ArrayBuffer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    // Not a zip package (an .xls, a CSV, a file cut short): inspectPackage says what it is.
    return data;
  }
  // Unprefixed first: the references are looked for on unprefixed tags.
  const unprefixed = await unprefixParts(zip);
  const referenced = await referenceCells(zip);
  const dated = await serialDateCells(zip);
  if (!unprefixed && !referenced && !dated) return data;
  return zip.generateAsync({ type: typeof Buffer === 'undefined' ? 'arraybuffer' : 'nodebuffer', compression: 'DEFLATE' });
}
