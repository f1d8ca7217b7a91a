// ntm-check on files that are not plain .xlsx workbooks: an .xls, an .ods, a workbook with a
// password to open (exit 2, what the file is and what to do); an .xlsm (checked, its copy an
// .xlsx named so, its macros named as not kept).
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { runCli, tempDirPerTest } from './support/run-cli';
import { asXlsm, compoundFile } from '../support/compound-file';

const SAMPLE = path.join(__dirname, '../../examples/tra-cu-2023.xlsx');
const tmp = tempDirPerTest('ntm-kinds-');

const run = runCli;

test('an .xls: exit 2, "save it as .xlsx", no copy written', async () => {
  const xls = path.join(tmp.path, 'KH 2023.xls');
  fs.writeFileSync(xls, compoundFile(['Workbook']));
  const json = path.join(tmp.path, 'r.json');
  const r = await run([xls, '--as-of', '2023-10-15', '--json', json]);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`Không mở được tệp ${xls}: Tệp là sổ làm việc Excel 97–2003 (.xls)`);
  expect(r.err).toContain('Sổ làm việc Excel (*.xlsx)');
  // No stack trace, no zip library's wording.
  expect(r.err).not.toMatch(/central directory|at .*\.ts:\d+/);
  // No copy; the report says why, for a script checking many files.
  expect(fs.readdirSync(tmp.path).sort()).toEqual(['KH 2023.xls', 'r.json']);
  const report = JSON.parse(fs.readFileSync(json, 'utf8'));
  expect(report).toMatchObject({ usable: false, asOf: '2023-10-15', findings: [] });
  expect(report.unusableReason.vi).toContain('Excel 97–2003 (.xls)');
});

test('a password to open, in English on request', async () => {
  const locked = path.join(tmp.path, 'locked.xlsx');
  fs.writeFileSync(locked, compoundFile(['EncryptionInfo', 'EncryptedPackage']));
  const r = await run([locked, '--lang', 'en']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('Cannot open');
  expect(r.err).toContain('has a password to open');
});

test('an .ods LibreOffice saved: exit 2 instead of "no assignment or status sheet found"', async () => {
  const z = new JSZip();
  z.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
  z.file('content.xml', '<office:document-content/>');
  z.file('META-INF/manifest.xml', '<manifest:manifest/>');
  const ods = path.join(tmp.path, 'a.ods');
  fs.writeFileSync(ods, await z.generateAsync({ type: 'nodebuffer' }));
  const r = await run([ods]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('OpenDocument (.ods');
  expect(r.err).not.toContain('Không tìm thấy trang phân công');
});

test('an .xlsm is checked; its copy is "<name>.checked.xlsx", an .xlsx without the macros, and says so', async () => {
  const xlsm = path.join(tmp.path, 'KH 2023.xlsm');
  fs.writeFileSync(xlsm, await asXlsm(fs.readFileSync(SAMPLE)));
  const r = await run([xlsm, '--as-of', '2023-10-15']);
  // The sample's own errors: exit 1, as for the .xlsx.
  expect(r.code).toBe(1);
  const out = path.join(tmp.path, 'KH 2023.checked.xlsx');
  expect(r.out).toContain(`Đã ghi bản đã kiểm tra: ${out}`);
  expect(r.out).toMatch(/Lưu ý: bản đã kiểm tra không giữ được: .*macro \(VBA\)/);
  const copy = await JSZip.loadAsync(fs.readFileSync(out));
  expect(copy.file('xl/vbaProject.bin')).toBeNull();
  expect(await copy.file('[Content_Types].xml')!.async('string')).not.toContain('macroEnabled');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toContain('TH_Theo tiêu chí');
});

test('--out must name an .xlsx: Excel will not open an .xlsx package under .xlsm', async () => {
  const r = await run([SAMPLE, '--out', path.join(tmp.path, 'copy.xlsm')]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('--out: tên tệp phải kết thúc bằng .xlsx');
  expect(fs.readdirSync(tmp.path)).toEqual([]);
});

/**
 * The sample, rewritten by `rewrite` as another program writes a workbook, checked: it must give
 * the sample's own report and a copy with the same sheets and values (no exit 2).
 */
async function checkedAsTheSample(name: string, rewrite: (zip: JSZip) => Promise<void>): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  await rewrite(zip);
  const input = path.join(tmp.path, name);
  fs.writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
  const [asWritten, asSample] = [path.join(tmp.path, 'w.json'), path.join(tmp.path, 's.json')];
  const [copyWritten, copySample] = [path.join(tmp.path, 'w.xlsx'), path.join(tmp.path, 's.xlsx')];
  const r = await run([input, '--as-of', '2023-10-15', '--json', asWritten, '--out', copyWritten]);
  expect(r.err).toBe('');
  expect(r.code).toBe(1);
  expect((await run([SAMPLE, '--as-of', '2023-10-15', '--json', asSample, '--out', copySample])).code).toBe(1);
  const report = (file: string) => {
    const { input: _i, output: _o, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8'));
    return rest;
  };
  // The same findings and summary tables as the sample itself.
  expect(report(asWritten)).toEqual(report(asSample));
  const values = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets.map((ws) => [ws.name, ws.getSheetValues()]);
  };
  expect(await values(copyWritten)).toEqual(await values(copySample));
}

/** Each part matching `which`, rewritten. */
async function rewriteParts(zip: JSZip, which: RegExp, rewrite: (xml: string) => string): Promise<void> {
  for (const part of Object.keys(zip.files).filter((n) => which.test(n))) zip.file(part, rewrite(await zip.file(part)!.async('string')));
}

test('a workbook whose parts are prefixed (<x:workbook>, as the Open XML SDK writes): checked as the sample is', async () => {
  // Before: exit 2, "Cannot set properties of undefined (setting 'sheetNo')".
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  await checkedAsTheSample('KH xuất từ phần mềm.xlsx', (zip) =>
    rewriteParts(zip, /^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/, (xml) =>
      xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, (_m, slash: string, name: string) => `<${slash}x:${name}`)));
});

test('a workbook whose rows and cells are written without references (<c> with no r="…"): checked as the sample is', async () => {
  // Before: exit 2, "Cannot read properties of undefined (reading 'col')".
  await checkedAsTheSample('KH không tham chiếu.xlsx', (zip) => rewriteParts(zip, /^xl\/worksheets\/sheet\d+\.xml$/, (xml) => xml.replace(/<c r="[A-Z]+\d+"/g, '<c').replace(/<row r="\d+"/g, '<row')));
});

test('a workbook whose sheet parts are not named sheet<n>.xml (the Open XML SDK\'s sheet.xml): checked as the sample is', async () => {
  // Before: exit 2, "Không tìm thấy trang phân công hay trang hiện trạng nào" (ExcelJS read no sheet).
  await checkedAsTheSample('KH từ phần mềm.xlsx', async (zip) => {
    for (const [from, to] of [['sheet1.xml', 'sheet.xml'], ['sheet2.xml', 'Trang hiện trạng.xml']]) {
      zip.file(`xl/worksheets/${to}`, await zip.file(`xl/worksheets/${from}`)!.async('uint8array'));
      zip.remove(`xl/worksheets/${from}`);
      await rewriteParts(zip, /^(xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml)$/, (xml) => xml.split(`worksheets/${from}`).join(`worksheets/${to}`));
    }
  });
});
