// A workbook saved by LibreOffice has no theme part; the copy must still have the theme its
// workbook part links to, or Excel offers to repair it ("Removed Records: Document Theme").
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbookForCopy } from '../../../src/adapters/exceljs/read-workbook';

test('a workbook without a theme (as LibreOffice saves it) is copied with one, and every part the copy links to exists', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hiện trạng').addRow(['Mã', 'Tân Sơn']);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.remove('xl/theme/theme1.xml');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship\b[^>]*theme1\.xml"\/>/, ''));
  const { workbook } = await loadWorkbookForCopy(await zip.generateAsync({ type: 'nodebuffer' }));
  const copy = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  expect(copy.file('xl/theme/theme1.xml')).not.toBeNull();
  const targets = [...(await copy.file('xl/_rels/workbook.xml.rels')!.async('string')).matchAll(/\bTarget="([^"]+)"/g)].map((m) => `xl/${m[1]}`);
  expect(targets.filter((t) => !copy.file(t))).toEqual([]);
});
