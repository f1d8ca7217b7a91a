// The test double must behave like Office where the adapter's correctness depends on it;
// these tests pin those behaviours (each could fail if the double were too lenient).
import ExcelJS from 'exceljs';
import { createFakeExcel } from '../support/fake-excel';
import { parseAreas } from '../support/fake-excel/a1';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phân công');
  ws.getCell('A1').value = 'Xã';
  ws.getCell('B1').value = 'Chỉ tiêu';
  ws.getCell('A2').value = 'An Quảng Hữu';
  ws.getCell('B2').value = 12;
  // Formatted but empty: not part of the values-only used range.
  ws.getCell('F9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  wb.addWorksheet('Trống');
  return wb;
}

type Ctx = {
  workbook: {
    worksheets: {
      getItem(n: string): any;
      getItemOrNullObject(n: string): any;
      add(n: string): any;
      load(p: string): any;
      items: any[];
    };
    application: { suspendScreenUpdatingUntilNextSync(): void };
  };
  sync(): Promise<void>;
};

describe('fake Excel: load / sync discipline', () => {
  test('reading a property before load + sync throws PropertyNotLoaded; after, it works', async () => {
    const fx = createFakeExcel(book());
    const ctx = fx.context as unknown as Ctx;
    const range = ctx.workbook.worksheets.getItem('Phân công').getRange('A1:B2');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values, address');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(range.values).toEqual([
      ['Xã', 'Chỉ tiêu'],
      ['An Quảng Hữu', 12],
    ]);
    expect(range.address).toBe("'Phân công'!A1:B2");
    expect(fx.stats.syncs).toBe(1);
  });

  test('writes are queued and land in the ExcelJS workbook only at sync', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    const ctx = fx.context as unknown as Ctx;
    ctx.workbook.worksheets.getItem('Trống').getRange('B2:C2').values = [['x', 5]];
    expect(wb.getWorksheet('Trống')!.getCell('B2').value).toBeNull();
    await ctx.sync();
    expect(wb.getWorksheet('Trống')!.getCell('B2').value).toBe('x');
    expect(wb.getWorksheet('Trống')!.getCell('C2').value).toBe(5);
  });

  test('activate() makes the sheet the active tab at sync; a hidden sheet cannot be activated', async () => {
    const wb = book();
    wb.getWorksheet('Phân công')!.state = 'hidden';
    const fx = createFakeExcel(wb);
    const ctx = fx.context as unknown as Ctx;
    ctx.workbook.worksheets.getItem('Trống').activate();
    expect(wb.views?.[0]?.activeTab ?? 0).toBe(0);
    await ctx.sync();
    expect(wb.views[0].activeTab).toBe(1);
    ctx.workbook.worksheets.getItem('Phân công').activate();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  test('a string starting with "=" becomes a formula unless the cell is text-formatted first', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    const ctx = fx.context as unknown as Ctx;
    const ws = ctx.workbook.worksheets.getItem('Trống');
    ws.getRange('A1').values = [['=1+1']];
    const b = ws.getRange('B1');
    b.numberFormat = [['@']];
    b.values = [['=1+1']];
    ws.getRange('C1').values = [['0123']];
    await ctx.sync();
    const sheet = wb.getWorksheet('Trống')!;
    expect(sheet.getCell('A1').formula).toBe('1+1');
    expect(sheet.getCell('B1').value).toBe('=1+1');
    expect(sheet.getCell('C1').value).toBe(123);
  });

  test('sync counter counts round trips; an empty sync makes none', async () => {
    const fx = createFakeExcel(book());
    const ctx = fx.context as unknown as Ctx;
    await ctx.sync();
    expect(fx.stats.syncs).toBe(0);
    ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    ctx.workbook.worksheets.getItem('Trống').getRange('A1').values = [[1]];
    await ctx.sync();
    expect(fx.stats.syncs).toBe(2);
    expect(ctx.workbook.worksheets.items.map((s) => s.name)).toEqual(['Phân công', 'Trống']);
  });

  test('Excel.run syncs what the batch left queued', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    await fx.run(async (context) => {
      (context as unknown as Ctx).workbook.worksheets.getItem('Trống').getRange('A1').values = [['kết thúc']];
    });
    expect(wb.getWorksheet('Trống')!.getCell('A1').value).toBe('kết thúc');
  });
});

