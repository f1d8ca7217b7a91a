/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// A week in a district office, on the Excel double, through the add-in's real entry points
// (the ribbon's "Tạo biểu tổng hợp", the pane's actions) and, on Thursday, the command line.
// The officer's edits are made on the workbook as Excel would leave them, and on her own copy:
// the workbook as it would be without the add-in. After every step her sheets must be that copy
// (values and formats) except where a mark of the current findings is shown, the state must
// record exactly those marks with her own fill and note to put back, and the summary figures
// must match a hand count of the status matrix as it stands.
import '../../ui/support/jsdom-globals';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { act, renderHook } from '@testing-library/react';
import { checkWorkbook } from '../../../src/domain/check';
import type { CheckResult } from '../../../src/domain/check-types';
import type { IsoDate } from '../../../src/domain/model/dates';
import { NOTE_MARKER } from '../../../src/domain/plan/highlight-merge';
import { runOneClick } from '../../../src/adapters/office/one-click';
import { readState } from '../../../src/adapters/exceljs/state-sheet';
import { makeCreateSummaries, type CommandOutcome } from '../../../src/commands/create-summaries';
import { createExcelHost } from '../../../src/ui/excel-host';
import { excelOps } from '../../../src/ui/excel-ops';
import { usePane } from '../../../src/ui/hooks/usePane';
import { main } from '../../../src/cli/main';
import { createFakeExcel, type FakeExcel } from '../../support/fake-excel';
import { noteText } from '../../support/fake-excel/cells';
import { bold, colour, insertRowAbove, swapRows } from '../../support/office-week/user-edits';
import { countMatrix } from '../../support/office-week/hand-count';
import { figureDiffs } from '../../support/office-week/summary-figures';
import { marksOf, sheetListDiffs, stateDiffs, userSheetDiffs, type ShownMark } from '../../support/office-week/week-checks';
import { SAMPLE_PATH } from '../../ui/support/sample';

jest.setTimeout(180000);

const STATUS = 'Hiện trạng NTM';
const ASSIGN = 'Phân công';
// Columns of the status matrix (row 5): D Ngãi Xuyên … G Phước Hưng, H Tân Sơn, I An Quảng Hữu,
// J Lưu Nghiệp Anh; criterion 11 (Nghèo đa chiều) is row 38, criterion 10 (Thu nhập) row 37.
const GREEN = 'C6EFCE';
const YELLOW = 'FFFF00';

async function load(file: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  return wb;
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return load(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** The sheet as it stands, copied into her own workbook: from now on it is hers. */
function adopt(mine: ExcelJS.Workbook, from: ExcelJS.Worksheet, name = from.name): void {
  const ws = mine.addWorksheet(name);
  from.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (c, k) => {
      const t = ws.getCell(r, k);
      if (c.type !== ExcelJS.ValueType.Merge) t.value = c.value;
      t.style = JSON.parse(JSON.stringify(c.style ?? {}));
      if (c.note !== undefined) t.note = c.note;
    }),
  );
  const merges = (from as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number } | undefined> })._merges;
  for (const m of Object.values(merges)) if (m) ws.mergeCells(m.top, m.left, m.bottom, m.right);
}

function findCell(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((c) => {
    if (!found && c.type !== ExcelJS.ValueType.Merge && c.value === text) found = c;
  }));
  if (!found) throw new Error(`"${text}" not on ${ws.name}`);
  return found;
}

