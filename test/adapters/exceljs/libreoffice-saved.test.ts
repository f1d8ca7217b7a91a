// A workbook last saved in LibreOffice Calc writes its on/off attributes as "true"/"false"; ExcelJS
// tests most of them for "1"/"0". The fixture is the sample with a protected plan sheet, print
// settings, a date deadline and the 1904 date system, re-saved by LibreOffice 7 (how it was made:
// test/fixtures/libreoffice/make-libreoffice-saved.ts).
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { sheetWithOnOffDigits, stylesWithoutFontFlagsOff, withOnOffDigits, withoutFontFlagsOff } from '../../../src/adapters/exceljs/on-off-attributes';
import { LIBREOFFICE_FIXTURE as F } from '../../fixtures/libreoffice/make-libreoffice-saved';

const FIXTURE = path.join(__dirname, '../../fixtures/libreoffice/tra-cu-libreoffice.xlsx');
const input = fs.readFileSync(FIXTURE);

async function planSheetXml(zip: JSZip): Promise<string> {
  return zip.file((await sheetParts(zip)).get(F.sheet)!)!.async('string');
}

test('the fixture is written as LibreOffice writes it', async () => {
  const zip = await JSZip.loadAsync(input);
  expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<workbookPr\b[^>]*\sdate1904="true"/);
  const xml = await planSheetXml(zip);
  expect(xml).toMatch(/<pageSetUpPr fitToPage="true"\/>/);
  expect(xml).toMatch(/<pageSetup\b[^>]*\suseFirstPageNumber="true"/);
  expect(await zip.file('xl/styles.xml')!.async('string')).toContain('<protection locked="false" hidden="false"/>');
});

describe('the checked copy of a LibreOffice-saved workbook', () => {
  let copy: Awaited<ReturnType<typeof checkedCopyOf>>;
  beforeAll(async () => {
    copy = await checkedCopyOf(input);
  });

  test('a date typed in a workbook counting from 1904 is read as that date, and the copy shows it', async () => {
    // G7 is row 7, column G (0-based 6, 6).
    expect(copy.loaded.data.sheets.find((s) => s.name === F.sheet)!.rows[6][6]).toEqual(F.deadline);
    expect(await copy.copy.file('xl/workbook.xml')!.async('string')).toMatch(/<workbookPr\b[^>]*\sdate1904="1"/);
    expect(copy.reread.properties.date1904).toBe(true);
    expect(copy.reread.getWorksheet(F.sheet)!.getCell(F.deadlineCell).value).toEqual(F.deadline);
  });

  test('the cells left open for typing stay unlocked, the hidden formula stays hidden, the sheet stays protected', () => {
    const ws = copy.reread.getWorksheet(F.sheet)!;
    for (const r of [5, 6, 20, ws.rowCount]) expect({ cell: `${F.unlockedColumn}${r}`, locked: ws.getCell(`${F.unlockedColumn}${r}`).protection?.locked }).toEqual({ cell: `${F.unlockedColumn}${r}`, locked: false });
    // Cells the office did not open stay locked (locked is the default: no protection element, or locked not false).
    expect(ws.getCell('B7').protection?.locked).not.toBe(false);
    expect(ws.getCell(F.hiddenFormulaCell).protection?.hidden).toBe(true);
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  });

  test('fit to page, the print options and the first page number are kept', async () => {
    const xml = await planSheetXml(copy.copy);
    expect(xml).toMatch(/<pageSetUpPr\b[^>]*\sfitToPage="1"/);
    expect(xml).toMatch(/<printOptions\b(?=[^>]*\sgridLines="1")(?=[^>]*\shorizontalCentered="1")[^>]*\/>/);
    expect(xml).toMatch(new RegExp(`<pageSetup\\b(?=[^>]*\\suseFirstPageNumber="1")(?=[^>]*\\sfirstPageNumber="${F.firstPageNumber}")[^>]*/>`));
    const ws = copy.reread.getWorksheet(F.sheet)!;
    expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0, showGridLines: true, horizontalCentered: true, firstPageNumber: F.firstPageNumber });
  });
});

