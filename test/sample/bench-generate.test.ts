// The synthetic workbook generator: sizes, shapes, determinism, and the xlsx round trip.
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { generateWorkbookData, writeWorkbookXlsx } from '../../bench/generate';
import type { CellValue, SheetData } from '../../src/domain/model/grid';
import { readGrids } from './read-xlsx';

const INDICATORS = 57; // xa-ntm-2021 (DOMAIN §2.1)
const CODE = /^\d{1,2}(\.\d{1,2})?$/;

/** Header row: the first row holding "Mã". */
const headerIndex = (s: SheetData) => s.rows.findIndex((r) => r.includes('Mã'));
/** Rows carrying verdicts: a code in column "Mã" and at least one Đạt / Chưa đạt. */
function valueRows(s: SheetData): CellValue[][] {
  const h = headerIndex(s);
  const code = s.rows[h].indexOf('Mã');
  return s.rows.slice(h + 1).filter((r) => CODE.test(String(r[code] ?? '')) && r.some((v) => v === 'Đạt' || v === 'Chưa đạt'));
}
const byName = (wb: { sheets: SheetData[] }, name: string) => wb.sheets.find((s) => s.name === name)!;
const communeNamesOf = (wb: { sheets: SheetData[] }) => {
  const s = byName(wb, 'Danh sách xã');
  const h = s.rows.findIndex((r) => r.includes('Tên xã'));
  return s.rows.slice(h + 1).map((r) => String(r[1]));
};

describe('bench workbook generator', () => {
  test('matrix shape: one column per commune, split into sheets of at most 100 communes, 57 indicator rows each', () => {
    const wb = generateWorkbookData({ communes: 250, shape: 'matrix', seed: 7 });
    const status = wb.sheets.filter((s) => s.name.startsWith('Hiện trạng NTM'));
    expect(status).toHaveLength(3);
    let columns = 0;
    for (const s of status) {
      const header = s.rows[headerIndex(s)];
      const communes = header.slice(3);
      expect(communes.length).toBeLessThanOrEqual(100);
      columns += communes.length;
      expect(valueRows(s)).toHaveLength(INDICATORS);
    }
    expect(columns).toBe(250);
    expect(communeNamesOf(wb)).toHaveLength(250);
  });

  test('long shape: one row per commune × indicator', () => {
    const wb = generateWorkbookData({ communes: 120, shape: 'long', seed: 3 });
    const long = byName(wb, 'Kết quả thực hiện');
    expect(valueRows(long)).toHaveLength(120 * INDICATORS);
  });

  test('national scale long shape has 8,227 × 57 = 468,939 status rows and 8,227 unique names', () => {
    const wb = generateWorkbookData({ communes: 8227, shape: 'long', seed: 2024 });
    expect(valueRows(byName(wb, 'Kết quả thực hiện'))).toHaveLength(468939);
    const names = communeNamesOf(wb);
    expect(names).toHaveLength(8227);
    expect(new Set(names.map((n) => n.toLocaleLowerCase('vi'))).size).toBe(8227);
    // Mostly real-looking 2–3 syllable names; a number suffix only when draws collide.
    expect(names.filter((n) => /\d/.test(n)).length).toBeLessThan(100);
    for (const n of names.slice(0, 200)) expect(n.split(' ').length).toBeGreaterThanOrEqual(2);
  });

  test('about 80 % of verdicts are Đạt', () => {
    const wb = generateWorkbookData({ communes: 400, shape: 'long', seed: 11 });
    const rows = valueRows(byName(wb, 'Kết quả thực hiện'));
    const met = rows.filter((r) => r.includes('Đạt')).length / rows.length;
    expect(met).toBeGreaterThan(0.77);
    expect(met).toBeLessThan(0.83);
  });

  test('same seed gives identical cells; another seed does not', () => {
    const a = generateWorkbookData({ communes: 60, shape: 'matrix', seed: 5 });
    const b = generateWorkbookData({ communes: 60, shape: 'matrix', seed: 5 });
    const c = generateWorkbookData({ communes: 60, shape: 'matrix', seed: 6 });
    expect(b).toEqual(a);
    expect(c.sheets.map((s) => s.rows)).not.toEqual(a.sheets.map((s) => s.rows));
  });

  test('matrix and long shapes of one seed hold the same verdicts', () => {
    const m = generateWorkbookData({ communes: 30, shape: 'matrix', seed: 9 });
    const l = generateWorkbookData({ communes: 30, shape: 'long', seed: 9 });
    const matrix = byName(m, 'Hiện trạng NTM');
    const header = matrix.rows[headerIndex(matrix)];
    const fromMatrix = new Map<string, CellValue>();
    for (const r of valueRows(matrix)) header.forEach((name, c) => c >= 3 && fromMatrix.set(`${name}|${r[1]}`, r[c]));
    const long = byName(l, 'Kết quả thực hiện');
    const lh = long.rows[headerIndex(long)];
    const [xa, ma, dg] = ['Xã', 'Mã', 'Đánh giá'].map((k) => lh.indexOf(k));
    const rows = valueRows(long);
    expect(rows).toHaveLength(fromMatrix.size);
    for (const r of rows) expect(fromMatrix.get(`${r[xa]}|${r[ma]}`)).toBe(r[dg]);
  });

  test('assignment sheet: 19 criteria, each with a lead and a quarter deadline of 2023', () => {
    const wb = generateWorkbookData({ communes: 10, shape: 'long', seed: 1 });
    const s = byName(wb, 'Phân công');
    const h = s.rows.findIndex((r) => r.includes('Cơ quan chủ trì'));
    const header = s.rows[h];
    const body = s.rows.slice(h + 1).filter((r) => typeof r[0] === 'number');
    expect(body.map((r) => r[header.indexOf('Tiêu chí/chỉ tiêu')])).toEqual(Array.from({ length: 19 }, (_, i) => `Tiêu chí ${i + 1}`));
    for (const r of body) {
      expect(String(r[header.indexOf('Cơ quan chủ trì')])).toMatch(/\S/);
      expect(String(r[header.indexOf('Thời hạn hoàn thành')])).toMatch(/quý (I|II|III|IV)\/2023/i);
    }
    expect(s.rows.flat()).toContain('I. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI');
  });

  test('writeWorkbookXlsx writes the same cells ExcelJS reads back', async () => {
    const wb = generateWorkbookData({ communes: 25, shape: 'matrix', seed: 4 });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ntm-bench-'));
    try {
      const file = path.join(dir, 'w.xlsx');
      await writeWorkbookXlsx(wb, file);
      const grids = await readGrids(file);
      expect(grids.map((g) => g.name)).toEqual(wb.sheets.map((s) => s.name));
      for (const s of wb.sheets) {
        const g = grids.find((x) => x.name === s.name)!;
        s.rows.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null) expect(g.rows[r]?.[c]).toBe(String(v));
          }),
        );
        expect(g.merges.length).toBe(s.merges.length);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
