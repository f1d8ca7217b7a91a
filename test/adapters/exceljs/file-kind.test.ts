// Files that are no .xlsx are named for what they are, with the step that makes them readable,
// before ExcelJS runs (it would say "Can't find end of central directory", or read an .ods as a
// workbook with no sheets).
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { sniffBytes, zipKind } from '../../../src/adapters/exceljs/file-kind';
import { loadWorkbookForCopy } from '../../../src/adapters/exceljs/read-workbook';
import { AdapterError } from '../../../src/adapters/exceljs/errors';
import { asXlsm, compoundFile } from '../../support/compound-file';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../../examples/tra-cu-2023.xlsx'));
const utf8 = (s: string) => new TextEncoder().encode(s);

async function zipOf(parts: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(parts)) z.file(name, text);
  return z.generateAsync({ type: 'uint8array' });
}

async function reasonFor(bytes: Uint8Array): Promise<AdapterError> {
  const e = await loadWorkbookForCopy(Buffer.from(bytes)).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AdapterError);
  expect((e as AdapterError).code).toBe('not-a-workbook');
  return e as AdapterError;
}

test('an Excel 97–2003 workbook (.xls): save it as .xlsx', async () => {
  const xls = compoundFile(['Workbook', '\u0005SummaryInformation']);
  expect(sniffBytes(xls)).toBe('xls');
  const e = await reasonFor(xls);
  expect(e.text.vi).toContain('Excel 97–2003 (.xls)');
  expect(e.text.vi).toContain('Lưu thành (Save As) → Sổ làm việc Excel (*.xlsx)');
  expect(e.text.en).toContain('Save As → Excel Workbook (*.xlsx)');
});

test('a workbook with a password to open: remove the password, and no advice to save as .xlsx', async () => {
  const locked = compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
  expect(sniffBytes(locked)).toBe('encrypted');
  const e = await reasonFor(locked);
  expect(e.text.vi).toContain('mật khẩu mở');
  expect(e.text.vi).toContain('Mã hóa bằng mật khẩu');
  expect(e.text.vi).not.toContain('Save As');
});

test('a Word document in the old format is not taken for a workbook', () => {
  expect(sniffBytes(compoundFile(['WordDocument', '1Table']))).toBe('word');
  expect(sniffBytes(compoundFile(['Something']))).toBe('ole-other');
});

test('"Excel" exports of other software: a web page and an XML 2003 spreadsheet under an .xls name', async () => {
  const html = utf8('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table><tr><td>Xã Tân Sơn</td></tr></table></body></html>');
  expect(sniffBytes(html)).toBe('html');
  expect((await reasonFor(html)).text.vi).toContain('trang web (HTML)');
  expect(sniffBytes(utf8('<?xml version="1.0" encoding="utf-8"?>\n<!-- xuất từ phần mềm -->\n<html><body><table></table></body></html>'))).toBe('html');
  const bare = utf8('\r\n<table border=1><tr><td>STT</td></tr></table>');
  expect(sniffBytes(bare)).toBe('html');
  const xml2003 = utf8('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"/></Workbook>');
  expect(sniffBytes(xml2003)).toBe('spreadsheet-xml-2003');
  expect((await reasonFor(xml2003)).text.vi).toContain('bảng tính XML 2003');
});

test('plain text (CSV, in UTF-8 with its mark or in UTF-16), a PDF and an empty file', async () => {
  expect(sniffBytes(utf8('\uFEFFSTT,Xã,Mã,Kết quả\n1,Tân Sơn,1.1,Đạt\n'))).toBe('text');
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Xã\tMã\r\n'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
  expect(sniffBytes(utf16)).toBe('text');
  expect((await reasonFor(utf8('STT;Xã\n'))).text.vi).toContain('văn bản thuần (CSV hoặc TXT)');
  expect(sniffBytes(utf8('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
  expect((await reasonFor(new Uint8Array(0))).text.vi).toContain('Tệp rỗng');
  // Binary content of no known kind.
  expect(sniffBytes(Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256))).toBe('unknown');
});

test('zip packages that are not .xlsx: LibreOffice .ods, binary .xlsb, Word .docx, any zip', async () => {
  const ods = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>', 'META-INF/manifest.xml': '<manifest/>' });
  expect((await reasonFor(ods)).text.vi).toContain('OpenDocument (.ods');
  expect(zipKind(['[Content_Types].xml', 'xl/workbook.bin', 'xl/worksheets/sheet1.bin'])).toBe('xlsb');
  const docx = await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
  expect((await reasonFor(docx)).text.vi).toContain('văn bản Word');
  expect((await reasonFor(await zipOf({ 'a.txt': 'x' }))).text.vi).toContain('tệp nén (zip)');
});

test('an .xlsx cut short (a copy or download that did not finish) is said to be damaged', async () => {
  const cut = SAMPLE.subarray(0, Math.floor(SAMPLE.length / 2));
  expect(sniffBytes(cut)).toBe('zip');
  expect((await reasonFor(cut)).text.vi).toContain('bị hỏng hoặc chưa được chép, tải về xong');
});

test('an .xlsx and an .xlsm are read; the .xlsm\'s macros are named as not kept', async () => {
  expect(sniffBytes(SAMPLE)).toBe('zip');
  const plain = await loadWorkbookForCopy(SAMPLE);
  expect(plain.workbook.worksheets.length).toBeGreaterThan(3);
  expect(plain.info.notKept.map((n) => n.vi).join('; ')).not.toContain('macro');
  const xlsm = await asXlsm(SAMPLE);
  const withMacros = await loadWorkbookForCopy(xlsm);
  expect(withMacros.workbook.worksheets.length).toBe(plain.workbook.worksheets.length);
  expect(withMacros.info.notKept.map((n) => n.vi)).toContain('macro (VBA): bản đã kiểm tra là tệp .xlsx, không chứa macro');
});
