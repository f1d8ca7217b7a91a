// Conditional formats with thresholds, formulas and styles as Excel 365 writes them, on the
// communes list of the sample, for the copy-path tests, the validator and a look in LibreOffice:
// the numbers 1 to 17 beside the list (H5:U21), dates in V, and one rule over each column or
// over the list's own text (B to G). Rules Excel 2007 could hold are in the sheet's
// <conditionalFormatting>, a data bar's Excel 2010 part linked from it; a rule naming another
// sheet only in the extension list, with an id, a priority and (for a style) its <x14:dxf>.
// Styles are the workbook's <dxfs>, in Excel's order of a dxf's children.
import * as fs from 'fs';
import JSZip from 'jszip';
import { sheetParts } from '../../src/adapters/exceljs/page-breaks';
import { SAMPLE } from './sample-variants';
import { type IconRule as CfRule, iconSetParts as ruleParts } from './icon-set-package';

export { type CfRule };
export const LIST = 'Danh sách xã';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const BAR_LINK = 'B025F937-C7B1-47D3-B67F-A62EFF666E3E';
const id = (n: number) => `{3A9F1C2B-6D4E-4F80-A1B2-C3D4E5F6A7${String(n).padStart(2, '0')}}`;

const main = (sqref: string, rule: string): CfRule => ({ sqref, rule, x14: false });
const ext = (sqref: string, rule: string): CfRule => ({ sqref, rule, x14: true });

// Colour scales: Excel's defaults, a percentile midpoint, thresholds by formula with theme colours and tints, fixed numbers and a percent.
export const SCALE2 = main('H5:H21', '<cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule>');
export const SCALE3 = main('I5:I21', '<cfRule type="colorScale" priority="2"><colorScale><cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FFFFEB84"/><color rgb="FF63BE7B"/></colorScale></cfRule>');
export const SCALE_FORMULA = main('J5:J21', '<cfRule type="colorScale" priority="3"><colorScale><cfvo type="formula" val="$A$9"/><cfvo type="percentile" val="50"/><cfvo type="formula" val="AVERAGE($A$5:$A$21)+2"/><color theme="4" tint="0.79998168889431442"/><color theme="0"/><color theme="5" tint="-0.249977111117893"/></colorScale></cfRule>');
export const SCALE_NUMS = main('K5:K21', '<cfRule type="colorScale" priority="4"><colorScale><cfvo type="num" val="3"/><cfvo type="percent" val="90"/><color rgb="FFFFEF9C"/><color theme="9" tint="-0.499984740745262"/></colorScale></cfRule>');
/** A scale up to a cell of another sheet: Excel 2010 keeps it in the extension list only. */
export const SCALE_ELSEWHERE = ext('L5:L21', `<x14:cfRule type="colorScale" priority="5" id="${id(5)}"><x14:colorScale><x14:cfvo type="min"/><x14:cfvo type="formula"><xm:f>'Phân công'!$A$13</xm:f></x14:cfvo><x14:color rgb="FFF8696B"/><x14:color rgb="FF63BE7B"/></x14:colorScale></x14:cfRule>`);

/** A data bar: its rule in the sheet's formats, linked to its Excel 2010 part (`x14`, a <x14:dataBar>). */
const bar = (sqref: string, priority: number, dataBar: string, x14: string): CfRule[] => [
  main(sqref, `<cfRule type="dataBar" priority="${priority}">${dataBar}<extLst><ext uri="{${BAR_LINK}}" xmlns:x14="${X14}"><x14:id>${id(priority)}</x14:id></ext></extLst></cfRule>`),
  ext(sqref, `<x14:cfRule type="dataBar" id="${id(priority)}">${x14}</x14:cfRule>`),
];
/** From the value in A9 to 15, in solid fill. */
export const BAR_FORMULA = bar('M5:M21', 6, '<dataBar><cfvo type="formula" val="$A$9"/><cfvo type="num" val="15"/><color rgb="FF638EC6"/></dataBar>', '<x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="formula"><xm:f>$A$9</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>15</xm:f></x14:cfvo><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar>');
/** From 10 % to 90 %, the bar only (values hidden), in a theme colour with Excel's gradient and border. */
export const BAR_PERCENT = bar('N5:N21', 7, '<dataBar showValue="0"><cfvo type="percent" val="10"/><cfvo type="percent" val="90"/><color theme="5" tint="-0.249977111117893"/></dataBar>', '<x14:dataBar minLength="0" maxLength="100" border="1" negativeBarBorderColorSameAsPositive="0"><x14:cfvo type="percent"><xm:f>10</xm:f></x14:cfvo><x14:cfvo type="percent"><xm:f>90</xm:f></x14:cfvo><x14:borderColor theme="5" tint="-0.249977111117893"/><x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar>');
/** From a cell of another sheet: in the extension list only, its colour there. */
export const BAR_ELSEWHERE = ext('O5:O21', `<x14:cfRule type="dataBar" priority="8" id="${id(8)}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="formula"><xm:f>'Phân công'!$A$13</xm:f></x14:cfvo><x14:cfvo type="autoMax"/><x14:fillColor rgb="FF638EC6"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>`);

