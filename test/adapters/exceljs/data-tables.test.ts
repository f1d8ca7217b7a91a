// A What-If data table's formula is kept in the checked copy: ExcelJS wrote it as an empty <f/>
// (LibreOffice showed Err:520 in its cells).
import * as fs from 'fs';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { DATA_TABLE, withDataTable } from '../../support/palette-table-package';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { withDataTablesOf } from '../../../src/adapters/exceljs/data-tables';

test("the copy's first result cell has the data table's formula, the results are the cached ones", async () => {
  const { copy, reread } = await checkedCopyOf(await withDataTable(fs.readFileSync(SAMPLE)));
  const xml = await copy.file((await sheetParts(copy)).get(DATA_TABLE.sheet)!)!.async('string');
  expect(xml).toMatch(new RegExp(`<c r="${DATA_TABLE.anchor}"[^>]*>${DATA_TABLE.formula.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}<v>6</v></c>`));
  expect(xml).not.toMatch(/<f\/>/);
  const ws = reread.getWorksheet(DATA_TABLE.sheet)!;
  expect([ws.getCell('Y92').value, ws.getCell('Y93').value]).toEqual([8, 10]);
});

test('a cell written empty or without its formula gets it; other cells are left alone', () => {
  const original = `<sheetData><row r="2"><c r="B2">${DATA_TABLE.formula}<v>6</v></c><c r="C2"><f>A1</f></c></row></sheetData>`;
  expect(withDataTablesOf(original, '<sheetData><row r="2"><c r="B2"><f/><v>6</v></c><c r="C2"><f>A1</f></c></row></sheetData>')).toBe(original);
  expect(withDataTablesOf(original, '<sheetData><row r="2"><c r="B2"><v>6</v></c><c r="C2"><f>A1</f></c></row></sheetData>')).toBe(original);
  expect(withDataTablesOf(original, '<sheetData><row r="2"><c r="B2"/></row></sheetData>')).toBe(`<sheetData><row r="2"><c r="B2">${DATA_TABLE.formula}</c></row></sheetData>`);
  const plain = '<sheetData><row r="2"><c r="B2"><f>A1</f></c></row></sheetData>';
  expect(withDataTablesOf(plain, plain)).toBe(plain);
});
