// ntm-check end to end on files: exit codes, the checked copy, the JSON report, the input untouched.
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import ExcelJS from 'exceljs';
import { runCli, tempDirPerTest } from './support/run-cli';
import { REPORT_SCHEMA, REPORT_VERSION } from '../../src/cli/report-json';

const SAMPLE = path.join(__dirname, '../../examples/tra-cu-2023.xlsx');
const tmp = tempDirPerTest('ntm-cli-');

const run = runCli;

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

test('the sample: exit 1 (it has errors), a checked copy, a JSON report, the input unchanged', async () => {
  const input = path.join(tmp.path, 'in.xlsx');
  fs.copyFileSync(SAMPLE, input);
  const before = sha(input);
  const res = await run([input, '--as-of', '2023-10-15', '--out', path.join(tmp.path, 'checked.xlsx'), '--json', path.join(tmp.path, 'r.json')]);
  expect(res.code).toBe(1);
  expect(sha(input)).toBe(before);
  expect(res.out).toContain('Kiểm tra tính đến ngày 15/10/2023');
  expect(res.out).toContain('Phòng Nông nghiệp và Phát triển nông thôn');
  // Seed 000: 15 communes on the commune set, the 2 towns on their own set, counted as towns.
  expect(res.out).toContain('Bộ tiêu chí Xã NTM (xa-ntm-2021): 15 xã, 3 xã đạt đủ');
  // Seed 000 II.2.2: three xã meet the commune set, twelve are to be "nâng chất": the district is not eligible yet.
  expect(res.out).toContain('Điều kiện Huyện NTM (tất cả các xã trên địa bàn huyện được công nhận đạt chuẩn nông thôn mới): 3/15 xã đạt đủ các tiêu chí Xã NTM\n  chưa đạt: Phước Hưng, ');
  expect(res.out).toContain('Bộ tiêu chí Đô thị văn minh (do-thi-van-minh-2022): 2 thị trấn, 0 thị trấn đạt đủ');
  const report = JSON.parse(fs.readFileSync(path.join(tmp.path, 'r.json'), 'utf8'));
  expect(report.schema).toBe(REPORT_SCHEMA);
  expect(report.version).toBe(REPORT_VERSION);
  expect(report.asOf).toBe('2023-10-15');
  expect(report.totals.errors).toBeGreaterThan(0);
  expect(report.summary.criteria.find((c: { setId: string; code: string }) => c.setId === 'xa-ntm-2021' && c.code === '11').communesUnmet).toHaveLength(11);
});

test('no input cell value differs between the input and the checked copy', async () => {
  const out = path.join(tmp.path, 'checked.xlsx');
  await run([SAMPLE, '--as-of', '2023-10-15', '--out', out]);
  const a = new ExcelJS.Workbook();
  await a.xlsx.readFile(SAMPLE);
  const b = new ExcelJS.Workbook();
  await b.xlsx.readFile(out);
  let compared = 0;
  a.eachSheet((wsA) => {
    const wsB = b.getWorksheet(wsA.name)!;
    expect(wsB).toBeDefined();
    wsA.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        expect({ at: `${wsA.name}!${cell.address}`, v: wsB.getCell(r, c).value }).toEqual({ at: `${wsA.name}!${cell.address}`, v: cell.value });
        compared++;
      });
    });
  });
  expect(compared).toBeGreaterThan(1000);
  // The copy has the summary sheets and marks on the user's sheets.
  expect(b.worksheets.filter((w) => w.name.startsWith('TH_')).length).toBeGreaterThanOrEqual(5);
  const status = b.getWorksheet('Hiện trạng NTM')!;
  let marked = 0;
  status.eachRow((row) => row.eachCell((cell) => {
    if (cell.note) marked++;
  }));
  expect(marked).toBeGreaterThan(30);
  // The findings sheet links each finding to its cell.
  const findingsSheet = b.worksheets.find((w) => w.name.startsWith('TH_Kết quả'))!;
  const links: string[] = [];
  findingsSheet.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value as { hyperlink?: string } | null;
    if (v && typeof v === 'object' && v.hyperlink) links.push(v.hyperlink);
  }));
  expect(links).toContain("#'Phân công'!B39");
});

test('refuses to overwrite the input, and exits 2 for unusable input', async () => {
  const input = path.join(tmp.path, 'in.xlsx');
  fs.copyFileSync(SAMPLE, input);
  expect((await run([input, '--out', input])).code).toBe(2);
  expect((await run([path.join(tmp.path, 'missing.xlsx')])).code).toBe(2);
  const junk = path.join(tmp.path, 'junk.xlsx');
  fs.writeFileSync(junk, 'not a zip');
  const j = await run([junk]);
  expect(j.code).toBe(2);
  expect(j.err).toContain('Không mở được');
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Ghi chép').getCell('A1').value = 'Họp giao ban';
  const emptyFile = path.join(tmp.path, 'empty.xlsx');
  await empty.xlsx.writeFile(emptyFile);
  const e = await run([emptyFile, '--as-of', '2023-10-15']);
  expect(e.code).toBe(2);
  expect(e.err).toContain('Không tìm thấy trang phân công');
  expect((await run(['--as-of', '2023-13-45', input])).code).toBe(2);
});

test('exit 0 when nothing is an error; English output on request', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kết quả');
  ws.addRow(['Xã', 'Bộ tiêu chí', 'Mã', 'Đánh giá']);
  ws.addRow(['Tân Sơn', 'Nông thôn mới', '19.2', 'Đạt']);
  const f = path.join(tmp.path, 'ok.xlsx');
  await wb.xlsx.writeFile(f);
  const res = await run([f, '--as-of', '2023-10-15', '--lang', 'en']);
  expect(res.code).toBe(0);
  expect(res.out).toContain('Check as of 2023-10-15');
  expect(fs.existsSync(path.join(tmp.path, 'ok.checked.xlsx'))).toBe(true);
});
