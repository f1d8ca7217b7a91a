// Workbooks built in code for the Office adapter tests, and an independent, straightforward
// ExcelJS walk giving what reading them must produce.
import ExcelJS from 'exceljs';
import type { CellRect, CellValue, WorkbookData } from '../../../src/domain/model/grid';
import type { HighlightPlan, MarkKind } from '../../../src/domain/plan/highlight-plan';
import type { SheetPlan } from '../../../src/domain/plan/sheet-plan';

/** Excel serial of a calendar date (days since 1899-12-30, the 1900 date system). */
export function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** Title rows, merged headers, dates, an error, a formula, a sheet starting at C5, a hidden sheet. */
export function readFixture(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('Phân công');
  a.getCell('A1').value = 'UBND HUYỆN TRÀ CÚ';
  a.mergeCells('A1:C1');
  a.getCell('A2').value = 'KẾ HOẠCH PHÂN CÔNG THỰC HIỆN TIÊU CHÍ NTM NĂM 2023';
  a.mergeCells('A2:F2');
  a.getRow(4).values = ['STT', 'Mã chỉ tiêu', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn', 'Ghi chú'];
  a.getRow(5).values = [1, '1.1', 'Quy hoạch chung xây dựng xã', 'Phòng Kinh tế và Hạ tầng', new Date(Date.UTC(2023, 5, 30)), null];
  a.getRow(6).values = [2, '2.1', 'Đường xã', 'Phòng Kinh tế và Hạ tầng', new Date(Date.UTC(2023, 8, 30)), { error: '#N/A' } as ExcelJS.CellErrorValue];
  a.getRow(7).values = [3, '17.8', 'Tỷ lệ hộ dùng nước sạch', 'Phòng Tài nguyên và Môi trường', 'Quý III/2023', { formula: 'A5+A6', result: 3 } as ExcelJS.CellFormulaValue];
  a.mergeCells('D8:E8');
  a.getCell('D8').value = 'Ô gộp';
  // Formatting beyond the data: must not extend what is read.
  a.getCell('J30').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };

  const b = wb.addWorksheet('Tiến độ');
  b.getCell('C5').value = 'Xã';
  b.getCell('D5').value = 'Tiêu chí 1';
  b.getCell('C6').value = 'An Quảng Hữu';
  b.getCell('D6').value = 'Đạt';
  b.getCell('E7').value = true;
  b.getCell('C8').value = '=không phải công thức';

  const h = wb.addWorksheet('Ẩn');
  h.state = 'hidden';
  h.getCell('A1').value = 42;
  wb.addWorksheet('Trống');
  return wb;
}

const EPOCH = Date.UTC(1899, 11, 30);

function expectedValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return (v.getTime() - EPOCH) / 86400000;
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if ('formula' in o) return expectedValue(o.result as ExcelJS.CellValue);
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
  }
  return v as CellValue;
}

/** What any adapter must read: values from A1 (dates as serials), merges, hidden flags. */
export function walk(wb: ExcelJS.Workbook): WorkbookData {
  return {
    sheets: wb.worksheets.map((ws) => {
      const rows: CellValue[][] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (cell.type === ExcelJS.ValueType.Merge) return;
          const v = expectedValue(cell.value);
          if (v === null) return;
          (rows[r - 1] ??= [])[c - 1] = v;
        });
      });
      const merges: CellRect[] = Object.values((ws as unknown as { _merges: Record<string, CellRect> })._merges).map((m) => ({
        top: m.top - 1,
        left: m.left - 1,
        bottom: m.bottom - 1,
        right: m.right - 1,
      }));
      return { name: ws.name, rows, merges, hidden: ws.state !== 'visible' };
    }),
  };
}

/** Non-empty cells as "r,c" → value, so ragged/padded row shapes compare equal. */
export function cellMap(rows: CellValue[][]): Map<string, CellValue> {
  const m = new Map<string, CellValue>();
  rows.forEach((line, r) => line?.forEach((v, c) => v !== null && v !== undefined && m.set(`${r},${c}`, v)));
  return m;
}

export const INDICATORS = 57;

/**
 * A status matrix like a district's "Biểu theo dõi": one row per commune, one column per
 * indicator (57 = the 2021–2025 commune set's indicator count), values "Đạt"/"Chưa đạt".
 */
export function matrixWorkbook(communes: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Theo dõi');
  ws.getCell(1, 1).value = 'BIỂU THEO DÕI KẾT QUẢ THỰC HIỆN TIÊU CHÍ';
  ws.mergeCells(1, 1, 1, 10);
  const header = ['STT', 'Xã'];
  for (let i = 1; i <= INDICATORS; i++) header.push(`CT ${i}`);
  ws.getRow(3).values = header;
  for (let c = 0; c < communes; c++) {
    const line: (string | number)[] = [c + 1, `Xã số ${c + 1}`];
    for (let i = 0; i < INDICATORS; i++) line.push((c + i) % 4 === 0 ? 'Chưa đạt' : 'Đạt');
    ws.getRow(4 + c).values = line;
  }
  return wb;
}

const KINDS: MarkKind[] = ['unmet', 'overdue', 'due-soon', 'data-error'];

/** Marks every "Chưa đạt" cell of the matrix; every 5th one is overdue, every 11th a data error. */
export function matrixPlan(communes: number): HighlightPlan {
  const marks: HighlightPlan['marks'] = [];
  let n = 0;
  for (let c = 0; c < communes; c++) {
    for (let i = 0; i < INDICATORS; i++) {
      if ((c + i) % 4 !== 0) continue;
      n++;
      const kind: MarkKind = n % 11 === 0 ? 'data-error' : n % 5 === 0 ? 'overdue' : 'unmet';
      marks.push({ sheet: 'Theo dõi', row: 3 + c, col: 2 + i, kind, cue: `Xã số ${c + 1}: chỉ tiêu ${i + 1} chưa đạt` });
    }
  }
  void KINDS;
  return { marks };
}

/** A small summary sheet plan: merged title, header, text that looks like a formula or a number. */
export function summaryPlan(name = 'TH_Tổng hợp'): SheetPlan {
  return {
    name,
    values: [
      ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI', null, null, null],
      ['STT', 'Xã', 'Số tiêu chí đạt', 'Ghi chú'],
      [1, 'An Quảng Hữu', 17, '=SUM(C3:C4) là công thức người dùng gõ'],
      [2, 'Lưu Nghiệp Anh', 15, '0123'],
      ['Tổng', null, 32, '19/19'],
    ],
    styles: [
      { rect: { top: 0, left: 0, bottom: 0, right: 3 }, style: { font: { bold: true, size: 14 }, horizontal: 'center' } },
      { rect: { top: 1, left: 0, bottom: 4, right: 3 }, style: { border: 'thin', font: { name: 'Times New Roman' } } },
      { rect: { top: 1, left: 0, bottom: 1, right: 3 }, style: { fill: 'D9E1F2', font: { bold: true }, wrap: true } },
      // Overrides the header fill on one cell: later ranges win.
      { rect: { top: 1, left: 3, bottom: 1, right: 3 }, style: { fill: 'FFE699' } },
      { rect: { top: 2, left: 2, bottom: 4, right: 2 }, style: { numberFormat: '0' } },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: [6, 28, 14, 30],
    rowHeights: [{ row: 0, height: 30 }, { row: 1, height: 32 }],
    print: { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
    freezeRows: 2,
  };
}

