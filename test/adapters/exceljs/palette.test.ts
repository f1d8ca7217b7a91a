// A workbook's own colour palette (styles.xml <colors>, from Excel 97–2003 templates) is kept in the
// checked copy: cells name their colours by number, and without the palette number 10 is red.
import * as fs from 'fs';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { PALETTE, PALETTE_CELL, withOwnPalette } from '../../support/palette-table-package';
import { paletteToRestore, withPalette } from '../../../src/adapters/exceljs/palette';

const sampleWithPalette = () => withOwnPalette(fs.readFileSync(SAMPLE));

test("the copy has the workbook's palette, and the filled cell still names colour 10", async () => {
  const { copy, reread } = await checkedCopyOf(await sampleWithPalette());
  const styles = await copy.file('xl/styles.xml')!.async('string');
  expect(paletteToRestore(styles)).toBe(PALETTE);
  // After the rule styles, before the extension list, as the schema orders them.
  expect(styles.indexOf('<colors>')).toBeGreaterThan(styles.lastIndexOf('</cellXfs>'));
  if (styles.includes('<extLst')) expect(styles.indexOf('<colors>')).toBeLessThan(styles.indexOf('<extLst'));
  const fill = reread.getWorksheet(PALETTE_CELL.sheet)!.getCell(PALETTE_CELL.cell).fill;
  expect(fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { indexed: 10 } });
});

test('a palette goes before the extension list; a copy with a palette of its own keeps it', () => {
  expect(withPalette('<styleSheet><dxfs count="0"/><extLst><ext/></extLst></styleSheet>', PALETTE)).toBe(`<styleSheet><dxfs count="0"/>${PALETTE}<extLst><ext/></extLst></styleSheet>`);
  const own = '<styleSheet><colors><mruColors><color rgb="FF000000"/></mruColors></colors></styleSheet>';
  expect(withPalette(own, PALETTE)).toBe(own);
  expect(paletteToRestore('<styleSheet><colors/></styleSheet>')).toBeUndefined();
});