// Rules with a style (dxfId: DXFS below).
/** A long formula with comparisons, text and another column. */
export const EXPRESSION = main('P5:P21', '<cfRule type="expression" dxfId="1" priority="9"><formula>AND($F5&lt;&gt;"",$F5&gt;=2017,$F5&lt;=2019,P5&gt;MEDIAN($P$5:$P$21),ISNUMBER(SEARCH("nông thôn",$D5)))</formula></cfRule>');
/** Between two formulas; no rule below it applies where it does. */
export const BETWEEN = main('Q5:Q21', '<cfRule type="cellIs" dxfId="0" priority="10" stopIfTrue="1" operator="between"><formula>$A$9</formula><formula>$A$9+5</formula></cfRule>');
/** One standard deviation below average; equal to or above average. */
export const BELOW_SD = main('R5:R21', '<cfRule type="aboveAverage" dxfId="2" priority="11" aboveAverage="0" stdDev="1"/>');
export const AT_OR_ABOVE = main('S5:S21', '<cfRule type="aboveAverage" dxfId="0" priority="12" equalAverage="1"/>');
/** Bottom 20 %; top 3, stopping there. */
export const BOTTOM_PERCENT = main('T5:T21', '<cfRule type="top10" dxfId="1" priority="13" percent="1" bottom="1" rank="20"/>');
export const TOP3 = main('U5:U21', '<cfRule type="top10" dxfId="2" priority="14" stopIfTrue="1" rank="3"/>');
/** Dates last month. */
export const LAST_MONTH = main('V5:V21', '<cfRule type="timePeriod" dxfId="0" priority="15" timePeriod="lastMonth"><formula>AND(MONTH(V5)=MONTH(EDATE(TODAY(),0-1)),YEAR(V5)=YEAR(EDATE(TODAY(),0-1)))</formula></cfRule>');
/** Text rules over the list's own words. */
export const CONTAINS = main('E5:E21', '<cfRule type="containsText" dxfId="1" priority="16" operator="containsText" text="nâng cao"><formula>NOT(ISERROR(SEARCH("nâng cao",E5)))</formula></cfRule>');
export const BEGINS = main('B5:B21', '<cfRule type="beginsWith" dxfId="0" priority="17" operator="beginsWith" text="Tân"><formula>LEFT(B5,LEN("Tân"))="Tân"</formula></cfRule>');
export const BLANKS = main('G5:G21', '<cfRule type="containsBlanks" dxfId="2" priority="18"><formula>LEN(TRIM(G5))=0</formula></cfRule>');
/** Years seen twice; region names seen once. */
export const DUPLICATES = main('F5:F21', '<cfRule type="duplicateValues" dxfId="1" priority="19"/>');
export const UNIQUE = main('C5:C21', '<cfRule type="uniqueValues" dxfId="0" priority="20"/>');
/** Numbers above a cell of another sheet: in the extension list only, its style there. */
export const ABOVE_ELSEWHERE = ext('A5:A21', `<x14:cfRule type="expression" priority="21" id="${id(21)}"><xm:f>$A5&gt;'Phân công'!$A$13</xm:f><x14:dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></x14:dxf></x14:cfRule>`);

export const SCALES = [SCALE2, SCALE3, SCALE_FORMULA, SCALE_NUMS, SCALE_ELSEWHERE];
export const BARS = [...BAR_FORMULA, ...BAR_PERCENT, BAR_ELSEWHERE];
export const STYLED = [EXPRESSION, BETWEEN, BELOW_SD, AT_OR_ABOVE, BOTTOM_PERCENT, TOP3, LAST_MONTH, CONTAINS, BEGINS, BLANKS, DUPLICATES, UNIQUE, ABOVE_ELSEWHERE];
export const CF_RULES = [...SCALES, ...BARS, ...STYLED];

/**
 * The workbook's styles for the rules: Excel's "Light Red Fill with Dark Red Text"; bold, not
 * italic, struck through, a theme colour with tint, a percent format, a patterned fill and thin
 * borders; double underline in green over a two-colour gradient.
 */
export const DXFS = [
  '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>',
  '<dxf><font><b/><i val="0"/><strike/><color theme="5" tint="-0.24994659260841701"/></font><numFmt numFmtId="164" formatCode="0.0%"/><fill><patternFill patternType="lightUp"><fgColor rgb="FFFF0000"/><bgColor theme="4" tint="0.79998168889431442"/></patternFill></fill><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><vertical/><horizontal/></border></dxf>',
  '<dxf><font><u val="double"/><color rgb="FF006100"/></font><fill><gradientFill degree="90"><stop position="0"><color theme="0"/></stop><stop position="1"><color theme="4"/></stop></gradientFill></fill></dxf>',
];

/** The communes list's rows 5 to 21 with 1 to 17 in H to U, and in V a date a month apart from the next (2023-01-15 on). */
const withValues = (x: string) =>
  x
    .replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (row, r: string, attrs: string, cells: string) => {
      const n = Number(r);
      if (n < 5 || n > 21) return row;
      const numbers = [...'HIJKLMNOPQRSTU'].map((c) => `<c r="${c}${r}"><v>${n - 4}</v></c>`).join('');
      return `<row r="${r}"${attrs.replace(/ spans="[^"]*"/, '')}>${cells}${numbers}<c r="V${r}" s="0"><v>${44941 + 30 * (n - 5)}</v></c></row>`;
    })
    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:V21"/>');

/** The sample with `rules` (all of them by default) on its communes list and DXFS as its styles. */
export async function sampleWithRules(rules: CfRule[] = CF_RULES): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  const part = (await sheetParts(zip)).get(LIST)!;
  const { main: formats, ext: list } = ruleParts(rules);
  const sheet = withValues(await zip.file(part)!.async('string')).replace('</mergeCells>', `</mergeCells>${formats}`);
  zip.file(part, list ? sheet.replace('</worksheet>', `<extLst>${list}</extLst></worksheet>`) : sheet);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', styles.replace('<dxfs count="0"/>', `<dxfs count="${DXFS.length}">${DXFS.join('')}</dxfs>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}
