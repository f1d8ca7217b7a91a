// Everything the add-in could disturb in a cell, as strings, for exact comparisons.
import type ExcelJS from 'exceljs';

export interface CellSnap {
  value: string;
  style: string;
  note: string;
}

/** Every cell of every listed sheet in rows 1..maxRow, columns 1..maxCol (getCell on both sides alike). */
export function snapshot(wb: ExcelJS.Workbook, sheets: string[], maxRow = 12, maxCol = 12): Map<string, CellSnap> {
  const out = new Map<string, CellSnap>();
  for (const name of sheets) {
    const ws = wb.getWorksheet(name)!;
    for (let r = 1; r <= maxRow; r++) {
      for (let c = 1; c <= maxCol; c++) {
        const cell = ws.getCell(r, c);
        out.set(`${name}!${cell.address}`, {
          value: JSON.stringify(cell.value),
          style: JSON.stringify(cell.style),
          note: JSON.stringify(cell.note),
        });
      }
    }
  }
  return out;
}
