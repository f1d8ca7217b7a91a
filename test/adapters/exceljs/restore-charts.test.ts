// Charts on the office's sheets reach the checked copy (ExcelJS keeps none): the chart part and
// every part it uses are copied from the original under names the copy does not use, typed,
// linked from the sheet's drawing, and the chart is no longer named as not kept.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { addChart, addChartSheet, anchor, drawingOfSheet, drawOnSheet, linked, NS, pictureFilled, PNG, REL, text, type ChartSpec } from '../../support/chart-package';
import { packageProblems } from '../../support/package-check';
import { partsReached } from '../../../src/adapters/exceljs/copy-parts';
import { inspectPackage } from '../../../src/adapters/exceljs/package-parts';
import { relationships, resolveTarget } from '../../../src/adapters/exceljs/package-rels';

const COMMUNES = ['Phước Hưng', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn'];
const YEARS = [2019, 2020, 2021, 2020, 2021];

/** A list of communes with the year each was recognised, as the office types it. */
async function communeList(): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách xã');
  ws.addRows([['DANH SÁCH CÁC XÃ ĐẠT CHUẨN NÔNG THÔN MỚI'], [], ['STT', 'Tên xã', 'Năm được công nhận'], ...COMMUNES.map((c, i) => [i + 1, c, YEARS[i]])]);
  return JSZip.loadAsync(await wb.xlsx.writeBuffer());
}

const yearsChart = (extra: Partial<ChartSpec> = {}): ChartSpec => ({ sheet: 'Danh sách xã', title: 'Năm được công nhận', cat: '$B$4:$B$8', val: '$C$4:$C$8', cats: COMMUNES, vals: YEARS, from: [4, 2], to: [11, 18], ...extra });
const buffer = (zip: JSZip) => zip.generateAsync({ type: 'nodebuffer' });

test('a chart with a text box and a picture drawn on it no longer stops the file from being read (ExcelJS failed on the picture\'s relationships)', async () => {
  const zip = await communeList();
  await addChart(zip, yearsChart({ extras: true }));
  const { reread } = await checkedCopyOf(await buffer(zip));
  expect(reread.getWorksheet('Danh sách xã')!.getCell('B4').value).toBe('Phước Hưng');
});

const chartIds = (drawingXml: string) => [...drawingXml.matchAll(/<c:chart\b[^>]*\sr:id="([^"]+)"/g)].map((m) => m[1]);

