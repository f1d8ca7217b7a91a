// Hidden rows and columns reach the domain from both adapters alike: the file (ExcelJS) and
// Office.js (the fake, whose Range.rowHidden / columnHidden answer true / false / null as Excel's do).
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-workbook';
import { readWorkbookWithStats } from '../../src/adapters/office/read-workbook';
import { checkWorkbook } from '../../src/domain/check';
import { createFakeExcel } from '../support/fake-excel';
import { NTM_INDICATORS } from '../support/sheets';

// 0-based, as the domain takes them.
const HIDDEN_ROWS = [2, 41, 42, 43, 44, 45, 700, 1199];
const HIDDEN_COLS = [4, 5, 6, 20];

function bigSheetBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng lớn');
  for (let r = 1; r <= 1200; r++) for (let c = 1; c <= 30; c++) ws.getCell(r, c).value = `r${r}c${c}`;
  for (const r of HIDDEN_ROWS) ws.getRow(r + 1).hidden = true;
  for (const c of HIDDEN_COLS) ws.getColumn(c + 1).hidden = true;
  const plain = wb.addWorksheet('Không ẩn');
  plain.getCell('A1').value = 'x';
  plain.getCell('C9').value = 'y';
  return wb;
}

async function viaFile(wb: ExcelJS.Workbook) {
  return readWorkbookFile(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('hidden rows and columns, read', () => {
  test('the file adapter lists them, 0-based and ascending; a sheet without any has neither field', async () => {
    const data = await viaFile(bigSheetBook());
    expect(data.sheets[0].hiddenRows).toEqual(HIDDEN_ROWS);
    expect(data.sheets[0].hiddenCols).toEqual(HIDDEN_COLS);
    expect(data.sheets[1]).not.toHaveProperty('hiddenRows');
    expect(data.sheets[1]).not.toHaveProperty('hiddenCols');
  });

  test('the Office adapter finds the same ones, in a few syncs of halving blocks', async () => {
    const fx = createFakeExcel(bigSheetBook());
    const { data, stats } = await readWorkbookWithStats(fx.context, { requirements: fx.Office.context.requirements });
    expect(data.sheets[0].hiddenRows).toEqual(HIDDEN_ROWS);
    expect(data.sheets[0].hiddenCols).toEqual(HIDDEN_COLS);
    expect(data.sheets[1]).not.toHaveProperty('hiddenRows');
    // 2 syncs for the values; then 1,200 rows cut in 16 blocks of 75, mixed ones in blocks of 5,
    // then single rows: 3 more (the 30 columns need 2, in the same syncs).
    expect(stats.syncs).toBe(5);
  });

  test('a workbook with nothing hidden costs the Office adapter no extra sync', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('A');
    for (let r = 1; r <= 300; r++) ws.getCell(r, 2).value = r;
    const fx = createFakeExcel(wb);
    const { data, stats } = await readWorkbookWithStats(fx.context, { requirements: fx.Office.context.requirements });
    expect(stats.syncs).toBe(2);
    expect(data.sheets[0]).not.toHaveProperty('hiddenRows');
  });
});

describe('an old commune kept as a hidden column, checked through each adapter', () => {
  function officeBook(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const list = wb.addWorksheet('Danh sách xã');
    list.addRow(['DANH SÁCH XÃ']);
    list.addRow(['Tên xã', 'Loại', 'Bộ tiêu chí phấn đấu']);
    list.addRow(['Tân Sơn', 'Xã', 'Xã nông thôn mới']);
    list.addRow(['Kim Sơn', 'Xã', 'Xã nông thôn mới']);
    const m = wb.addWorksheet('Hiện trạng');
    m.addRow(['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI']);
    m.addRow([]);
    m.addRow(['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn', 'Kim Sơn', 'Xã Long Sơn (cũ)']);
    for (const c of NTM_INDICATORS) m.addRow([c, `Chỉ tiêu ${c}`, 'Đạt', c === '11' ? 'Chưa đạt' : 'Đạt', 'Đạt']);
    m.getColumn(5).hidden = true;
    return wb;
  }

  test('both give no error, one info at E3, and the two listed communes', async () => {
    const fromFile = checkWorkbook(await viaFile(officeBook()), { asOf: '2023-10-15' });
    const fx = createFakeExcel(officeBook());
    const { data } = await readWorkbookWithStats(fx.context, { requirements: fx.Office.context.requirements });
    const fromOffice = checkWorkbook(data, { asOf: '2023-10-15' });
    for (const r of [fromFile, fromOffice]) {
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(r.findings.filter((f) => f.code === 'read.hidden-set-aside').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Hiện trạng!E3']);
      expect(r.summary.communes.map((c) => [c.display, c.criteriaUnmet])).toEqual([['Tân Sơn', []], ['Kim Sơn', ['11']]]);
    }
  });
});
