// What offices put in their workbooks, beyond the property generator, through the checked copy:
// each compared at the XML level with the input, which is written as Excel writes it (ExcelJS
// plus edits): links to a web page and to a cell of another sheet, a note of several lines in
// two runs, a cell of bold and plain text, a sheet protected with a SHA-512 password hash, hidden
// and very hidden sheets, a tab colour, grouped rows and a column shown closed, drop-down lists
// from another sheet's range (in the sheet's list and in Excel 2010's extension), a number
// format with Vietnamese text, a date as dd/mm/yyyy, a filter with its hidden name, a picture.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { matrixSheet, NTM_INDICATORS } from '../../support/sheets';
import { schemaErrors } from '../../support/ooxml-validator';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { relationships, relsPathOf } from '../../../src/adapters/exceljs/package-rels';

jest.setTimeout(120_000);

const STATUS = 'Hiện trạng';
const LIST = 'Danh mục';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const XR = 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision';

/** Review › Protect Sheet with a password as Excel 2013+ stores it (ECMA-376 Part 1 §18.3.1.85: SHA-512 of salt and UTF-16LE password, hashed again with each iteration's number). */
function passwordHash(password: string, salt: Buffer, spinCount: number): string {
  let h = createHash('sha512').update(Buffer.concat([salt, Buffer.from(password, 'utf16le')])).digest();
  for (let i = 0; i < spinCount; i++) {
    const n = Buffer.alloc(4);
    n.writeUInt32LE(i);
    h = createHash('sha512').update(Buffer.concat([h, n])).digest();
  }
  return h.toString('base64');
}
const SALT = Buffer.from('Nông thôn mới 16');
const PROTECTION = `<sheetProtection algorithmName="SHA-512" hashValue="${passwordHash('ntm2023', SALT, 1000)}" saltValue="${SALT.toString('base64')}" spinCount="1000" sheet="1" objects="1" scenarios="1" formatColumns="0"/>`;

// The sheet's own list (a range of another sheet is allowed there since Excel 2010) and the extension Excel 2010 writes it in.
// The second without its arrow (Data Validation › "In-cell dropdown" unticked: showDropDown, §18.3.1.32).
const VALIDATIONS = `<dataValidations count="2"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="Kết quả" prompt="Chọn trong danh mục" xr:uid="{5C1E2A10-0000-4000-8000-000000000002}" sqref="E4:E20"><formula1>'${LIST}'!$A$1:$A$3</formula1></dataValidation><dataValidation type="list" allowBlank="1" showDropDown="1" xr:uid="{5C1E2A10-0000-4000-8000-000000000005}" sqref="H4:H8"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>`;
const EXT_VALIDATIONS = `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" xr:uid="{5C1E2A10-0000-4000-8000-000000000003}"><x14:formula1><xm:f>'${LIST}'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D4:D20</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;
const INTERNAL_LINK = `<hyperlink ref="F5" location="'${LIST}'!A1" display="Về danh mục" xr:uid="{5C1E2A10-0000-4000-8000-000000000004}"/>`;
const FILTER_NAME = `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${STATUS}'!$A$3:$D$40</definedName>`;

