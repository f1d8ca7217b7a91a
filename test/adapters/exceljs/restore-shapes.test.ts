// The office's shapes, text boxes and arrows reach the copy (ExcelJS keeps a drawing's pictures
// only): into a new drawing part on a sheet without pictures, appended to ExcelJS's drawing on a
// sheet with some. Those using a relationship of their drawing (a picture fill, a link) bring it.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { shapeAnchors } from '../../../src/adapters/exceljs/drawn-shapes';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { relationships, relsPathOf, resolveTarget } from '../../../src/adapters/exceljs/package-rels';

const SAMPLE = path.join(__dirname, '../../../examples/tra-cu-2023.xlsx');
const NS = {
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const SHAPES_LINE = /hình vẽ hoặc hộp chữ/;
const cell = (tag: string, c: number, r: number) => `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
const anchored = (inner: string, row = 4) => `<xdr:twoCellAnchor editAs="absolute">${cell('from', 1, row)}${cell('to', 3, row + 3)}${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
const textBox = (id: number, text: string) => `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="TextBox ${id}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="1080000" y="720000"/><a:ext cx="1800000" cy="540000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="729FCF"/></a:solidFill></xdr:spPr><xdr:txBody><a:bodyPr anchor="t"/><a:p><a:r><a:rPr lang="vi-VN" sz="1200"/><a:t>${text}</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;
const arrow = (id: number, from: number) => `<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="${id}" name="Straight Arrow Connector ${id}"/><xdr:cNvCxnSpPr><a:stCxn id="${from}" idx="3"/></xdr:cNvCxnSpPr></xdr:nvCxnSpPr><xdr:spPr><a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:ln><a:tailEnd type="triangle"/></a:ln></xdr:spPr></xdr:cxnSp>`;
// A rectangle filled with a picture of the drawing part, and one that is a link: copied with their relationships.
const pictureFilled = '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="8" name="Rectangle 7"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></a:blipFill><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:sp>';
const linked = '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="9" name="Rectangle 8"><a:hlinkClick xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId2"/></xdr:cNvPr><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:sp>';

const part = async (zip: JSZip, name: string) => (await zip.file(name)?.async('string')) ?? '';

/** The copy's sheet `name`: its XML, its relationships and the drawing part they link. */
async function sheetOf(copy: JSZip, name: string) {
  const sheetPart = (await sheetParts(copy)).get(name)!;
  const rels = await part(copy, relsPathOf(sheetPart));
  const rel = relationships(rels).find((r) => r.type === `${NS.r}/drawing`);
  const drawingPart = rel ? resolveTarget(sheetPart, rel.target) : '';
  return { xml: await part(copy, sheetPart), rels, rel, drawingPart, drawing: rel ? await part(copy, drawingPart) : '' };
}

/** A drawing part, as LibreOffice writes one, put on the sheet `name` of the package (which had none). */
async function drawOn(zip: JSZip, name: string, n: number, anchors: string): Promise<void> {
  const sheetPart = (await sheetParts(zip)).get(name)!;
  zip.file(`xl/drawings/drawing${n}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`);
  const sheet = await part(zip, sheetPart);
  expect(sheet).not.toMatch(/<drawing\b/);
  zip.file(sheetPart, sheet.replace('</worksheet>', '<drawing r:id="rIdShape"/></worksheet>'));
  expect(zip.file(relsPathOf(sheetPart))).toBeNull();
  zip.file(relsPathOf(sheetPart), `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdShape" Type="${NS.r}/drawing" Target="../drawings/drawing${n}.xml"/></Relationships>`);
  const types = await part(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`));
}

/**
 * The sample with a text box drawn on "Phân công" (where the check writes notes) and an arrow on
 * "Danh sách xã" (where it writes none: the copy's sheet has no relationships file); neither sheet
 * has a picture.
 */
async function sampleWithShapes(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  await drawOn(zip, 'Phân công', 1, anchored(textBox(0, 'Ghi chú: số liệu tạm')));
  await drawOn(zip, 'Danh sách xã', 2, anchored(arrow(1, 0), 2));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('shapes on sheets without pictures are in the copy: a new drawing part, linked from the sheet, typed, and no longer named', async () => {
  const input = await sampleWithShapes();
  const { loaded, copy, reread } = await checkedCopyOf(input);
  expect(loaded.notKept.map((n) => n.vi).join('\n')).not.toMatch(SHAPES_LINE);
  const notes = await sheetOf(copy, 'Phân công');
  const plain = await sheetOf(copy, 'Danh sách xã');
  expect(notes.drawing).toContain('<a:t>Ghi chú: số liệu tạm</a:t>');
  expect(notes.drawing).toContain(`${cell('from', 1, 4)}${cell('to', 3, 7)}`);
  expect(notes.drawing).toMatch(/^<\?xml[^>]*>\n<xdr:wsDr xmlns:xdr="[^"]+" xmlns:a="[^"]+" xmlns:r="[^"]+"><xdr:twoCellAnchor editAs/);
  expect(plain.drawing).toContain(`${cell('from', 1, 2)}${cell('to', 3, 5)}${arrow(1, 0)}`);
  expect(new Set([notes.drawingPart, plain.drawingPart]).size).toBe(2);
  for (const { xml, rels, rel, drawingPart } of [notes, plain]) {
    // The sheet links its drawing once, with an Id of its own, after the page setup.
    expect(xml.match(/<drawing\b[^>]*>/g)).toEqual([`<drawing r:id="${rel!.id}"/>`]);
    expect(/<worksheet\b[^>]*>/.exec(xml)![0]).toContain(`xmlns:r="${NS.r}"`);
    expect(xml.indexOf('<drawing ')).toBeGreaterThan(xml.indexOf('<pageSetup'));
    const ids = relationships(rels).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rels).toMatch(/^<\?xml[^>]*>\s*<Relationships xmlns="http:\/\/schemas\.openxmlformats\.org\/package\/2006\/relationships">/);
    expect(await part(copy, '[Content_Types].xml')).toContain(`<Override PartName="/${drawingPart}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
  }
  // Before the notes the check wrote (<legacyDrawing>), as the schema orders a worksheet.
  expect(notes.xml).toMatch(/<drawing r:id="[^"]+"\/><legacyDrawing /);
  expect(plain.xml).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
  expect(plain.rels).toMatch(/^<\?xml[^>]*>\s*<Relationships [^>]*><Relationship Id="rId1" Type="[^"]+\/drawing" Target="\.\.\/drawings\/drawing\d+\.xml"\/><\/Relationships>$/);
  // Still a workbook ExcelJS reads, the sheets' cells as they were.
  const before = new ExcelJS.Workbook();
  await before.xlsx.load(input as unknown as ExcelJS.Buffer);
  for (const name of ['Phân công', 'Danh sách xã']) expect(reread.getWorksheet(name)!.getCell('B7').value).toEqual(before.getWorksheet(name)!.getCell('B7').value);
  expect(before.getWorksheet('Phân công')!.getCell('B7').value).toBeTruthy();
});

