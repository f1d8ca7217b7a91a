// The office's defined names reach the checked copy as they were: ExcelJS alone keeps only plain
// ranges, made workbook-wide, so a constant or formula name vanished and formulas using it broke.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';

// As Excel writes them: a range for this sheet only, a drop-down list grown with OFFSET, the plan
// year as a constant, and a name into another workbook (links to other files are not kept).
const NAMES = [
  `<definedName name="DiemDat" localSheetId="1">'Hiện trạng'!$C$4:$D$5</definedName>`,
  `<definedName name="DanhSachXa">OFFSET('Hiện trạng'!$C$3,0,0,1,COUNTA('Hiện trạng'!$3:$3)-2)</definedName>`,
  `<definedName name="NamKH" comment="năm kế hoạch">2023</definedName>`,
  `<definedName name="Ngoai">[1]Sheet1!$A$1</definedName>`,
];

async function withNames(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Ghi chú').addRow(['Kế hoạch năm', { formula: 'NamKH', result: 2023 }]);
  const ws = wb.addWorksheet('Hiện trạng');
  ws.addRows([['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], [], ['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn', 'Kim Sơn'], ['11', 'Nghèo đa chiều', 'Chưa đạt', 'Đạt'], ['12', 'Lao động', 'Đạt', 'Đạt']]);
  ws.getCell('F4').value = { formula: 'COUNTIF(DiemDat,"Đạt")', result: 3 };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', xml.replace('</sheets>', () => `</sheets><definedNames>${NAMES.join('')}</definedNames>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('the copy keeps constant and formula names, and a sheet\'s own names stay on that sheet', async () => {
  const { loaded, copy, reread } = await checkedCopyOf(await withNames());
  const workbook = await copy.file('xl/workbook.xml')!.async('string');
  const names = workbook.match(/<definedName\b[^>]*>[^<]*<\/definedName>/g)!;
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  expect(names.filter((n) => !n.includes('_xlnm.'))).toEqual([NAMES[0].replace('localSheetId="1"', `localSheetId="${sheets.indexOf('Hiện trạng')}"`), NAMES[1], NAMES[2]]);
  // The summary sheets' print titles, which ExcelJS writes, are still there.
  expect(names.filter((n) => n.includes('_xlnm.Print_Titles')).length).toBeGreaterThan(0);
  expect(loaded.notKept).toEqual([]);
  expect(reread.getWorksheet('Hiện trạng')!.getCell('F4').formula).toBe('COUNTIF(DiemDat,"Đạt")');
});

// A sheet named with an apostrophe ("Q'3 2023") with a print area and titles. ExcelJS writes them
// as 'Q'3 2023'!$1:$3, which it cannot read back; Excel writes 'Q''3 2023'!$1:$3.
const QUOTED = "Q'3 2023";
async function withPrintNamesOnQuotedSheet(asExcelWrites: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hiện trạng');
  ws.addRows([['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], [], ['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn', 'Kim Sơn'], ['11', 'Nghèo đa chiều', 'Chưa đạt', 'Đạt']]);
  const q = wb.addWorksheet(QUOTED);
  q.addRows([['Tháng', 'Việc'], [7, 'Rà soát'], [8, 'Tổng hợp']]);
  q.pageSetup.printArea = 'A1:B3';
  q.pageSetup.printTitlesRow = '1:1';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  expect(xml).toContain('&apos;Q&apos;3 2023&apos;!');
  if (asExcelWrites) zip.file('xl/workbook.xml', xml.split('&apos;Q&apos;3 2023&apos;!').join('&apos;Q&apos;&apos;3 2023&apos;!'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const printNames = async (zip: JSZip) => ((await zip.file('xl/workbook.xml')!.async('string')).match(/<definedName name="_xlnm\.Print_(?:Area|Titles)" localSheetId="1">[^<]*<\/definedName>/g) ?? []).map((n) => n.replace(/&apos;/g, "'"));

test("a print area and titles on a sheet named with an apostrophe: the copy quotes the sheet as Excel does, and opens again", async () => {
  const { copy, reread } = await checkedCopyOf(await withPrintNamesOnQuotedSheet(true));
  expect((await printNames(copy)).map((n) => n.replace(/^<[^>]*>|<\/definedName>$/g, ''))).toEqual(["'Q''3 2023'!$A1:$B3", "'Q''3 2023'!$1:$1"]);
  expect(reread.getWorksheet(QUOTED)!.pageSetup).toMatchObject({ printArea: 'A1:B3', printTitlesRow: '1:1' });
});

test('a file ExcelJS wrote with such names (a copy from before the fix) can be checked', async () => {
  const { copy, reread } = await checkedCopyOf(await withPrintNamesOnQuotedSheet(false));
  expect((await printNames(copy)).map((n) => n.replace(/^<[^>]*>|<\/definedName>$/g, ''))).toEqual(["'Q''3 2023'!$A1:$B3", "'Q''3 2023'!$1:$1"]);
  expect(reread.getWorksheet(QUOTED)!.pageSetup).toMatchObject({ printArea: 'A1:B3', printTitlesRow: '1:1' });
});
