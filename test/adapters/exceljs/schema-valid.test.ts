// The checked copies pass Microsoft's Open XML SDK validator, the nearest thing here to opening
// them in Excel: a part out of the schema is what makes Excel offer to repair a file (and its
// repair may empty a sheet). Copies of the sample as offices change it, and of a province.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE, sampleWith, sampleWithLogo, sampleWithTable } from '../../support/sample-variants';
import { schemaErrors } from '../../support/ooxml-validator';
import { addChart, anchor, drawOnSheet, pictureGroup, REL, text } from '../../support/chart-package';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { relationships, relsPathOf } from '../../../src/adapters/exceljs/package-rels';
import { addSmartArt } from '../../support/smartart-package';
import { generateWorkbookData, writeWorkbookXlsx } from '../../../bench/generate';
import { sampleWithOfficeExtras } from '../../support/office-extras';
import { LIST, sampleWithIconSets } from '../../support/icon-set-package';
import { sampleWithRules } from '../../support/cf-rule-package';
import { AN, BINH, sampleWithThreads } from '../../support/thread-package';
import { sampleWithCalculatedTable, withDataTable, withOwnPalette } from '../../support/palette-table-package';

jest.setTimeout(180_000);

const STATUS = 'Hiện trạng NTM';
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-schema-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The input and its checked copy saved under `name`, for the validator. */
async function copyFile(name: string, input: Buffer): Promise<[string, string]> {
  const { copy } = await checkedCopyOf(input);
  const files: [string, string] = [path.join(dir, `${name}.xlsx`), path.join(dir, `${name}.checked.xlsx`)];
  fs.writeFileSync(files[0], input);
  fs.writeFileSync(files[1], await copy.generateAsync({ type: 'nodebuffer' }));
  return files;
}

// Settings the package pass copies back into the written sheets (restore-sheets.ts).
const settings = (x: string) =>
  x
    .replace('<sheetView workbookViewId="0">', '<sheetView showZeros="0" workbookViewId="0">')
    .replace(/<sheetFormatPr\b/, '<sheetFormatPr baseColWidth="12"')
    .replace('</sheetData>', '</sheetData><sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>')
    .replace('</worksheet>', '<ignoredErrors><ignoredError sqref="A6:A83" numberStoredAsText="1"/></ignoredErrors></worksheet>');

