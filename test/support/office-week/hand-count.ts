// A hand count of the commune status matrix as it stands: which of the 19 criteria each commune
// meets. The sample's legend says "Đạt, x: đạt; Chưa đạt: chưa đạt"; a criterion is met when
// every indicator row under it is met (DOMAIN §2.1). Rows are found by their code, so the count
// holds after rows are moved.
import type ExcelJS from 'exceljs';

/** The names the plan (seed 000) uses for the sample's header spellings. */
export const SEED_NAMES: Record<string, string> = { 'Xã Định An': 'Định An', 'xã Tân Hiệp': 'Tân Hiệp', 'Tập sơn': 'Tập Sơn' };

export interface Count {
  /** Commune names in column order. */
  communes: string[];
  /** Criterion numbers each commune meets. */
  met: Map<string, Set<number>>;
}

const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : String(v).trim());

export function countMatrix(ws: ExcelJS.Worksheet): Count {
  let header = 0;
  let codeCol = 0;
  ws.eachRow((row, r) => {
    if (header) return;
    row.eachCell((c, k) => {
      if (text(c.value) === 'Mã') {
        header = r;
        codeCol = k;
      }
    });
  });
  if (!header) throw new Error(`no "Mã" header on ${ws.name}`);
  // Commune columns: after the code and name columns, as far as the header goes.
  const cols: { col: number; name: string }[] = [];
  const h = ws.getRow(header);
  for (let k = codeCol + 2; k <= h.cellCount; k++) {
    const name = text(h.getCell(k).value);
    if (name) cols.push({ col: k, name: SEED_NAMES[name] ?? name });
  }
  const failed = new Map(cols.map((c) => [c.name, new Set<number>()]));
  const seen = new Set<number>();
  ws.eachRow((row, r) => {
    if (r <= header) return;
    const code = text(row.getCell(codeCol).value);
    if (!/^\d+(\.\d+)?$/.test(code)) return;
    if (cols.every((c) => text(row.getCell(c.col).value) === '')) return; // a criterion heading row
    const crit = Number(code.split('.')[0]);
    seen.add(crit);
    for (const c of cols) {
      const v = text(row.getCell(c.col).value);
      if (!(v === 'Đạt' || v.toLowerCase() === 'x')) failed.get(c.name)!.add(crit);
    }
  });
  const met = new Map(cols.map((c) => [c.name, new Set([...seen].filter((k) => !failed.get(c.name)!.has(k)))]));
  return { communes: cols.map((c) => c.name), met };
}