async function officeBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = matrixSheet(['Tân Sơn', 'Kim Sơn'], NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, 'Đạt', c === '11' ? 'Chưa đạt' : 'Đạt']));
  const ws = wb.addWorksheet(STATUS, { properties: { tabColor: { argb: 'FFC00000' } } });
  data.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  ws.getCell('F4').value = { text: 'Quyết định 318', hyperlink: 'https://example.org/qd318?nam=2023&x=1' };
  ws.getCell('F5').value = 'Về danh mục';
  ws.getCell('F6').value = { richText: [{ text: 'Chưa đạt: ', font: { bold: true, name: 'Times New Roman', size: 12 } }, { text: 'chờ thẩm định', font: { name: 'Times New Roman', size: 12 } }] };
  ws.getCell('F7').value = 1250000;
  ws.getCell('F7').numFmt = '#,##0 "đồng"';
  ws.getCell('F8').value = new Date(Date.UTC(2023, 8, 12));
  ws.getCell('F8').numFmt = 'dd/mm/yyyy';
  ws.getCell('C5').note = { texts: [{ font: { bold: true, size: 9, name: 'Tahoma' }, text: 'Hưng:' }, { font: { size: 9, name: 'Tahoma' }, text: '\nDòng một\nDòng hai' }] };
  ws.autoFilter = 'A3:D40';
  for (const r of [10, 11, 12]) Object.assign(ws.getRow(r), { outlineLevel: 1, hidden: true });
  Object.assign(ws.getColumn(7), { outlineLevel: 1, width: 9 });
  ws.getCell('G4').value = 'cột trong nhóm';
  ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), { tl: { col: 8, row: 1 }, br: { col: 9, row: 4 } } as unknown as ExcelJS.ImageRange);
  wb.addWorksheet(LIST).addRows([['Đạt'], ['Chưa đạt'], ['Không áp dụng']]);
  wb.addWorksheet('Bảo vệ').getCell('A1').value = 'Không sửa';
  wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 'ẩn';
  wb.addWorksheet('Rất ẩn', { state: 'veryHidden' }).getCell('A1').value = 'rất ẩn';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const parts = await sheetParts(zip);
  const edit = async (name: string, f: (x: string) => string) => zip.file(parts.get(name)!, f(await zip.file(parts.get(name)!)!.async('string')));
  await edit(STATUS, (x) =>
    x
      .replace('<worksheet ', `<worksheet xmlns:xr="${XR}" `)
      .replace('mc:Ignorable="x14ac"', 'mc:Ignorable="x14ac xr"')
      // Grouped rows and column as Excel writes them: the closed group's rows hidden, the mark on the row under it.
      .replace(/(<row r="1[012]"[^>]*?) collapsed="1"/g, '$1')
      .replace(/(<col min="7"[^>]*?) collapsed="1"/, '$1')
      .replace('<row r="13"', '<row r="13" collapsed="1"')
      .replace(/outlineLevelRow="\d+" outlineLevelCol="\d+"/, 'outlineLevelRow="1" outlineLevelCol="1"')
      .replace('<tabColor rgb="FFC00000"/>', '<tabColor rgb="FFC00000"/><outlinePr summaryBelow="0"/>')
      .replace(/<hyperlink ref="F4" r:id="(rId\d+)"\/>/, `<hyperlink ref="F4" r:id="$1" tooltip="Mở văn bản" display="Quyết định 318" xr:uid="{5C1E2A10-0000-4000-8000-000000000001}"/>`)
      .replace('<hyperlinks>', `${VALIDATIONS}<hyperlinks>${INTERNAL_LINK}`)
      .replace('</worksheet>', `<extLst>${EXT_VALIDATIONS}</extLst></worksheet>`),
  );
  await edit('Bảo vệ', (x) => x.replace('</sheetData>', `</sheetData>${PROTECTION}`));
  const book = await zip.file('xl/workbook.xml')!.async('string');
  expect(book).not.toContain('<definedNames');
  zip.file('xl/workbook.xml', book.replace('</sheets>', `</sheets><definedNames>${FILTER_NAME}</definedNames>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const text = async (zip: JSZip, name: string) => (await zip.file(name)?.async('string')) ?? '';
const sheetXml = async (zip: JSZip, sheet: string) => text(zip, (await sheetParts(zip)).get(sheet)!);
const one = (xml: string, re: RegExp) => re.exec(xml)?.[0];
/** A cell's shared string, as written. */
async function sharedString(zip: JSZip, ref: string): Promise<string | undefined> {
  const index = Number(new RegExp(`<c r="${ref}"[^>]*t="s"[^>]*><v>(\\d+)</v>`).exec(await sheetXml(zip, STATUS))?.[1]);
  return (await text(zip, 'xl/sharedStrings.xml')).match(/<si>[\s\S]*?<\/si>/g)?.[index];
}
const numFmtOf = async (zip: JSZip, ref: string) => {
  const styles = await text(zip, 'xl/styles.xml');
  const s = Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(await sheetXml(zip, STATUS))?.[1]);
  const id = /numFmtId="(\d+)"/.exec(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*>/g)![s])![1];
  return new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(styles)?.[1];
};

let input: JSZip;
let copy: JSZip;
let notKept: string[];
let files: [string, string];
let dir: string;
beforeAll(async () => {
  const buffer = await officeBook();
  input = await JSZip.loadAsync(buffer);
  const checked = await checkedCopyOf(buffer);
  copy = checked.copy;
  notKept = checked.loaded.notKept.map((n) => n.en);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-features-'));
  files = [path.join(dir, 'in.xlsx'), path.join(dir, 'in.checked.xlsx')];
  fs.writeFileSync(files[0], buffer);
  fs.writeFileSync(files[1], await copy.generateAsync({ type: 'nodebuffer' }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('links: the one to a cell of another sheet, and the web link with its tooltip and text', async () => {
  const sheet = await sheetXml(copy, STATUS);
  expect(sheet).toContain(INTERNAL_LINK);
  const web = one(sheet, /<hyperlink ref="F4"[^>]*\/>/)!;
  expect(web).toMatch(/ tooltip="Mở văn bản"/);
  expect(web).toMatch(/ display="Quyết định 318"/);
  const id = /r:id="([^"]*)"/.exec(web)![1];
  // As the relationships part writes it (&amp; escaped).
  const rels = relationships(await text(copy, relsPathOf((await sheetParts(copy)).get(STATUS)!)));
  expect(rels.find((r) => r.id === id)).toMatchObject({ target: 'https://example.org/qd318?nam=2023&amp;x=1', external: true });
  expect(notKept).toEqual([]);
});

test('a note of several lines in two runs, and a cell of bold and plain text', async () => {
  const comment = async (zip: JSZip) => one(await text(zip, 'xl/comments1.xml'), /<comment ref="C5"[\s\S]*?<\/comment>/);
  expect(await comment(copy)).toBe(await comment(input));
  expect(await comment(input)).toContain('Dòng một\nDòng hai');
  expect(await sharedString(copy, 'F6')).toBe(await sharedString(input, 'F6'));
  expect(await sharedString(input, 'F6')).toMatch(/<r><rPr><b\/>.*Chưa đạt: .*<\/r><r>.*chờ thẩm định/);
});

test('a number format with Vietnamese text, a date as dd/mm/yyyy', async () => {
  expect(await numFmtOf(copy, 'F7')).toBe('#,##0 &quot;đồng&quot;');
  expect(await numFmtOf(copy, 'F8')).toBe('dd/mm/yyyy');
  // 12/09/2023 is day 45181 of Excel's 1900 system.
  expect(await sheetXml(copy, STATUS)).toMatch(/<c r="F8" s="\d+"><v>45181<\/v>/);
});

test('the password-protected sheet, hidden and very hidden sheets, the tab colour', async () => {
  expect(one(await sheetXml(copy, 'Bảo vệ'), /<sheetProtection\b[^>]*\/>/)).toBe(PROTECTION);
  const states = async (zip: JSZip) => (await text(zip, 'xl/workbook.xml')).match(/<sheet\b[^>]*>/g)!.map((s) => `${/name="([^"]*)"/.exec(s)![1]}:${/state="([^"]*)"/.exec(s)?.[1] ?? 'visible'}`);
  expect((await states(copy)).slice(0, 5)).toEqual([`${STATUS}:visible`, `${LIST}:visible`, 'Bảo vệ:visible', 'Ẩn:hidden', 'Rất ẩn:veryHidden']);
  expect(one(await sheetXml(copy, STATUS), /<sheetPr>[\s\S]*?<\/sheetPr>/)).toBe('<sheetPr><tabColor rgb="FFC00000"/><outlinePr summaryBelow="0"/></sheetPr>');
});

test('grouped rows and a grouped column: levels, hidden rows, the closed mark', async () => {
  const outline = (xml: string) => [one(xml, /<sheetFormatPr\b[^>]*>/)!.match(/outlineLevel(?:Row|Col)="\d+"/g), one(xml, /<cols>[\s\S]*?<\/cols>/), [10, 11, 12, 13].map((r) => (one(xml, new RegExp(`<row r="${r}"[^>]*>`))!.match(/\b(?:hidden|outlineLevel|collapsed)="[^"]*"/g) ?? []).sort())];
  expect(outline(await sheetXml(copy, STATUS))).toEqual(outline(await sheetXml(input, STATUS)));
  expect(outline(await sheetXml(input, STATUS))[2]).toEqual([['hidden="1"', 'outlineLevel="1"'], ['hidden="1"', 'outlineLevel="1"'], ['hidden="1"', 'outlineLevel="1"'], ['collapsed="1"']]);
});

test("drop-down lists from another sheet's range, in the sheet's list and in Excel 2010's extension", async () => {
  const sheet = await sheetXml(copy, STATUS);
  expect(one(sheet, /<dataValidations\b[\s\S]*?<\/dataValidations>/)?.replace(/&apos;/g, "'")).toBe(VALIDATIONS);
  expect(one(sheet, /<extLst>[\s\S]*<\/extLst>/)).toContain(EXT_VALIDATIONS);
  // Their xr:uid keeps its namespace, ignorable as in the input.
  expect(one(sheet, /<worksheet\b[^>]*>/)).toContain(`xmlns:xr="${XR}"`);
  expect(one(sheet, /<worksheet\b[^>]*>/)).toMatch(/mc:Ignorable="[^"]*\bxr\b/);
  expect(notKept.filter((n) => /drop-down/.test(n))).toEqual([]);
});

test('the filter and its hidden name, on its sheet', async () => {
  expect(one(await sheetXml(copy, STATUS), /<autoFilter\b[^>]*\/>/)).toBe('<autoFilter ref="A3:D40"/>');
  expect((await text(copy, 'xl/workbook.xml')).replace(/&apos;/g, "'")).toContain(FILTER_NAME);
});

test('the picture, on the same cells', async () => {
  const drawing = async (zip: JSZip) => one(await text(zip, 'xl/drawings/drawing1.xml'), /<xdr:from>[\s\S]*?<\/xdr:to>/);
  expect(await drawing(copy)).toBe(await drawing(input));
  const media = async (zip: JSZip) => zip.file(Object.keys(zip.files).find((n) => n.startsWith('xl/media/') && !zip.files[n].dir)!)!.async('nodebuffer');
  expect((await media(copy)).equals(PNG)).toBe(true);
});

test('the validator finds no error in the copy that the input has not', () => {
  const errors = schemaErrors(files);
  const added = errors[files[1]].filter((e) => !errors[files[0]].some((o) => o.id === e.id && o.description === e.description));
  expect(errors[files[0]]).toEqual([]);
  expect(added.map((e) => `${e.path.partUri} ${e.path.xpath} ${e.description}`)).toEqual([]);
});