describe('withOnOffDigits', () => {
  test('boolean attributes become digits; text that says true or false stays as typed', () => {
    const xml = '<autoFilter ref="A1:C9"><filterColumn colId="0" hiddenButton="false"><filters blank="true"><filter val="true"/><filter val="false"/></filters></filterColumn></autoFilter>'
      + '<conditionalFormatting sqref="B2:B9"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="false" stopIfTrue="true"><formula>NOT(ISERROR(SEARCH("false",B2)))</formula></cfRule></conditionalFormatting>';
    expect(withOnOffDigits(xml)).toBe(
      '<autoFilter ref="A1:C9"><filterColumn colId="0" hiddenButton="0"><filters blank="1"><filter val="true"/><filter val="false"/></filters></filterColumn></autoFilter>'
      + '<conditionalFormatting sqref="B2:B9"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="false" stopIfTrue="1"><formula>NOT(ISERROR(SEARCH("false",B2)))</formula></cfRule></conditionalFormatting>',
    );
  });

  test('attributes of other vocabularies, and anything already in digits, are left alone', () => {
    const xml = '<row r="1" x14ac:dyDescent="true"><c r="A1" t="b"><v>1</v></c></row><sheetView tabSelected="1" showGridLines=\'false\'/>';
    expect(withOnOffDigits(xml)).toBe('<row r="1" x14ac:dyDescent="true"><c r="A1" t="b"><v>1</v></c></row><sheetView tabSelected="1" showGridLines=\'0\'/>');
  });

  test("a sheet's rows are not gone through, what comes before and after them is", () => {
    const xml = '<sheetPr><pageSetUpPr fitToPage="true"/></sheetPr><sheetData><row r="1" hidden="false"><c r="A1" t="inlineStr"><is><t>hidden="true"</t></is></c></row></sheetData><printOptions gridLines="true"/>';
    expect(sheetWithOnOffDigits(xml)).toBe('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetData><row r="1" hidden="false"><c r="A1" t="inlineStr"><is><t>hidden="true"</t></is></c></row></sheetData><printOptions gridLines="1"/>');
  });
});

describe('fonts that say "not bold"', () => {
  test('an off flag is left out (ExcelJS read any <b> as bold); on flags stay', () => {
    expect(withoutFontFlagsOff('<font><b val="0"/><i val="false"/><strike val="1"/><sz val="13"/></font><rPr><b val="true"/><i/></rPr>'))
      .toBe('<font><strike val="1"/><sz val="13"/></font><rPr><b val="true"/><i/></rPr>');
  });

  test("a conditional format's style keeps its \"not italic\": there it takes the cell's italic off", () => {
    const styles = '<styleSheet><fonts count="1"><font><b val="0"/><sz val="12"/></font></fonts><dxfs count="1"><dxf><font><i val="0"/></font></dxf></dxfs></styleSheet>';
    expect(stylesWithoutFontFlagsOff(styles)).toBe('<styleSheet><fonts count="1"><font><sz val="12"/></font></fonts><dxfs count="1"><dxf><font><i val="0"/></font></dxf></dxfs></styleSheet>');
  });

  test('a cell formatted "not bold" is not bold in the checked copy', async () => {
    const zip = await JSZip.loadAsync(input);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    // The plan's commune-name cells: a font of their own, here given an explicit "not bold, not italic".
    const xml = await planSheetXml(zip);
    const style = Number(/<c r="B7" s="(\d+)"/.exec(xml)![1]);
    const xf = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)![style];
    const fontId = Number(/fontId="(\d+)"/.exec(xf)![1]);
    let n = -1;
    const fonts = styles.replace(/<font>/g, (m) => (++n === fontId ? '<font><b val="false"/><i val="0"/>' : m));
    expect(fonts).not.toBe(styles);
    zip.file('xl/styles.xml', fonts);
    const { reread } = await checkedCopyOf(await zip.generateAsync({ type: 'nodebuffer' }));
    const font = reread.getWorksheet(F.sheet)!.getCell('B7').font;
    expect(font?.bold ?? false).toBe(false);
    expect(font?.italic ?? false).toBe(false);
  });
});
