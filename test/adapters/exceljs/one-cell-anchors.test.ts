// A logo anchored to one cell (as Google Sheets exports pictures): ExcelJS writes it back with
// editAs, which Excel refuses on a one-cell anchor (exceljs#1083). The copy's drawing has none.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { sampleWithLogo } from '../../support/sample-variants';
import { withoutOneCellEditAs } from '../../../src/adapters/exceljs/one-cell-anchors';

const drawings = async (zip: JSZip) => Promise.all(Object.keys(zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));

test('a logo anchored to one cell keeps its anchor, without the attribute Excel refuses there', async () => {
  const input = await sampleWithLogo();
  expect((await drawings(await JSZip.loadAsync(input))).join('')).toMatch(/<xdr:oneCellAnchor>/);
  const { copy, reread } = await checkedCopyOf(input);
  const xml = (await drawings(copy)).join('');
  expect(xml).toMatch(/<xdr:oneCellAnchor\b/);
  expect(xml).not.toMatch(/<xdr:oneCellAnchor\b[^>]*editAs=/);
  // The logo is still there, on its cell.
  const images = reread.getWorksheet('Phân công')!.getImages();
  expect(images).toHaveLength(1);
  expect(images[0].range.tl.nativeCol).toBe(8);
});

test('ExcelJS still writes editAs on a one-cell anchor (a newer ExcelJS that does not fails here)', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sampleWithLogo()) as unknown as ExcelJS.Buffer);
  expect((await drawings(await JSZip.loadAsync(await wb.xlsx.writeBuffer()))).join('')).toMatch(/<xdr:oneCellAnchor editAs="oneCell">/);
});

test('withoutOneCellEditAs leaves two-cell anchors their editAs', () => {
  const xml = '<xdr:wsDr><xdr:twoCellAnchor editAs="oneCell"><xdr:from/></xdr:twoCellAnchor><xdr:oneCellAnchor editAs="absolute"><xdr:from/></xdr:oneCellAnchor></xdr:wsDr>';
  expect(withoutOneCellEditAs(xml)).toBe('<xdr:wsDr><xdr:twoCellAnchor editAs="oneCell"><xdr:from/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from/></xdr:oneCellAnchor></xdr:wsDr>');
});
