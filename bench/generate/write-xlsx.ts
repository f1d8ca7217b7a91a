// Streams a WorkbookData to .xlsx with ExcelJS, so the benchmark can time ExcelJS loading the same workbook.
import ExcelJS from 'exceljs';
import type { CellValue, WorkbookData } from '../../src/domain/model/grid';

const FONT: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 12 };
const FIXED_DATE = new Date(Date.UTC(2023, 2, 10));

function toExcel(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object' && !(v instanceof Date)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

export async function writeWorkbookXlsx(wb: WorkbookData, file: string): Promise<void> {
  const out = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  out.creator = 'ntm bench generator';
  out.created = FIXED_DATE;
  out.modified = FIXED_DATE;
  for (const sheet of wb.sheets) {
    const ws = out.addWorksheet(sheet.name);
    const width = sheet.rows.reduce((m, r) => Math.max(m, r.length), 0);
    // Column styles give every cell the office font without a per-cell style object.
    ws.columns = Array.from({ length: width }, (_, c) => ({ width: c === 2 || c === 4 ? 40 : 14, style: { font: FONT } }));
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        if (v !== null && v !== undefined) row.getCell(c + 1).value = toExcel(v);
      }
      row.commit();
    });
    ws.commit();
  }
  await out.commit();
}
