// Pictures WPS Office places in cells (=DISPIMG("ID_…",1), the pictures in xl/cellimages.xml) are
// kept in the copy: the part, its pictures, its content type and the workbook's link to it.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { relationships, relsPathOf, resolveTarget } from '../../../src/adapters/exceljs/package-rels';

const ICON = fs.readFileSync('assets/icon-32.png');
const ID = 'ID_8C5E3A1F0B2D4E6F9A7B1C3D5E7F9A1B';
const WPS_REL = 'http://www.wps.cn/officeDocument/2020/cellImage';
const CELL_IMAGES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="${ID}" descr="Ảnh minh chứng"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="304800" cy="304800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage></etc:cellImages>`;

/** The sample as WPS writes a picture placed in a cell of a sheet "Ảnh" (B2). */
async function sampleWithWpsCellPicture(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  const ws = wb.addWorksheet('Ảnh');
  ws.getCell('A2').value = 'Nhà văn hóa xã Tân Sơn';
  ws.getCell('B2').value = { formula: `_xlfn.DISPIMG("${ID}",1)`, result: `=DISPIMG("${ID}",1)` };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file('xl/cellimages.xml', CELL_IMAGES);
  zip.file('xl/_rels/cellimages.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>');
  zip.file('xl/media/image1.png', ICON);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rId99" Type="${WPS_REL}" Target="cellimages.xml"/></Relationships>`));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${types.includes('Extension="png"') ? '' : '<Default Extension="png" ContentType="image/png"/>'}<Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/></Types>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('a picture WPS placed in a cell is kept: the cell pictures part, its picture, its content type and its link', async () => {
  const { copy, reread } = await checkedCopyOf(await sampleWithWpsCellPicture());
  const rel = relationships(await copy.file('xl/_rels/workbook.xml.rels')!.async('string')).find((r) => r.type === WPS_REL)!;
  const part = resolveTarget('xl/workbook.xml', rel.target);
  expect(await copy.file(part)!.async('string')).toBe(CELL_IMAGES);
  const image = relationships(await copy.file(relsPathOf(part))!.async('string'))[0];
  expect(Buffer.from(await copy.file(resolveTarget(part, image.target))!.async('uint8array')).equals(ICON)).toBe(true);
  expect(await copy.file('[Content_Types].xml')!.async('string')).toContain(`<Override PartName="/${part}" ContentType="application/vnd.wps-officedocument.cellimage+xml"/>`);
  expect(reread.getWorksheet('Ảnh')!.getCell('B2').formula).toBe(`_xlfn.DISPIMG("${ID}",1)`);
});
