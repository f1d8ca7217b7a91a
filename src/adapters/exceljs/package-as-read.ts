// The office's file as the adapter reads it and copies from: the same workbook, written the way
// ExcelJS can read, where the file is written in a way the schema allows but ExcelJS stops at or
// misreads: prefixed SpreadsheetML parts (prefixed-parts.ts), rows and cells without their
// references (cell-references.ts), cells typed as ISO dates, read as numbers (iso-date-cells.ts),
// on/off attributes written "true"/"false" as LibreOffice does (on-off-attributes.ts);
// and where it is damaged the way Excel repairs and LibreOffice reads, but ExcelJS stopped at:
// merged ranges overlapping one before them (overlapping-merges.ts), links without their
// relationship (dangling-links.ts). The package passes (package-parts.ts, restore-sheets.ts) read
// this package too, so what they copy into the checked copy is written as the copy's own parts are.
import JSZip from 'jszip';
import type { Bilingual } from '../../domain/model/finding';
import { unprefixParts } from './prefixed-parts';
import { mayLackReferences, withCellReferences } from './cell-references';
import { countsFrom1904, mayHoldIsoDates, withSerialDates } from './iso-date-cells';
import { overlappingMerges, withoutOverlappingMerges } from './overlapping-merges';
import { danglingLinks, withoutDanglingLinks } from './dangling-links';
import { relationships, relsPathOf } from './package-rels';
import { scanPart } from './part-stream';
import { mayHoldFontFlagsOff, mayHoldOnOffWords, sheetWithOnOffDigits, stylesWithoutFontFlagsOff, withOnOffDigits, withoutFontFlagsOff } from './on-off-attributes';

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
/** Parts read whole anyway, small beside the sheets: their on/off attributes as ExcelJS reads them. */
const SMALL_PARTS = /^xl\/(?:workbook|styles|tables\/[^/]+)\.xml$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';

export interface PackageAsRead {
  /** `data` itself, or the package with such parts rewritten. */
  data: Buffer | ArrayBuffer;
  /** What of the file the copy cannot keep because it is damaged (merged ranges over others). */
  notKept: Bilingual[];
}

export async function packageAsRead(data: Buffer | ArrayBuffer): Promise<PackageAsRead> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    // Not a zip package (an .xls, a CSV, a file cut short): inspectPackage says what it is.
    return { data, notKept: [] };
  }
  // Unprefixed first: the sheets are looked at for unprefixed tags.
  let changed = await unprefixParts(zip);
  for (const part of Object.keys(zip.files).filter((n) => SMALL_PARTS.test(n))) {
    const xml = await zip.file(part)!.async('string');
    const digits = withOnOffDigits(xml);
    const fixed = part === 'xl/styles.xml' ? stylesWithoutFontFlagsOff(digits) : digits;
    if (fixed === xml) continue;
    zip.file(part, fixed);
    changed = true;
  }
  // Streamed first: a national table's shared strings are tens of MB, and rarely hold such a flag.
  if (zip.file(SHARED_STRINGS) && (await scanPart(zip, SHARED_STRINGS, mayHoldFontFlagsOff, '</sst>', 0)).found) {
    zip.file(SHARED_STRINGS, withoutFontFlagsOff(await zip.file(SHARED_STRINGS)!.async('string')));
    changed = true;
  }
  let date1904: boolean | undefined;
  let lostMerges = 0;
  for (const part of Object.keys(zip.files).filter((n) => SHEET_PART.test(n))) {
    // Streamed once, and held whole only to be rewritten: most sheets are written as usual.
    const scan = await scanPart(zip, part, mayHoldIsoDates, '</sheetData>');
    // Merges and links follow the cells.
    const merges = overlappingMerges(scan.after);
    const ids = scan.after.includes('<hyperlink') ? new Set(relationships((await zip.file(relsPathOf(part))?.async('string')) ?? '').map((r) => r.id)) : new Set<string>();
    const dangling = danglingLinks(scan.after, ids).length > 0;
    const overlapping = merges.repeated.length + merges.lost.length > 0;
    const unreferenced = mayLackReferences(scan.head);
    const onOffWords = mayHoldOnOffWords(beforeRows(scan.head)) || mayHoldOnOffWords(scan.after);
    if (!unreferenced && !scan.found && !overlapping && !dangling && !onOffWords) continue;
    lostMerges += merges.lost.length;
    date1904 ??= countsFrom1904((await zip.file('xl/workbook.xml')?.async('string')) ?? '');
    const xml = await zip.file(part)!.async('string');
    let fixed = unreferenced ? withCellReferences(xml) : xml;
    if (scan.found) fixed = withSerialDates(fixed, date1904);
    if (overlapping) fixed = withoutOverlappingMerges(fixed);
    if (dangling) fixed = withoutDanglingLinks(fixed, ids);
    if (onOffWords) fixed = sheetWithOnOffDigits(fixed);
    if (fixed === xml) continue;
    zip.file(part, fixed);
    changed = true;
  }
  const notKept = lostMerges ? [{ vi: `${lostMerges} vùng gộp ô chồng lên vùng gộp khác (tệp bị hỏng ở chỗ này; bản đã kiểm tra giữ vùng gộp đầu tiên)`, en: `${lostMerges} merged range(s) overlapping another (the file is damaged there; the checked copy keeps the first)` }] : [];
  if (!changed) return { data, notKept };
  return { data: await zip.generateAsync({ type: typeof Buffer === 'undefined' ? 'arraybuffer' : 'nodebuffer', compression: 'DEFLATE' }), notKept };
}

/** What of a sheet's start comes before its rows (all of `head` when the rows start later). */
function beforeRows(head: string): string {
  const at = head.indexOf('<sheetData');
  return at < 0 ? head : head.slice(0, at);
}
