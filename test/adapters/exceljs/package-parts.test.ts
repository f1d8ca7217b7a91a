// What the checked copy cannot keep is named, and tables ExcelJS would damage are repaired.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { inspectPackage } from '../../../src/adapters/exceljs/package-parts';
import { loadWorkbookForCopy } from '../../../src/adapters/exceljs/read-workbook';

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

test('charts, links to other files, plain-text notes and workbook protection are named as not kept', async () => {
  const buf = await patch(await withTable(), /^xl\/workbook\.xml$/, (xml) => xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>').replace('</workbook>', '<definedNames><definedName localSheetId="0" name="_xlnm.Print_Titles">A:A</definedName><definedName name="DanhSachXa" localSheetId="0">A1:A3</definedName></definedNames></workbook>'), {
    'xl/charts/chart1.xml': '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    'xl/externalLinks/externalLink1.xml': '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    'xl/comments9.xml': '<comments><commentList><comment ref="A1" authorId="0"><text><t>Đã nhắc phòng</t></text></comment></commentList></comments>',
    'xl/metadata.xml': '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
  });
  const info = await inspectPackage(buf);
  expect(info.notKept.map((x) => x.vi)).toEqual(['1 biểu đồ', '1 liên kết tới tệp khác', 'công thức mảng động (sẽ thành công thức mảng cũ)', '1 ghi chú dạng văn bản thuần (nội dung sẽ trống)', 'khóa cấu trúc workbook', '1 tên vùng riêng của một trang (sẽ thành tên chung)']);
  expect((await inspectPackage(await withTable())).notKept).toEqual([]);
  // LibreOffice's empty <workbookProtection/> (in every file it saves) locks nothing.
  const lo = await patch(await withTable(), /^xl\/workbook\.xml$/, (xml) => xml.replace('<sheets>', '<workbookProtection/><sheets>'));
  expect((await inspectPackage(lo)).notKept).toEqual([]);
  // An active filter and LibreOffice's sheet protection are named too.
  const filtered = await patch(await withTable(), /^xl\/worksheets\/sheet1\.xml$/, (xml) =>
    xml.replace('</sheetData>', '</sheetData><sheetProtection sheet="true"/><autoFilter ref="A1:C3"><filterColumn colId="2"><filters><filter val="Chưa đạt"/></filters></filterColumn></autoFilter>'),
  );
  expect((await inspectPackage(filtered)).notKept.map((x) => x.vi)).toEqual(['1 trang đang lọc dữ liệu (điều kiện lọc bị bỏ, các dòng ẩn vẫn ẩn)', '1 trang được khóa bằng LibreOffice (sẽ mất khóa)']);
});
