// Parts of the original package ExcelJS drops on writing, put back into the copy as they were.
// Custom document properties (docProps/custom.xml: the office's own "Số hiệu", "Người lập"…)
// are workbook metadata the copy must not lose; ExcelJS neither reads nor writes them. The
// office's column page breaks, which ExcelJS cannot write, are added here too (column-breaks.ts),
// and its defined names, of which ExcelJS keeps only plain ranges (defined-names.ts).
import JSZip from 'jszip';
import { writeColumnBreaks } from './column-breaks';
import { restoreDefinedNames, userNames } from './defined-names';
import type { PageBreak } from './page-breaks';

const CUSTOM = 'docProps/custom.xml';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';

/**
 * The copy with the original's custom properties part (and its relationship and content type),
 * its defined names, and `columnBreaks` (sheet name → breaks, from `columnBreaksOf`) on its sheets.
 */
// Uint8Array in and out: the browser build has no Buffer.
export async function restoreDroppedParts(original: ArrayBuffer | Uint8Array, written: ArrayBuffer | Uint8Array, columnBreaks: ReadonlyMap<string, PageBreak[]> = new Map()): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(original);
  const custom = source.file(CUSTOM);
  const names = userNames((await source.file('xl/workbook.xml')?.async('string')) ?? '').length > 0;
  if (!custom && !columnBreaks.size && !names) return asBytes(written);
  const copy = await JSZip.loadAsync(written);
  const addCustom = custom !== null && !copy.file(CUSTOM);
  if (!addCustom && !columnBreaks.size && !names) return asBytes(written);
  if (addCustom) await restoreCustom(copy, custom);
  await writeColumnBreaks(copy, columnBreaks);
  await restoreDefinedNames(source, copy);
  return copy.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function restoreCustom(copy: JSZip, custom: JSZip.JSZipObject): Promise<void> {
  copy.file(CUSTOM, await custom.async('uint8array'));
  const types = (await copy.file('[Content_Types].xml')?.async('string')) ?? '';
  if (types && !types.includes(`PartName="/${CUSTOM}"`)) {
    copy.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${CUSTOM}" ContentType="${CUSTOM_TYPE}"/></Types>`));
  }
  const rels = (await copy.file('_rels/.rels')?.async('string')) ?? '';
  if (rels && !rels.includes(CUSTOM_REL)) {
    const ids = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let n = 1;
    while (ids.has(`rId${n}`)) n++;
    copy.file('_rels/.rels', rels.replace('</Relationships>', `<Relationship Id="rId${n}" Type="${CUSTOM_REL}" Target="${CUSTOM}"/></Relationships>`));
  }
}

function asBytes(b: ArrayBuffer | Uint8Array): Uint8Array {
  return b instanceof Uint8Array ? b : new Uint8Array(b);
}
