// The copy holds the picture files it shows, once each: ExcelJS writes every file of the
// original's xl/media/, also one only a chart or a header showed (which it drops), and the
// package pass copied a file again under another name when it brought back what used it.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { addChart, anchor, drawOnSheet, pictureGroup, PNG, REL, text } from '../../support/chart-package';
import { packageProblems, unusedMedia } from '../../support/package-check';
import { relationships } from '../../../src/adapters/exceljs/package-rels';

const COMMUNES = ['Phước Hưng', 'Tân Sơn', 'An Quảng Hữu'];
const media = (zip: JSZip) => Object.keys(zip.files).filter((n) => /^xl\/media\/[^/]+$/.test(n));
const buffer = (zip: JSZip) => zip.generateAsync({ type: 'nodebuffer' });

/** A list of communes, with the district's logo on it (ExcelJS's own picture) if asked. */
async function communeList(logo: boolean): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách xã');
  ws.addRows([['DANH SÁCH XÃ'], [], ['STT', 'Tên xã', 'Năm'], ...COMMUNES.map((c, i) => [i + 1, c, 2019 + i])]);
  if (logo) ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'H1:I3');
  return JSZip.loadAsync(await wb.xlsx.writeBuffer());
}

test('a picture only a chart showed is in the copy once, where the chart\'s shapes point', async () => {
  const zip = await communeList(false);
  await addChart(zip, { sheet: 'Danh sách xã', title: 'Năm', cat: '$B$4:$B$6', val: '$C$4:$C$6', cats: COMMUNES, vals: [2019, 2020, 2021], from: [4, 2], to: [11, 18], extras: true });
  expect(media(zip)).toEqual(['xl/media/image1.png']);
  const { copy } = await checkedCopyOf(await buffer(zip));
  expect(media(copy)).toHaveLength(1);
  expect(await unusedMedia(copy)).toEqual([]);
  expect(await packageProblems(copy)).toEqual([]);
});

test('the logo\'s file, shown by ExcelJS\'s picture and by a group brought back, is in the copy once', async () => {
  const zip = await communeList(true);
  const logo = relationships(await text(zip, 'xl/drawings/_rels/drawing1.xml.rels'))[0].target;
  await drawOnSheet(zip, 'Danh sách xã', anchor([4, 8], [7, 14], pictureGroup(20, 'rId40')), [{ id: 'rId40', type: REL.image, target: logo }]);
  const { copy } = await checkedCopyOf(await buffer(zip));
  expect(media(copy)).toEqual(['xl/media/image1.png']);
  const drawing = await text(copy, 'xl/drawings/_rels/drawing1.xml.rels');
  expect(relationships(drawing).map((r) => r.target)).toEqual(['../media/image1.png', '../media/image1.png']);
  expect(await packageProblems(copy)).toEqual([]);
});

/** The commune list with the district's seal in its page header (Page Layout › Header › Picture), as Excel writes it. */
async function withHeaderPicture(): Promise<Buffer> {
  const zip = await communeList(false);
  zip.file('xl/media/image1.png', PNG);
  zip.file('xl/drawings/vmlDrawingHF1.vml', '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="CH" o:spid="_x0000_s1025" type="#_x0000_t75" style="position:absolute;margin-left:0;margin-top:0;width:48pt;height:48pt;z-index:1"><v:imagedata o:relid="rId1" o:title="con-dau"/><o:lock v:ext="edit" rotation="t"/></v:shape></xml>');
  zip.file('xl/drawings/_rels/vmlDrawingHF1.vml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL.image}" Target="../media/image1.png"/></Relationships>`);
  const sheet = await text(zip, 'xl/worksheets/sheet1.xml');
  expect(sheet).toMatch(/<worksheet [^>]*xmlns:r=/);
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('</worksheet>', '<headerFooter><oddHeader>&amp;C&amp;G</oddHeader></headerFooter><legacyDrawingHF r:id="rId1"/></worksheet>'));
  zip.file('xl/worksheets/_rels/sheet1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawingHF1.vml"/></Relationships>');
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('<Override ', '<Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override '));
  return buffer(zip);
}

test('a header picture\'s file is not in the copy, which has no header picture (nothing else of the file needs the package pass)', async () => {
  const { loaded, copy } = await checkedCopyOf(await withHeaderPicture());
  expect(loaded.notKept.map((n) => n.en)).toContain('1 sheet(s) with a picture in the header or footer');
  expect(media(copy)).toEqual([]);
  expect(await packageProblems(copy)).toEqual([]);
});