/** A plan with a logo (ExcelJS's picture) and, drawn beside it, a text box, an arrow from it, a picture-filled rectangle and a linked one. */
async function withPictureAndShapes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hiện trạng');
  ws.addRows([['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], [], ['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn'], ['11', 'Nghèo đa chiều', 'Chưa đạt']]);
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  ws.addImage(wb.addImage({ base64: png, extension: 'png' }), 'E1:F3');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const drawing = await part(zip, 'xl/drawings/drawing1.xml');
  expect(drawing).toContain('<xdr:cNvPr id="1"');
  const shapes = [anchored(textBox(2, 'Số liệu tạm tính'), 6), anchored(arrow(3, 2), 9), anchored(pictureFilled, 12), anchored(linked, 15)].join('');
  zip.file('xl/drawings/drawing1.xml', drawing.replace('<xdr:wsDr ', `<xdr:wsDr xmlns:r="${NS.r}" `).replace('</xdr:wsDr>', `${shapes}</xdr:wsDr>`));
  const rels = await part(zip, 'xl/drawings/_rels/drawing1.xml.rels');
  zip.file('xl/drawings/_rels/drawing1.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rId2" Type="${NS.r}/hyperlink" Target="https://nongthonmoi.gov.vn/" TargetMode="External"/></Relationships>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('on a sheet with a picture the shapes follow it in ExcelJS\'s drawing, ids kept apart; one filled with a picture or linking a web page brings its relationship', async () => {
  const { loaded, copy, reread } = await checkedCopyOf(await withPictureAndShapes());
  expect(loaded.notKept.filter((n) => SHAPES_LINE.test(n.vi))).toEqual([]);
  const { xml, drawing, drawingPart } = await sheetOf(copy, 'Hiện trạng');
  expect(xml.match(/<drawing\b/g)).toHaveLength(1);
  const anchors = drawing.match(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g)!;
  expect(anchors.map((a) => /<xdr:(pic|sp|cxnSp)\b/.exec(a)![1])).toEqual(['pic', 'sp', 'cxnSp', 'sp', 'sp']);
  expect(anchors[1]).toContain('<a:t>Số liệu tạm tính</a:t>');
  expect(anchors[1]).toContain(cell('from', 1, 6));
  // The picture keeps id 1; the shapes move past it, and the arrow still starts at the text box.
  const ids = [...drawing.matchAll(/<xdr:cNvPr\b[^>]*?\sid="(\d+)"/g)].map((m) => Number(m[1]));
  expect(ids).toEqual([1, 4, 5, 10, 11]);
  expect(anchors[2]).toContain('<a:stCxn id="4" idx="3"/>');
  // The fill and the link point to relationships of the copy's drawing beside ExcelJS's picture's.
  const rels = relationships(await part(copy, relsPathOf(drawingPart)));
  expect(new Set(rels.map((r) => r.id)).size).toBe(rels.length);
  const fill = rels.find((r) => r.id === /r:embed="([^"]+)"/.exec(anchors[3])![1])!;
  const picture = rels.find((r) => r.id === /r:embed="([^"]+)"/.exec(anchors[0])![1])!;
  expect(fill.id).not.toBe(picture.id);
  expect(copy.file(resolveTarget(drawingPart, fill.target))).not.toBeNull();
  const link = rels.find((r) => r.id === /r:id="([^"]+)"/.exec(anchors[4])![1])!;
  expect(link).toEqual({ id: link.id, type: `${NS.r}/hyperlink`, target: 'https://nongthonmoi.gov.vn/', external: true });
  expect(reread.getWorksheet('Hiện trạng')!.getImages()).toHaveLength(1);
});

test('anchors wrapped in mc:AlternateContent are counted once per block and not copied; one holding a nested block is copied whole', () => {
  const mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
  const nested = anchored(`<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="Equation"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><mc:AlternateContent ${mc}><mc:Choice Requires="a14"><a:p/></mc:Choice><mc:Fallback><a:p/></mc:Fallback></mc:AlternateContent></xdr:txBody></xdr:sp>`);
  const control = `<mc:AlternateContent ${mc}><mc:Choice Requires="a14">${anchored(textBox(3, 'Check Box 1'))}</mc:Choice><mc:Fallback>${anchored(textBox(3, 'Check Box 1'))}</mc:Fallback></mc:AlternateContent>`;
  const { restorable, other } = shapeAnchors(`<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${nested}${control}</xdr:wsDr>`);
  expect(restorable).toEqual([nested]);
  expect(other).toBe(1);
});
