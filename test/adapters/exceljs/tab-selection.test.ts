// The copy opens on the sheet the office left active, with that tab selected, whatever summary
// sheets the check took out or added; a group of selected tabs stays a group only with the
// active sheet in it (tab-selection.ts).
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { selectedWindows } from '../../../src/adapters/exceljs/tab-selection';

/** `zip`'s workbook with `bookViews` (Excel's windows), and tabSelected="1" on the views of `selected` (sheet → windows) only. */
async function withTabs(zip: JSZip, bookViews: string, selected: Record<string, number[]>): Promise<Buffer> {
  const book = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', book.replace(/<bookViews>[\s\S]*?<\/bookViews>/, '').replace('<sheets>', `<bookViews>${bookViews}</bookViews><sheets>`));
  for (const [name, part] of await sheetParts(zip)) {
    const windows = selected[name] ?? [];
    const xml = (await zip.file(part)!.async('string')).replace(/(<sheetView\b[^>]*?)\stabSelected="[^"]*"/g, '$1');
    zip.file(part, xml.replace(/<sheetView\b([^>]*?)\sworkbookViewId="(\d+)"/g, (el, attrs: string, id: string) => (windows.includes(Number(id)) ? `<sheetView tabSelected="1"${attrs} workbookViewId="${id}"` : el)));
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

const window = (activeTab: number) => `<workbookView xWindow="0" yWindow="0" windowWidth="19200" windowHeight="10000" activeTab="${activeTab}"/>`;
const sample = () => JSZip.loadAsync(fs.readFileSync(SAMPLE));

/** Per window of the copy: the sheet it opens on, and the sheets whose tab is selected in it. */
async function tabsOf(copy: JSZip): Promise<{ active: string; selected: string[] }[]> {
  const book = await copy.file('xl/workbook.xml')!.async('string');
  const names = [...(await sheetParts(copy)).keys()];
  const windows = [...book.matchAll(/<workbookView\b[^>]*>/g)].map((m) => Number(/\sactiveTab="(\d+)"/.exec(m[0])?.[1] ?? 0));
  const selected: string[][] = windows.map(() => []);
  for (const [name, part] of await sheetParts(copy)) {
    for (const i of selectedWindows(await copy.file(part)!.async('string'))) selected[i].push(name);
  }
  return windows.map((active, i) => ({ active: names[active], selected: selected[i] }));
}

test('the copy opens on the sheet the office left active, its tab alone selected, not on a summary sheet', async () => {
  const { copy } = await checkedCopyOf(await withTabs(await sample(), window(2), { 'Hiện trạng NTM': [0] }));
  expect(await tabsOf(copy)).toEqual([{ active: 'Hiện trạng NTM', selected: ['Hiện trạng NTM'] }]);
});

test('a re-run keeps the office on its own sheet added after the summary sheets, which the check writes anew before it', async () => {
  // The first copy, to which the office added a sheet of notes at the end and saved while on it.
  const first = await checkedCopyOf(fs.readFileSync(SAMPLE));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await first.copy.generateAsync({ type: 'nodebuffer' })) as unknown as ExcelJS.Buffer);
  const notes = wb.addWorksheet('Ghi chú');
  notes.getCell('A1').value = 'Đã gửi phòng Nông nghiệp ngày 12/10';
  const at = wb.worksheets.indexOf(notes);
  expect(wb.worksheets[at - 1].name).toBe('_ntm_state');
  wb.views = [{ x: 0, y: 0, width: 19200, height: 10000, firstSheet: 0, activeTab: at, visibility: 'visible' }];
  const saved = await withTabs(await JSZip.loadAsync(await wb.xlsx.writeBuffer()), window(at), { 'Ghi chú': [0] });
  const again = await checkedCopyOf(saved);
  const tabs = await tabsOf(again.copy);
  expect(tabs).toEqual([{ active: 'Ghi chú', selected: ['Ghi chú'] }]);
  // The summary sheets are now before it and the state sheet last: by its old index the copy
  // would have opened on the state sheet, hidden, so on the first sheet.
  expect([...(await sheetParts(again.copy)).keys()][at]).toBe('_ntm_state');
});

