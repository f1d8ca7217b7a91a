// "TH" is how offices abbreviate "tổng hợp": a user's own "TH_…" sheet is theirs. The checked copy
// keeps it, reads it as input, never gives its name to a summary sheet, and a re-run on the
// checked copy replaces only the sheets the add-in listed in its state.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { readState } from '../../src/adapters/exceljs/state-sheet';
import { NTM_INDICATORS } from '../support/sheets';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-th-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(input: string, out: string) {
  const json = path.join(dir, `${path.basename(out)}.json`);
  const code = await main([input, '--as-of', '2023-10-15', '--out', out, '--json', json], () => undefined, () => undefined);
  return { code, report: JSON.parse(fs.readFileSync(json, 'utf8')) };
}

test('a user\'s "TH_Theo tiêu chí" status sheet is kept, read, and its name is not reused; a re-run replaces only the add-in\'s sheets', async () => {
  const wb = new ExcelJS.Workbook();
  const pc = wb.addWorksheet('Phân công');
  pc.addRow(['STT', 'Tiêu chí', 'Cơ quan chủ trì', 'Thời hạn hoàn thành']);
  pc.addRow([1, 'Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', 'quý IV/2023']);
  // The office's own summary of statuses, named the way offices name such sheets.
  const th = wb.addWorksheet('TH_Theo tiêu chí');
  th.addRow(['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI']);
  th.addRow(['Mã', 'Tiêu chí / chỉ tiêu', 'Tân Sơn', 'Kim Sơn']);
  for (const c of NTM_INDICATORS) th.addRow([c, `Chỉ tiêu ${c}`, c === '11' ? 'Chưa đạt' : 'Đạt', 'Đạt']);
  const input = path.join(dir, 'in.xlsx');
  await wb.xlsx.writeFile(input);

  const first = path.join(dir, 'checked.xlsx');
  const r1 = await run(input, first);
  // Read as the status sheet: Tân Sơn misses 11 (hand count: 18/19), Kim Sơn meets all 19.
  expect(r1.report.recognized.find((x: { sheet: string }) => x.sheet === 'TH_Theo tiêu chí')).toMatchObject({ role: 'status-matrix' });
  expect(r1.report.summary.communes.map((c: { display: string; criteriaMet: string[] }) => [c.display, c.criteriaMet.length])).toEqual([['Tân Sơn', 18], ['Kim Sơn', 19]]);
  const c1 = new ExcelJS.Workbook();
  await c1.xlsx.readFile(first);
  expect(c1.getWorksheet('TH_Theo tiêu chí')!.getCell('A1').value).toBe('KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI');
  const ours = readState(c1).content!.summarySheets!;
  expect(ours).toContain('TH_Theo tiêu chí (2)');
  expect(ours).not.toContain('TH_Theo tiêu chí');

  // Checking the checked copy again: the add-in's sheets are replaced (not read, not doubled), the user's stays.
  const second = path.join(dir, 'checked-again.xlsx');
  const r2 = await run(first, second);
  expect(r2.report.summary.communes.map((c: { display: string; criteriaMet: string[] }) => [c.display, c.criteriaMet.length])).toEqual([['Tân Sơn', 18], ['Kim Sơn', 19]]);
  const c2 = new ExcelJS.Workbook();
  await c2.xlsx.readFile(second);
  const names = c2.worksheets.map((w) => w.name);
  expect(names.filter((n) => n.startsWith('TH_')).sort()).toEqual([...ours, 'TH_Theo tiêu chí'].sort());
  expect(c2.getWorksheet('TH_Theo tiêu chí')!.getCell('C3').value).toBe('Đạt');
});
