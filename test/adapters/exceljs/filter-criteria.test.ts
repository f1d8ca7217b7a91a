// An active filter keeps what it filters by in the copy, on a sheet and on a table, so the rows it
// hid stay hidden by a filter Excel shows and can clear; a table filtered in a way ExcelJS could
// not read no longer stops the check.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE, sampleWithTable } from '../../support/sample-variants';
import { LIST, LIST_FILTER as FILTER, LIST_HIDDEN as HIDDEN, TABLE_FILTER, filterList, filterTable } from '../../support/filter-package';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { withFilterOf } from '../../../src/adapters/exceljs/filter-criteria';
import { withoutTableCriteria } from '../../../src/adapters/exceljs/table-filters';

/** The sample with the communes list filtered. */
async function filteredList(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  await filterList(zip);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The sample with its table filtered by `filter`. */
async function filteredTable(filter = TABLE_FILTER): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await sampleWithTable());
  await filterTable(zip, filter);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const sheetXml = async (zip: JSZip, name: string) => zip.file((await sheetParts(zip)).get(name)!)!.async('string');
const tableXml = async (zip: JSZip) => zip.file(Object.keys(zip.files).find((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))!)!.async('string');

test('a sheet\'s filter keeps its criteria and sort; the rows it hid stay hidden; nothing is named as lost', async () => {
  const { copy, reread, loaded } = await checkedCopyOf(await filteredList());
  const xml = await sheetXml(copy, LIST);
  expect(/<autoFilter\b[\s\S]*?<\/autoFilter>/.exec(xml)?.[0]).toBe(FILTER);
  expect(/<worksheet\b[^>]*>/.exec(xml)![0]).toContain('xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"');
  const ws = reread.getWorksheet(LIST)!;
  expect([5, 8, 9, 13, 18, 21].filter((r) => ws.getRow(r).hidden)).toEqual(HIDDEN);
  expect(loaded.notKept.map((n) => n.en).filter((n) => /filter/.test(n))).toEqual([]);
  // The check still knows these rows are the filter's (read.hidden-set-aside does not apply to them).
  expect(loaded.data.sheets.find((s) => s.name === LIST)?.filtered).toBe(true);
});

test('a table\'s filter and its sort come back in the copy\'s table part; before, ExcelJS stopped at the sort', async () => {
  const { copy, reread } = await checkedCopyOf(await filteredTable());
  const table = await tableXml(copy);
  expect(/<autoFilter\b[\s\S]*?<\/autoFilter>/.exec(table)?.[0]).toBe(TABLE_FILTER);
  expect(/<table\b[^>]*>/.exec(table)![0]).toContain('xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"');
  expect(reread.getWorksheet('Hiện trạng NTM')!.getRow(92).hidden).toBe(true);
});

test('a table filtered to its top 2 or above average, and one with its own sort, are checked and keep them', async () => {
  for (const criteria of ['<filterColumn colId="1"><top10 val="2"/></filterColumn>', '<filterColumn colId="0"><dynamicFilter type="aboveAverage" val="1.5"/></filterColumn>']) {
    const filter = `<autoFilter ref="B90:C92">${criteria}</autoFilter>`;
    expect(/<autoFilter\b[\s\S]*?<\/autoFilter>/.exec(await tableXml((await checkedCopyOf(await filteredTable(filter))).copy))?.[0]).toBe(filter);
  }
  const sorted = `<autoFilter ref="B90:C92"/><sortState ref="B91:C92"><sortCondition ref="C91:C92"/></sortState>`;
  expect(await tableXml((await checkedCopyOf(await filteredTable(sorted))).copy)).toContain(`${sorted}<tableColumns`);
});

test('ExcelJS is given the table\'s buttons without its criteria; a filter over other cells is not copied', () => {
  expect(withoutTableCriteria(`<table><autoFilter ref="B90:C92"><filterColumn colId="0" hiddenButton="1"/><filterColumn colId="1"><filters><filter val="x"/></filters></filterColumn><sortState ref="B91:C92"><sortCondition ref="B91:B92"/></sortState><extLst><ext uri="{1}"/></extLst></autoFilter><tableColumns/></table>`)).toBe(
    '<table><autoFilter ref="B90:C92"><filterColumn colId="0" hiddenButton="1"/><filterColumn colId="1"/></autoFilter><tableColumns/></table>',
  );
  const sheet = (filter: string) => `<worksheet><sheetData/>${filter}<pageMargins/></worksheet>`;
  expect(withFilterOf(sheet(FILTER), sheet('<autoFilter ref="A4:G30"/>'))).toBe(sheet('<autoFilter ref="A4:G30"/>'));
  expect(withFilterOf(sheet(FILTER), sheet('<autoFilter ref="A4:G21"/>'))).toBe(sheet(FILTER));
});

test('ExcelJS still drops a sheet filter\'s criteria and stops at a table\'s sort (a newer ExcelJS fails here)', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await filteredList()) as unknown as ExcelJS.Buffer);
  expect(await sheetXml(await JSZip.loadAsync(await wb.xlsx.writeBuffer()), LIST)).toContain('<autoFilter ref="A4:G21"/>');
  await expect(new ExcelJS.Workbook().xlsx.load((await filteredTable()) as unknown as ExcelJS.Buffer)).rejects.toThrow(/Unexpected xml node/);
});