test('left on a summary sheet, a re-run opens on the one written anew under its name', async () => {
  const first = await checkedCopyOf(fs.readFileSync(SAMPLE));
  const names = [...(await sheetParts(first.copy)).keys()];
  // The legend, which the check writes without frozen rows: the sheet has no view to select until one is added.
  const legend = names.filter((n) => n.startsWith('TH_')).pop()!;
  expect(await first.copy.file((await sheetParts(first.copy)).get(legend)!)!.async('string')).not.toContain('<sheetView');
  const { copy } = await checkedCopyOf(await withTabs(first.copy, window(names.indexOf(legend)), { [legend]: [0] }));
  expect(await tabsOf(copy)).toEqual([{ active: legend, selected: [legend] }]);
  expect(await copy.file((await sheetParts(copy)).get(legend)!)!.async('string')).toContain('<sheetViews><sheetView workbookViewId="0" tabSelected="1"/></sheetViews>');
});

test('a group of tabs with the active sheet stays grouped; a tab selected beside another active sheet does not', async () => {
  const grouped = await checkedCopyOf(await withTabs(await sample(), window(1), { 'Phân công': [0], 'Danh sách xã': [0], 'Bộ tiêu chí': [0] }));
  expect(await tabsOf(grouped.copy)).toEqual([{ active: 'Danh sách xã', selected: ['Phân công', 'Danh sách xã', 'Bộ tiêu chí'] }]);
  const apart = await checkedCopyOf(await withTabs(await sample(), window(1), { 'Phân công': [0], 'Bộ tiêu chí': [0] }));
  expect(await tabsOf(apart.copy)).toEqual([{ active: 'Danh sách xã', selected: ['Danh sách xã'] }]);
});

test('a group naming a hidden sheet and a summary sheet the check writes anew keeps only what the copy shows of it', async () => {
  const first = await checkedCopyOf(fs.readFileSync(SAMPLE));
  const zip = first.copy;
  const names = [...(await sheetParts(zip)).keys()];
  const summary = names.find((n) => n.startsWith('TH_'))!;
  // "Bộ tiêu chí" hidden: a group cannot hold it, but a file may say so.
  const book = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', book.replace('name="Bộ tiêu chí" state="visible"', 'name="Bộ tiêu chí" state="hidden"'));
  const input = await withTabs(zip, window(0), { 'Phân công': [0], 'Danh sách xã': [0], 'Bộ tiêu chí': [0], [summary]: [0] });
  const { copy } = await checkedCopyOf(input);
  expect(await tabsOf(copy)).toEqual([{ active: 'Phân công', selected: ['Phân công', 'Danh sách xã'] }]);
});

test('each window opens on its own sheet with its own tab selected', async () => {
  const input = await withTabs(await sample(), window(2) + window(4), { 'Hiện trạng NTM': [0], 'Tiêu chí huyện': [1] });
  // The second window's views, as Excel writes one per window on every sheet.
  const zip = await JSZip.loadAsync(input);
  for (const part of (await sheetParts(zip)).values()) {
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace('</sheetView></sheetViews>', `</sheetView><sheetView${part.endsWith('sheet5.xml') ? ' tabSelected="1"' : ''} workbookViewId="1"/></sheetViews>`));
  }
  const { copy } = await checkedCopyOf(await zip.generateAsync({ type: 'nodebuffer' }));
  expect(await tabsOf(copy)).toEqual([
    { active: 'Hiện trạng NTM', selected: ['Hiện trạng NTM'] },
    { active: 'Tiêu chí huyện', selected: ['Tiêu chí huyện'] },
  ]);
});

test('a file whose active sheet is hidden opens on the first visible one, selected', async () => {
  const zip = await sample();
  const book = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', book.replace('name="Phân công" state="visible"', 'name="Phân công" state="hidden"'));
  const { copy } = await checkedCopyOf(await withTabs(zip, window(0), { 'Phân công': [0] }));
  expect(await tabsOf(copy)).toEqual([{ active: 'Danh sách xã', selected: ['Danh sách xã'] }]);
});

test('LibreOffice\'s tabSelected="true" is read, its "false" is not a selection', () => {
  const part = (views: string) => `<worksheet><sheetViews>${views}</sheetViews><sheetData/></worksheet>`;
  expect(selectedWindows(part('<sheetView showFormulas="false" tabSelected="true" workbookViewId="0"/>'))).toEqual([0]);
  expect(selectedWindows(part('<sheetView tabSelected="false" workbookViewId="0"/>'))).toEqual([]);
  expect(selectedWindows(part('<sheetView workbookViewId="0"/><sheetView tabSelected="1" workbookViewId="1"/>'))).toEqual([1]);
});

test('ExcelJS still drops tabSelected (a newer ExcelJS keeping it fails here)', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withTabs(await sample(), window(2), { 'Hiện trạng NTM': [0] })) as unknown as ExcelJS.Buffer);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const part of (await sheetParts(zip)).values()) expect(await zip.file(part)!.async('string')).not.toContain('tabSelected');
});
