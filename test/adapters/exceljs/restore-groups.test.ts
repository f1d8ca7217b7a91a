// A group of shapes holding a picture (a scanned seal with "Đã duyệt" beside it, grouped) comes
// back whole into the copy: ExcelJS reads the group's picture as one of its own, stretched over
// the group's cells, and drops the rest. The copy has the group as drawn, its picture's file
// with it, and not ExcelJS's stretched picture; other pictures ExcelJS wrote stay.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { drawingOfSheet, drawOnSheet, pictureGroup, PNG, REL, text } from '../../support/chart-package';
import { packageProblems } from '../../support/package-check';
import { relationships } from '../../../src/adapters/exceljs/package-rels';

/** A red 2×2 PNG: the scanned seal, told apart from the 1×1 logo by its bytes. */
const SEAL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4IScHRAwQCgAfJgQRoo8irwAAAABJRU5ErkJggg==', 'base64');
const SHAPES_LINE = /hình vẽ hoặc hộp chữ/;
const CROPPED_LINE = /ảnh đã cắt xén/;
const FIXED_LINE = /ảnh đặt cố định/;

const cell = (tag: string, [c, r]: [number, number], off = 0) => `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>${off}</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>${off}</xdr:rowOff></xdr:${tag}>`;
const twoCell = (from: [number, number], to: [number, number], inner: string) => `<xdr:twoCellAnchor editAs="oneCell">${cell('from', from, 12700)}${cell('to', to)}${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
const oneCell = (from: [number, number], inner: string) => `<xdr:oneCellAnchor>${cell('from', from)}<xdr:ext cx="2438400" cy="1219200"/>${inner}<xdr:clientData/></xdr:oneCellAnchor>`;
const absolute = (inner: string) => `<xdr:absoluteAnchor><xdr:pos x="609600" y="2286000"/><xdr:ext cx="2438400" cy="1219200"/>${inner}<xdr:clientData/></xdr:absoluteAnchor>`;

/** A plan sheet with, if asked, the district's logo (ExcelJS's own picture, the 1×1 PNG) at M1:N3. */
async function plan(logo: boolean): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.addRows([['KẾ HOẠCH THỰC HIỆN NĂM 2023'], [], ['STT', 'Nội dung'], [1, 'Rà soát tiêu chí']]);
  wb.addWorksheet('Phê duyệt').addRows([['Đã trình ký']]);
  if (logo) ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'M1:N3');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file('xl/media/seal.png', SEAL);
  const types = await text(zip, '[Content_Types].xml');
  if (!types.includes('Extension="png"')) zip.file('[Content_Types].xml', types.replace('<Override ', '<Default Extension="png" ContentType="image/png"/><Override '));
  return zip;
}

/** The copy's drawing of sheet `name`: its anchors, its relationships, and the bytes of the picture an Id leads to. */
async function drawingOfCopy(copy: JSZip, name: string) {
  const d = await drawingOfSheet(copy, name);
  const picture = async (id: string) => Buffer.from(await copy.file(d.lead(id)!.part)!.async('uint8array'));
  return { rels: d.rels, anchors: d.xml.match(/<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>/g) ?? [], picture };
}
const embedOf = (xml: string) => /r:embed="([^"]+)"/.exec(xml)![1];

test('a group holding a picture is in the copy as drawn, its picture with it, without ExcelJS\'s picture stretched over it; it is not named', async () => {
  const zip = await plan(false);
  await drawOnSheet(zip, 'Kế hoạch', twoCell([4, 2], [8, 8], pictureGroup(2, 'rId3')), [{ id: 'rId3', type: REL.image, target: '../media/seal.png' }]);
  const { loaded, copy } = await checkedCopyOf(await zip.generateAsync({ type: 'nodebuffer' }));
  expect(loaded.notKept.filter((n) => SHAPES_LINE.test(n.vi))).toEqual([]);
  expect(await packageProblems(copy)).toEqual([]);
  const d = await drawingOfCopy(copy, 'Kế hoạch');
  expect(d.anchors).toHaveLength(1);
  const group = d.anchors[0]!;
  expect(group).toContain(`${cell('from', [4, 2], 12700)}${cell('to', [8, 8])}<xdr:grpSp>`);
  expect(group).toContain('descr="Con dấu UBND huyện"');
  expect(group).toContain('<a:t>Đã duyệt</a:t>');
  expect(await d.picture(embedOf(group))).toEqual(SEAL);
  // Its only relationship is the group's picture's: ExcelJS's for the stretched one is gone.
  expect(d.rels.map((r) => r.id)).toEqual([embedOf(group)]);
  // A second check of the copy: the same.
  const again = await checkedCopyOf(await copy.generateAsync({ type: 'nodebuffer' }));
  expect(again.loaded.notKept.filter((n) => SHAPES_LINE.test(n.vi))).toEqual([]);
  const d2 = await drawingOfCopy(again.copy, 'Kế hoạch');
  expect(d2.anchors.map((a) => /<xdr:(grpSp|pic)\b/.exec(a)![1])).toEqual(['grpSp']);
});

test('beside a logo of the same picture, only the stretched picture on the group\'s cells goes; a cropped seal in a group, a group on one cell and one at a fixed place come back too', async () => {
  const zip = await plan(true);
  // The logo's picture grouped with a text box on B6:E12; the cropped seal grouped on one cell of the approval sheet.
  const logoPart = relationships(await text(zip, 'xl/drawings/_rels/drawing1.xml.rels'))[0].target;
  await drawOnSheet(zip, 'Kế hoạch', twoCell([1, 5], [4, 11], pictureGroup(2, 'rId5')), [{ id: 'rId5', type: REL.image, target: logoPart }]);
  await drawOnSheet(zip, 'Phê duyệt', oneCell([2, 3], pictureGroup(2, 'rId1', true)) + absolute(pictureGroup(5, 'rId1')), [{ id: 'rId1', type: REL.image, target: '../media/seal.png' }]);
  const { loaded, copy } = await checkedCopyOf(await zip.generateAsync({ type: 'nodebuffer' }));
  expect(loaded.notKept.filter((n) => [SHAPES_LINE, CROPPED_LINE, FIXED_LINE].some((line) => line.test(n.vi)))).toEqual([]);
  expect(await packageProblems(copy)).toEqual([]);
  const planned = await drawingOfCopy(copy, 'Kế hoạch');
  expect(planned.anchors.map((a) => /<xdr:(grpSp|pic)\b/.exec(a)![1])).toEqual(['pic', 'grpSp']);
  expect(planned.anchors[0]).toContain(`${cell('from', [12, 0])}`);
  expect(await planned.picture(embedOf(planned.anchors[0]!))).toEqual(PNG);
  expect(await planned.picture(embedOf(planned.anchors[1]!))).toEqual(PNG);
  const approval = await drawingOfCopy(copy, 'Phê duyệt');
  expect(approval.anchors.map((a) => /^<xdr:(\w+)/.exec(a)![1])).toEqual(['oneCellAnchor', 'absoluteAnchor']);
  expect(approval.anchors[1]).toContain('<xdr:pos x="609600" y="2286000"/>');
  expect(embedOf(approval.anchors[1]!)).toBe(embedOf(approval.anchors[0]!));
  expect(approval.anchors[0]).toContain('<a:srcRect l="10000" r="10000"/>');
  expect(await approval.picture(embedOf(approval.anchors[0]!))).toEqual(SEAL);
});
