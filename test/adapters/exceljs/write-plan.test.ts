import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeSheetPlan } from '../../../src/adapters/exceljs/write-plan';
import { AdapterError } from '../../../src/adapters/exceljs/errors';
import type { SheetPlan } from '../../../src/domain/plan/sheet-plan';
import { loadBuffer } from '../../fixtures/user-workbook';

function plan(name = 'TH_Theo xã'): SheetPlan {
  return {
    name,
    values: [
      ['UBND HUYỆN TRÀ CÚ', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [],
      ['BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ THEO XÃ'],
      ['TT', 'Tên xã', 'Số tiêu chí đạt', 'Ghi chú'],
      [1, 'Tập Sơn', 15, '14/19'],
      [2, '=SUM(A1)', 19, '+84 91'],
      [null, 'Bình quân', 17, null],
    ],
    styles: [
      { rect: { top: 0, left: 0, bottom: 6, right: 3 }, style: { font: { name: 'Times New Roman', size: 12 } } },
      { rect: { top: 2, left: 0, bottom: 2, right: 3 }, style: { font: { bold: true }, horizontal: 'center' } },
      { rect: { top: 3, left: 0, bottom: 6, right: 3 }, style: { border: 'thin', vertical: 'middle', wrap: true } },
      { rect: { top: 3, left: 0, bottom: 3, right: 3 }, style: { fill: 'D9E1F2', font: { bold: true } } },
      { rect: { top: 6, left: 2, bottom: 6, right: 2 }, style: { numberFormat: '0.0' } },
    ],
    merges: [{ top: 2, left: 0, bottom: 2, right: 3 }],
    columnWidths: [6, 24, 12, 30],
    rowHeights: [{ row: 2, height: 32 }],
    print: {
      paperSize: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { first: 3, last: 3 },
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 },
    },
    freezeRows: 4,
  };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('writeSheetPlan', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phân công').getCell('A1').value = 'dữ liệu của người dùng';
    writeSheetPlan(wb, plan());
    ws = (await roundTrip(wb)).getWorksheet('TH_Theo xã')!;
  });

  it('writes values; a string that looks like a formula stays text', () => {
    expect(ws.getCell('A1').value).toBe('UBND HUYỆN TRÀ CÚ');
    expect(ws.getCell('C5').value).toBe(15);
    const tricky = ws.getCell('B6');
    expect(tricky.type).toBe(ExcelJS.ValueType.String);
    expect(tricky.value).toBe('=SUM(A1)');
    expect(tricky.formula).toBeUndefined();
    expect(ws.getCell('D6').value).toBe('+84 91');
    expect(ws.getCell('A7').type).toBe(ExcelJS.ValueType.Null);
  });

  it('writes merges, fonts (later ranges add to earlier ones), fills, borders, alignment, number formats', () => {
    expect(ws.model.merges).toEqual(['A3:D3']);
    expect(ws.getCell('A3').font).toMatchObject({ name: 'Times New Roman', size: 12, bold: true });
    expect(ws.getCell('A3').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('B4').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('B4').font).toMatchObject({ bold: true, name: 'Times New Roman' });
    expect(ws.getCell('D7').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(ws.getCell('C5').alignment).toMatchObject({ vertical: 'middle', wrapText: true });
    expect(ws.getCell('C7').numFmt).toBe('0.0');
    expect(ws.getCell('B5').font?.bold).toBeFalsy();
  });

  it('sets column widths, row heights, frozen header rows', () => {
    expect(ws.getColumn(2).width).toBe(24);
    expect(ws.getRow(3).height).toBe(32);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('prints on A4 landscape, one page wide, with the header row repeated', () => {
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe('4:4');
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 });
  });
});

