// What the office set on its own sheets and ExcelJS drops is copied back into the copy, from the
// sheet of the same origin, at its place in the worksheet's schema order.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE, sampleWith } from '../../support/sample-variants';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { loadWorkbookForCopy } from '../../../src/adapters/exceljs/read-workbook';
import { restoreDroppedParts, sheetRepairsOf } from '../../../src/adapters/exceljs/restore-parts';
import { hasViewSettings } from '../../../src/adapters/exceljs/sheet-view-flags';

const STATUS = 'Hiện trạng NTM';

async function sheetXml(copy: JSZip, name: string): Promise<string> {
  return copy.file((await sheetParts(copy)).get(name)!)!.async('string');
}

/** `input` read and written by ExcelJS alone, without the package pass. */
async function writtenByExcelJS(input: Buffer): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input as unknown as ExcelJS.Buffer);
  return JSZip.loadAsync(await wb.xlsx.writeBuffer());
}

/** Element names of a worksheet part in document order, children left out. */
const order = (xml: string) => [...xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData/>').matchAll(/<(\w+)\b[^>]*?(\/?)>/g)].filter((m) => m[1] !== 'worksheet').map((m) => m[1]);

// Codes typed as text ('17.08) and a total next to numbers it leaves out, as Excel writes them.
const IGNORED = '<ignoredErrors><ignoredError sqref="A6:A83" numberStoredAsText="1"/><ignoredError sqref="D9" formulaRange="1"/></ignoredErrors>';

test('the error checks the office dismissed stay dismissed: <ignoredErrors> at its place, before the notes\' drawing', async () => {
  const input = await sampleWith(STATUS, (x) => x.replace('</worksheet>', `${IGNORED}</worksheet>`));
  const { copy, reread } = await checkedCopyOf(input);
  const xml = await sheetXml(copy, STATUS);
  expect(xml).toContain(IGNORED);
  // The check writes notes on this sheet: <legacyDrawing> comes after, <pageSetup> before.
  const names = order(xml);
  expect(names.indexOf('pageSetup')).toBeLessThan(names.indexOf('ignoredErrors'));
  expect(names.indexOf('ignoredErrors')).toBeLessThan(names.indexOf('legacyDrawing'));
  // Only on that sheet, and the copy still reads.
  expect(await sheetXml(copy, 'Phân công')).not.toContain('<ignoredErrors');
  expect(reread.getWorksheet(STATUS)!.getCell('A1').value).toBe((await loadWorkbookForCopy(input)).workbook.getWorksheet(STATUS)!.getCell('A1').value);
});

test('a sheet the check renamed gets its own settings; one added after loading gets none', async () => {
  const input = await sampleWith('Danh sách xã', (x) => x.replace('</worksheet>', `${IGNORED}</worksheet>`));
  const { workbook } = await loadWorkbookForCopy(input);
  // As when a summary sheet typed on is kept under a new name, and a new sheet takes the old one.
  workbook.getWorksheet('Danh sách xã')!.name = 'Danh sách xã (lưu)';
  workbook.addWorksheet('Danh sách xã').addRow(['mới']);
  const repairs = sheetRepairsOf(workbook);
  expect([...repairs.fromOriginal!]).toEqual([['Danh sách xã (lưu)', 'Danh sách xã']]);
  const copy = await JSZip.loadAsync(await restoreDroppedParts(input, await workbook.xlsx.writeBuffer(), repairs));
  expect(await sheetXml(copy, 'Danh sách xã (lưu)')).toContain(IGNORED);
  expect(await sheetXml(copy, 'Danh sách xã')).not.toContain('<ignoredErrors');
});

test('a file without such settings is written as ExcelJS wrote it', async () => {
  const input = fs.readFileSync(SAMPLE);
  const { workbook } = await loadWorkbookForCopy(input);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  expect(sheetRepairsOf(workbook).fromOriginal!.size).toBe(0);
  expect(await restoreDroppedParts(input, written, sheetRepairsOf(workbook))).toEqual(written);
});

test('gridlines or headings hidden as Excel writes it ("0"), which ExcelJS keeps, are nothing to restore: the file is not rewritten', async () => {
  const input = await sampleWith(STATUS, (x) => x.replace('<sheetView workbookViewId="0">', '<sheetView showGridLines="0" showRowColHeaders="0" workbookViewId="0">'));
  const { workbook } = await loadWorkbookForCopy(input);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  expect(await sheetXml(await JSZip.loadAsync(written), STATUS)).toMatch(/<sheetView\b(?=[^>]*\sshowGridLines="0")(?=[^>]*\sshowRowColHeaders="0")/);
  expect(sheetRepairsOf(workbook).fromOriginal!.size).toBe(0);
  expect(await restoreDroppedParts(input, written, sheetRepairsOf(workbook))).toEqual(written);
});

test('ExcelJS still drops them (a newer ExcelJS keeping them fails here)', async () => {
  const written = await writtenByExcelJS(await sampleWith(STATUS, (x) => x.replace('</worksheet>', `${IGNORED}</worksheet>`)));
  expect(await sheetXml(written, STATUS)).not.toContain('<ignoredErrors');
});

// Protected with Excel's legacy password (older Excel, WPS), two ranges the office may still edit
// (Review › Allow Edit Ranges), one of them with its own password.
const LEGACY = '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1" formatColumns="0"/>';
const RANGES = '<protectedRanges><protectedRange password="83AF" sqref="D7:R80" name="Số liệu xã"/><protectedRange sqref="C84" name="Ghi chú"/></protectedRanges>';
// As Excel 2013+ writes them: a SHA-512 hash, and a range with one.
const HASHED = '<sheetProtection algorithmName="SHA-512" hashValue="xk3Mp0eQ8zZ8jvqXWcjm1Q==" saltValue="Qm9HT3k0d2U=" spinCount="100000" sheet="1" objects="1" scenarios="1"/>';
const HASHED_RANGES = '<protectedRanges><protectedRange algorithmName="SHA-512" hashValue="q2H7c9bR" saltValue="c2FsdA==" spinCount="100000" sqref="D7:R80" name="Số liệu xã"/></protectedRanges>';

test('sheet protection stays as the office set it: its legacy password, and the ranges it may still edit', async () => {
  const input = await sampleWith(STATUS, (x) => x.replace('</sheetData>', `</sheetData>${LEGACY}${RANGES}`));
  const { copy, reread } = await checkedCopyOf(input);
  const xml = await sheetXml(copy, STATUS);
  expect(xml).toContain(LEGACY + RANGES);
  expect(xml.match(/<sheetProtection\b/g)).toHaveLength(1);
  // After the rows, before the merged cells (ECMA-376 CT_Worksheet).
  const names = order(xml);
  expect(names.slice(names.indexOf('sheetData'), names.indexOf('sheetData') + 4)).toEqual(['sheetData', 'sheetProtection', 'protectedRanges', 'protectedRange']);
  expect(names.indexOf('protectedRange') + 2).toBe(names.indexOf('mergeCells'));
  expect(reread.getWorksheet(STATUS)!.getCell('A1').value).toBeTruthy();
});

test('a hashed password is kept with its ranges; ExcelJS\'s own rendering of it is replaced, not repeated', async () => {
  const { copy } = await checkedCopyOf(await sampleWith(STATUS, (x) => x.replace('</sheetData>', `</sheetData>${HASHED}${HASHED_RANGES}`)));
  const xml = await sheetXml(copy, STATUS);
  expect(xml).toContain(HASHED + HASHED_RANGES);
  expect(xml.match(/<sheetProtection\b/g)).toHaveLength(1);
});

test('LibreOffice\'s protection (sheet="true"), which ExcelJS does not read, is kept', async () => {
  const lo = '<sheetProtection sheet="true" password="cf5b" objects="true" scenarios="true" formatCells="false"/>';
  const { copy } = await checkedCopyOf(await sampleWith(STATUS, (x) => x.replace('</sheetData>', `</sheetData>${lo}`)));
  // Read with its on/off words as digits (on-off-attributes.ts): the same protection.
  expect(await sheetXml(copy, STATUS)).toContain('</sheetData><sheetProtection sheet="1" password="cf5b" objects="1" scenarios="1" formatCells="0"/><mergeCells');
});

test('ExcelJS still loses the legacy password and the ranges (a newer ExcelJS keeping them fails here)', async () => {
  const xml = await sheetXml(await writtenByExcelJS(await sampleWith(STATUS, (x) => x.replace('</sheetData>', `</sheetData>${LEGACY}${RANGES}`))), STATUS);
  expect(xml).toMatch(/<sheetProtection sheet="1"/);
  expect(xml).not.toMatch(/password=|<protectedRanges/);
});

/** A small plan whose sheet `edit` turns into what Excel saves (rows as ExcelJS first wrote them). */
async function plan(edit: (xml: string) => string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hiện trạng');
  ws.addRows([['Mã', 'Tiêu chí', 'Tân Sơn'], ['1', 'Quy hoạch', 'Đạt']]);
  ws.getRow(5).values = ['2', 'Giao thông', 'Chưa đạt'];
  ws.getRow(6).values = ['Cộng', '', '1/2'];
  ws.getRow(9).values = ['Ghi chú', 'Số liệu tạm tính'];
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = 'xl/worksheets/sheet1.xml';
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const rowTags = (xml: string) => (xml.match(/<row\b[^>]*>/g) ?? []).map((t) => t.replace(/\s(?:spans|x14ac:dyDescent)="[^"]*"/g, ''));

test('empty rows the office hid or grouped come back in row order: a closed group of spacer rows stays a closed group', async () => {
  // Rows 3–5 a closed group (3 and 4 empty spacers, as Excel writes them), its summary row 6;
  // row 8 empty and hidden on its own; row 7 empty and plain (nothing to write).
  const input = await plan((xml) =>
    xml
      .replace('<row r="5"', '<row r="3" spans="1:3" hidden="1" outlineLevel="1" x14ac:dyDescent="0.25"/><row r="4" spans="1:3" hidden="1" outlineLevel="1" x14ac:dyDescent="0.25"/><row r="5" hidden="1" outlineLevel="1"')
      .replace('<row r="6"', '<row r="6" collapsed="1"')
      .replace('<row r="9"', '<row r="7" spans="1:3"/><row r="8" hidden="1"/><row r="9"')
      .replace('outlineLevelRow="0"', 'outlineLevelRow="1"'),
  );
  const { copy, reread } = await checkedCopyOf(input);
  const xml = await sheetXml(copy, 'Hiện trạng');
  expect(rowTags(xml).map((t) => /\br="(\d+)"/.exec(t)![1])).toEqual(['1', '2', '3', '4', '5', '6', '8', '9']);
  expect(rowTags(xml).slice(2, 7)).toEqual(['<row r="3" hidden="1" outlineLevel="1"/>', '<row r="4" hidden="1" outlineLevel="1"/>', '<row r="5" hidden="1" outlineLevel="1">', '<row r="6" collapsed="1">', '<row r="8" hidden="1"/>']);
  expect(xml).toMatch(/<sheetFormatPr\b[^>]*outlineLevelRow="1"/);
  const ws = reread.getWorksheet('Hiện trạng')!;
  expect([3, 4, 8].map((r) => [ws.getRow(r).hidden, ws.getRow(r).outlineLevel])).toEqual([[true, 1], [true, 1], [true, 0]]);
});

test('a sheet that hides every unused row (zeroHeight) keeps the flag and its empty visible rows', async () => {
  // Excel lists the rows that show; the others are hidden. Row 7 shows, empty.
  const input = await plan((xml) => xml.replace('<sheetFormatPr ', '<sheetFormatPr zeroHeight="1" ').replace('<row r="9"', '<row r="7" spans="1:3"/><row r="9"'));
  const { copy } = await checkedCopyOf(input);
  const xml = await sheetXml(copy, 'Hiện trạng');
  expect(xml).toMatch(/<sheetFormatPr\b[^>]*zeroHeight="1"/);
  expect(rowTags(xml).map((t) => /\br="(\d+)"/.exec(t)![1])).toEqual(['1', '2', '5', '6', '7', '9']);
});

test('ExcelJS still drops empty hidden rows and zeroHeight (a newer ExcelJS keeping them fails here)', async () => {
  const xml = await sheetXml(await writtenByExcelJS(await plan((xml) => xml.replace('<sheetFormatPr ', '<sheetFormatPr zeroHeight="1" ').replace('<row r="5"', '<row r="3" hidden="1" outlineLevel="1"/><row r="5"'))), 'Hiện trạng');
  expect(xml).not.toMatch(/<row r="3"|zeroHeight/);
});

test('a sheet set to hide its zeros still hides them; LibreOffice\'s hidden gridlines stay hidden', async () => {
  const view = (attrs: string) => (x: string) => x.replace('<sheetView workbookViewId="0">', `<sheetView ${attrs} workbookViewId="0">`);
  const { copy } = await checkedCopyOf(await sampleWith(STATUS, view('showZeros="0" showOutlineSymbols="0" zoomScale="85" zoomScaleNormal="85"')));
  const tag = /<sheetView\b[^>]*>/.exec(await sheetXml(copy, STATUS))![0];
  expect(tag).toMatch(/\sshowZeros="0"/);
  expect(tag).toMatch(/\sshowOutlineSymbols="0"/);
  // What ExcelJS keeps is not repeated.
  expect(tag.match(/zoomScale="/g)).toHaveLength(1);
  // As LibreOffice writes a view: every flag spelled out, "false" for hidden gridlines.
  const lo = view('showFormulas="false" showGridLines="false" showRowColHeaders="true" showZeros="true" rightToLeft="false" showOutlineSymbols="true" defaultGridColor="true" colorId="64"');
  const loTag = /<sheetView\b[^>]*>/.exec(await sheetXml((await checkedCopyOf(await sampleWith(STATUS, lo))).copy, STATUS))![0];
  expect(loTag).toMatch(/\sshowGridLines="0"/);
  expect(loTag).not.toMatch(/showZeros|showFormulas|rightToLeft|colorId/);
});

test('ExcelJS still drops showZeros and reads no "false" (a newer ExcelJS keeping them fails here)', async () => {
  const xml = await sheetXml(await writtenByExcelJS(await sampleWith(STATUS, (x) => x.replace('<sheetView workbookViewId="0">', '<sheetView showZeros="0" showGridLines="false" workbookViewId="0">'))), STATUS);
  expect(/<sheetView\b[^>]*>/.exec(xml)![0]).not.toMatch(/showZeros|showGridLines/);
});

// Format › Default Width set to 14 in Excel: it writes baseColWidth alone, no defaultColWidth.
const FORMAT = (attrs: string) => (x: string) => x.replace(/<sheetFormatPr\b/, `<sheetFormatPr ${attrs}`);

test('a sheet\'s standard column width (Format › Default Width) stays; the thick-border row flags too', async () => {
  const { copy } = await checkedCopyOf(await sampleWith(STATUS, FORMAT('baseColWidth="14" thickBottom="1"')));
  const tag = /<sheetFormatPr\b[^>]*>/.exec(await sheetXml(copy, STATUS))![0];
  expect(tag).toMatch(/\sbaseColWidth="14"/);
  expect(tag).toMatch(/\sthickBottom="1"/);
  // Once: ExcelJS's own attributes are not repeated, and other sheets keep Excel's default.
  expect(tag.match(/defaultRowHeight="/g)).toHaveLength(1);
  expect(await sheetXml(copy, 'Phân công')).not.toMatch(/baseColWidth/);
  // The default (8) and LibreOffice's spelled-out "false" are no setting.
  const plain = /<sheetFormatPr\b[^>]*>/.exec(await sheetXml((await checkedCopyOf(await sampleWith(STATUS, FORMAT('baseColWidth="8" thickTop="false"')))).copy, STATUS))![0];
  expect(plain).not.toMatch(/baseColWidth|thickTop/);
});

test('ExcelJS still drops baseColWidth (a newer ExcelJS keeping it fails here)', async () => {
  const xml = await sheetXml(await writtenByExcelJS(await sampleWith(STATUS, FORMAT('baseColWidth="14"'))), STATUS);
  expect(/<sheetFormatPr\b[^>]*>/.exec(xml)![0]).not.toMatch(/baseColWidth/);
});

/** The sample open in two windows (View › New Window), `views` the status sheet's views as Excel saves them. */
async function twoWindows(views: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await sampleWith(STATUS, (x) => x.replace(/<sheetViews>[\s\S]*<\/sheetViews>/, `<sheetViews>${views}</sheetViews>`)));
  const book = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', book.replace('<sheets>', '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="19200" windowHeight="10000" activeTab="2"/><workbookView xWindow="9600" yWindow="0" windowWidth="9600" windowHeight="10000" activeTab="2"/></bookViews><sheets>'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('a workbook open in two windows keeps each window\'s view settings: zeros hidden and formulas shown in the second', async () => {
  // Window 1 frozen as the sample is, outline symbols hidden; window 2 shows formulas, no zeros, at 70%.
  const first = '<sheetView showOutlineSymbols="0" workbookViewId="0"><pane xSplit="3" ySplit="5" topLeftCell="D6" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="A1" sqref="A1"/></sheetView>';
  const second = '<sheetView showFormulas="1" showZeros="0" zoomScale="70" zoomScaleNormal="70" workbookViewId="1"><selection activeCell="D7" sqref="D7"/></sheetView>';
  const { copy } = await checkedCopyOf(await twoWindows(first + second));
  const tags = (await sheetXml(copy, STATUS)).match(/<sheetView\b[^>]*>/g)!;
  // The status sheet is active in both windows (activeTab="2"): its tab is selected in each (tab-selection.ts).
  expect(tags).toEqual([
    '<sheetView workbookViewId="0" tabSelected="1" zoomScale="100" zoomScaleNormal="100" showOutlineSymbols="0">',
    '<sheetView workbookViewId="1" tabSelected="1" zoomScale="70" zoomScaleNormal="70" showFormulas="1" showZeros="0">',
  ]);
  // Both windows are still there for the views to belong to.
  expect((await copy.file('xl/workbook.xml')!.async('string')).match(/<workbookView\b/g)).toHaveLength(2);
});

/** `views` as the sheet's <sheetViews>, where ExcelJS writes none (after <dimension>, CT_Worksheet's order). */
const withViews = (views: string) => (x: string) => x.replace(/(<dimension\b[^>]*\/>)/, `$1<sheetViews>${views}</sheetViews>`);

test('a sheet left scrolled down opens there: the view\'s topLeftCell, on a view without panes', async () => {
  // Scrolled to row 40, column C, the active cell in sight, as Excel saves it.
  const input = await plan(withViews('<sheetView tabSelected="1" topLeftCell="C40" workbookViewId="0"><selection activeCell="D45" sqref="D45"/></sheetView>'));
  const { copy } = await checkedCopyOf(input);
  const xml = await sheetXml(copy, 'Hiện trạng');
  expect(/<sheetViews>[\s\S]*<\/sheetViews>/.exec(xml)![0]).toBe('<sheetViews><sheetView workbookViewId="0" tabSelected="1" zoomScale="100" zoomScaleNormal="100" topLeftCell="C40"><selection activeCell="D45" sqref="D45"/></sheetView></sheetViews>');
  // The summary sheets the check wrote have no original view to take it from.
  const parts = await sheetParts(copy);
  expect(parts.size).toBeGreaterThan(1);
  const scrolled: string[] = [];
  for (const [name, part] of parts) if (/<sheetView\b[^>]*\stopLeftCell=/.test(await copy.file(part)!.async('string'))) scrolled.push(name);
  expect(scrolled).toEqual(['Hiện trạng']);
});

test('each window keeps its own scroll position; with frozen panes, the view\'s beside the pane\'s', async () => {
  const { copy } = await checkedCopyOf(await twoWindows('<sheetView topLeftCell="A30" workbookViewId="0"/><sheetView topLeftCell="D60" workbookViewId="1"><selection activeCell="D61" sqref="D61"/></sheetView>'));
  expect((await sheetXml(copy, STATUS)).match(/<sheetView\b[^>]*>/g)).toEqual(['<sheetView workbookViewId="0" tabSelected="1" zoomScale="100" zoomScaleNormal="100" topLeftCell="A30"/>', '<sheetView workbookViewId="1" tabSelected="1" zoomScale="100" zoomScaleNormal="100" topLeftCell="D60">']);
  // Frozen: the pane keeps its scroll position (ExcelJS's), the view the top-left pane's (sheet-view-panes.test.ts).
  const frozen = '<sheetView topLeftCell="B1" workbookViewId="0"><pane xSplit="3" ySplit="5" topLeftCell="E20" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="E20" sqref="E20"/></sheetView>';
  const xml = await sheetXml((await checkedCopyOf(await sampleWith(STATUS, (x) => x.replace(/<sheetViews>[\s\S]*<\/sheetViews>/, `<sheetViews>${frozen}</sheetViews>`)))).copy, STATUS);
  expect(/<sheetView\b[^>]*>/.exec(xml)![0]).toContain('topLeftCell="B1"');
  expect(xml).toContain('<pane xSplit="3" ySplit="5" topLeftCell="E20" activePane="bottomRight" state="frozen"/>');
  // Nothing to restore at A1 (LibreOffice writes it on every view): such a sheet is not rewritten.
  const part = (views: string) => `<worksheet><sheetViews>${views}</sheetViews><sheetData/></worksheet>`;
  expect(hasViewSettings(part(frozen))).toBe(true);
  expect(hasViewSettings(part('<sheetView topLeftCell="A1" workbookViewId="0"/>'))).toBe(false);
});

test('ExcelJS still drops a view\'s topLeftCell (a newer ExcelJS keeping it fails here)', async () => {
  const xml = await sheetXml(await writtenByExcelJS(await plan(withViews('<sheetView topLeftCell="C40" workbookViewId="0"/>'))), 'Hiện trạng');
  expect(/<sheetView\b[^>]*>/.exec(xml)![0]).not.toContain('topLeftCell');
});

// Data › Consolidate as Excel saves it: the average of two ranges, labels in the top row and left column.
const CONSOLIDATE = '<dataConsolidate function="average" topLabels="1" leftLabels="1"><dataRefs count="2"><dataRef ref="D7:D20" sheet="Hiện trạng NTM"/><dataRef ref="A5:B9" sheet="Danh sách xã"/></dataRefs></dataConsolidate>';
const FULL_CALC = '<sheetCalcPr fullCalcOnLoad="1"/>';
// Two cells in the Watch Window (Formulas › Watch Window).
const WATCHES = '<cellWatches><cellWatch r="D7"/><cellWatch r="R83"/></cellWatches>';

test('the office\'s Data › Consolidate settings stay, after the rows and before the merged cells', async () => {
  const { copy } = await checkedCopyOf(await sampleWith(STATUS, (x) => x.replace('<mergeCells', `${CONSOLIDATE}<mergeCells`)));
  const xml = await sheetXml(copy, STATUS);
  expect(xml).toContain(`</sheetData>${CONSOLIDATE}<mergeCells`);
  expect(await sheetXml(copy, 'Phân công')).not.toContain('<dataConsolidate');
});

test('a sheet set to be recalculated in full on opening keeps the flag, right after its rows, before its protection', async () => {
  const protection = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';
  const { copy } = await checkedCopyOf(await sampleWith(STATUS, (x) => x.replace('</sheetData>', `</sheetData>${FULL_CALC}${protection}`)));
  expect(await sheetXml(copy, STATUS)).toContain(`</sheetData>${FULL_CALC}${protection}<mergeCells`);
  // A flag left off ("0") is no setting: nothing to copy, the sheet is written as ExcelJS wrote it.
  const { copy: plain } = await checkedCopyOf(await sampleWith('Phân công', (x) => x.replace('</sheetData>', '</sheetData><sheetCalcPr fullCalcOnLoad="0"/>')));
  expect(await sheetXml(plain, 'Phân công')).not.toContain('<sheetCalcPr');
});

test('the cells the office watches in the Watch Window stay watched: <cellWatches> after the page setup, before the notes\' drawing', async () => {
  const { copy } = await checkedCopyOf(await sampleWith(STATUS, (x) => x.replace('</worksheet>', `${WATCHES}${IGNORED}</worksheet>`)));
  const xml = await sheetXml(copy, STATUS);
  expect(xml).toContain(WATCHES + IGNORED);
  const names = order(xml);
  expect(names.indexOf('pageSetup')).toBeLessThan(names.indexOf('cellWatches'));
  expect(names.indexOf('ignoredErrors')).toBeLessThan(names.indexOf('legacyDrawing'));
});

test('ExcelJS still drops consolidation settings, full calculation on load and watched cells (a newer ExcelJS keeping them fails here)', async () => {
  const input = await sampleWith(STATUS, (x) => x.replace('</sheetData>', `</sheetData>${FULL_CALC}`).replace('<mergeCells', `${CONSOLIDATE}<mergeCells`).replace('</worksheet>', `${WATCHES}</worksheet>`));
  expect(await sheetXml(await writtenByExcelJS(input), STATUS)).not.toMatch(/<sheetCalcPr|<dataConsolidate|<cellWatches/);
});
