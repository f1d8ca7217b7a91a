// What the checked copy cannot keep is named, and tables ExcelJS would damage are repaired.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { inspectPackage } from '../../../src/adapters/exceljs/package-parts';
import { loadWorkbookForCopy } from '../../../src/adapters/exceljs/read-workbook';
import { restoreDroppedParts, sheetRepairsOf } from '../../../src/adapters/exceljs/restore-parts';

async function withTable(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đô thị văn minh');
  ws.addTable({ name: 'BangDTVM', ref: 'A1', headerRow: true, style: { theme: 'TableStyleMedium2', showRowStripes: true }, columns: [{ name: 'Thị trấn' }, { name: 'Mã' }, { name: 'Đánh giá' }], rows: [['Định An', '3.2', 'Chưa đạt'], ['Trà Cú', '8.4', 'Chưa đạt']] });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rewrites one part of the package the way Excel or LibreOffice would have written it. */
async function patch(buf: Buffer, part: RegExp, edit: (xml: string) => string, extra: Record<string, string> = {}): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  for (const name of Object.keys(zip.files).filter((n) => part.test(n) && !zip.files[n].dir)) zip.file(name, edit(await zip.file(name)!.async('string')));
  for (const [name, xml] of Object.entries(extra)) zip.file(name, xml);
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
}

