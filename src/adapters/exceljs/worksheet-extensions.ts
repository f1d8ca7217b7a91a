// The worksheet's own extension list (<extLst>, its last child), where Excel 2010 and later keep
// what the 2006 schema lacks, one <ext> per feature named by its uri. ExcelJS writes there only
// the conditional formats it knows (data bars, some icon sets; a copy's it is given none); what
// the package pass copies back from the original (conditional formats, drop-downs from another
// sheet's range, sparklines) joins them, each at its place in the order MS-XLSX §2.2.4.12 lists and Excel writes, one of the
// same uri replaced.
import { childAfterCells, insertAfterCells } from './worksheet-order';

export const EXT_CONDITIONAL_FORMATS = '{78C0D931-6437-407D-A8EE-F0AAD7539E65}';
export const EXT_DATA_VALIDATIONS = '{CCE6A557-97BC-4B89-ADB6-D9C93CAAB3DF}';
export const EXT_SPARKLINES = '{05C60535-1F16-4FD2-B633-F4F36F0B64E0}';

// Excel's order: conditional formats, validations, sparklines, slicers, protected ranges, ignored
// errors, web extensions, timelines. An <ext> of another uri keeps its place.
const ORDER = [
  EXT_CONDITIONAL_FORMATS,
  EXT_DATA_VALIDATIONS,
  EXT_SPARKLINES,
  '{A8765BA9-456A-4DAB-B4F3-ACF838C121DE}',
  '{FC87AEE6-9EDD-4A0A-B7FB-166176984837}',
  '{01252117-D84E-4E92-8308-4BE1C098FCBB}',
  '{F7C9EE02-42E1-4005-9D12-6889AFFD525C}',
  '{7E03D99C-DC04-49D9-9315-930204A7B6E9}',
];
const TAG = /<(\/?)([A-Za-z][\w.:-]*)[^>]*?(\/?)>/g;

/** An ext's uri, upper-cased: Excel writes some with lower-case letters ("…-4fd2-…"). */
const uriOf = (ext: string) => (/^<ext\b[^>]*?\suri="([^"]*)"/.exec(ext)?.[1] ?? '').toUpperCase();

interface Span {
  start: number;
  end: number;
}

/** The <ext> children of the list at `list` in `xml`, in order. */
function extensionsIn(xml: string, list: Span): Span[] {
  const out: Span[] = [];
  const re = new RegExp(TAG.source, 'g');
  re.lastIndex = xml.indexOf('>', list.start) + 1;
  let depth = 0;
  let start = -1;
  for (let m = re.exec(xml); m && m.index < list.end; m = re.exec(xml)) {
    if (m[1] === '/') {
      if (depth === 0) break;
      depth--;
      if (depth === 0 && start >= 0) out.push({ start, end: m.index + m[0].length });
    } else {
      if (depth === 0) start = m.index;
      if (m[3] === '/') {
        if (depth === 0) out.push({ start, end: m.index + m[0].length });
      } else depth++;
    }
  }
  return out;
}

/** Cheap test on what follows a worksheet's cells: an <ext> of `uri` may be there. */
export const mentionsExtension = (tail: string, uri: string): boolean => new RegExp(uri.slice(1, -1), 'i').test(tail);

/** The worksheet's own <ext> of `uri` in `xml`, as written; undefined when it has none. */
export function extensionOf(xml: string, uri: string): string | undefined {
  const list = childAfterCells(xml, 'extLst');
  if (!list) return undefined;
  const found = extensionsIn(xml, list).find((e) => uriOf(xml.slice(e.start, e.end)) === uri.toUpperCase());
  return found && xml.slice(found.start, found.end);
}

/** `xml` (a worksheet part) with `ext` in its own extension list, made when it has none. */
export function withExtension(xml: string, ext: string): string {
  const list = childAfterCells(xml, 'extLst');
  if (!list) return insertAfterCells(xml, `<extLst>${ext}</extLst>`, 'extLst') ?? xml;
  const at = (i: number, cut = i) => xml.slice(0, i) + ext + xml.slice(cut);
  if (xml.slice(list.start, list.end).endsWith('/>')) return xml.slice(0, list.start) + `<extLst>${ext}</extLst>` + xml.slice(list.end);
  const uri = uriOf(ext);
  const rank = ORDER.indexOf(uri);
  const exts = extensionsIn(xml, list);
  const same = exts.find((e) => uriOf(xml.slice(e.start, e.end)) === uri);
  if (same) return at(same.start, same.end);
  const after = rank < 0 ? undefined : exts.find((e) => ORDER.indexOf(uriOf(xml.slice(e.start, e.end))) > rank);
  return at(after ? after.start : list.end - '</extLst>'.length);
}
