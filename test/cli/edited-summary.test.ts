// An office types on a summary sheet of the checked copy, then checks that copy again: what it
// typed survives in a kept sheet, a fresh summary sheet is written, a warning says so; later runs
// neither pile up copies nor read the kept one back as data. Through the command line (ExcelJS
// adapter) and the browser mode's file operations.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { readState, writeState } from '../../src/adapters/exceljs/state-sheet';
import { fileOps } from '../../src/ui/file-ops';
import { runEngine } from '../../src/ui/run-check';
import { NTM_INDICATORS } from '../support/sheets';
import { noteCellOf, twoCommuneBook } from '../support/summary-edit-book';
import JSZip from 'jszip';
import { anchor, drawingOf, drawOnSheet, linked } from '../support/chart-package';

const SHEET = 'TH_Theo xã - Xã NTM';
const KEPT = 'TH_Theo xã - Xã NTM (đã sửa)';
const NOTE = 'Đã đối chiếu hồ sơ với xã ngày 20/10';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-edit-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Finding {
  code: string;
  sheet?: string;
  cell?: string;
  message: { vi: string; en: string };
}

async function run(input: string, out: string) {
  const json = path.join(dir, `${path.basename(out)}.json`);
  const printed: string[] = [];
  const code = await main([input, '--as-of', '2023-10-15', '--out', out, '--json', json], (s) => printed.push(s), () => undefined);
  expect(code).not.toBe(2);
  return { printed, ...(JSON.parse(fs.readFileSync(json, 'utf8')) as { findings: Finding[]; summary: { communes: { display: string; criteriaMet: string[] }[] }; recognized: { sheet: string; role: string | null }[] }) };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Assignment and status for two communes; Kim Sơn misses criterion 11. */
async function input(): Promise<string> {
  const wb = twoCommuneBook(NTM_INDICATORS);
  const file = path.join(dir, 'in.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** The "Ghi chú" cell of Tân Sơn's row on the commune sheet (empty: it meets every criterion), as an office finds it. */
function noteCell(ws: ExcelJS.Worksheet): string {
  return noteCellOf(ws, 'Tân Sơn');
}

/** The office types the note in the checked copy and saves it. */
async function typeNote(checked: string, out: string, dropFingerprints = false): Promise<string> {
  const wb = await open(checked);
  const ws = wb.getWorksheet(SHEET)!;
  const at = noteCell(ws);
  ws.getCell(at).value = NOTE;
  if (dropFingerprints) {
    // The state a run before fingerprints left: the list of sheets only.
    const { summaryFingerprints: _, ...before } = readState(wb).content!;
    writeState(wb, before);
  }
  await wb.xlsx.writeFile(out);
  return at;
}

test('the typed note survives in a kept sheet; a fresh sheet replaces it; a warning says where; a third run adds nothing and reads nothing from it', async () => {
  const c1 = path.join(dir, 'c1.xlsx');
  await run(await input(), c1);
  const typed = path.join(dir, 'typed.xlsx');
  const at = await typeNote(c1, typed);

  const c2 = path.join(dir, 'c2.xlsx');
  const r2 = await run(typed, c2);
  const wb2 = await open(c2);
  const names = wb2.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining([SHEET, KEPT]));
  expect(wb2.getWorksheet(KEPT)!.getCell(at).value).toBe(NOTE);
  expect(wb2.getWorksheet(SHEET)!.getCell(at).value).toBeNull();
  const warned = r2.findings.filter((f) => f.code === 'summary.edited-kept');
  expect(warned).toEqual([expect.objectContaining({ sheet: KEPT, cell: at })]);
  expect(warned[0].message.vi).toContain(`Trang ${SHEET} đã được sửa tay sau lần chạy trước (ô đã sửa: ${at}): khi lập biểu, trang này được giữ lại thành '${KEPT}'`);
  expect(r2.printed).toContain(`Trang ${SHEET} đã được sửa tay: giữ lại thành '${KEPT}', trang mới được lập.`);
  // The kept sheet is the office's now: not listed, so never replaced.
  const state = readState(wb2).content!;
  expect(state.summarySheets).toContain(SHEET);
  expect(state.summarySheets).not.toContain(KEPT);
  expect(Object.keys(state.summaryFingerprints!)).toEqual(state.summarySheets);
  // The warning is in the findings sheet written by the same run.
  const listed: string[] = [];
  wb2.getWorksheet('TH_Kết quả kiểm tra')!.eachRow((r) => r.eachCell((c) => listed.push(String(c.text))));
  expect(listed.some((t) => t.includes(`giữ lại thành '${KEPT}'`))).toBe(true);

  const c3 = path.join(dir, 'c3.xlsx');
  const r3 = await run(c2, c3);
  const wb3 = await open(c3);
  expect(wb3.worksheets.map((w) => w.name).filter((n) => n.includes('đã sửa'))).toEqual([KEPT]);
  expect(wb3.getWorksheet(KEPT)!.getCell(at).value).toBe(NOTE);
  expect(r3.findings.filter((f) => f.code === 'summary.edited-kept')).toEqual([]);
  expect(r3.recognized.find((r) => r.sheet === KEPT)?.role).toBeNull();
  // By hand: Tân Sơn meets all 19 criteria, Kim Sơn 18 (not 11) — the kept copy changes nothing.
  const met = (r: typeof r3) => r.summary.communes.map((c) => [c.display, c.criteriaMet.length]);
  expect(met(r3)).toEqual([['Tân Sơn', 19], ['Kim Sơn', 18]]);
  expect(met(r2)).toEqual(met(r3));
});

test('a box the office drew on the summary it typed on goes with the kept sheet, not onto the fresh one', async () => {
  const c1 = path.join(dir, 'c1.xlsx');
  await run(await input(), c1);
  const typed = path.join(dir, 'typed.xlsx');
  const at = await typeNote(c1, typed);
  // Beside its note, a box linking to the commune's file, drawn in Excel (Insert › Shapes).
  const zip = await JSZip.loadAsync(fs.readFileSync(typed));
  await drawOnSheet(zip, SHEET, anchor([8, 2], [11, 4], linked(40, 'rId40', 'Hồ sơ xã Tân Sơn')), [{ id: 'rId40', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', target: 'https://nongthonmoi.gov.vn/', external: true }]);
  fs.writeFileSync(typed, await zip.generateAsync({ type: 'nodebuffer' }));

  const c2 = path.join(dir, 'c2.xlsx');
  await run(typed, c2);
  const copy = await JSZip.loadAsync(fs.readFileSync(c2));
  const box = async (name: string) => (await copy.file(await drawingOf(copy, name))!.async('string')).includes('Hồ sơ xã Tân Sơn');
  expect((await open(c2)).getWorksheet(KEPT)!.getCell(at).value).toBe(NOTE);
  expect(await box(KEPT)).toBe(true);
  expect(await box(SHEET)).toBe(false);
});

test('a sheet left as written is replaced without a copy; a state from before fingerprints replaces even an edited one, as before', async () => {
  const c1 = path.join(dir, 'c1.xlsx');
  await run(await input(), c1);
  const again = path.join(dir, 'again.xlsx');
  const r = await run(c1, again);
  expect((await open(again)).worksheets.map((w) => w.name).filter((n) => n.includes('đã sửa'))).toEqual([]);
  expect(r.findings.filter((f) => f.code === 'summary.edited-kept')).toEqual([]);

  const typed = path.join(dir, 'typed-old-state.xlsx');
  const at = await typeNote(c1, typed, true);
  const out = path.join(dir, 'out.xlsx');
  const r2 = await run(typed, out);
  const wb = await open(out);
  expect(wb.worksheets.map((w) => w.name).filter((n) => n.includes('đã sửa'))).toEqual([]);
  expect(wb.getWorksheet(SHEET)!.getCell(at).value).toBeNull();
  expect(r2.findings.filter((f) => f.code === 'summary.edited-kept')).toEqual([]);
  // This run recorded the fingerprints: the next edit is kept.
  expect(readState(wb).content!.summaryFingerprints?.[SHEET]).toBeDefined();
});

test('browser mode: the same through the file operations the pane uses', async () => {
  const c1 = path.join(dir, 'c1.xlsx');
  await run(await input(), c1);
  const typed = path.join(dir, 'typed.xlsx');
  const at = await typeNote(c1, typed);
  const wb = await open(typed);
  const ops = fileOps(wb);
  const result = await runEngine(ops.read(), { asOf: '2023-10-15' });
  expect(result.findings.filter((f) => f.code === 'summary.edited-kept').map((f) => [f.sheet, f.cell])).toEqual([[KEPT, at]]);
  const report = ops.writeResults(result);
  expect(report.sheets).toContain(SHEET);
  expect(wb.getWorksheet(KEPT)!.getCell(at).value).toBe(NOTE);
  expect(wb.getWorksheet(SHEET)!.getCell(at).value).toBeNull();
});