test('a table as Excel writes it (no headerRowCount) keeps its header row in the copy', async () => {
  // Excel leaves out headerRowCount (default 1) and writes a bare <autoFilter/> (every button shown).
  const excelStyle = await patch(await withTable(), /^xl\/tables\//, (xml) => xml.replace(/ headerRowCount="1"/, '').replace(/<filterColumn[^>]*\/>/g, ''));
  const { workbook } = await loadWorkbookForCopy(excelStyle);
  const copy = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const tableXml = await copy.file(Object.keys(copy.files).find((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))!)!.async('string');
  expect(tableXml).not.toMatch(/headerRowCount="0"/);
  // Its filter buttons stay visible (ExcelJS would hide every one).
  expect(tableXml).not.toMatch(/hiddenButton="1"/);
});

test('a table as LibreOffice writes it (no tableStyleInfo) no longer stops the copy from being written', async () => {
  const loStyle = await patch(await withTable(), /^xl\/tables\//, (xml) => xml.replace(/<tableStyleInfo[^>]*\/>/, ''));
  const { workbook } = await loadWorkbookForCopy(loStyle);
  await expect(workbook.xlsx.writeBuffer()).resolves.toBeDefined();
});

test('charts and links to other files are named as not kept (a sheet-scoped name, workbook protection and a plain-text note are not: the copy keeps them)', async () => {
  const buf = await patch(await withTable(), /^xl\/workbook\.xml$/, (xml) => xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>').replace('</workbook>', '<definedNames><definedName localSheetId="0" name="_xlnm.Print_Titles">A:A</definedName><definedName name="DanhSachXa" localSheetId="0">A1:A3</definedName></definedNames></workbook>'), {
    'xl/charts/chart1.xml': '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    'xl/externalLinks/externalLink1.xml': '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    'xl/comments9.xml': '<comments><commentList><comment ref="A1" authorId="0"><text><t>Đã nhắc phòng</t></text></comment></commentList></comments>',
    'xl/metadata.xml': '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
  });
  const info = await inspectPackage(buf);
  expect(info.notKept.map((x) => x.vi)).toEqual(['1 biểu đồ', '1 liên kết tới tệp khác', 'công thức mảng động (sẽ thành công thức mảng cũ)']);
  expect((await inspectPackage(await withTable())).notKept).toEqual([]);
  // LibreOffice's empty <workbookProtection/> (in every file it saves) locks nothing.
  const lo = await patch(await withTable(), /^xl\/workbook\.xml$/, (xml) => xml.replace('<sheets>', '<workbookProtection/><sheets>'));
  expect((await inspectPackage(lo)).notKept).toEqual([]);
  // Neither an active filter nor LibreOffice's sheet protection is named: the copy gets them back (filter-criteria.ts, sheet-protection.ts).
  const filtered = await patch(await withTable(), /^xl\/worksheets\/sheet1\.xml$/, (xml) =>
    xml.replace('</sheetData>', '</sheetData><sheetProtection sheet="true"/><autoFilter ref="A1:C3"><filterColumn colId="2"><filters><filter val="Chưa đạt"/></filters></filterColumn></autoFilter>'),
  );
  const filter = await inspectPackage(filtered);
  expect(filter.notKept).toEqual([]);
  // Its hidden rows are still known to be the filter's.
  expect([...filter.filteredSheets]).toEqual(['Đô thị văn minh']);
});

test('data bars with automatic bounds (Excel\'s default) are not named: the copy gets their x14 rule back (conditional-formats.ts)', async () => {
  const main = '<conditionalFormatting sqref="C2:C3"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>';
  const ext = (lo: string, hi: string) =>
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{1}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="${lo}"/><x14:cfvo type="${hi}"/></x14:dataBar></x14:cfRule><xm:sqref>C2:C3</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
  const withBars = async (lo: string, hi: string) => patch(await withTable(), /^xl\/worksheets\/sheet1\.xml$/, (xml) => xml.replace(/(<\/sheetData>(?:\s*<[^>]*\/>)*)/, `$1${main}`).replace('</worksheet>', `${ext(lo, hi)}</worksheet>`));
  expect((await inspectPackage(await withBars('autoMin', 'autoMax'))).notKept).toEqual([]);
  expect((await inspectPackage(await withBars('min', 'max'))).notKept).toEqual([]);
});

test('cells typed with a leading apostrophe are not named: their sheet is one the package pass repairs (quote-prefix.ts)', async () => {
  // Two cells of the table use the bold style; Excel writes quotePrefix="1" on it for "'0123".
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách xã');
  ws.addRows([['Mã xã', 'Tên xã'], ['0123', 'Tân Sơn'], ['0124', 'Kim Sơn']]);
  ws.getCell('A2').font = { bold: true };
  ws.getCell('A3').font = { bold: true };
  const buf = await patch(Buffer.from(await wb.xlsx.writeBuffer()), /^xl\/styles\.xml$/, (xml) => xml.replace(/(<cellXfs[^>]*>[\s\S]*?<xf )([^>]*fontId="1")/, '$1quotePrefix="1" $2'));
  const info = await inspectPackage(buf);
  expect(info.notKept).toEqual([]);
  expect([...info.sheetsToRestore]).toEqual(['Danh sách xã']);
});

test('conditional formats ExcelJS cannot write (text contains, begins with, duplicates…) are not named: ExcelJS is given none, the copy gets them as Excel wrote them', async () => {
  // The rules as Excel writes them: "Chưa" highlighted in C2:C3, duplicates in B2:B3, "Đ…" and
  // "without x" in A2:A3, unique values over two areas (no single formula covers them).
  const cf = [
    '<conditionalFormatting sqref="C2:C3"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="Chưa"><formula>NOT(ISERROR(SEARCH("Chưa",C2)))</formula></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="B2:B3"><cfRule type="duplicateValues" dxfId="0" priority="2"/></conditionalFormatting>',
    '<conditionalFormatting sqref="A2:A3"><cfRule type="beginsWith" dxfId="0" priority="3" operator="beginsWith" text="Đ"><formula>LEFT(A2,LEN("Đ"))="Đ"</formula></cfRule><cfRule type="notContainsText" dxfId="0" priority="4" operator="notContains" text="x"><formula>ISERROR(SEARCH("x",A2))</formula></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="A2:A3 C2:C3"><cfRule type="uniqueValues" dxfId="0" priority="5"/></conditionalFormatting>',
  ].join('');
  const dxf = '<dxf><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>';
  let buf = await patch(await withTable(), /^xl\/worksheets\/sheet1\.xml$/, (xml) => xml.replace(/(<\/sheetData>(?:\s*<[^>]*\/>)*)/, `$1${cf}`));
  buf = await patch(buf, /^xl\/styles\.xml$/, (xml) => xml.replace(/<dxfs[^>]*\/>|<dxfs[\s\S]*?<\/dxfs>/, `<dxfs count="1">${dxf}</dxfs>`));
  const { workbook, info } = await loadWorkbookForCopy(buf);
  expect(info.notKept).toEqual([]);
  const written = await workbook.xlsx.writeBuffer();
  const sheet = async (zip: JSZip) => zip.file('xl/worksheets/sheet1.xml')!.async('string');
  expect(await sheet(await JSZip.loadAsync(written))).not.toContain('<conditionalFormatting');
  const copy = await JSZip.loadAsync(await restoreDroppedParts(buf, written as ArrayBuffer, sheetRepairsOf(workbook)));
  expect((await sheet(copy)).match(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g)!.join('')).toBe(cf);
  expect(await copy.file('xl/styles.xml')!.async('string')).toContain(`<dxfs count="1">${dxf}</dxfs>`);
});

test('shapes, text boxes and arrows in a drawing no worksheet shows (a chart sheet\'s: ExcelJS drops the sheet) are named; a picture is not', async () => {
  const anchor = (body: string) => `<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
  const drawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${[
    // A text box, as LibreOffice writes one ("Ghi chú: số liệu tạm").
    anchor('<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="Hộp chữ 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Ghi chú: số liệu tạm</a:t></a:r></a:p></xdr:txBody></xdr:sp>'),
    // An arrow.
    anchor('<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="3" name="Mũi tên 2"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr><xdr:spPr/></xdr:cxnSp>'),
    // A logo: no shape, not named (its name is Excel's own: a renamed one is, objects-not-kept.ts).
    anchor('<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="4" name="Picture 3"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill/><xdr:spPr/></xdr:pic>'),
  ].join('')}</xdr:wsDr>`;
  const info = await inspectPackage(await patch(await withTable(), /^$/, (x) => x, { 'xl/drawings/drawing1.xml': drawing }));
  expect(info.notKept.map((n) => n.vi)).toEqual(['2 hình vẽ hoặc hộp chữ (shape, text box, mũi tên) trên trang']);
});