test('a chart on a sheet is in the copy: its part and every part it uses, typed, linked from the sheet\'s drawing, no longer named; shapes filled with a picture or linking a page come too', async () => {
  const zip = await communeList();
  const { chart } = await addChart(zip, yearsChart({ extras: true }));
  const original = await text(zip, chart);
  zip.file('xl/media/image9.png', PNG);
  await drawOnSheet(zip, 'Danh sách xã', anchor([12, 2], [14, 6], pictureFilled(20, 'rId50')), [{ id: 'rId50', type: REL.image, target: '../media/image9.png' }]);
  await drawOnSheet(zip, 'Danh sách xã', anchor([12, 8], [15, 10], linked(21, 'rId51', 'Cổng thông tin NTM')), [{ id: 'rId51', type: REL.hyperlink, target: 'https://nongthonmoi.gov.vn/', external: true }]);
  const input = await buffer(zip);
  const { loaded, copy, reread } = await checkedCopyOf(input);
  expect(loaded.notKept).toEqual([]);
  expect(await packageProblems(copy)).toEqual([]);
  const drawing = await drawingOfSheet(copy, 'Danh sách xã');
  // The anchor's Id leads from the sheet's drawing to the chart, as it was, on the same cells.
  const [id] = chartIds(drawing.xml);
  const rel = drawing.lead(id)!;
  expect(rel.type).toBe(REL.chart);
  const chartPart = resolveTarget(drawing.part, rel.target);
  expect(await text(copy, chartPart)).toBe(original);
  expect(drawing.xml).toContain('<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>');
  expect(await text(copy, chartPart)).toContain("<c:f>'Danh sách xã'!$C$4:$C$8</c:f>");
  // Its style, colours, embedded workbook and the shapes drawn on it (with their picture) came along.
  const reached = [...(await partsReached(copy, chartPart))];
  expect(reached.map((p) => p.replace(/\d+(?=\.\w+$)/, 'N')).sort()).toEqual(['xl/charts/colorsN.xml', 'xl/charts/styleN.xml', 'xl/drawings/drawingN.xml', 'xl/embeddings/Microsoft_Excel_WorksheetN.xlsx', 'xl/media/imageN.png']);
  expect(await text(copy, '[Content_Types].xml')).toContain(`<Override PartName="/${chartPart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
  expect(await text(copy, '[Content_Types].xml')).toContain('<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>');
  // The picture fill and the link.
  expect(copy.file(resolveTarget(drawing.part, drawing.lead(/r:embed="([^"]+)"/.exec(drawing.xml)![1])!.target))).not.toBeNull();
  expect(drawing.lead(/<a:hlinkClick [^>]*r:id="([^"]+)"/.exec(drawing.xml)![1])).toMatchObject({ target: 'https://nongthonmoi.gov.vn/', external: true });
  const ids = [...drawing.xml.matchAll(/<xdr:cNvPr\b[^>]*?\sid="(\d+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(3);
  // ExcelJS reads the copy, and a second check of it keeps the chart too.
  expect(reread.getWorksheet('Danh sách xã')!.getCell('C4').value).toBe(2019);
  const again = await checkedCopyOf(await buffer(copy));
  expect(again.loaded.notKept).toEqual([]);
  expect(chartIds((await drawingOfSheet(again.copy, 'Danh sách xã')).xml)).toHaveLength(1);
});

/**
 * Two sheets with a chart each: the commune list (no picture: a new drawing in the copy), and a
 * status sheet with the district's logo, which ExcelJS writes into a drawing of its own as rId1;
 * its chart was rId1 in the original (the logo rId7), and charts the cells of a sheet since deleted.
 */
async function twoSheetsWithCharts(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const list = wb.addWorksheet('Danh sách xã');
  list.addRows([['DANH SÁCH CÁC XÃ ĐẠT CHUẨN NÔNG THÔN MỚI'], [], ['STT', 'Tên xã', 'Năm được công nhận'], ...COMMUNES.map((c, i) => [i + 1, c, YEARS[i]])]);
  const status = wb.addWorksheet('Hiện trạng');
  status.addRows([['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], [], ['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn'], ['11', 'Nghèo đa chiều', 'Chưa đạt']]);
  status.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'E1:F3');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const logo = await text(zip, 'xl/drawings/drawing1.xml');
  expect(logo).toContain('r:embed="rId1"');
  zip.file('xl/drawings/drawing1.xml', logo.replace('r:embed="rId1"', 'r:embed="rId7"'));
  zip.file('xl/drawings/_rels/drawing1.xml.rels', (await text(zip, 'xl/drawings/_rels/drawing1.xml.rels')).replace('Id="rId1"', 'Id="rId7"'));
  await addChart(zip, yearsChart());
  await addChart(zip, { ...yearsChart(), sheet: 'Hiện trạng', dataSheet: 'Bảng cũ', title: 'Số tiêu chí đạt', vals: [19, 17, 15, 19, 18], from: [1, 6], to: [8, 20], relId: 'rId1' });
  return buffer(zip);
}

test('two sheets with a chart each: both in the copy, one beside the pictures ExcelJS wrote, without taking their Ids; a chart over a deleted sheet is copied as it was', async () => {
  const { loaded, copy, reread } = await checkedCopyOf(await twoSheetsWithCharts());
  expect(loaded.notKept).toEqual([]);
  expect(await packageProblems(copy)).toEqual([]);
  const list = await drawingOfSheet(copy, 'Danh sách xã');
  const status = await drawingOfSheet(copy, 'Hiện trạng');
  expect(list.part).not.toBe(status.part);
  const charts = [list, status].map((d) => {
    const ids = chartIds(d.xml);
    expect(ids).toHaveLength(1);
    expect(d.lead(ids[0])!.type).toBe(REL.chart);
    return resolveTarget(d.part, d.lead(ids[0])!.target);
  });
  expect(new Set(charts).size).toBe(2);
  expect(await text(copy, charts[0])).toContain('<a:t>Năm được công nhận</a:t>');
  expect(await text(copy, charts[1])).toContain("<c:f>'Bảng cũ'!$C$4:$C$8</c:f>");
  // The logo ExcelJS wrote is still first, its Id leading to its picture; the chart's is another.
  const anchors = status.xml.match(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g)!;
  expect(anchors.map((a) => /<xdr:(pic|graphicFrame)\b/.exec(a)![1])).toEqual(['pic', 'graphicFrame']);
  const logo = status.lead(/r:embed="([^"]+)"/.exec(anchors[0])![1])!;
  expect(logo.type).toBe(REL.image);
  expect(chartIds(anchors[1])[0]).not.toBe(logo.id);
  expect(status.rels.map((r) => r.type).sort()).toEqual([REL.chart, REL.image]);
  expect(reread.getWorksheet('Hiện trạng')!.getImages()).toHaveLength(1);
  expect(reread.getWorksheet('Danh sách xã')!.getCell('B8').value).toBe('Thanh Sơn');
});

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const CX = 'http://schemas.microsoft.com/office/drawing/2014/chartex';
/** An Excel 2016 chart (a waterfall: chartex) as Excel writes it: in mc:AlternateContent, with a text box saying so for older Excel. */
const waterfall = (relId: string) =>
  `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" Requires="cx1">${anchor([1, 20], [6, 34], `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="30" name="Chart 29"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${CX}"><cx:chart xmlns:cx="${CX}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`)}</mc:Choice><mc:Fallback>${anchor([1, 20], [6, 34], '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="30" name="Chart 29"/><xdr:cNvSpPr><a:spLocks noTextEdit="1"/></xdr:cNvSpPr></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>This chart isn\'t available in your version of Excel.</a:t></a:r></a:p></xdr:txBody></xdr:sp>')}</mc:Fallback></mc:AlternateContent>`;

test('what cannot come back is named, each once: a chart sheet (not as a chart), an Excel 2016 chart (not as a shape), a shape whose picture its drawing lacks', async () => {
  const zip = await communeList();
  await addChart(zip, yearsChart());
  await addChartSheet(zip, 'Biểu đồ năm', { ...yearsChart(), dataSheet: 'Danh sách xã' });
  zip.file('xl/charts/chartEx1.xml', `<cx:chartSpace xmlns:cx="${CX}"/>`);
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/charts/chartEx1.xml" ContentType="application/vnd.ms-office.chartex+xml"/></Types>'));
  await drawOnSheet(zip, 'Danh sách xã', waterfall('rId60'), [{ id: 'rId60', type: 'http://schemas.microsoft.com/office/2014/relationships/chartEx', target: '../charts/chartEx1.xml' }]);
  await drawOnSheet(zip, 'Danh sách xã', anchor([12, 2], [14, 6], pictureFilled(40, 'rId99')));
  const input = await buffer(zip);
  const lines = ['1 biểu đồ', '1 trang biểu đồ (chart sheet)', '1 hình vẽ hoặc hộp chữ (shape, text box, mũi tên) trên trang'];
  expect((await inspectPackage(input)).notKept.map((n) => n.vi)).toEqual(lines);
  // The copy has the one chart that could come back; the chart sheet's is not in it.
  const { loaded, copy, reread } = await checkedCopyOf(input);
  expect(loaded.notKept.map((n) => n.vi)).toEqual(lines);
  expect(Object.keys(copy.files).filter((n) => /^xl\/charts\/chart[^/]*\.xml$/.test(n))).toHaveLength(1);
  expect(chartIds((await drawingOfSheet(copy, 'Danh sách xã')).xml)).toHaveLength(1);
  expect(await packageProblems(copy)).toEqual([]);
  expect(reread.worksheets.map((w) => w.name)).not.toContain('Biểu đồ năm');
  // Only the chart sheet in the original: named as a chart sheet, no chart line.
  const onlySheet = await communeList();
  await addChartSheet(onlySheet, 'Biểu đồ năm', { ...yearsChart(), dataSheet: 'Danh sách xã' });
  expect((await inspectPackage(await buffer(onlySheet))).notKept.map((n) => n.en)).toEqual(['1 chart sheet(s)']);
});
