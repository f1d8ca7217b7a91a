// Objects ExcelJS drops or changes on the office's sheets are named (shapes and text boxes are
// counted by package-parts.ts, tested there): pictures it cannot place or crop, header pictures, controls, embedded files, notes shown all the
// time, links inside the workbook, pictures in cells and named cell styles.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { inspectPackage } from '../../../src/adapters/exceljs/package-parts';
import { loadWorkbookForCopy } from '../../../src/adapters/exceljs/read-workbook';

const XDR = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const cell = (tag: string, c: number, r: number) => `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
const anchored = (inner: string) => `<xdr:twoCellAnchor>${cell('from', 5, 1)}${cell('to', 8, 4)}${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
const pic = (crop = '') => `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="4" name="Con dấu"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/>${crop}<a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;
// As Excel writes them: a text box, a rectangle, an arrow, a cropped seal and a logo placed on the page.
const DRAWING = `<xdr:wsDr ${XDR}>${anchored('<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Số liệu tạm tính</a:t></a:r></a:p></xdr:txBody></xdr:sp>')}${anchored('<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="3" name="Rectangle 2"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:sp>')}${anchored('<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="5" name="Straight Arrow Connector 4"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr><xdr:spPr><a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:ln><a:tailEnd type="triangle"/></a:ln></xdr:spPr></xdr:cxnSp>')}${anchored(pic('<a:srcRect l="12000" r="8000"/>'))}<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="900000" cy="450000"/>${pic()}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`;
const shape = (type: string, inner: string) => `<v:shape type="#_x0000_t${type === 'Note' ? 202 : 201}" style="position:absolute;visibility:${/Visible/.test(inner) ? 'visible' : 'hidden'}"><x:ClientData ObjectType="${type}"><x:Anchor>5, 0, 3, 0, 7, 0, 4, 0</x:Anchor>${inner}</x:ClientData></v:shape>`;
// A note shown all the time, a hidden one, and a check box linked to a cell.
const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">${shape('Note', '<x:Row>3</x:Row><x:Column>1</x:Column><x:Visible/>')}${shape('Note', '<x:Row>4</x:Row><x:Column>3</x:Column>')}${shape('Checkbox', '<x:FmlaLink>$E$4</x:FmlaLink><x:Checked>1</x:Checked>')}</xml>`;
// The sheet's own parts: a header picture, an embedded Word file (Choice + Fallback as Excel
// writes it), a link to another cell of the workbook beside a web link, a picture in cell F1.
const SHEET_TAIL = '<hyperlinks><hyperlink ref="A3" location="\'Hiện trạng\'!D6" display="Mã"/><hyperlink ref="B3" r:id="rId9"/></hyperlinks><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><headerFooter><oddHeader>&amp;L&amp;G</oddHeader></headerFooter><drawing r:id="rId5"/><legacyDrawing r:id="rId6"/><legacyDrawingHF r:id="rId7"/><oleObjects><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><oleObject progId="Word.Document.12" shapeId="1025" r:id="rId8"/></mc:Choice><mc:Fallback><oleObject progId="Word.Document.12" shapeId="1025" r:id="rId8"/></mc:Fallback></mc:AlternateContent></oleObjects></worksheet>';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

async function plain(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hiện trạng').addRows([['Mã', 'Tiêu chí', 'Tân Sơn'], ['11', 'Nghèo đa chiều', 'Chưa đạt']]);
  return wb;
}

async function withObjects(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await (await plain()).xlsx.writeBuffer());
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('<c r="A1"', '<c r="F1" t="e" vm="1"><v>#VALUE!</v></c><c r="A1"').replace(/<pageMargins[\s\S]*<\/worksheet>/, SHEET_TAIL));
  const rel = (id: string, type: string, target: string, external = false) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
  const rels = (...r: string[]) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r.join('')}</Relationships>`;
  zip.file('xl/worksheets/_rels/sheet1.xml.rels', rels(rel('rId5', 'drawing', '../drawings/drawing1.xml'), rel('rId6', 'vmlDrawing', '../drawings/vmlDrawing1.vml'), rel('rId7', 'vmlDrawing', '../drawings/vmlDrawing2.vml'), rel('rId8', 'package', '../embeddings/Microsoft_Word_Document.docx'), rel('rId9', 'hyperlink', 'https://nongthonmoi.gov.vn/', true)));
  zip.file('xl/drawings/_rels/drawing1.xml.rels', rels(rel('rId1', 'image', '../media/image1.png')));
  zip.file('xl/media/image1.png', Buffer.from(PNG, 'base64'));
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file('xl/drawings/vmlDrawing1.vml', VML);
  zip.file('xl/activeX/activeX1.xml', '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" ax:classid="{8BD21D40-EC42-11CE-9E0D-00AA006002F3}"/>');
  zip.file('xl/richData/rdrichvalue.xml', '<rvData xmlns="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata" count="1"/>');
  zip.file('xl/metadata.xml', '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><metadataTypes count="1"><metadataType name="XLRICHVALUE"/></metadataTypes></metadata>');
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', styles.replace('</cellStyles>', '<cellStyle name="Tiêu đề NTM" xfId="0"/><cellStyle name="Heading 1" xfId="0" builtinId="16"/></cellStyles>'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('pictures ExcelJS cannot place or crop, controls, embedded files, cell pictures and named styles are named (not internal links: the copy gets them back)', async () => {
  const { notKept } = await inspectPackage(await withObjects());
  // Not the three drawn shapes: the copy gets them back (restore-shapes.ts).
  expect(notKept).toEqual([
    { vi: '1 ảnh đặt cố định trên trang (không gắn với ô)', en: '1 picture(s) placed at a fixed position (not on cells)' },
    // The cropped seal is named "Con dấu" by the office (the one placed on the page is counted above).
    { vi: '1 tên và văn bản thay thế (alt text) của ảnh', en: '1 picture name(s) and alt text' },
    { vi: '1 ảnh đã cắt xén (sẽ hiện cả ảnh gốc)', en: '1 cropped picture(s) (the whole picture will show)' },
    { vi: '1 trang có ảnh ở đầu trang / chân trang', en: '1 sheet(s) with a picture in the header or footer' },
    { vi: '1 đối tượng nhúng (tệp Word, PDF… đặt trong trang)', en: '1 embedded object(s) (Word, PDF… files placed on a sheet)' },
    { vi: '1 điều khiển biểu mẫu (ô đánh dấu, nút, danh sách…)', en: '1 form control(s) (check boxes, buttons, lists…)' },
    { vi: '1 điều khiển ActiveX', en: '1 ActiveX control(s)' },
    // Not the note shown all the time: the copy shows it again (note-details.ts).
    // Not "dynamic-array formulas": this metadata part holds only the cell's picture.
    { vi: '1 ảnh đặt trong ô (ô sẽ thành #VALUE!)', en: '1 picture(s) placed in a cell (the cell becomes #VALUE!)' },
    { vi: '1 kiểu ô tự đặt tên (ô giữ định dạng, tên kiểu bị bỏ)', en: '1 named cell style(s) (cells keep their format, the style names go)' },
  ]);
  // They are indeed missing from what ExcelJS writes (a newer ExcelJS keeping them fails here).
  const { workbook } = await loadWorkbookForCopy(await withObjects());
  const copy = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const written = (await Promise.all(Object.keys(copy.files).filter((n) => /\.(xml|vml)$/.test(n)).map((n) => copy.file(n)!.async('string')))).join('');
  for (const gone of [/<a:srcRect/, /<legacyDrawingHF/, /<oleObject/, /ObjectType="Checkbox"/, /<x:Visible/, /\bvm="/, /Tiêu đề NTM/]) expect(written).not.toMatch(gone);
});

test('what ExcelJS keeps is not named: a picture on cells, hidden notes, a web link', async () => {
  const wb = await plain();
  const ws = wb.getWorksheet('Hiện trạng')!;
  const logo = wb.addImage({ base64: PNG, extension: 'png' });
  ws.addImage(logo, { tl: { col: 4, row: 0 }, ext: { width: 60, height: 30 } });
  ws.getCell('B2').note = 'Cần bổ sung hồ sơ';
  ws.getCell('A1').value = { text: 'Trang NTM', hyperlink: 'https://nongthonmoi.gov.vn/' };
  expect((await inspectPackage(Buffer.from(await wb.xlsx.writeBuffer()))).notKept).toEqual([]);
});

test('pictures the office named, described (alt text) or hid are named: ExcelJS writes each as a shown "Picture N"', async () => {
  const wb = await plain();
  const ws = wb.getWorksheet('Hiện trạng')!;
  const logo = wb.addImage({ base64: PNG, extension: 'png' });
  ws.addImage(logo, { tl: { col: 4, row: 0 }, ext: { width: 60, height: 30 } });
  ws.addImage(logo, { tl: { col: 6, row: 0 }, ext: { width: 60, height: 30 } });
  ws.addImage(logo, { tl: { col: 8, row: 0 }, ext: { width: 60, height: 30 } });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
  let n = 0;
  // The first a seal with alt text, the second hidden, the third as Excel names it: nothing lost.
  const props = ['name="Con dấu UBND" descr="Con dấu đỏ của UBND xã Tân Sơn"', 'name="Picture 2" hidden="1"', 'name="Picture 3"'];
  zip.file(part, (await zip.file(part)!.async('string')).replace(/(<xdr:cNvPr id="\d+") name="[^"]*"/g, (_, head: string) => `${head} ${props[n++]}`));
  const input = await zip.generateAsync({ type: 'nodebuffer' });
  expect((await inspectPackage(input)).notKept).toEqual([
    { vi: '1 tên và văn bản thay thế (alt text) của ảnh', en: '1 picture name(s) and alt text' },
    { vi: '1 ảnh đang ẩn (sẽ hiện ra)', en: '1 hidden picture(s) (they will show)' },
  ]);
  // They are indeed gone from what ExcelJS writes (a newer ExcelJS keeping them fails here).
  const { workbook } = await loadWorkbookForCopy(input);
  const copy = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const written = await copy.file(Object.keys(copy.files).find((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))!)!.async('string');
  expect(written.match(/<xdr:pic>/g)).toHaveLength(3);
  expect(written).not.toMatch(/Con dấu|descr=|hidden=/);
});
