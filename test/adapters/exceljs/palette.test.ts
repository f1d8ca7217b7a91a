// A workbook's own colour palette (styles.xml <colors>, from Excel 97–2003 templates) is kept in the
// checked copy: cells name their colours by number, and without the palette number 10 is red.
import * as fs from 'fs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { paletteToRestore, withPalette } from '../../../src/adapters/exceljs/palette';

// Excel's default palette has 56 entries after the 8 fixed ones; a template's own replaces some. Here
// entry 10 (Excel's red FFFF0000) is the office's dark blue, and entry 9 white text goes on it.
const PALETTE = '<colors><indexedColors>' + Array.from({ length: 64 }, (_, i) => `<rgbColor rgb="${i === 10 ? 'FF1F3864' : i === 9 ? 'FFFFFFFF' : 'FF808080'}"/>`).join('') + '</indexedColors><mruColors><color rgb="FF1F3864"/></mruColors></colors>';

async function sampleWithPalette(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  const styles = await zip.file('xl/styles.xml')!.async('string');
  expect(styles).not.toContain('<colors');
  // A header cell filled with palette colour 10 (a new fill and a new cell format for it).
  const fills = /<fills count="(\d+)">/.exec(styles)!;
  const xfs = /<cellXfs count="(\d+)">/.exec(styles)!;
  const withFill = styles
    .replace(fills[0], `<fills count="${Number(fills[1]) + 1}">`)
    .replace('</fills>', '<fill><patternFill patternType="solid"><fgColor indexed="10"/><bgColor indexed="64"/></patternFill></fill></fills>')
    .replace(xfs[0], `<cellXfs count="${Number(xfs[1]) + 1}">`)
    .replace('</cellXfs>', `<xf numFmtId="0" fontId="0" fillId="${fills[1]}" borderId="0" applyFill="1"/></cellXfs>`)
    .replace('</styleSheet>', `${PALETTE}</styleSheet>`);
  zip.file('xl/styles.xml', withFill);
  const part = (await sheetParts(zip)).get('Phân công')!;
  const xml = await zip.file(part)!.async('string');
  zip.file(part, xml.replace(/<c r="A5"( s="\d+")?/, `<c r="A5" s="${xfs[1]}"`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test("the copy has the workbook's palette, and the filled cell still names colour 10", async () => {
  const { copy, reread } = await checkedCopyOf(await sampleWithPalette());
  const styles = await copy.file('xl/styles.xml')!.async('string');
  expect(paletteToRestore(styles)).toBe(PALETTE);
  // After the rule styles, before the extension list, as the schema orders them.
  expect(styles.indexOf('<colors>')).toBeGreaterThan(styles.lastIndexOf('</cellXfs>'));
  if (styles.includes('<extLst')) expect(styles.indexOf('<colors>')).toBeLessThan(styles.indexOf('<extLst'));
  const fill = reread.getWorksheet('Phân công')!.getCell('A5').fill;
  expect(fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { indexed: 10 } });
});

test('a palette goes before the extension list; a copy with a palette of its own keeps it', () => {
  expect(withPalette('<styleSheet><dxfs count="0"/><extLst><ext/></extLst></styleSheet>', PALETTE)).toBe(`<styleSheet><dxfs count="0"/>${PALETTE}<extLst><ext/></extLst></styleSheet>`);
  const own = '<styleSheet><colors><mruColors><color rgb="FF000000"/></mruColors></colors></styleSheet>';
  expect(withPalette(own, PALETTE)).toBe(own);
  expect(paletteToRestore('<styleSheet><colors/></styleSheet>')).toBeUndefined();
});
