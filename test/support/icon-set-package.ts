// Icon sets as Excel 365 writes them, on the communes list of the sample, for the copy-path tests,
// the validator and a look in LibreOffice: the numbers 1 to 17 beside the list (H5:P21, a column
// per rule) and one icon-set rule over each column. Excel writes a set Excel 2007 knew in the
// sheet's <conditionalFormatting>; one of Excel 2010's sets (3 Stars, 3 Triangles, 5 Boxes), a
// set with icons chosen per level or "No Cell Icon", and one whose threshold names another sheet
// only in the extension list, with an id of its own and no link from the sheet's rules.
import { sampleWith } from './sample-variants';
import { withExtensions } from './extension-package';

export const LIST = 'Danh sách xã';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';

export interface IconRule {
  sqref: string;
  /** The <cfRule> (or <x14:cfRule>) as Excel writes it. */
  rule: string;
  /** Whether Excel keeps it in the extension list. */
  x14: boolean;
}

const main = (sqref: string, priority: number, iconSet: string): IconRule => ({ sqref, x14: false, rule: `<cfRule type="iconSet" priority="${priority}">${iconSet}</cfRule>` });
const ext = (sqref: string, priority: number, iconSet: string): IconRule => ({
  sqref,
  x14: true,
  rule: `<x14:cfRule type="iconSet" priority="${priority}" id="{6B1D2E3F-5A4C-4E21-9B7D-0C1E2F3A4B${String(priority).padStart(2, '0')}}">${iconSet}</x14:cfRule>`,
});
/** An Excel 2010 threshold: its value or formula in <xm:f>. */
const cfvo = (type: string, f: string, gte = '') => `<x14:cfvo type="${type}"${gte}><xm:f>${f}</xm:f></x14:cfvo>`;
const thirds = cfvo('percent', '0') + cfvo('percent', '33') + cfvo('percent', '67');

/** Excel 2007's sets: the default thresholds; numbers, "greater than" (gte="0"), icons only and reversed; formulas. */
export const ARROWS = main('H5:H21', 1, '<iconSet iconSet="3Arrows"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet>');
export const LIGHTS = main('I5:I21', 2, '<iconSet showValue="0" reverse="1"><cfvo type="percent" val="0"/><cfvo type="num" val="5"/><cfvo type="num" val="10" gte="0"/></iconSet>');
export const RATING = main('J5:J21', 3, '<iconSet iconSet="4Rating"><cfvo type="percent" val="0"/><cfvo type="formula" val="$A$9"/><cfvo type="percentile" val="50"/><cfvo type="formula" val="AVERAGE($A$5:$A$21)+2"/></iconSet>');
/** Excel 2010's sets, only in the extension list. */
export const STARS = ext('K5:K21', 4, `<x14:iconSet iconSet="3Stars">${thirds}</x14:iconSet>`);
export const TRIANGLES = ext('L5:L21', 5, `<x14:iconSet iconSet="3Triangles" showValue="0" reverse="1">${thirds}</x14:iconSet>`);
export const BOXES = ext('M5:M21', 6, `<x14:iconSet iconSet="5Boxes">${cfvo('percent', '0')}${cfvo('num', '4')}${cfvo('formula', '$A$9', ' gte="0"')}${cfvo('percentile', '60')}${cfvo('formula', "'Danh sách xã'!$A$15")}</x14:iconSet>`);
/** Icons chosen per level (a red flag, no icon, a gold star) over arrows; no icon, no icon, a red flag over traffic lights (Excel's default set: no iconSet), the values hidden. */
export const MIXED = ext('N5:N21', 7, `<x14:iconSet iconSet="3Arrows" custom="1">${thirds}<x14:cfIcon iconSet="3Flags" iconId="0"/><x14:cfIcon iconSet="NoIcons" iconId="0"/><x14:cfIcon iconSet="3Stars" iconId="2"/></x14:iconSet>`);
export const FLAGGED = ext('O5:O21', 8, `<x14:iconSet showValue="0" custom="1">${cfvo('percent', '0')}${cfvo('num', '-1')}${cfvo('num', '1')}<x14:cfIcon iconSet="NoIcons" iconId="0"/><x14:cfIcon iconSet="NoIcons" iconId="0"/><x14:cfIcon iconSet="3Flags" iconId="0"/></x14:iconSet>`);
/** An Excel 2007 set whose threshold is a cell of another sheet: Excel 2010 keeps it in the extension list. */
export const ELSEWHERE = ext('P5:P21', 9, `<x14:iconSet iconSet="3Arrows">${cfvo('percent', '0')}${cfvo('formula', "'Phân công'!$A$13")}${cfvo('num', '10')}</x14:iconSet>`);

export const ICON_SETS = [ARROWS, LIGHTS, RATING, STARS, TRIANGLES, BOXES, MIXED, FLAGGED, ELSEWHERE];

/** The extension list's <x14:conditionalFormatting> for those of `rules` Excel keeps there. */
export const x14Formats = (rules: IconRule[]) =>
  rules
    .filter((r) => r.x14)
    .map((r) => `<x14:conditionalFormatting xmlns:xm="${XM}">${r.rule}<xm:sqref>${r.sqref}</xm:sqref></x14:conditionalFormatting>`)
    .join('');

/** The sheet's <conditionalFormatting> for `rules` kept there, and the extension list's entry for the others (undefined when none). */
export function iconSetParts(rules: IconRule[]): { main: string; ext?: string } {
  const main = rules.filter((r) => !r.x14).map((r) => `<conditionalFormatting sqref="${r.sqref}">${r.rule}</conditionalFormatting>`).join('');
  const x14 = x14Formats(rules);
  return { main, ext: x14 ? `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>${x14}</x14:conditionalFormattings></ext>` : undefined };
}

/** The communes list's rows 5 to 21 with 1 to 17 in H to P. */
const withNumbers = (x: string) =>
  x
    .replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (row, r: string, attrs: string, cells: string) => {
      const n = Number(r);
      if (n < 5 || n > 21) return row;
      return `<row r="${r}"${attrs.replace(/ spans="[^"]*"/, '')}>${cells}${[...'HIJKLMNOP'].map((c) => `<c r="${c}${r}"><v>${n - 4}</v></c>`).join('')}</row>`;
    })
    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:P21"/>');

/** The sample with `rules` (all of them by default) on its communes list. */
export async function sampleWithIconSets(rules: IconRule[] = ICON_SETS): Promise<Buffer> {
  const { main, ext } = iconSetParts(rules);
  return sampleWith(LIST, (x) => (ext ? withExtensions([ext], main) : (y: string) => y.replace('</mergeCells>', `</mergeCells>${main}`))(withNumbers(x)));
}
