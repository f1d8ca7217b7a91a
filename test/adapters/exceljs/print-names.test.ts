// Print areas and titles in the checked copy, read from its workbook.xml: the office's as it wrote
// them, the ones ExcelJS writes for other sheets absolute. Excel stores a print area with absolute
// references ('S'!$A$1:$H$25), several areas in one name separated by commas, whole columns as
// 'S'!$A:$H, and names a sheet without quotes when it needs none (ECMA-376 Part 1, §18.2.5 and
// §18.17: a name's formula; relative references in a name are relative to the cell using it).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { loadWorkbookForCopy } from '../../../src/adapters/exceljs/read-workbook';
import { restoreDroppedParts, sheetRepairsOf } from '../../../src/adapters/exceljs/restore-parts';
import { withPrintNames } from '../../../src/adapters/exceljs/print-names';

const STATUS = 'Hiện trạng';
// As Excel writes them, in the input: one area with a title row, two areas, whole columns on a sheet named without quotes.
const OFFICE = [
  `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;${STATUS}&apos;!$A$1:$D$5</definedName>`,
  `<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;Ghi chú&apos;!$A$1:$B$3,&apos;Ghi chú&apos;!$D$1:$E$3</definedName>`,
  `<definedName name="_xlnm.Print_Area" localSheetId="2">KeHoach!$A:$C</definedName>`,
  `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;${STATUS}&apos;!$3:$3</definedName>`,
];

async function officeBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(STATUS);
  ws.addRows([['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], [], ['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn', 'Kim Sơn'], ['11', 'Nghèo đa chiều', 'Chưa đạt', 'Đạt'], ['12', 'Lao động', 'Đạt', 'Đạt']]);
  wb.addWorksheet('Ghi chú').addRows([['Việc', 'Người', '', 'Ngày', 'Ghi chú'], ['Rà soát', 'Anh Nam', '', '12/9', ''], ['Tổng hợp', 'Chị Lan', '', '20/9', '']]);
  wb.addWorksheet('KeHoach').addRows([['Quý', 'Việc', 'Xong'], ['III', 'Rà soát', 'x']]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', xml.replace(/<definedNames\/>|<definedNames>[\s\S]*<\/definedNames>/, '').replace('</sheets>', () => `</sheets><definedNames>${OFFICE.join('')}</definedNames>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const printNames = async (zip: JSZip) => (await zip.file('xl/workbook.xml')!.async('string')).match(/<definedName name="_xlnm\.Print_(?:Area|Titles)"[^>]*>[^<]*<\/definedName>/g) ?? [];
const sheetIndex = async (zip: JSZip, name: string) => [...(await zip.file('xl/workbook.xml')!.async('string')).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]).indexOf(name);
/** A cell reference without a `$` before its column or its row. */
const RELATIVE = /(?:^|[!:,])(?:[A-Z]{1,3}\$?\d|\$[A-Z]{1,3}\d)/;

test("the office's print areas and titles come out in the copy exactly as the input has them", async () => {
  const { copy } = await checkedCopyOf(await officeBook());
  const names = await printNames(copy);
  // The check put its summary sheets after the office's, whose indexes stay 0 to 2.
  expect([0, 1, 2]).toEqual([await sheetIndex(copy, STATUS), await sheetIndex(copy, 'Ghi chú'), await sheetIndex(copy, 'KeHoach')]);
  for (const n of OFFICE) expect(names).toContain(n);
  expect(names.filter((n) => /localSheetId="[012]"/.test(n))).toHaveLength(OFFICE.length);
  // The summary sheets' titles are absolute too.
  expect(names.length).toBeGreaterThan(OFFICE.length);
  for (const n of names) expect(n.replace(/^<[^>]*>|<\/definedName>$/g, '').replace(/&apos;[^&]*&apos;!|\w+!/g, '!')).not.toMatch(RELATIVE);
});

test('a print area ExcelJS writes for a sheet not in the input is absolute, its areas in one name', async () => {
  const original = await officeBook();
  const { workbook } = await loadWorkbookForCopy(original);
  const added = workbook.addWorksheet('Báo cáo');
  added.addRows([['a', 'b'], [1, 2], [3, 4]]);
  added.pageSetup.printArea = 'A1:B3&&D1:D2';
  const copy = await JSZip.loadAsync(await restoreDroppedParts(original, (await workbook.xlsx.writeBuffer()) as ArrayBuffer, sheetRepairsOf(workbook)));
  const at = await sheetIndex(copy, 'Báo cáo');
  expect((await printNames(copy)).filter((n) => n.includes(`localSheetId="${at}"`))).toEqual([`<definedName name="_xlnm.Print_Area" localSheetId="${at}">&apos;Báo cáo&apos;!$A$1:$B$3,&apos;Báo cáo&apos;!$D$1:$D$2</definedName>`]);
  for (const n of OFFICE) expect(await printNames(copy)).toContain(n);
});

test('a sheet the check renamed (a kept summary) keeps its print names under its new name', () => {
  const original = `<sheets><sheet name="TH_Theo tiêu chí" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;TH_Theo tiêu chí&apos;!$9:$9</definedName></definedNames>`;
  const written = `<sheets><sheet name="TH_Theo tiêu chí" sheetId="2" r:id="rId1"/><sheet name="TH_Theo tiêu chí (đã sửa)" sheetId="1" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;TH_Theo tiêu chí&apos;!$8:$8</definedName><definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;TH_Theo tiêu chí (đã sửa)&apos;!$9:$9</definedName></definedNames>`;
  const out = withPrintNames(original, written, new Map([['TH_Theo tiêu chí (đã sửa)', 'TH_Theo tiêu chí']]));
  expect(out.match(/<definedName\b[^>]*>[^<]*<\/definedName>/g)).toEqual([
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;TH_Theo tiêu chí&apos;!$8:$8</definedName>`,
    `<definedName name="_xlnm.Print_Titles" localSheetId="1">'TH_Theo tiêu chí (đã sửa)'!$9:$9</definedName>`,
  ]);
});
