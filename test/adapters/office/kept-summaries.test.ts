// The Office adapter on the fake: a summary sheet the office typed on is kept under a new name by
// the ribbon command and by the pane's write, within the same syncs as a run without one.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { generateWorkbookData, writeWorkbookXlsx } from '../../../bench/generate';
import { runOneClick } from '../../../src/adapters/office/one-click';
import { readState, writeState } from '../../../src/adapters/exceljs/state-sheet';
import { excelOps } from '../../../src/ui/excel-ops';
import { runEngine } from '../../../src/ui/run-check';
import { createFakeExcel, FakeExcel } from '../../support/fake-excel';
import { NTM_INDICATORS } from '../../support/sheets';
import { noteCellOf, twoCommuneBook } from '../../support/summary-edit-book';

const SHEET = 'TH_Theo xã - Xã NTM';
const KEPT = 'TH_Theo xã - Xã NTM (đã sửa)';
const NOTE = 'Đã đối chiếu hồ sơ với xã ngày 20/10';

/** Assignment and status for two communes; Kim Sơn misses criterion 11. */
function book(): ExcelJS.Workbook {
  return twoCommuneBook(NTM_INDICATORS);
}

/** The office types in the "Ghi chú" cell of Tân Sơn's row (empty: it meets every criterion). */
function typeNote(wb: ExcelJS.Workbook): string {
  const ws = wb.getWorksheet(SHEET)!;
  const at = noteCellOf(ws, 'Tân Sơn');
  ws.getCell(at).value = NOTE;
  return at;
}

function host(fx: FakeExcel) {
  return { run: fx.run as never, requirements: fx.Office.context.requirements };
}

const now = () => new Date('2023-10-15T03:00:00Z');

async function oneClick(fx: FakeExcel) {
  const before = fx.stats.syncs;
  const outcome = await runOneClick({ host: host(fx), now });
  expect(outcome.ok).toBe(true);
  return { outcome, syncs: fx.stats.syncs - before };
}

function findingsText(wb: ExcelJS.Workbook): string {
  const out: string[] = [];
  wb.getWorksheet('TH_Kết quả kiểm tra')!.eachRow((r) => r.eachCell((c) => out.push(String(c.text))));
  return out.join('\n');
}

const kept = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name).filter((n) => n.includes('đã sửa'));

describe('ribbon command', () => {
  test('run, a typed note, run: the note survives in the kept sheet, a fresh sheet is written, the user is told; no extra sync', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    const first = await oneClick(fx);
    const at = typeNote(wb);
    const second = await oneClick(fx);
    expect(wb.getWorksheet(KEPT)!.getCell(at).value).toBe(NOTE);
    expect(wb.getWorksheet(SHEET)!.getCell(at).value).toBeNull();
    expect(second.outcome.message).toContain(`Giữ lại 1 trang đã sửa tay: '${KEPT}'.`);
    expect(second.outcome.messageEn).toContain(`Kept 1 sheet(s) edited by hand: '${KEPT}'.`);
    expect(findingsText(wb)).toContain(`Trang ${SHEET} đã được sửa tay sau lần chạy trước (ô đã sửa: ${at}): khi lập biểu, trang này được giữ lại thành '${KEPT}'`);
    const state = readState(wb).content!;
    expect(state.summarySheets).toContain(SHEET);
    expect(state.summarySheets).not.toContain(KEPT);
    // The sheet's values came with the read batch: the run costs what a run without a kept sheet does.
    expect(second.syncs).toBe(first.syncs);
    expect(second.syncs).toBeLessThanOrEqual(8);

    // A third run: nothing typed since, so nothing more is kept; the kept sheet is not read as status.
    const third = await oneClick(fx);
    expect(kept(wb)).toEqual([KEPT]);
    expect(wb.getWorksheet(KEPT)!.getCell(at).value).toBe(NOTE);
    expect(third.outcome.message).not.toContain('Giữ lại');
    expect(third.outcome.message).toBe(first.outcome.message);
    expect(findingsText(wb)).not.toContain('đã được sửa tay');
  });

  test('a province: sheets whose long lists continue on merged rows are not taken for edited ones on the next run', async () => {
    // 120 communes: "Có … xã chưa đạt, gồm: …" needs more than one row for several criteria.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-prov-')), 'tinh.xlsx');
    await writeWorkbookXlsx(generateWorkbookData({ communes: 120, shape: 'matrix', seed: 2023 }), file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    const fx = createFakeExcel(wb);
    await oneClick(fx);
    const ws = wb.getWorksheet('TH_Theo tiêu chí')!;
    // A criterion's number cell merged down over the rows of its list.
    const spans = ws.model.merges.map((m) => /^A(\d+):A(\d+)$/.exec(m)).filter((m): m is RegExpExecArray => m !== null);
    expect(spans.some((m) => Number(m[2]) > Number(m[1]))).toBe(true);
    const second = await oneClick(fx);
    expect(kept(wb)).toEqual([]);
    expect(second.outcome.message).not.toMatch(/sửa/);
  });

  test('a state from before fingerprints: the edited sheet is replaced, as before', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    await oneClick(fx);
    const at = typeNote(wb);
    const { summaryFingerprints: _, ...before } = readState(wb).content!;
    writeState(wb, before);
    await oneClick(fx);
    expect(kept(wb)).toEqual([]);
    expect(wb.getWorksheet(SHEET)!.getCell(at).value).toBeNull();
  });
});

