// Workbook options newer Excel keeps in the extension list of xl/workbook.xml, put back in the
// copy's: ExcelJS writes no <extLst> there. <x14:workbookPr> (Excel 2010) holds File › Options ›
// Advanced › Image Size and Quality for this workbook: "Discard editing data" (discardImageEditData:
// the cropped-out parts of pictures are not saved) and "Default resolution" (defaultImageDpi: what
// the pictures are compressed to on saving), and accuracyVersion (Workbook.AccuracyVersion in VBA:
// older algorithms for some functions). <x15:workbookPr> (Excel 2013) holds Advanced › Chart ›
// "Properties follow chart data point for current workbook" (chartTrackingRefBase), for the
// office's charts the copy keeps (restore-shapes.ts). The other extensions there belong to
// PivotTables, slicers, timelines, the data model or links to other workbooks, which the copy
// does not have (named, package-parts.ts), or list the calculation features of the Excel that
// saved the file (xcalcf:calcFeatures), which no option sets. Each is found by its element's
// namespace, whatever prefix the original used, and written with its uri as the original has it
// (public Excel files have {79F54976-…-4CDE4B953A38} where MS-XLSX §2.2.4.11 prints …-ACDE…), its prefix
// declared on the <ext> and the attributes the schema gives it, in the original's order, last in
// <workbook> (CT_Workbook).

interface Extension {
  ns: string;
  prefix: string;
  attributes: readonly string[];
}

const EXTENSIONS: readonly Extension[] = [
  { ns: 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main', prefix: 'x14', attributes: ['defaultImageDpi', 'discardImageEditData', 'accuracyVersion'] },
  { ns: 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/main', prefix: 'x15', attributes: ['chartTrackingRefBase'] },
];

const EXT = /<ext\b[^>]*>[\s\S]*?<\/ext>/g;
const ROOT = /<workbook\b[^>]*>/;

/** The namespace `prefix` stands for in `ext`, declared there or on the workbook's root. */
function namespaceOf(prefix: string, ext: string, root: string): string | undefined {
  const decl = new RegExp(`\\sxmlns:${prefix}="([^"]*)"`);
  return decl.exec(/^<ext\b[^>]*>/.exec(ext)?.[0] ?? '')?.[1] ?? decl.exec(root)?.[1];
}

/** The original's workbook options in these extensions, each as the <ext> to write. */
function extensionsIn(xml: string): string[] {
  const list = /<extLst\b[^>]*>[\s\S]*<\/extLst>\s*<\/workbook>/.exec(xml)?.[0];
  if (!list) return [];
  const root = ROOT.exec(xml)?.[0] ?? '';
  const out: string[] = [];
  for (const m of list.matchAll(EXT)) {
    const pr = /<(\w+):workbookPr\b([^>]*?)\/?>/.exec(m[0]);
    const known = pr && EXTENSIONS.find((e) => e.ns === namespaceOf(pr[1], m[0], root));
    const uri = /^<ext\b[^>]*\suri="([^"]*)"/.exec(m[0])?.[1];
    if (!pr || !known || !uri) continue;
    const attrs = [...pr[2].matchAll(/\s(\w+)="([^"]*)"/g)].filter((a) => known.attributes.includes(a[1])).map((a) => ` ${a[1]}="${a[2]}"`);
    if (attrs.length) out.push(`<ext uri="${uri}" xmlns:${known.prefix}="${known.ns}"><${known.prefix}:workbookPr${attrs.join('')}/></ext>`);
  }
  return out;
}

/** Cheap test on the original's workbook part: it has options in these extensions. */
export const hasBookExtensions = (xml: string): boolean => xml.includes('<extLst') && extensionsIn(xml).length > 0;

/** `written` (the copy's workbook part) with the original's options in these extensions, those it lacks. */
export function withBookExtensionsOf(original: string, written: string): string {
  const want = extensionsIn(original).filter((ext) => !written.includes(/uri="[^"]*"/.exec(ext)![0]));
  if (!want.length) return written;
  // The workbook's own list is its last child; a window's (<workbookView><extLst>) is not the place.
  const close = /<\/extLst>\s*<\/workbook>/.exec(written)?.index;
  if (close !== undefined) return written.slice(0, close) + want.join('') + written.slice(close);
  const end = written.lastIndexOf('</workbook>');
  return end < 0 ? written : `${written.slice(0, end)}<extLst>${want.join('')}</extLst>${written.slice(end)}`;
}
