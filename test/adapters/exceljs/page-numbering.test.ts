// A sheet's first page number as the office set it: "Auto" (no attribute: the page numbers
// carry on from the sheet before when the whole workbook is printed) or a number of its own.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

async function checkedCopy(wb: ExcelJS.Workbook): Promise<JSZip> {
  const input = await wb.xlsx.writeBuffer();
  const { openWorkbook } = await import('../../../src/ui/file-ops');
  const ops = await openWorkbook(input.slice(0) as ArrayBuffer);
  return JSZip.loadAsync(await ops.toBuffer());
}

const pageSetup = async (zip: JSZip, part: string) => /<pageSetup\b[^>]*>/.exec(await zip.file(part)!.async('string'))?.[0] ?? '';

test('a sheet numbered "Auto" is not made to restart at page 1; a sheet starting at page 5 still does', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Phân công', { pageSetup: { orientation: 'landscape', paperSize: 9 } }).addRows([['STT', 'Nội dung'], [1, 'Tiêu chí 17.5']]);
  wb.addWorksheet('Ghi chú', { pageSetup: { firstPageNumber: 5 } }).addRow(['Số liệu đến 30/9/2023']);
  const input = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  // As the office saved them: no first page number on the first sheet, 5 on the second.
  expect(await pageSetup(input, 'xl/worksheets/sheet1.xml')).not.toMatch(/FirstPageNumber|firstPageNumber/);
  const copy = await checkedCopy(wb);
  const auto = await pageSetup(copy, 'xl/worksheets/sheet1.xml');
  expect(auto).toMatch(/orientation="landscape"/);
  // Before: firstPageNumber="1" useFirstPageNumber="1", numbering restarted on this sheet.
  expect(auto).not.toMatch(/useFirstPageNumber|firstPageNumber/);
  const own = await pageSetup(copy, 'xl/worksheets/sheet2.xml');
  expect(own).toMatch(/firstPageNumber="5"/);
  expect(own).toMatch(/useFirstPageNumber="1"/);
});
