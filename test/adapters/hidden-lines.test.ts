// Hidden rows and columns reach the domain from both adapters alike: the file (ExcelJS) and
// Office.js (the fake, whose Range.rowHidden / columnHidden answer true / false / null as Excel's do).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbookForCopy, readWorkbookFile, workbookToData } from '../../src/adapters/exceljs/read-workbook';
import { readWorkbookWithStats } from '../../src/adapters/office/read-workbook';
import { checkWorkbook } from '../../src/domain/check';
import { createFakeExcel, type FakeExcelOptions } from '../support/fake-excel';
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
    // then single rows: 3 more (the 30 columns need 2, in the same syncs); 1 to ask whether an
    // autofilter hides those rows (the sheet has no table: no second one).
    expect(stats.syncs).toBe(6);
    expect(data.sheets[0]).not.toHaveProperty('filtered');
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

describe('rows hidden by an autofilter', () => {
  /** "Phân công" with a hidden row 14.3 (a code of no set) among rows of known codes. */
  function planBook(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phân công');
    ws.addRow(['BẢNG PHÂN CÔNG']);
    ws.addRow(['STT', 'Tiêu chí/chỉ tiêu', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Xã áp dụng', 'Thời hạn hoàn thành']);
    ws.addRow([1, '11', 'Nghèo đa chiều', 'Phòng Lao động - Thương binh và Xã hội', null, 'Tất cả các xã', 'Quý IV/2023']);
    ws.addRow([2, '14.3', 'Lao động qua đào tạo', 'Phòng Lao động - Thương binh và Xã hội', null, 'Tất cả các xã', 'Quý IV/2023']);
    ws.addRow([3, '15.1', 'Bảo hiểm y tế', 'Phòng Y tế', null, 'Tất cả các xã', 'Quý IV/2023']);
    ws.getRow(4).hidden = true;
    ws.autoFilter = 'A2:G5';
    const m = wb.addWorksheet('Hiện trạng');
    m.addRow(['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI']);
    m.addRow(['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn']);
    for (const c of NTM_INDICATORS) m.addRow([c, `Chỉ tiêu ${c}`, 'Đạt']);
    return wb;
  }

  /** The file as Excel writes a filter with criteria (here on column D, "Cơ quan chủ trì"). */
  async function withCriteria(wb: ExcelJS.Workbook): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const part = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace(/<autoFilter ref="A2:G5"\/>/, '<autoFilter ref="A2:G5"><filterColumn colId="3"><filters><filter val="Phòng Y tế"/><filter val="Phòng Lao động - Thương binh và Xã hội"/></filters></filterColumn></autoFilter>'));
    return zip.generateAsync({ type: 'nodebuffer' });
  }

  const codeFindings = (r: ReturnType<typeof checkWorkbook>) => r.findings.filter((f) => f.code === 'code.unknown' || f.code === 'read.hidden-set-aside').map((f) => `${f.code} ${f.cell}`);

  test('the file: with criteria, the hidden row is the filter\'s and its unknown code stays an error; without, the office hid it and it is set aside', async () => {
    const filteredFile = await withCriteria(planBook());
    expect((await JSZip.loadAsync(filteredFile)).file('xl/worksheets/sheet1.xml')!.async('string')).resolves.toContain('<filterColumn colId="3">');
    const filtered = await loadWorkbookForCopy(filteredFile);
    const data = workbookToData(filtered.workbook);
    expect(data.sheets[0]).toMatchObject({ hiddenRows: [3], filtered: true });
    expect(codeFindings(checkWorkbook(data, { asOf: '2023-10-15' }))).toEqual(['code.unknown B4']);
    const plain = workbookToData((await loadWorkbookForCopy(Buffer.from(await planBook().xlsx.writeBuffer()))).workbook);
    expect(plain.sheets[0]).not.toHaveProperty('filtered');
    expect(codeFindings(checkWorkbook(plain, { asOf: '2023-10-15' }))).toEqual(['read.hidden-set-aside B4']);
  });

  test('the file: a table whose own filter has criteria counts too', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bảng');
    ws.addTable({ name: 'PhanCong', ref: 'A1', headerRow: true, style: { theme: 'TableStyleMedium2' }, columns: [{ name: 'Mã', filterButton: true }, { name: 'Chủ trì', filterButton: true }], rows: [['11', 'Phòng Y tế'], ['14.3', 'Phòng Nội vụ']] });
    ws.getRow(3).hidden = true;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const part = Object.keys(zip.files).find((n) => /^xl\/tables\/table\d+\.xml$/.test(n))!;
    const xml = await zip.file(part)!.async('string');
    // ExcelJS writes a bare <filterColumn hiddenButton="0"/> per column: no criteria, not filtered.
    const unfiltered = await loadWorkbookForCopy(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(workbookToData(unfiltered.workbook).sheets[0]).not.toHaveProperty('filtered');
    zip.file(part, xml.replace(/<filterColumn colId="1" hiddenButton="0"\/>/, '<filterColumn colId="1"><filters><filter val="Phòng Y tế"/></filters></filterColumn>'));
    expect(await zip.file(part)!.async('string')).toContain('<filterColumn colId="1"><filters>');
    const { workbook } = await loadWorkbookForCopy(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(workbookToData(workbook).sheets[0]).toMatchObject({ hiddenRows: [2], filtered: true });
  });

  test('Office: isDataFiltered of the sheet\'s or a table\'s autofilter marks the sheet; no filter, no mark', async () => {
    const cases: [FakeExcelOptions, boolean][] = [
      [{ filteredSheets: ['Phân công'] }, true],
      [{}, false],
    ];
    for (const [options, expected] of cases) {
      const fx = createFakeExcel(planBook(), options);
      const { data } = await readWorkbookWithStats(fx.context, { requirements: fx.Office.context.requirements });
      expect(data.sheets[0].hiddenRows).toEqual([3]);
      expect(Boolean(data.sheets[0].filtered)).toBe(expected);
      expect(codeFindings(checkWorkbook(data, { asOf: '2023-10-15' }))).toEqual([expected ? 'code.unknown B4' : 'read.hidden-set-aside B4']);
    }
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bảng');
    ws.addTable({ name: 'PhanCong', ref: 'A1', headerRow: true, columns: [{ name: 'Mã' }, { name: 'Chủ trì' }], rows: [['11', 'Phòng Y tế'], ['14.3', 'Phòng Nội vụ']] });
    ws.getRow(3).hidden = true;
    const fx = createFakeExcel(wb, { filteredTables: ['PhanCong'] });
    const { data, stats } = await readWorkbookWithStats(fx.context, { requirements: fx.Office.context.requirements });
    expect(data.sheets[0]).toMatchObject({ hiddenRows: [2], filtered: true });
    // Values (2), hidden rows of 3 (1 round of blocks of one row), the sheet's filter, its table's filter.
    expect(stats.syncs).toBe(5);
  });
});
