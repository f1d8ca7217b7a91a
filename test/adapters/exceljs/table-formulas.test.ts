// A table's calculated column and custom totals formula are kept in the checked copy: ExcelJS wrote
// every table column bare, so a row added to the table got no formula, and a "custom" total
// without its formula is out of the schema.
import { checkedCopyOf } from '../../support/checked-copy';
import { CALCULATED, CUSTOM_TOTAL as TOTAL, sampleWithCalculatedTable } from '../../support/palette-table-package';
import { withColumnFormulasOf } from '../../../src/adapters/exceljs/table-formulas';

test("the copy's table has the calculated column's formula and the custom total's formula", async () => {
  const { copy } = await checkedCopyOf(await sampleWithCalculatedTable());
  const parts = Object.keys(copy.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n));
  expect(parts).toHaveLength(1);
  const xml = await copy.file(parts[0])!.async('string');
  const column = /<tableColumn\b[^>]*name="Còn thiếu"[\s\S]*?<\/tableColumn>/.exec(xml)?.[0];
  expect(column).toContain(CALCULATED + TOTAL);
  expect(column).toMatch(/totalsRowFunction="custom"/);
  // The other columns stay bare.
  expect(xml).toMatch(/<tableColumn\b[^>]*name="Xã"[^>]*\/>/);
});

test('formulas go back only where the columns are the same, and not twice', () => {
  const original = `<table name="T"><tableColumns count="2"><tableColumn id="1" name="A"/><tableColumn id="2" name="B">${CALCULATED}</tableColumn></tableColumns></table>`;
  const written = '<table name="T"><tableColumns count="2"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/></tableColumns></table>';
  expect(withColumnFormulasOf(original, written)).toBe(original);
  expect(withColumnFormulasOf(original, original)).toBe(original);
  const renamed = written.replace('name="B"', 'name="C"');
  expect(withColumnFormulasOf(original, renamed)).toBe(renamed);
});
