// Test helper: an .xlsx read back with ExcelJS as plain text grids (merged slaves read as empty).
import ExcelJS from 'exceljs';

export interface Grid {
  name: string;
  rows: string[][];
  merges: string[];
  ws: ExcelJS.Worksheet;
}

export async function readGrids(file: string): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const slave = cell.isMerged && cell.master.address !== cell.address;
        cells[c - 1] = slave || cell.value === null || cell.value === undefined ? '' : String(cell.value);
      });
      rows[r - 1] = Array.from(cells, (v) => v ?? '');
    });
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []), merges: ((ws.model as { merges?: string[] }).merges ?? []).slice(), ws };
  });
}

export function sheet(grids: Grid[], name: string): Grid {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

/** First row whose cells include every given header text. */
export function headerRow(g: Grid, ...labels: string[]): number {
  const i = g.rows.findIndex((r) => labels.every((l) => r.includes(l)));
  if (i < 0) throw new Error(`no header ${labels.join(', ')} in ${g.name}`);
  return i;
}

/** Commune name from a column header: "xã Tân Hiệp" → "Tân Hiệp" (case kept). */
export const bareName = (h: string) => h.replace(/^xã\s+/i, '').trim();
