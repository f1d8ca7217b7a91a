// What Excel 2010 and later keep in a sheet's extension list, as Excel 365 writes it, put into the
// sample's status sheet for the copy-path tests: sparklines, a drop-down from another sheet's
// range, data bars.
import { sampleWith } from './sample-variants';

export const STATUS = 'Hiện trạng NTM';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const XR2 = 'http://schemas.microsoft.com/office/spreadsheetml/2015/revision2';

const colours = '<x14:colorSeries theme="4" tint="-0.499984740745262"/><x14:colorNegative theme="5"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers theme="4" tint="-0.499984740745262"/><x14:colorFirst theme="4" tint="0.39997558519241921"/><x14:colorLast theme="4" tint="0.39997558519241921"/><x14:colorHigh theme="4"/><x14:colorLow theme="4"/>';

/** Two sparkline groups beside the status table: a line over the communes' numbers, columns over the years they were recognised. */
export const SPARKLINES =
  `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}">` +
  `<x14:sparklineGroup displayEmptyCellsAs="gap" markers="1" xr2:uid="{6F7C55A4-1C2B-4D3E-8F90-0A1B2C3D4E01}">${colours}<x14:sparklines><x14:sparkline><xm:f>'Danh sách xã'!A5:A21</xm:f><xm:sqref>T7</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup>` +
  `<x14:sparklineGroup type="column" displayEmptyCellsAs="gap" xr2:uid="{6F7C55A4-1C2B-4D3E-8F90-0A1B2C3D4E02}">${colours}<x14:sparklines><x14:sparkline><xm:f>'Danh sách xã'!F5:F21</xm:f><xm:sqref>T8</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup>` +
  `</x14:sparklineGroups></ext>`;

/** A drop-down on the verdicts from the communes list's types, kept by Excel in the extension list. */
export const LIST_EXT = `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'Danh sách xã'!$D$5:$D$6</xm:f></x14:formula1><xm:sqref>S7:S20</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;

export interface DataBar {
  /** The rule, in the sheet's <conditionalFormatting>. */
  main: string;
  /** Its x14 rule, in the extension list. */
  x14: string;
}

/** A data bar over `sqref` as Excel writes it, with the x14 bounds `lo` and `hi` (`<x14:cfvo …/>`), in solid fill or Excel's gradient. */
export function dataBar(id: string, sqref: string, lo: string, hi: string, solid = true): DataBar {
  return {
    main: `<conditionalFormatting sqref="${sqref}"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${id}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
    x14: `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100"${solid ? ' gradient="0"' : ''}>${lo}${hi}<x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>${sqref}</xm:sqref></x14:conditionalFormatting>`,
  };
}

/** The extension list's entry for `bars`' x14 rules. */
export const barsExt = (bars: DataBar[]) => `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>${bars.map((b) => b.x14).join('')}</x14:conditionalFormattings></ext>`;

/** A data bar in solid fill over the numbers in column B, from the lowest to the highest value. */
const SOLID = dataBar('{2C0B5C5D-7A1E-4B8C-9D0F-1E2F3A4B5C01}', 'B7:B81', '<x14:cfvo type="min"/>', '<x14:cfvo type="max"/>');
export const SOLID_BAR = SOLID.main;
export const SOLID_BAR_EXT = barsExt([SOLID]);

/** The root as Excel 365 writes it: xr2 declared (the sparkline groups' uid) and ignorable. */
const withRevisions = (x: string) => x.replace('<worksheet ', `<worksheet xmlns:xr2="${XR2}" `).replace('mc:Ignorable="x14ac"', 'mc:Ignorable="x14ac xr2"');

/** A status sheet's part with `exts` (in Excel's order) as its extension list, `main` its rules after the merged cells. */
export const withExtensions = (exts: string[], main = '') => (x: string) => withRevisions(x).replace('</mergeCells>', `</mergeCells>${main}`).replace('</worksheet>', `<extLst>${exts.join('')}</extLst></worksheet>`);

/** The sample with `exts` as its status sheet's extension list, `main` its rules (see `withExtensions`). */
export async function sampleWithExtensions(exts: string[], main = ''): Promise<Buffer> {
  return sampleWith(STATUS, withExtensions(exts, main));
}
