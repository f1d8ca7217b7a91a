// The ribbon's "Tạo biểu tổng hợp" end to end on the Excel double: the real command handler,
// the real engine and Office adapter, the bundled sample as the open workbook.
import * as path from 'path';
import ExcelJS from 'exceljs';
import { makeCreateSummaries, type CommandOutcome } from '../../src/commands/create-summaries';
import { runOneClick } from '../../src/adapters/office/one-click';
import { createFakeExcel } from '../support/fake-excel';

async function openSample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, '../../examples/tra-cu-2023.xlsx'));
  return wb;
}

test('workbook in, summary sheets and highlights out, user told, event completed', async () => {
  const wb = await openSample();
  const fx = createFakeExcel(wb);
  const told: CommandOutcome[] = [];
  let completed = 0;
  const handler = makeCreateSummaries({
    run: () => runOneClick({ host: { run: fx.run as never, requirements: fx.Office.context.requirements }, now: () => new Date(Date.UTC(2023, 9, 15, 3)) }),
    notify: async (o) => {
      told.push(o);
    },
  });
  await handler({ completed: () => completed++ });
  expect(completed).toBe(1);
  expect(told).toHaveLength(1);
  expect(told[0].ok).toBe(true);
  expect(told[0].message).toMatch(/lỗi/);
  const names = wb.worksheets.map((w) => w.name);
  expect(names.filter((n) => n.startsWith('TH_')).length).toBeGreaterThanOrEqual(5);
  // Criterion 13.1 of Phước Hưng (quý II/2023) is overdue at 15/10/2023: its status cell is marked.
  const status = wb.getWorksheet('Hiện trạng NTM')!;
  let overdueNotes = 0;
  status.eachRow((row) => row.eachCell((cell) => {
    const note = typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');
    if (note.includes('Quá hạn')) overdueNotes++;
  }));
  expect(overdueNotes).toBeGreaterThan(0);
  // A few syncs for the whole run, not one per cell.
  expect(fx.stats.syncs).toBeLessThanOrEqual(8);
});

test('on failure the user is told in Vietnamese and the event is still completed', async () => {
  const wb = await openSample();
  const fx = createFakeExcel(wb, { cellEditMode: true });
  fx.setCellEditMode(true);
  const told: CommandOutcome[] = [];
  let completed = 0;
  const handler = makeCreateSummaries({
    run: () => runOneClick({ host: { run: ((opts: unknown, batch: never) => (fx.run as (o: unknown, b: never) => Promise<unknown>)({ ...(opts as object), delayForCellEdit: false }, batch)) as never, requirements: fx.Office.context.requirements } }),
    notify: async (o) => {
      told.push(o);
    },
  });
  await handler({ completed: () => completed++ });
  expect(completed).toBe(1);
  expect(told[0].ok).toBe(false);
  expect(told[0].message).toContain('chế độ sửa ô');
  expect(wb.worksheets.some((w) => w.name.startsWith('TH_'))).toBe(false);
});
