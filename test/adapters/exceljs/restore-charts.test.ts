// Charts on the office's sheets reach the checked copy (ExcelJS keeps none): the chart part and
// every part it uses are copied from the original under names the copy does not use, typed,
// linked from the sheet's drawing, and the chart is no longer named as not kept.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { addChart, type ChartSpec } from '../../support/chart-package';

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
