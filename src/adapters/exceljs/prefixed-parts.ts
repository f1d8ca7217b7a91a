// Parts whose SpreadsheetML elements carry a prefix (<x:workbook xmlns:x="…/spreadsheetml/2006/main">),
// as files written with the Open XML SDK and some reporting systems' exports have them. Excel and
// LibreOffice read them as any other; ExcelJS matches tag names as written and stopped ("Cannot
// set properties of undefined (setting 'sheetNo')"), so such a file could not be checked at all.
// The package is read with the main namespace as the default one instead: the same XML, each
// element unprefixed (package-as-read.ts).
import type JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The first element of a part, after its XML declaration and comments. */
const ROOT = /^(?:<\?[^>]*\?>|<!--[\s\S]*?-->|\s)*(<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\b[^>]*>)/;
const PREFIX_OF_MAIN = new RegExp(`\\sxmlns:([A-Za-z_][\\w.-]*)="${MAIN.replace(/[./]/g, '\\$&')}"`);

/** `xml` with the prefix its root binds to the main namespace dropped, or `xml` itself. */
export function withMainUnprefixed(xml: string): string {
  const root = ROOT.exec(xml);
  if (!root) return xml;
  const [, tag, rootPrefix] = root;
  const prefix = PREFIX_OF_MAIN.exec(tag)?.[1];
  // Only the root's own prefix, and only where no default namespace would be shadowed.
  if (prefix !== rootPrefix || /\sxmlns="/.test(tag)) return xml;
  const start = root.index + root[0].length - tag.length;
  const unprefixedTag = tag.replace(`xmlns:${prefix}="`, 'xmlns="');
  const rest = xml.slice(start + tag.length);
  // "<" never stands for itself in XML text (it is &lt;), so every "<x:" or "</x:" is a tag.
  const strip = (s: string) => s.split(`<${prefix}:`).join('<').split(`</${prefix}:`).join('</');
  return xml.slice(0, start) + strip(unprefixedTag) + strip(rest);
}

/** `zip`'s SpreadsheetML parts unprefixed when its workbook part is prefixed; whether any was. */
export async function unprefixParts(zip: JSZip): Promise<boolean> {
  const book = await zip.file('xl/workbook.xml')?.async('string');
  if (book === undefined || withMainUnprefixed(book) === book) return false;
  for (const part of Object.keys(zip.files)) {
    if (!part.startsWith('xl/') || !part.endsWith('.xml') || zip.files[part].dir) continue;
    const xml = await zip.file(part)!.async('string');
    const fixed = withMainUnprefixed(xml);
    if (fixed !== xml) zip.file(part, fixed);
  }
  return true;
}
