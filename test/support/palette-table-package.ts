// The sample as an office's older template or its own table has it: a colour palette of its own
// (styles.xml <colors>), a table with a calculated column and a custom total, and a What-If data
// table (palette.ts, table-formulas.ts, data-tables.ts).
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SAMPLE } from './sample-variants';
import { sheetParts } from '../../src/adapters/exceljs/page-breaks';

// Excel's default palette has 56 entries after the 8 fixed ones; a template's own replaces some. Here
// entry 10 (Excel's red FFFF0000) is the office's dark blue, and entry 9 white text goes on it.
export const PALETTE = '<colors><indexedColors>' + Array.from({ length: 64 }, (_, i) => `<rgbColor rgb="${i === 10 ? 'FF1F3864' : i === 9 ? 'FFFFFFFF' : 'FF808080'}"/>`).join('') + '</indexedColors><mruColors><color rgb="FF1F3864"/></mruColors></colors>';
/** The cell of the plan filled with palette colour 10. */
export const PALETTE_CELL = { sheet: 'Phân công', cell: 'A5' };

/** `input` with `PALETTE`, and `PALETTE_CELL` filled with its colour 10. */
export async function withOwnPalette(input: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(input);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  if (styles.includes('<colors')) throw new Error('the input has a palette already');
  const fills = /<fills count="(\d+)">/.exec(styles)!;
  const xfs = /<cellXfs count="(\d+)">/.exec(styles)!;
  zip.file(
    'xl/styles.xml',
    styles
      .replace(fills[0], `<fills count="${Number(fills[1]) + 1}">`)
      .replace('</fills>', '<fill><patternFill patternType="solid"><fgColor indexed="10"/><bgColor indexed="64"/></patternFill></fill></fills>')
      .replace(xfs[0], `<cellXfs count="${Number(xfs[1]) + 1}">`)
      .replace('</cellXfs>', `<xf numFmtId="0" fontId="0" fillId="${fills[1]}" borderId="0" applyFill="1"/></cellXfs>`)
      .replace('</styleSheet>', `${PALETTE}</styleSheet>`),
  );
  const part = (await sheetParts(zip)).get(PALETTE_CELL.sheet)!;
  const xml = await zip.file(part)!.async('string');
  zip.file(part, xml.replace(new RegExp(`<c r="${PALETTE_CELL.cell}"( s="\\d+")?`), `<c r="${PALETTE_CELL.cell}" s="${xfs[1]}"`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

// As Excel writes them: the calculated column's formula in structured references, the custom total.
export const CALCULATED = '<calculatedColumnFormula>19-Bang_TH[[#This Row],[Số tiêu chí đạt]]</calculatedColumnFormula>';
export const CUSTOM_TOTAL = '<totalsRowFormula>AVERAGE(Bang_TH[Còn thiếu])</totalsRowFormula>';

/** The sample with the office's own table under the status table: two communes, the criteria they lack. */
export async function sampleWithCalculatedTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  wb.getWorksheet('Hiện trạng NTM')!.addTable({
    name: 'Bang_TH', ref: 'B90', headerRow: true, totalsRow: true,
    columns: [{ name: 'Xã', totalsRowLabel: 'Bình quân' }, { name: 'Số tiêu chí đạt', totalsRowFunction: 'none' }, { name: 'Còn thiếu', totalsRowFunction: 'custom' }],
    rows: [['Tân Sơn', 15, { formula: '19-C91', result: 4 }], ['Long Hiệp', 12, { formula: '19-C92', result: 7 }]],
  });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = Object.keys(zip.files).find((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))!;
  const xml = await zip.file(part)!.async('string');
  const fixed = xml.replace(/(<tableColumn\b[^>]*name="Còn thiếu"[^>]*?)\s*\/>/, `$1>${CALCULATED}${CUSTOM_TOTAL}</tableColumn>`);
  if (fixed === xml) throw new Error('no column "Còn thiếu" in the table part');
  zip.file(part, fixed);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The sheet and cells of `withDataTable`'s What-If table: X90 the input, Y90 =X90*2, Y91:Y93 its results for X91:X93. */
export const DATA_TABLE = { sheet: 'Danh sách xã', anchor: 'Y91', formula: '<f t="dataTable" ref="Y91:Y93" dt2D="0" dtr="0" r1="X90"/>' };

/** `input` with a one-variable data table beside the communes list, as Excel writes it (results cached). */
export async function withDataTable(input: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(input);
  const part = (await sheetParts(zip)).get(DATA_TABLE.sheet)!;
  const xml = await zip.file(part)!.async('string');
  const rows =
    '<row r="90"><c r="X90"><v>1</v></c><c r="Y90"><f>X90*2</f><v>2</v></c></row>' +
    `<row r="91"><c r="X91"><v>3</v></c><c r="Y91">${DATA_TABLE.formula}<v>6</v></c></row>` +
    '<row r="92"><c r="X92"><v>4</v></c><c r="Y92"><v>8</v></c></row>' +
    '<row r="93"><c r="X93"><v>5</v></c><c r="Y93"><v>10</v></c></row>';
  if (/<row r="9[0-3]"/.test(xml)) throw new Error('rows 90–93 are taken');
  zip.file(part, xml.replace('</sheetData>', `${rows}</sheetData>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}
