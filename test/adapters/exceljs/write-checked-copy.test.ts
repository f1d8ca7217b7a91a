import fs from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import ExcelJS from 'exceljs';
import { writeCheckedCopy } from '../../../src/adapters/exceljs/write-checked-copy';
import { AdapterError } from '../../../src/adapters/exceljs/errors';
import { readWorkbookFile } from '../../../src/adapters/exceljs/read-workbook';
import { readState } from '../../../src/adapters/exceljs/state-sheet';
import type { CheckResult } from '../../../src/domain/check-types';
import type { SheetPlan } from '../../../src/domain/plan/sheet-plan';
import type { ProgramSummary } from '../../../src/domain/summary/types';
import { userWorkbookBuffer } from '../../fixtures/user-workbook';

const USER_SHEETS = ['Phân công', 'Hiện trạng', 'Nháp ẩn', 'Trống'];

function sheetPlan(name: string, title: string): SheetPlan {
  return {
    name,
    values: [[title], ['TT', 'Tên xã'], [1, 'Tập Sơn']],
    styles: [{ rect: { top: 1, left: 0, bottom: 2, right: 1 }, style: { border: 'thin' } }],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    columnWidths: [6, 20],
    rowHeights: [],
    print: { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
    freezeRows: 2,
  };
}

function result(): CheckResult {
  return {
    asOf: '2023-10-15',
    usable: true,
    recognized: [],
    findings: [],
    counts: [],
    ignoredCount: 0,
    summary: {} as ProgramSummary,
    sheetPlans: [sheetPlan('TH_Theo xã', 'THEO XÃ'), sheetPlan('TH_Theo tiêu chí', 'THEO TIÊU CHÍ')],
    highlights: {
      marks: [
        { sheet: 'Phân công', row: 3, col: 5, kind: 'overdue', cue: 'hạn quý II/2023' },
        { sheet: 'Hiện trạng', row: 1, col: 2, kind: 'unmet', cue: 'Định An chưa đạt 1.1' },
      ],
    },
  };
}

/** Every cell that exists in `from`, compared by value with the same address in `to`. */
function compareValues(from: ExcelJS.Workbook, to: ExcelJS.Workbook, sheets: string[]): number {
  let n = 0;
  for (const name of sheets) {
    const a = from.getWorksheet(name)!;
    const b = to.getWorksheet(name)!;
    expect(b).toBeDefined();
    a.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const other = b.getCell(cell.address);
        expect([name, cell.address, cell.type, JSON.stringify(cell.value)]).toEqual([
          name,
          cell.address,
          other.type,
          JSON.stringify(other.value),
        ]);
        n++;
      });
    });
  }
  return n;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('writeCheckedCopy', () => {
  let dir: string;
  let input: string;
  let output: string;
  let inputHash: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-copy-'));
    input = path.join(dir, 'tra-cu-2023.xlsx');
    output = path.join(dir, 'out', 'tra-cu-2023.checked.xlsx');
    fs.writeFileSync(input, await userWorkbookBuffer());
    inputHash = sha(input);
    await writeCheckedCopy(input, output, result(), { ignored: [], asOf: '2023-10-15' });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps every value of every user sheet, both ways', async () => {
    const a = await load(input);
    const b = await load(output);
    expect(compareValues(a, b, USER_SHEETS)).toBeGreaterThan(30);
    compareValues(b, a, USER_SHEETS);
  });

  it('leaves the input file untouched', () => {
    expect(sha(input)).toBe(inputHash);
  });

  it('puts the summary sheets after the user sheets, in order, and the hidden state sheet last', async () => {
    const b = await load(output);
    expect(b.worksheets.map((s) => s.name)).toEqual([...USER_SHEETS, 'TH_Theo xã', 'TH_Theo tiêu chí', '_ntm_state']);
    expect(b.getWorksheet('_ntm_state')!.state).toBe('hidden');
    expect(b.getWorksheet('Nháp ẩn')!.state).toBe('hidden');
    expect(b.getWorksheet('TH_Theo tiêu chí')!.getCell('A1').value).toBe('THEO TIÊU CHÍ');
    expect(b.getWorksheet('TH_Theo tiêu chí')!.pageSetup.printTitlesRow).toBe('2:2');
    expect(b.getWorksheet('Phân công')!.getCell('F4').note).toMatch(/\[NTM\] Quá hạn: hạn quý II\/2023$/);
    expect(readState(b).content).toMatchObject({ settings: { asOf: '2023-10-15' }, highlight: { appliedAt: '2023-10-15' } });
    const data = await readWorkbookFile(output);
    expect(data.sheets.find((s) => s.name === '_ntm_state')!.hidden).toBe(true);
  });

  it('checking the checked copy again replaces summaries and marks instead of adding to them', async () => {
    const again = path.join(dir, 'again.xlsx');
    await writeCheckedCopy(output, again, result());
    const b = await load(again);
    expect(b.worksheets.map((s) => s.name)).toEqual([...USER_SHEETS, 'TH_Theo xã', 'TH_Theo tiêu chí', '_ntm_state']);
    expect(b.getWorksheet('Phân công')!.getCell('F4').note).toBe('Đã nhắc phòng TN-MT\n\n[NTM] Quá hạn: hạn quý II/2023');
    expect(readState(b).content!.highlight!.cells.find((c) => c.cell === 'F4')).toMatchObject({
      note: 'Đã nhắc phòng TN-MT',
      fill: { pattern: 'solid', color: 'FFFF00' },
    });
    compareValues(await load(input), b, USER_SHEETS);
  });

  it('refuses to write over the input, whatever the spelling of the path', async () => {
    const sneaky = path.join(dir, 'out', '..', 'tra-cu-2023.xlsx');
    await expect(writeCheckedCopy(input, input, result())).rejects.toBeInstanceOf(AdapterError);
    await expect(writeCheckedCopy(input, sneaky, result())).rejects.toThrow(/trùng với tệp đầu vào/);
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(input, link);
    await expect(writeCheckedCopy(input, link, result())).rejects.toMatchObject({ code: 'output-is-input' });
    expect(sha(input)).toBe(inputHash);
  });
});
