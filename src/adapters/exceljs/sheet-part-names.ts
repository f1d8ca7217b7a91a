// Where ExcelJS looks for the sheets: it reads worksheet parts named xl/worksheets/sheet<n>.xml
// only (and their relationships as xl/worksheets/_rels/sheet<n>.xml.rels), and finds a sheet by
// its relationship's target. The Open XML SDK names the first part it adds
// xl/worksheets/sheet.xml, other tools name theirs as they like ("Trang1.xml"); Excel and
// LibreOffice follow the relationships, ExcelJS read no sheet at all and the check said no
// assignment or status sheet was found. ExcelJS is given such parts under its own names (in the
// package it reads only: the package passes find the original's sheets through its relationships).
import type JSZip from 'jszip';
import { REL_NS, relationships, relsPathOf, resolveTarget, withTarget } from './package-rels';

const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const EXCELJS_NAME = /^xl\/worksheets\/sheet\d+\.xml$/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames `zip`'s worksheet parts ExcelJS would not find in xl/worksheets/; whether any was. */
export async function nameSheetPartsForExcelJS(zip: JSZip): Promise<boolean> {
  const rels = await zip.file(WORKBOOK_RELS)?.async('string');
  if (rels === undefined) return false;
  const odd = relationships(rels)
    .filter((r) => r.type === `${REL_NS}/worksheet` && !r.external)
    .map((r) => ({ rel: r, part: resolveTarget('xl/workbook.xml', r.target) }))
    // Only within xl/worksheets/: a part elsewhere has relationships relative to its own folder.
    .filter(({ part }) => !EXCELJS_NAME.test(part) && part.startsWith('xl/worksheets/') && !part.slice('xl/worksheets/'.length).includes('/') && zip.file(part));
  if (!odd.length) return false;
  let fixedRels = rels;
  let types = await zip.file(CONTENT_TYPES)?.async('string');
  let n = 1;
  for (const { rel, part } of odd) {
    while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
    const name = `xl/worksheets/sheet${n}.xml`;
    zip.file(name, await zip.file(part)!.async('uint8array'));
    zip.remove(part);
    const ownRels = zip.file(relsPathOf(part));
    if (ownRels) {
      zip.file(relsPathOf(name), await ownRels.async('uint8array'));
      zip.remove(relsPathOf(part));
    }
    fixedRels = withTarget(fixedRels, rel.id, `worksheets/sheet${n}.xml`);
    types = types?.replace(new RegExp(`PartName="/${escapeRe(part)}"`), `PartName="/${name}"`);
  }
  zip.file(WORKBOOK_RELS, fixedRels);
  if (types !== undefined) zip.file(CONTENT_TYPES, types);
  return true;
}
