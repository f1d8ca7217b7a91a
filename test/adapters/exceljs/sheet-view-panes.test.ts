// A sheet left scrolled and selected under frozen panes opens in the copy as the office left it:
// the top-left pane's scroll position (the view's topLeftCell), each pane's selection and a
// selected range, as Excel wrote them (sheet-view-panes.ts, through restore-sheets.ts).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { sampleWith } from '../../support/sample-variants';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { hasViewSettings, withViewSettingsOf } from '../../../src/adapters/exceljs/sheet-view-flags';

const STATUS = 'Hiện trạng NTM';
const COMMUNES = 'Danh sách xã';

/** The sample with the views of sheet `name` replaced by `view`. */
const withView = (name: string, view: string) => sampleWith(name, (x) => x.replace(/<sheetViews>[\s\S]*<\/sheetViews>/, `<sheetViews>${view}</sheetViews>`));
const viewsOf = (xml: string) => /<sheetViews>[\s\S]*<\/sheetViews>/.exec(xml)![0];

async function sheetXml(copy: JSZip, name: string): Promise<string> {
  return copy.file((await sheetParts(copy)).get(name)!)!.async('string');
}

// The communes list frozen under its 4 header rows, scrolled right to column C and down to row 20,
// the cursor in the header (D2) and in the list (D25): Excel writes the header pane's scroll on
// the view, the list's on the pane, and a selection for each pane.
const SCROLLED_RIGHT = '<sheetView topLeftCell="C1" workbookViewId="0"><pane ySplit="4" topLeftCell="C20" activePane="bottomLeft" state="frozen"/><selection activeCell="D2" sqref="D2"/><selection pane="bottomLeft" activeCell="D25" sqref="D25"/></sheetView>';
// The status matrix frozen at D6 (codes and names left, headers above), a range selected in the results.
const FOUR_PANES = '<sheetView workbookViewId="0"><pane xSplit="3" ySplit="5" topLeftCell="H30" activePane="bottomRight" state="frozen"/><selection pane="topRight" activeCell="H1" sqref="H1"/><selection pane="bottomLeft" activeCell="A30" sqref="A30"/><selection pane="bottomRight" activeCell="J33" sqref="J33:K35"/></sheetView>';

test('a list frozen under its header and scrolled right keeps its header over its data: the view\'s topLeftCell beside the pane\'s', async () => {
  const { copy } = await checkedCopyOf(await withView(COMMUNES, SCROLLED_RIGHT));
  const view = viewsOf(await sheetXml(copy, COMMUNES));
  expect(view).toMatch(/^<sheetViews><sheetView\b[^>]*\stopLeftCell="C1"/);
  expect(view).toContain('<pane ySplit="4" topLeftCell="C20" activePane="bottomLeft" state="frozen"/><selection activeCell="D2" sqref="D2"/><selection pane="bottomLeft" activeCell="D25" sqref="D25"/></sheetView>');
});

test('a sheet frozen at D6 keeps each pane\'s selection and the range selected', async () => {
  const { copy } = await checkedCopyOf(await withView(STATUS, FOUR_PANES));
  const view = viewsOf(await sheetXml(copy, STATUS));
  expect(view.match(/<pane\b[^>]*\/>|<selection\b[^>]*\/>/g)).toEqual(FOUR_PANES.match(/<pane\b[^>]*\/>|<selection\b[^>]*\/>/g));
  // The view's own settings ExcelJS writes are still there, and nothing is said twice.
  expect(view.match(/<sheetView\b[^>]*>/g)).toEqual(['<sheetView workbookViewId="0" zoomScale="100" zoomScaleNormal="100">']);
});

test('the cursor in the frozen columns keeps its pane: activePane is not recomputed', async () => {
  const left = '<sheetView workbookViewId="0"><pane xSplit="3" ySplit="5" topLeftCell="D6" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B12" sqref="B12"/></sheetView>';
  const { copy } = await checkedCopyOf(await withView(STATUS, left));
  expect(viewsOf(await sheetXml(copy, STATUS))).toContain('<pane xSplit="3" ySplit="5" topLeftCell="D6" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B12" sqref="B12"/></sheetView>');
});

test('several ranges selected on a sheet without panes stay selected', async () => {
  const view = '<sheetView workbookViewId="0"><selection activeCell="C9" sqref="B5:B7 C9:D12"/></sheetView>';
  const { copy } = await checkedCopyOf(await withView(COMMUNES, view));
  expect(viewsOf(await sheetXml(copy, COMMUNES))).toContain('<selection activeCell="C9" sqref="B5:B7 C9:D12"/></sheetView>');
});

test('ExcelJS still drops them (a newer ExcelJS keeping them fails here)', async () => {
  for (const [name, view] of [[COMMUNES, SCROLLED_RIGHT], [STATUS, FOUR_PANES]]) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await withView(name, view)) as unknown as ExcelJS.Buffer);
    const written = viewsOf(await sheetXml(await JSZip.loadAsync(await wb.xlsx.writeBuffer()), name));
    expect(written.match(/<selection\b/g)).toHaveLength(1);
    expect(written).not.toMatch(/<sheetView\b[^>]*\stopLeftCell=|sqref="J33:K35"/);
  }
});

const part = (views: string) => `<worksheet><sheetViews>${views}</sheetViews><sheetData/></worksheet>`;

test('a written view with other panes than the original\'s keeps its own scroll position and selection', () => {
  const unfrozen = part('<sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView>');
  expect(withViewSettingsOf(part(SCROLLED_RIGHT), unfrozen)).toBe(unfrozen);
  const elsewhere = part('<sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView>');
  expect(withViewSettingsOf(part(SCROLLED_RIGHT), elsewhere)).toBe(elsewhere);
});

test('a view ExcelJS writes back as it was is nothing to restore: the sample\'s frozen sheets are not rewritten', () => {
  // As Excel writes a list frozen under its header, the cursor in the list (and as the sample has it).
  expect(hasViewSettings(part('<sheetView workbookViewId="0"><pane ySplit="5" topLeftCell="A6" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="C9" sqref="C9"/></sheetView>'))).toBe(false);
  expect(hasViewSettings(part('<sheetView workbookViewId="0"><pane xSplit="3" ySplit="5" topLeftCell="D6" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="A1" sqref="A1"/></sheetView>'))).toBe(false);
  expect(hasViewSettings(part(SCROLLED_RIGHT))).toBe(true);
  expect(hasViewSettings(part(FOUR_PANES))).toBe(true);
});