describe('replacing and refusing', () => {
  it('replaces the previous TH_ sheet of the same name and leaves user sheets alone', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phân công').getCell('A1').value = 'giữ nguyên';
    const old = wb.addWorksheet('TH_THEO XÃ');
    old.getCell('Z99').value = 'cũ';
    // The add-in's state lists the sheet as its own (compared without case, like Excel).
    writeSheetPlan(wb, plan(), (n) => n.toLowerCase() === 'th_theo xã');
    const back = await roundTrip(wb);
    expect(back.worksheets.map((s) => s.name)).toEqual(['Phân công', 'TH_Theo xã']);
    expect(back.getWorksheet('Phân công')!.getCell('A1').value).toBe('giữ nguyên');
    expect(back.getWorksheet('TH_Theo xã')!.getCell('Z99').value).toBeNull();
  });

  it('never replaces a user\'s own "TH_" sheet that no state lists', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('TH_Theo xã').getCell('A1').value = 'bảng của phòng';
    expect(() => writeSheetPlan(wb, plan())).toThrow(AdapterError);
    expect(wb.getWorksheet('TH_Theo xã')!.getCell('A1').value).toBe('bảng của phòng');
  });

  it('refuses a plan whose name is not an add-in sheet, or not a valid sheet name', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phân công');
    expect(() => writeSheetPlan(wb, plan('Phân công'))).toThrow(AdapterError);
    expect(() => writeSheetPlan(wb, plan('_ntm_state'))).toThrow(/TH_/);
    expect(() => writeSheetPlan(wb, plan('TH_quá dài quá dài quá dài quá dài'))).toThrow(AdapterError);
    expect(() => writeSheetPlan(wb, plan('TH_a/b'))).toThrow(AdapterError);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Phân công']);
  });
});

/** The XML of sheet `name` in a written package (ExcelJS does not read page breaks back). */
async function sheetXml(buffer: ArrayBuffer | Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
  return zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
}

const breaks = (xml: string) => [...xml.matchAll(/<brk [^>]*\/>/g)].map((m) => m[0]);

describe('manual page breaks', () => {
  const withBreak = (rows: number[]): SheetPlan => ({ ...plan(), print: { ...plan().print, pageBreaksBefore: rows } });

  it('writes a break above 0-based row 5 as Excel does: <brk id="5"> (after 1-based row 5), across all columns', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phân công');
    writeSheetPlan(wb, withBreak([5]));
    const xml = await sheetXml(await wb.xlsx.writeBuffer(), 'TH_Theo xã');
    expect(xml).toMatch(/<rowBreaks count="1" manualBreakCount="1">/);
    expect(breaks(xml)).toEqual(['<brk id="5" max="16383" man="1"/>']);
    // The rest of the file still loads.
    expect((await roundTrip(wb)).getWorksheet('TH_Theo xã')!.getCell('A1').value).toBe('UBND HUYỆN TRÀ CÚ');
  });

  it('writes every break of a plan with several (the closing block\'s and the headings\'), in row order', async () => {
    const wb = new ExcelJS.Workbook();
    writeSheetPlan(wb, withBreak([2, 4, 6]));
    const xml = await sheetXml(await wb.xlsx.writeBuffer(), 'TH_Theo xã');
    expect(xml).toMatch(/<rowBreaks count="3" manualBreakCount="3">/);
    expect(breaks(xml)).toEqual(['<brk id="2" max="16383" man="1"/>', '<brk id="4" max="16383" man="1"/>', '<brk id="6" max="16383" man="1"/>']);
  });

  it('shrinks a sheet the layout fits on one page to one page tall as well as wide (fitToHeight="1")', async () => {
    const wb = new ExcelJS.Workbook();
    writeSheetPlan(wb, { ...plan(), print: { ...plan().print, fitToHeight: 1 } });
    const xml = await sheetXml(await wb.xlsx.writeBuffer(), 'TH_Theo xã');
    expect(xml).toMatch(/<pageSetup\b[^>]*\bfitToWidth="1"[^>]*\bfitToHeight="1"/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
  });

  it('writes no rowBreaks for a plan without breaks', async () => {
    const wb = new ExcelJS.Workbook();
    writeSheetPlan(wb, plan());
    expect(await sheetXml(await wb.xlsx.writeBuffer(), 'TH_Theo xã')).not.toMatch(/rowBreaks|<brk /);
  });

  it('a re-run keeps only the new plan\'s break, in the same workbook and in one read back from the file', async () => {
    const owned = (n: string) => n === 'TH_Theo xã';
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phân công');
    writeSheetPlan(wb, withBreak([5]));
    writeSheetPlan(wb, withBreak([3]), owned);
    expect(breaks(await sheetXml(await wb.xlsx.writeBuffer(), 'TH_Theo xã'))).toEqual(['<brk id="3" max="16383" man="1"/>']);
    const again = await roundTrip(wb);
    writeSheetPlan(again, withBreak([4]), owned);
    expect(breaks(await sheetXml(await again.xlsx.writeBuffer(), 'TH_Theo xã'))).toEqual(['<brk id="4" max="16383" man="1"/>']);
  });
});