// Copied back at their schema places (sheet-view-flags.ts, dropped-elements.ts, book-view-flags.ts):
// the workbook saved open in two windows, the status sheet's view in each, its consolidation
// settings, full calculation on load and watched cells; its dismissed errors after the watches.
async function sampleInTwoWindows(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(
    await sampleWith(STATUS, (x) =>
      x
        .replace('</sheetView></sheetViews>', '</sheetView><sheetView showFormulas="1" showZeros="0" workbookViewId="1"><selection activeCell="D7" sqref="D7"/></sheetView></sheetViews>')
        .replace('</sheetData>', '</sheetData><sheetCalcPr fullCalcOnLoad="1"/>')
        .replace('<mergeCells', '<dataConsolidate function="average" topLabels="1"><dataRefs count="1"><dataRef ref="D7:D20" sheet="Danh sách xã"/></dataRefs></dataConsolidate><mergeCells')
        .replace('</worksheet>', '<cellWatches><cellWatch r="D7"/></cellWatches><ignoredErrors><ignoredError sqref="A6:A83" numberStoredAsText="1"/></ignoredErrors></worksheet>'),
    ),
  );
  const book = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', book.replace('<sheets>', '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="19200" windowHeight="10000" tabRatio="750" showHorizontalScroll="0" autoFilterDateGrouping="0" activeTab="2"/><workbookView minimized="1" showVerticalScroll="0" xWindow="9600" yWindow="0" windowWidth="9600" windowHeight="10000" activeTab="2"/></bookViews><sheets>'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

// The communes list left scrolled down, no frozen rows (sheet-view-flags.ts), in a workbook whose
// options hide objects, make a backup, check compatibility and keep pictures uncompressed (workbook-flags.ts).
async function sampleScrolledWithOptions(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await sampleWith('Danh sách xã', (x) => x.replace(/<sheetViews>[\s\S]*<\/sheetViews>/, '<sheetViews><sheetView topLeftCell="B12" workbookViewId="0"><selection activeCell="C14" sqref="C14"/></sheetView></sheetViews>')));
  const book = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', book.replace(/<workbookPr\b[^>]*\/>/, '<workbookPr showObjects="none" backupFile="1" checkCompatibility="1" autoCompressPictures="0" defaultThemeVersion="166925"/>'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

// Views as the office left them (sheet-view-panes.ts, tab-selection.ts, workbook-ext-flags.ts): the
// communes list frozen under its header and scrolled right, the status matrix frozen at D6 with a
// range selected and its tab grouped with the assignment sheet's, the workbook's picture and
// chart options in its extension list.
async function sampleWithViews(): Promise<Buffer> {
  const views = (view: string) => (x: string) => x.replace(/<sheetViews>[\s\S]*<\/sheetViews>/, `<sheetViews>${view}</sheetViews>`);
  const zip = await JSZip.loadAsync(await sampleWith('Danh sách xã', views('<sheetView topLeftCell="C1" workbookViewId="0"><pane ySplit="4" topLeftCell="C20" activePane="bottomLeft" state="frozen"/><selection activeCell="D2" sqref="D2"/><selection pane="bottomLeft" activeCell="D25" sqref="D25"/></sheetView>')));
  const parts = await sheetParts(zip);
  const edit = async (name: string, change: (x: string) => string) => zip.file(parts.get(name)!, change(await text(zip, parts.get(name)!)));
  await edit(STATUS, views('<sheetView tabSelected="1" workbookViewId="0"><pane xSplit="3" ySplit="5" topLeftCell="H30" activePane="bottomRight" state="frozen"/><selection pane="topRight" activeCell="H1" sqref="H1"/><selection pane="bottomLeft" activeCell="A30" sqref="A30"/><selection pane="bottomRight" activeCell="J33" sqref="J33:K35"/></sheetView>'));
  await edit('Phân công', (x) => x.replace('<sheetView workbookViewId="0">', '<sheetView tabSelected="1" workbookViewId="0">'));
  const book = await text(zip, 'xl/workbook.xml');
  zip.file(
    'xl/workbook.xml',
    book
      .replace('<sheets>', '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="19200" windowHeight="10000" firstSheet="1" activeTab="2"/></bookViews><sheets>')
      .replace('</workbook>', '<extLst><ext uri="{79F54976-1DA5-4618-B147-4CDE4B953A38}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:workbookPr defaultImageDpi="150" discardImageEditData="1"/></ext><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>'),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The sample with a chart over the first five rows of its communes list (numbers in A, names in B). */
async function sampleWithChart(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  await addChart(zip, { sheet: 'Danh sách xã', title: 'Các xã', cat: '$B$5:$B$9', val: '$A$5:$A$9', cats: ['Ngãi Xuyên', 'Kim Sơn', 'Hàm Giang', 'Phước Hưng', 'Tân Sơn'], vals: [1, 2, 3, 4, 5], from: [8, 2], to: [15, 18], extras: true });
  return zip.generateAsync({ type: 'nodebuffer' });
}

/**
 * The sample with its logo and, beside it on the same sheet, a SmartArt of the review's steps
 * (smartart-links.ts) and the logo's picture grouped with a text box (picture-stand-ins.ts).
 */
async function sampleWithDrawings(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await sampleWithLogo());
  const { drawing } = await addSmartArt(zip, { sheet: 'Phân công', items: ['Rà soát', 'Tổng hợp', 'Báo cáo'], from: [10, 2], to: [16, 12] });
  const logo = relationships(await text(zip, relsPathOf(drawing))).find((r) => r.type === REL.image)!;
  await drawOnSheet(zip, 'Phân công', anchor([10, 14], [14, 20], pictureGroup(20, 'rId40')), [{ id: 'rId40', type: REL.image, target: logo.target }]);
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('checked copies of the sample, of the sample as offices change it, and of a province pass the schema', async () => {
  const province = path.join(dir, 'tinh-120.xlsx');
  await writeWorkbookXlsx(generateWorkbookData({ communes: 120, shape: 'matrix', seed: 2023 }), province);
  const cases = [
    await copyFile('sample', fs.readFileSync(SAMPLE)),
    // Notes (the check's marks) on a sheet with a table: exceljs#1369.
    await copyFile('table', await sampleWithTable()),
    // A logo anchored to one cell: exceljs#1083.
    await copyFile('logo', await sampleWithLogo()),
    await copyFile('settings', await sampleWith(STATUS, settings)),
    await copyFile('windows', await sampleInTwoWindows()),
    await copyFile('scrolled', await sampleScrolledWithOptions()),
    await copyFile('views', await sampleWithViews()),
    // A chart of the office's, with a text box and a picture drawn on it (restore-charts.ts).
    await copyFile('chart', await sampleWithChart()),
    // A SmartArt and a group holding a picture beside a picture (smartart-links.ts, picture-stand-ins.ts).
    await copyFile('drawings', await sampleWithDrawings()),
    // Long lists continued on further rows, merged beside them (tall-row.ts).
    await copyFile('province', fs.readFileSync(province)),
    // Sparklines, data bars with automatic bounds, filters on a sheet and a table, apostrophes (office-extras.ts).
    await copyFile('extras', await sampleWithOfficeExtras()),
    // Icon sets of Excel 2007 and 2010, icons chosen per level, thresholds by formula (conditional-formats.ts).
    await copyFile('icons', await sampleWithIconSets()),
    // Colour scales, data bars and styled rules, thresholds by formula, rules naming another sheet, their styles (conditional-formats.ts, rule-styles.ts).
    await copyFile('rules', await sampleWithRules()),
    // Threaded comments with a reply, their people, and the notes Excel writes under them (threaded-comments.ts).
    await copyFile('threads', await sampleWithThreads([{ sheet: 'Phân công', cell: 'B3', id: '{0A1B2C3D-1111-4A2B-8C3D-4E5F6A7B8C01}', comments: [[AN, 'Đề nghị đổi hạn.'], [BINH, 'Đã thống nhất.']], done: true }])),
    // A palette of the office's own, a table with a calculated column and a custom total, a What-If data table (palette.ts, table-formulas.ts, data-tables.ts).
    await copyFile('palette-table', await withDataTable(await withOwnPalette(await sampleWithCalculatedTable()))),
    // Saved by LibreOffice 7: on/off attributes written as words (on-off-attributes.ts).
    await copyFile('libreoffice', fs.readFileSync(path.join(__dirname, '../../fixtures/libreoffice/tra-cu-libreoffice.xlsx'))),
  ];
  // The copies hold what each case is about, so a clean report means something.
  const table = await JSZip.loadAsync(fs.readFileSync(cases[1][1]));
  const windows = await JSZip.loadAsync(fs.readFileSync(cases[4][1]));
  const status = await windows.file((await sheetParts(windows)).get(STATUS)!)!.async('string');
  for (const kept of ['showZeros="0"', '<sheetCalcPr', '<dataConsolidate', '<cellWatches']) expect(status).toContain(kept);
  expect(await windows.file('xl/workbook.xml')!.async('string')).toContain('tabRatio="750"');
  const scrolled = await JSZip.loadAsync(fs.readFileSync(cases[5][1]));
  expect(await scrolled.file((await sheetParts(scrolled)).get('Danh sách xã')!)!.async('string')).toMatch(/<sheetView\b[^>]*\stopLeftCell="B12"/);
  expect(await scrolled.file('xl/workbook.xml')!.async('string')).toContain('<workbookPr defaultThemeVersion="164011" showObjects="none" backupFile="1" checkCompatibility="1" autoCompressPictures="0"/>');
  expect(Object.keys(table.files).some((n) => n.startsWith('xl/tables/'))).toBe(true);
  expect(Object.keys(table.files).some((n) => n.startsWith('xl/comments'))).toBe(true);
  const views = await JSZip.loadAsync(fs.readFileSync(cases[6][1]));
  const matrix = await views.file((await sheetParts(views)).get(STATUS)!)!.async('string');
  for (const kept of ['tabSelected="1"', '<selection pane="topRight"', 'sqref="J33:K35"']) expect(matrix).toContain(kept);
  expect(await views.file('xl/workbook.xml')!.async('string')).toContain('<x14:workbookPr defaultImageDpi="150" discardImageEditData="1"/>');
  const drawings = await JSZip.loadAsync(fs.readFileSync(cases[8][1]));
  expect(Object.keys(drawings.files).filter((n) => /^xl\/diagrams\/[^/]+\.xml$/.test(n))).toHaveLength(5);
  const drawn = await Promise.all(Object.keys(drawings.files).filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n)).map((n) => text(drawings, n)));
  expect(drawn.join('').match(/<xdr:grpSp>/g)).toHaveLength(1);
  const extras = await JSZip.loadAsync(fs.readFileSync(cases[10][1]));
  const extrasStatus = await text(extras, (await sheetParts(extras)).get(STATUS)!);
  for (const kept of ['<x14:sparklineGroups', '<x14:cfvo type="autoMin"/>', '<x14:dataValidations']) expect(extrasStatus).toContain(kept);
  expect(await text(extras, (await sheetParts(extras)).get('Danh sách xã')!)).toContain('<filterColumn colId="5">');
  const icons = await JSZip.loadAsync(fs.readFileSync(cases[11][1]));
  const iconList = await text(icons, (await sheetParts(icons)).get(LIST)!);
  for (const kept of ['<cfvo type="formula" val="$A$9"/>', '<x14:cfIcon iconSet="NoIcons" iconId="0"/>', '<x14:iconSet iconSet="5Boxes">']) expect(iconList).toContain(kept);
  const rules = await JSZip.loadAsync(fs.readFileSync(cases[12][1]));
  const ruleList = await text(rules, (await sheetParts(rules)).get(LIST)!);
  for (const kept of ['<cfvo type="formula" val="AVERAGE($A$5:$A$21)+2"/>', '<x14:colorScale>', '<dataBar showValue="0">', 'stdDev="1"', '<x14:dxf>']) expect(ruleList).toContain(kept);
  expect(await text(rules, 'xl/styles.xml')).toContain('formatCode="0.0%"');
  const threads = await JSZip.loadAsync(fs.readFileSync(cases[13][1]));
  expect(Object.keys(threads.files).filter((n) => /^xl\/(threadedComments|persons)\/[^/]+\.xml$/.test(n))).toHaveLength(2);
  const paletteTable = await JSZip.loadAsync(fs.readFileSync(cases[14][1]));
  expect(await text(paletteTable, 'xl/styles.xml')).toContain('<indexedColors>');
  expect((await Promise.all(Object.keys(paletteTable.files).filter((n) => n.startsWith('xl/tables/')).map((n) => text(paletteTable, n)))).join('')).toContain('<totalsRowFormula>');
  const errors = schemaErrors(cases.flat());
  // The original's own errors (a test chart's shortened style part) may stay; the copy adds none.
  for (const [input, copy] of cases) {
    const added = errors[copy].filter((e) => !errors[input].some((o) => o.id === e.id && o.description === e.description));
    expect({ file: path.basename(copy), errors: added }).toEqual({ file: path.basename(copy), errors: [] });
  }
  expect(errors[cases[0][0]]).toEqual([]);
  // The threads as made here are as Excel writes them: the validator finds nothing in them either.
  expect(errors[cases[13][0]]).toEqual([]);
});
