// ntm-check on a workbook written the way another district office writes it: deadlines without
// a year under a dated title, "Thường xuyên", heads of departments and the district's own
// branch ("Điện lực Cầu Kè"), a footnote mark on a commune, a 1 / 0 matrix with its note.
// Expected figures are counted by hand from the rows below.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { NTM_INDICATORS } from '../support/sheets';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-cauke-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Hòa Ân misses 4.1 and 11; Phong Phú misses 17.1. */
const UNMET: Record<string, string[]> = { 'Hòa Ân': ['4.1', '11'], 'Phong Phú*': ['17.1'] };

async function writeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const pc = wb.addWorksheet('Phân công');
  pc.addRow(['ỦY BAN NHÂN DÂN HUYỆN CẦU KÈ']);
  pc.mergeCells('A1:H1');
  pc.addRow(['BẢNG PHÂN CÔNG THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2024']);
  pc.mergeCells('A2:H2');
  pc.addRow([]);
  pc.addRow(['STT', 'Tiêu chí', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Xã áp dụng', 'Thời gian hoàn thành', 'Ghi chú']);
  pc.addRow([1, 'Tiêu chí 1, 2, 3, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 18, 19', null, 'Trưởng phòng NN&PTNT', null, null, 'Thường xuyên', null]);
  pc.addRow([2, 'Tiêu chí 4', 'Điện', 'Điện lực Cầu Kè', null, null, 'Quý III', null]);
  pc.addRow([3, 'Tiêu chí 11', 'Nghèo đa chiều', 'Phòng LĐ-TB&XH', null, null, 'Tháng 12', null]);
  pc.addRow([4, 'Tiêu chí 17', 'Môi trường và an toàn thực phẩm', 'Lãnh đạo Phòng TN&MT', null, null, '6 tháng đầu năm', null]);

  const ht = wb.addWorksheet('Hiện trạng');
  ht.addRow(['KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2024']);
  ht.addRow([]);
  const communes = Object.keys(UNMET);
  ht.addRow(['Mã', 'Tiêu chí / chỉ tiêu', ...communes]);
  for (const code of NTM_INDICATORS) ht.addRow([code, `Chỉ tiêu ${code}`, ...communes.map((c) => (UNMET[c].includes(code) ? 0 : 1))]);
  ht.addRow(['Ghi chú: 1 là đạt; 0 là chưa đạt']);
  await wb.xlsx.writeFile(file);
}

test('another district: deadlines dated by the title, ongoing tasks, 1 / 0 statuses, heads of departments', async () => {
  const input = path.join(dir, 'cau-ke-2024.xlsx');
  await writeWorkbook(input);
  const out: string[] = [];
  const code = await main([input, '--as-of', '2024-10-01', '--json', path.join(dir, 'r.json'), '--out', path.join(dir, 'checked.xlsx')], (s) => out.push(s), () => undefined);
  const report = JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8'));
  const findings = report.findings as { code: string; severity: string; found?: string; indicator?: string; message: { vi: string } }[];
  const of = (c: string) => findings.filter((f) => f.code === c);

  // Nothing here is a data error: every criterion has a lead, every deadline reads, every cell is 1 or 0.
  expect(findings.filter((f) => f.severity === 'error').map((f) => f.message.vi)).toEqual([]);
  expect(code).toBe(0);
  expect(of('department.unknown')).toEqual([]);
  expect(of('deadline.unreadable')).toEqual([]);
  expect(of('deadline.missing')).toEqual([]);
  // Quý III/2024 (4) and 6 tháng đầu năm 2024 (17) have passed on 01/10/2024; tháng 12/2024 (11) is due this quarter.
  expect(of('deadline.overdue').map((f) => [f.indicator, f.found])).toEqual([['4', 'Hòa Ân'], ['17', 'Phong Phú']]);
  expect(of('deadline.due-soon').map((f) => [f.indicator, f.found])).toEqual([['11', 'Hòa Ân']]);
  expect(of('deadline.year-from-title')).toEqual([expect.objectContaining({ found: '3', expected: 'năm 2024' })]);
  expect(of('deadline.ongoing')).toEqual([expect.objectContaining({ found: '1' })]);
  expect(of('status.numeric-legend')).toEqual([expect.objectContaining({ found: String(2 * NTM_INDICATORS.length) })]);
  // Hòa Ân 17/19 (4 and 11 unmet), Phong Phú 18/19 (17 unmet); the footnote mark is not part of the name.
  const communes = report.summary.communes.map((c: { display: string; criteriaMet: string[]; criteriaUnmet: string[] }) => [c.display, c.criteriaMet.length, c.criteriaUnmet]);
  expect(communes).toEqual([['Hòa Ân', 17, ['4', '11']], ['Phong Phú', 18, ['17']]]);
  // The district's branch and the heads of departments are the departments themselves.
  const depts = report.summary.departments.map((d: { departmentId: string }) => d.departmentId).sort();
  expect(depts).toEqual(['dien-luc', 'ld-tbxh', 'nn-ptnt', 'tn-mt']);
  expect(out.join('\n')).toContain('Kiểm tra tính đến ngày 01/10/2024');

  // The checked copy keeps every typed value (the 0s are marked, not rewritten).
  const a = new ExcelJS.Workbook();
  await a.xlsx.readFile(input);
  const b = new ExcelJS.Workbook();
  await b.xlsx.readFile(path.join(dir, 'checked.xlsx'));
  let compared = 0;
  a.eachSheet((wsA) => {
    const wsB = b.getWorksheet(wsA.name)!;
    wsA.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => {
      expect({ at: `${wsA.name}!${cell.address}`, v: wsB.getCell(r, c).value }).toEqual({ at: `${wsA.name}!${cell.address}`, v: cell.value });
      compared++;
    }));
  });
  expect(compared).toBeGreaterThan(3 * NTM_INDICATORS.length);
  // Hòa Ân's 0 on 4.1 (row 4 + index of 4.1, column C) carries a mark.
  const row41 = 4 + NTM_INDICATORS.indexOf('4.1');
  expect(b.getWorksheet('Hiện trạng')!.getCell(row41, 3).note).toBeTruthy();
});