describe('fake Excel: limits and errors', () => {
  test('a request over the payload limit fails with RequestPayloadSizeLimitExceeded and applies nothing', async () => {
    const wb = book();
    const fx = createFakeExcel(wb, { payloadLimitBytes: 2000 });
    const ctx = fx.context as unknown as Ctx;
    const ws = ctx.workbook.worksheets.getItem('Trống');
    ws.getRange('A1').values = [['first']];
    const big = Array.from({ length: 100 }, (_, i) => [`dòng số ${i} có nội dung khá dài`]);
    ws.getRange('B1:B100').values = big;
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.getWorksheet('Trống')!.getCell('A1').value).toBeNull();
  });

  test('a response over the limit fails with ResponsePayloadSizeLimitExceeded', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('S');
    for (let r = 1; r <= 200; r++) s.getCell(r, 1).value = `giá trị ${r} `.repeat(5);
    const fx = createFakeExcel(wb, { payloadLimitBytes: 4000 });
    const ctx = fx.context as unknown as Ctx;
    const used = ctx.workbook.worksheets.getItem('S').getUsedRange(true).load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => used.values).toThrow();
  });

  test('getItem of a missing sheet fails at sync with ItemNotFound; getItemOrNullObject gives a null object', async () => {
    const fx = createFakeExcel(book());
    const ctx = fx.context as unknown as Ctx;
    ctx.workbook.worksheets.getItem('Không có').load('name');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    const n = ctx.workbook.worksheets.getItemOrNullObject('Không có').load('name');
    const y = ctx.workbook.worksheets.getItemOrNullObject('trống').load('name');
    expect(() => n.isNullObject).toThrow();
    await ctx.sync();
    expect(n.isNullObject).toBe(true);
    expect(y.isNullObject).toBe(false);
    expect(y.name).toBe('Trống');
  });

  test('adding a sheet whose name exists (any case) fails with ItemAlreadyExists', async () => {
    const fx = createFakeExcel(book());
    const ctx = fx.context as unknown as Ctx;
    ctx.workbook.worksheets.add('trống');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  test('renaming a sheet: to a free name it moves with its cells; to an existing name (any case) ItemAlreadyExists; too long InvalidArgument', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    const ctx = fx.context as unknown as Ctx;
    ctx.workbook.worksheets.getItem('Phân công').name = 'Phân công (đã sửa)';
    ctx.workbook.worksheets.add('Phân công');
    await ctx.sync();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phân công (đã sửa)', 'Trống', 'Phân công']);
    expect(wb.getWorksheet('Phân công (đã sửa)')!.getCell('A2').value).toBe('An Quảng Hữu');
    ctx.workbook.worksheets.getItem('Trống').name = 'PHÂN CÔNG';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    ctx.workbook.worksheets.getItem('Trống').name = 'x'.repeat(32);
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('writing to a protected sheet fails with AccessDenied; earlier writes of the batch stay', async () => {
    const wb = book();
    const fx = createFakeExcel(wb, { protectedSheets: ['Phân công'] });
    const ctx = fx.context as unknown as Ctx;
    ctx.workbook.worksheets.getItem('Trống').getRange('A1').values = [['trước']];
    ctx.workbook.worksheets.getItem('Phân công').getRange('C3').format.fill.color = '#FF0000';
    ctx.workbook.worksheets.getItem('Trống').getRange('A2').values = [['sau']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(wb.getWorksheet('Trống')!.getCell('A1').value).toBe('trước');
    expect(wb.getWorksheet('Trống')!.getCell('A2').value).toBeNull();
    expect(wb.getWorksheet('Phân công')!.getCell('C3').fill).toBeUndefined();
    const p = ctx.workbook.worksheets.getItem('Phân công').protection.load('protected');
    await ctx.sync();
    expect(p.protected).toBe(true);
  });

  test('cell edit mode: Excel.run without delayForCellEdit throws InvalidOperationInCellEditMode', async () => {
    const fx = createFakeExcel(book(), { cellEditMode: true });
    await expect(fx.run(async () => undefined)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    await expect(fx.run({ delayForCellEdit: true }, async () => 7)).resolves.toBe(7);
  });

  test('requirement sets: merged areas need ExcelApi 1.13', async () => {
    const fx = createFakeExcel(book(), { apiVersion: '1.12' });
    expect(fx.Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(fx.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    const ctx = fx.context as unknown as Ctx;
    ctx.workbook.worksheets.getItem('Phân công').getRange('A1:B2').getMergedAreasOrNullObject().load('address');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('Excel\'s limits: a row over 409 points and a text over 32,767 characters are refused (InvalidArgument)', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    const ctx = fx.context as unknown as Ctx;
    const ws = ctx.workbook.worksheets.getItem('Phân công');
    ws.getRange('A5').format.rowHeight = 409;
    ws.getRange('B5').values = [['x'.repeat(32767)]];
    await ctx.sync();
    expect(wb.getWorksheet('Phân công')!.getRow(5).height).toBe(409);
    ws.getRange('A6').format.rowHeight = 410;
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    ws.getRange('B6').values = [['x'.repeat(32768)]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(wb.getWorksheet('Phân công')!.getCell('B6').value).toBeNull();
  });

  test('addresses longer than 8,192 characters are silently truncated', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    const ctx = fx.context as unknown as Ctx;
    // 1,000 cells "A1,A3,…": the tail beyond 8,192 characters is dropped without an error.
    const cells = Array.from({ length: 2000 }, (_, i) => `A${2 * i + 1}`);
    const address = cells.join(',');
    expect(address.length).toBeGreaterThan(8192);
    const areas = (ctx.workbook.worksheets.getItem('Trống') as any).getRanges(address);
    areas.format.fill.color = '#F4B6C2';
    await ctx.sync();
    const ws = wb.getWorksheet('Trống')!;
    expect(ws.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFF4B6C2' } });
    expect(ws.getCell(`A${2 * 1999 + 1}`).fill).toBeUndefined();
    expect(fx.stats.maxAddressLength).toBe(address.length);
  });

  test('suspendScreenUpdatingUntilNextSync is counted per batch', async () => {
    const fx = createFakeExcel(book());
    const ctx = fx.context as unknown as Ctx;
    ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
    ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
    await ctx.sync();
    expect(fx.stats.batches[0].suspends).toBe(2);
  });
});

describe('fake Excel: ranges', () => {
  test('getRanges parses sheet-qualified, whole-row and comma lists', () => {
    expect(parseAreas("'Phân công'!A1:B2, D5")).toEqual([
      { sheet: 'Phân công', rect: { top: 0, left: 0, bottom: 1, right: 1 } },
      { sheet: undefined, rect: { top: 4, left: 3, bottom: 4, right: 3 } },
    ]);
    expect(parseAreas('3:5')?.[0].rect).toEqual({ top: 2, left: 0, bottom: 4, right: 16383 });
    expect(parseAreas('$C:$D')?.[0].rect).toEqual({ top: 0, left: 2, bottom: 1048575, right: 3 });
    expect(parseAreas('A1:B')).toBeUndefined();
    expect(parseAreas('A1,,B2')).toBeUndefined();
  });

  test('getUsedRange(true) ignores formatted-only cells; getUsedRange() includes them', async () => {
    const fx = createFakeExcel(book());
    const ctx = fx.context as unknown as Ctx;
    const ws = ctx.workbook.worksheets.getItem('Phân công');
    const vals = ws.getUsedRange(true).load('address');
    const all = ws.getUsedRange().load('address');
    const empty = ctx.workbook.worksheets.getItem('Trống').getUsedRangeOrNullObject(true).load('address');
    await ctx.sync();
    expect(vals.address).toBe("'Phân công'!A1:B2");
    expect(all.address).toBe("'Phân công'!A1:F9");
    expect(empty.isNullObject).toBe(true);
  });

  test('merged areas, getCellProperties and setCellProperties', async () => {
    const wb = book();
    wb.getWorksheet('Phân công')!.mergeCells('A5:C5');
    const fx = createFakeExcel(wb);
    const ctx = fx.context as unknown as Ctx;
    const ws = ctx.workbook.worksheets.getItem('Phân công');
    const merged = ws.getRange('A1:F9').getMergedAreasOrNullObject().load('address, areaCount');
    const props = ws.getRange('F8:F9').getCellProperties({ format: { fill: { color: true, pattern: true } } });
    await ctx.sync();
    expect(merged.address).toBe("'Phân công'!A5:C5");
    expect(props.value).toEqual([
      [{ format: { fill: { color: '#FFFFFF', pattern: 'None' } } }],
      [{ format: { fill: { color: '#FFFF00', pattern: 'Solid' } } }],
    ]);
    ws.getRange('F8:F9').setCellProperties([[{ format: { fill: { color: '#00FF00' } } }], [{ format: { fill: { pattern: 'None' } } }]]);
    await ctx.sync();
    const sheet = wb.getWorksheet('Phân công')!;
    expect(sheet.getCell('F8').fill).toMatchObject({ fgColor: { argb: 'FF00FF00' } });
    expect(sheet.getCell('F9').fill).toBeUndefined();
  });

  test('rowHidden / columnHidden: true when all are hidden, false when none, null when mixed (as Excel documents)', async () => {
    const wb = book();
    const ws = wb.getWorksheet('Phân công')!;
    ws.getRow(3).hidden = true;
    ws.getRow(4).hidden = true;
    ws.getColumn(2).hidden = true;
    const fx = createFakeExcel(wb);
    const ctx = fx.context as unknown as Ctx;
    const sheet = ctx.workbook.worksheets.getItem('Phân công');
    const probes = ['A3:C4', 'A1:C2', 'A2:C3', 'B1:B9', 'A1:A9', 'A1:B1'].map((a) => sheet.getRange(a).load('rowHidden,columnHidden'));
    await fx.context.sync();
    expect(probes.map((p) => [p.rowHidden, p.columnHidden])).toEqual([
      [true, null],
      [false, null],
      [null, null],
      [null, true],
      [null, false],
      [false, null],
    ]);
  });

  test('autoFilter.isDataFiltered (sheet and table) as the options say; tables listed by name; ExcelApi 1.9', async () => {
    const wb = book();
    wb.getWorksheet('Phân công')!.addTable({ name: 'Bang1', ref: 'D1', headerRow: true, columns: [{ name: 'A' }], rows: [[1]] });
    const fx = createFakeExcel(wb, { filteredSheets: ['phân công'], filteredTables: ['Bang1'] });
    const ctx = fx.context as unknown as Ctx;
    const ws = ctx.workbook.worksheets.getItem('Phân công');
    const sheetFilter = ws.autoFilter.load('isDataFiltered');
    const otherFilter = ctx.workbook.worksheets.getItem('Trống').autoFilter.load('isDataFiltered');
    const tables = ws.tables.load('items/name');
    await fx.context.sync();
    expect([sheetFilter.isDataFiltered, otherFilter.isDataFiltered]).toEqual([true, false]);
    expect(tables.items.map((t: { name: string }) => t.name)).toEqual(['Bang1']);
    const tableFilter = tables.items[0].autoFilter.load('isDataFiltered');
    await fx.context.sync();
    expect(tableFilter.isDataFiltered).toBe(true);
    const old = createFakeExcel(book(), { apiVersion: '1.8' });
    expect(() => (old.context as unknown as Ctx).workbook.worksheets.getItem('Phân công').autoFilter).toThrow(/ApiNotFound|1\.9/);
  });

  test('proxies are counted per object created, not per cell', async () => {
    const fx = createFakeExcel(book());
    const ctx = fx.context as unknown as Ctx;
    const before = fx.stats.proxies;
    ctx.workbook.worksheets.getItem('Trống').getRange('A1:Z500').values = Array.from({ length: 500 }, () => Array(26).fill(1));
    await ctx.sync();
    expect(fx.stats.proxies - before).toBe(2);
  });
});

describe('fake Excel: page breaks', () => {
  const rowBreaks = (ws: ExcelJS.Worksheet) => (ws as unknown as { rowBreaks: { id: number; max: number; man: number }[] }).rowBreaks;
  /** A fresh workbook in the fake, with the page breaks of its sheet "Trống". */
  const pageBreaksOf = () => {
    const wb = book();
    const ctx = createFakeExcel(wb).context as unknown as Ctx;
    return { wb, ctx, breaks: ctx.workbook.worksheets.getItem('Trống').horizontalPageBreaks };
  };

  test('horizontalPageBreaks.add puts a break above the range\'s top row, stored as the file stores it', async () => {
    const { wb, ctx, breaks } = pageBreaksOf();
    breaks.add('C21:D30');
    breaks.add(ctx.workbook.worksheets.getItem('Trống').getRange('A8'));
    breaks.add('A21'); // already there: kept once
    expect(rowBreaks(wb.getWorksheet('Trống')!)).toEqual([]);
    await ctx.sync();
    // Above row 21: the break follows row 20, <brk id="20" max="16383" man="1"/> in the file.
    expect(rowBreaks(wb.getWorksheet('Trống')!)).toEqual([
      { id: 7, max: 16383, man: 1 },
      { id: 20, max: 16383, man: 1 },
    ]);
    const count = breaks.getCount();
    await ctx.sync();
    expect(count.value).toBe(2);
  });

  test('removePageBreaks clears them; a break above row 1 is refused; they need ExcelApi 1.9', async () => {
    const { wb, ctx, breaks } = pageBreaksOf();
    breaks.add('A5');
    await ctx.sync();
    breaks.removePageBreaks();
    await ctx.sync();
    expect(rowBreaks(wb.getWorksheet('Trống')!)).toEqual([]);
    breaks.add('B1');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    const old = createFakeExcel(book(), { apiVersion: '1.8' });
    (old.context as unknown as Ctx).workbook.worksheets.getItem('Trống').horizontalPageBreaks.add('A5');
    await expect((old.context as unknown as Ctx).sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