describe('task pane', () => {
  test('"Tạo biểu tổng hợp": the check says so, and a note typed after the check read the sheet is kept too', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    const ops = excelOps(host(fx));
    const write = async (): Promise<{ sheets: string[]; syncs: number; findings: string[] }> => {
      const result = await runEngine(await ops.read(), { asOf: '2023-10-15' });
      const before = fx.stats.syncs;
      const report = await ops.writeResults(result, () => undefined);
      expect(report.error).toBeUndefined();
      return { sheets: report.sheets, syncs: fx.stats.syncs - before, findings: result.findings.filter((f) => f.code === 'summary.edited-kept').map((f) => `${f.sheet}!${f.cell}`) };
    };
    await write();
    // A re-run with nothing typed, then one with a note: the values come with the sheet names, no extra sync.
    const plain = await write();
    const at = typeNote(wb);
    const edited = await write();
    expect(plain.findings).toEqual([]);
    expect(edited.findings).toEqual([`${KEPT}!${at}`]);
    expect(wb.getWorksheet(KEPT)!.getCell(at).value).toBe(NOTE);
    expect(edited.syncs).toBe(plain.syncs);

    // Typed between the check's read and the write (the check did not see it): kept all the same.
    const result = await runEngine(await ops.read(), { asOf: '2023-10-15' });
    wb.getWorksheet(SHEET)!.getCell(at).value = 'Gõ trong lúc đang kiểm tra';
    await ops.writeResults(result, () => undefined);
    expect(kept(wb).sort()).toEqual([KEPT, 'TH_Theo xã - Xã NTM (đã sửa 2)'].sort());
    expect(wb.getWorksheet('TH_Theo xã - Xã NTM (đã sửa 2)')!.getCell(at).value).toBe('Gõ trong lúc đang kiểm tra');
    expect(wb.getWorksheet(SHEET)!.getCell(at).value).toBeNull();
  });

  test('"Xuất kết quả": a findings sheet the office typed on is kept, not overwritten', async () => {
    const wb = book();
    const fx = createFakeExcel(wb);
    const ops = excelOps(host(fx));
    const result = await runEngine(await ops.read(), { asOf: '2023-10-15' });
    await ops.writeResults(result, () => undefined);
    wb.getWorksheet('TH_Kết quả kiểm tra')!.getCell('A1').value = 'Đã xem, gửi anh Nam';
    const report = await ops.exportFindings(result);
    expect(report.error).toBeUndefined();
    expect(wb.getWorksheet('TH_Kết quả kiểm tra (đã sửa)')!.getCell('A1').value).toBe('Đã xem, gửi anh Nam');
    expect(wb.getWorksheet('TH_Kết quả kiểm tra')!.getCell('A1').value).not.toBe('Đã xem, gửi anh Nam');
    // The other summary sheets stay listed, with their fingerprints.
    const state = readState(wb).content!;
    expect(state.summarySheets).toEqual(expect.arrayContaining([SHEET, 'TH_Kết quả kiểm tra']));
    expect(Object.keys(state.summaryFingerprints!).sort()).toEqual([...state.summarySheets!].sort());
  });
});
