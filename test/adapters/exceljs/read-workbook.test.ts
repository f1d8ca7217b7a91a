import { NOT_CALCULATED } from '../../../src/domain/model/grid';
import { readWorkbookFile } from '../../../src/adapters/exceljs/read-workbook';
import { parseMergeRef } from '../../../src/adapters/exceljs/sheet-merges';
import { cellAt, fontAt } from '../../../src/domain/model/grid';
import type { SheetData, WorkbookData } from '../../../src/domain/model/grid';
import { userWorkbookBuffer } from '../../fixtures/user-workbook';

describe('readWorkbookFile', () => {
  let data: WorkbookData;
  let pc: SheetData;
  beforeAll(async () => {
    data = await readWorkbookFile(await userWorkbookBuffer());
    pc = data.sheets[0];
  });

  it('reads every sheet in order, flags the hidden one, skips none', () => {
    expect(data.sheets.map((s) => s.name)).toEqual(['Phân công', 'Hiện trạng', 'Nháp ẩn', 'Trống']);
    expect(data.sheets.map((s) => s.hidden === true)).toEqual([false, false, true, false]);
    expect(data.sheets[3].rows).toEqual([]);
  });

  it('gives rows from A1, 0-based, with plain values', () => {
    expect(cellAt(pc, 0, 0)).toBe('KẾ HOẠCH PHÂN CÔNG THỰC HIỆN TIÊU CHÍ NTM');
    expect(cellAt(pc, 1, 0)).toBeNull();
    expect(pc.rows[2]).toEqual(['STT', 'Tiêu chí', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn', 'Ghi chú']);
    expect(cellAt(pc, 3, 0)).toBe(1);
    expect(cellAt(pc, 3, 2)).toBe('Mai táng, hỏa táng'); // rich text
    expect(cellAt(pc, 4, 7)).toBe(0.755);
    expect(cellAt(pc, 4, 5)).toBe(true);
    expect(cellAt(pc, 4, 6)).toBe('Quyết định 318'); // hyperlink text
    expect(cellAt(pc, 4, 4)).toEqual({ error: '#N/A' });
    expect(cellAt(pc, 6, 9)).toBe('   ');
  });

  it('reads dates as the UTC calendar date', () => {
    const d = cellAt(pc, 3, 4);
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString().slice(0, 10)).toBe('2023-06-30');
  });

  it('reads formulas as their cached results, 0 included; one never calculated is said, not blank', () => {
    expect(cellAt(pc, 4, 0)).toBe(2);
    expect(cellAt(pc, 4, 2)).toBe(0);
    expect(cellAt(pc, 4, 3)).toEqual({ error: NOT_CALCULATED });
  });

  it('reads merges as 0-based rectangles; the value sits in the top-left cell only', () => {
    expect(pc.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 6, left: 1, bottom: 7, right: 2 },
    ]);
    expect(cellAt(pc, 6, 1)).toBe('Ô gộp');
    expect(cellAt(pc, 6, 2)).toBeNull();
    expect(cellAt(pc, 7, 1)).toBeNull();
  });

  it('keeps the font name of text cells, so legacy .VnTime text can be spotted', () => {
    expect(fontAt(pc, 4, 8)).toBe('.VnTime');
    expect(fontAt(pc, 2, 1)).toBe('Times New Roman');
  });

  it('rows contain no holes (gaps are null)', () => {
    for (const s of data.sheets) for (const row of s.rows) for (let c = 0; c < row.length; c++) expect(row[c]).not.toBeUndefined();
  });

  it('parses merge references', () => {
    expect(parseMergeRef('A1:D1')).toEqual({ top: 0, left: 0, bottom: 0, right: 3 });
    expect(parseMergeRef('C5')).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
    expect(parseMergeRef('oops')).toBeUndefined();
  });

  it('accepts an ArrayBuffer (browser mode)', async () => {
    const buf = await userWorkbookBuffer();
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    const again = await readWorkbookFile(ab);
    expect(again.sheets[1].rows[1]).toEqual(['1.1', 'Đạt', 'Chưa đạt']);
  });
});