describe('a week in the office', () => {
  let real: ExcelJS.Workbook; // what the add-in works on (Excel's workbook)
  let mine: ExcelJS.Workbook; // her own copy: the same edits, no add-in
  let fx: FakeExcel;
  let shown: ShownMark[] = [];
  const officeHost = () => ({ run: ((o: never, b: never) => (fx.run as (o: unknown, b: unknown) => Promise<unknown>)(o, b)) as never, requirements: fx.Office.context.requirements });
  const host = createExcelHost(async () => excelOps(officeHost()));

  /** Her edit, made in Excel and on her copy. */
  const both = (edit: (wb: ExcelJS.Workbook) => void) => {
    edit(real);
    edit(mine);
  };

  const verify = () => {
    const count = countMatrix(mine.getWorksheet(STATUS)!);
    expect([
      ...sheetListDiffs(real, mine),
      ...userSheetDiffs(real, mine, shown),
      ...stateDiffs(real, mine, shown),
      ...figureDiffs(real, count),
    ]).toEqual([]);
    return count;
  };

  async function ribbon(now: Date): Promise<{ outcome: CommandOutcome; result: CheckResult }> {
    let result: CheckResult | undefined;
    const told: CommandOutcome[] = [];
    let completed = 0;
    const handler = makeCreateSummaries({
      run: () => runOneClick({ host: officeHost(), now: () => now, check: (wb, o) => (result = checkWorkbook(wb, o)) }),
      notify: async (o) => void told.push(o),
    });
    await handler({ completed: () => completed++ });
    expect(completed).toBe(1);
    return { outcome: told[0], result: result! };
  }

  function openPane(today: IsoDate) {
    const pane = renderHook(() => usePane(host, () => today));
    return {
      state: () => pane.result.current[0],
      act: async (f: (a: ReturnType<typeof usePane>[1]) => Promise<void>) => {
        await act(async () => {
          await f(pane.result.current[1]);
        });
        expect(pane.result.current[0].error).toBeUndefined();
      },
      settle: () => act(async () => {}),
      close: () => pane.unmount(),
    };
  }

  beforeAll(async () => {
    real = await load(SAMPLE_PATH);
    mine = await load(SAMPLE_PATH);
    fx = createFakeExcel(real);
  });

  test('Monday: the report date is set to 15/10/2023 in the pane and the summaries are made', async () => {
    const pane = openPane('2023-10-20' as IsoDate);
    await pane.settle();
    await pane.act((a) => a.setAsOf('2023-10-15' as IsoDate));
    await pane.act((a) => a.createSummary());
    const result = pane.state().result!;
    expect(result.asOf).toBe('2023-10-15');
    shown = marksOf(result);
    pane.close();
    const count = verify();
    // Seed 000: "Tiêu chí 11 về Nghèo đa chiều: Có 11 xã chưa đạt", Phước Hưng among them.
    expect(count.communes.filter((c) => !count.met.get(c)!.has(11))).toHaveLength(11);
    expect(shown.find((m) => m.sheet === STATUS && m.cell === 'G38')?.note).toMatch(/Phước Hưng/);
    expect(readState(real).content?.settings.asOf).toBe('2023-10-15');

    // The ribbon clicked again at once, nothing typed: the workbook is the same.
    const before = await real.xlsx.writeBuffer();
    const again = await ribbon(new Date(Date.UTC(2023, 9, 16, 3)));
    expect(again.outcome.ok).toBe(true);
    expect(again.result.asOf).toBe('2023-10-15');
    expect(marksOf(again.result)).toEqual(shown);
    verify();
    const after = await roundTrip(real);
    const prior = await load(Buffer.from(before));
    expect(after.worksheets.map((w) => w.name)).toEqual(prior.worksheets.map((w) => w.name));
  });

  test('Tuesday: she types "Đạt", colours cells (one marked), writes a note on a marked cell; the ribbon re-runs', async () => {
    both((wb) => {
      const st = wb.getWorksheet(STATUS)!;
      st.getCell('G38').value = 'Đạt'; // Phước Hưng now meets criterion 11
      colour(st, 'C38', YELLOW); // her highlight on the criterion's name
      colour(st, 'H38', GREEN); // Tân Sơn × 11: a marked cell she colours anyway
      bold(st, 'H38');
      st.getCell('D37').note = 'Số liệu Chi cục Thống kê 2022';
    });
    // Her note on a marked cell, typed above the add-in's lines in Excel; on her copy it is hers alone.
    const j = real.getWorksheet(STATUS)!.getCell('I38');
    expect(noteText(j)).toContain(NOTE_MARKER);
    j.note = 'Xã báo cáo đã đạt, chờ văn bản\n' + noteText(j);
    mine.getWorksheet(STATUS)!.getCell('I38').note = 'Xã báo cáo đã đạt, chờ văn bản';

    const { outcome, result } = await ribbon(new Date(Date.UTC(2023, 9, 17, 3)));
    expect(outcome.ok).toBe(true);
    expect(result.asOf).toBe('2023-10-15');
    shown = marksOf(result);
    const count = verify();
    expect(count.met.get('Phước Hưng')!.has(11)).toBe(true);
    expect(shown.some((m) => m.sheet === STATUS && m.cell === 'G38')).toBe(false);
    expect(shown.some((m) => m.sheet === STATUS && m.cell === 'H38')).toBe(true);
  });

  test('Wednesday: a row inserted in the assignment sheet, two matrix rows swapped, one summary renamed, another typed on; the pane re-runs', async () => {
    both((wb) => {
      insertRowAbove(wb.getWorksheet(ASSIGN)!, 12); // above "Tiêu chí 10": the marks below move down
      swapRows(wb.getWorksheet(STATUS)!, 37, 38); // "11 Nghèo đa chiều" above "10 Thu nhập", with her colours and notes
    });
    // A summary she renames is hers from now on.
    real.getWorksheet('TH_Theo phòng ban')!.name = 'Phòng ban T10';
    adopt(mine, real.getWorksheet('Phòng ban T10')!);
    // The signer's name typed under the signature block: the add-in keeps that sheet as "(đã sửa)".
    const th = real.getWorksheet('TH_Theo xã - Xã NTM')!;
    const vice = findCell(th, 'PHÓ CHỦ TỊCH');
    const signer = th.getCell(Number(vice.row) + 4, Number(vice.col));
    signer.value = 'Nguyễn Văn Hùng';
    adopt(mine, th, 'TH_Theo xã - Xã NTM (đã sửa)');

    const pane = openPane('2023-10-18' as IsoDate);
    await pane.settle();
    await pane.act((a) => a.createSummary());
    const result = pane.state().result!;
    expect(result.asOf).toBe('2023-10-15');
    shown = marksOf(result);
    pane.close();
    verify();
    // The 11 row is now row 37: its marks are there, none is left on row 38's cells.
    expect(shown.some((m) => m.sheet === STATUS && m.cell === 'H37')).toBe(true);
    expect(shown.some((m) => m.sheet === STATUS && m.cell === 'H38')).toBe(false);
    // A fresh summary under the old name, without her typing.
    expect(real.getWorksheet('TH_Theo xã - Xã NTM')!.getCell(signer.address).value ?? null).toBeNull();
    expect(real.getWorksheet('TH_Theo phòng ban')).toBeDefined();
  });

  test('Thursday: a colleague types a status in a saved copy and checks it with ntm-check; the copy comes back into Excel', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-week-'));
    const sent = path.join(dir, 'tra-cu-2023.xlsx');
    const back = path.join(dir, 'tra-cu-2023.checked.xlsx');
    // Her workbook saved and sent; the colleague types Ngọc Biên's 15.1 as met (row 53, column O).
    const theirs = await load(Buffer.from(await real.xlsx.writeBuffer()));
    theirs.getWorksheet(STATUS)!.getCell('O53').value = 'Đạt';
    await theirs.xlsx.writeFile(sent);
    mine = await roundTrip(mine);
    mine.getWorksheet(STATUS)!.getCell('O53').value = 'Đạt';
    mine = await roundTrip(await roundTrip(mine));

    const said: string[] = [];
    const code = await main([sent, '--out', back, '--json', path.join(dir, 'r.json')], (s) => said.push(s), (s) => said.push(s));
    expect(code).toBe(1); // the plan's own mistakes are errors (seed 000)
    // The report date the pane set on Monday, from the state sheet.
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).asOf).toBe('2023-10-15');

    // She opens the colleague's copy in Excel: what the add-in reads there calls for the marks the
    // command line made, and the state it left is one the add-in can undo.
    real = await load(back);
    fx = createFakeExcel(real);
    const ops = excelOps(officeHost());
    const settings = await ops.loadSettings();
    expect(settings.asOf).toBe('2023-10-15');
    const { runEngine, checkOptions } = await import('../../../src/ui/run-check');
    const result = await runEngine(await ops.read(), checkOptions(settings, '2023-10-19' as IsoDate));
    shown = marksOf(result);
    const count = verify();
    expect(count.met.get('Ngọc Biên')!.has(15)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Friday: she ignores a finding, changes the report date, re-runs, then clears every mark: the sheets are exactly hers', async () => {
    const pane = openPane('2023-10-20' as IsoDate);
    await pane.settle();
    expect(pane.state().settings.asOf).toBe('2023-10-15');
    await pane.act((a) => a.check());
    // Seed 000's own slip: "tiêu chí 1,2,4. Thủy lợi và Phòng chống thiên tai" (the name is criterion 3's).
    const slip = pane.state().result!.findings.find((f) => f.code === 'code.name-mismatch')!;
    expect(slip.sheet).toBe(ASSIGN);
    await pane.act((a) => a.ignore(slip));
    await pane.act((a) => a.setAsOf('2023-12-31' as IsoDate));
    await pane.act((a) => a.createSummary());
    const result = pane.state().result!;
    expect(result.asOf).toBe('2023-12-31');
    expect(result.findings.some((f) => f.key === slip.key)).toBe(false);
    shown = marksOf(result);
    verify();
    // The ignored finding no longer marks its cell.
    expect(shown.filter((m) => m.sheet === slip.sheet && m.cell === slip.cell)).toEqual([]);
    expect(findCell(real.getWorksheet('TH_Theo tiêu chí')!, 'Tính đến ngày 31/12/2023')).toBeDefined();

    await pane.act((a) => a.clearMarks());
    pane.close();
    shown = [];
    verify();
    // Nothing of the add-in's is left on her sheets; the settings stay for next week.
    for (const ws of mine.worksheets) {
      real.getWorksheet(ws.name)!.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => expect(noteText(c) ?? '').not.toContain(NOTE_MARKER)));
    }
    const state = readState(real).content!;
    expect(state.highlight).toBeUndefined();
    expect(state.settings).toMatchObject({ asOf: '2023-12-31', ignored: [slip.key] });
  });
});
